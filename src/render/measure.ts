// Text measurement for the layout. PowerPoint, Word and LibreOffice wrap text themselves; the
// renderers only have to know, before they place a box or size a column, how wide a word and how
// tall a text will become, so that nothing runs off a slide and no word is broken inside. Widths
// are Arial's advance widths (Liberation Sans has the same metrics; Calibri is narrower, so the
// Word document errs on the safe side), and wrapping is simulated the way these programs break
// lines: after spaces, after a hyphen inside a word, never at a no-break space.
import { graphemes } from './text';

/** A run of text in one size and weight. */
export interface Run {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly color: string;
}

/** A paragraph: runs that flow together, with space above it in points. */
export interface Para {
  readonly runs: readonly Run[];
  readonly spaceBefore: number;
  readonly bullet?: boolean;
  readonly align?: 'left' | 'center' | 'right';
}

/** Line height as a multiple of the font size (Arial's single spacing is 1.15; headroom). */
export const LINE_FACTOR = 1.2;
/** Margin of safety on every width: kerning, rounding and hinting differ between programs. */
const WIDTH_SAFETY = 1.02;
export const BULLET_INDENT = 0.25;

// Advance widths in 1/1000 em of the printable ASCII range (32–126), regular and bold: the
// metrics Arial shares with Helvetica and Liberation Sans.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

// Punctuation and symbols of the plan's texts outside ASCII: [regular, bold].
const SPECIAL: Readonly<Record<string, readonly [number, number]>> = {
  '\u00A0': [278, 278],
  '\u202F': [190, 190],
  '\u2002': [500, 500],
  '–': [556, 556],
  '—': [1000, 1000],
  '‘': [222, 278],
  '’': [222, 278],
  '‚': [222, 278],
  '“': [333, 500],
  '”': [333, 500],
  '„': [333, 500],
  '…': [1000, 1000],
  '·': [278, 278],
  '•': [350, 350],
  '→': [1000, 1000],
  '€': [556, 556],
  '§': [556, 556],
  '°': [400, 400],
  '²': [333, 333],
  '³': [333, 333],
  ß: [611, 611],
  '⚠': [1000, 1000],
  '♦': [604, 604],
  '◊': [494, 494],
};

// Accented Latin letters take their base letter's width: "ü" is as wide as "u".
const BASE = new Map<string, string>();
for (const [letters, base] of [
  ['àáâãäå', 'a'],
  ['ÀÁÂÃÄÅ', 'A'],
  ['èéêë', 'e'],
  ['ÈÉÊË', 'E'],
  ['ìíîï', 'i'],
  ['ÌÍÎÏ', 'I'],
  ['òóôõöø', 'o'],
  ['ÒÓÔÕÖØ', 'O'],
  ['ùúûü', 'u'],
  ['ÙÚÛÜ', 'U'],
  ['ýÿ', 'y'],
  ['Ý', 'Y'],
  ['çčć', 'c'],
  ['ÇČĆ', 'C'],
  ['ñń', 'n'],
  ['ÑŃ', 'N'],
  ['šś', 's'],
  ['ŠŚ', 'S'],
  ['žźż', 'z'],
  ['ŽŹŻ', 'Z'],
  ['ř', 'r'],
  ['Ř', 'R'],
  ['ěę', 'e'],
  ['ĚĘ', 'E'],
  ['ł', 'l'],
  ['Ł', 'L'],
  ['ů', 'u'],
  ['Ů', 'U'],
] as const) {
  for (const letter of letters) BASE.set(letter, base);
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    cp >= 0x1f000
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x300 && cp <= 0x36f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0x2060 ||
    cp === 0xad
  );
}

/** Width of one grapheme in em. */
export function emWidth(g: string, bold = false): number {
  // A cluster of several characters (an emoji with a skin tone, a ZWJ sequence) is drawn as one
  // glyph by an emoji font, but as its parts side by side where there is none: count them all.
  if (g.length > 2) {
    return Array.from(g).reduce((sum, part) => sum + emWidth(part, bold), 0);
  }
  const cp = g.codePointAt(0) ?? 0x20;
  if (cp >= 32 && cp <= 126) return ((bold ? BOLD : REGULAR)[cp - 32] as number) / 1000;
  const special = SPECIAL[g];
  if (special) return special[bold ? 1 : 0] / 1000;
  const base = BASE.get(g.charAt(0));
  if (base) return emWidth(base, bold);
  if (isZeroWidth(cp)) return 0;
  // Fallback fonts draw what the theme font lacks; CJK and emoji are about one em wide.
  if (isWide(cp)) return 1.05;
  return 0.7;
}

interface Unit {
  readonly g: string;
  readonly run: number;
  /** Width in inches. */
  readonly w: number;
}

// ASCII needs no grapheme segmentation, and most plan text is ASCII or Latin-1 plus typographic
// punctuation: skipping the segmenter for it keeps a 300-fact plan well inside the time budget.
// eslint-disable-next-line no-control-regex -- the whole Latin range, controls included
const SIMPLE = /^[\u0000-\u024f\u2000-\u206f\u20ac]*$/;

function split(text: string): string[] {
  return SIMPLE.test(text) ? Array.from(text) : graphemes(text);
}

function units(para: Para): Unit[] {
  const out: Unit[] = [];
  para.runs.forEach((run, index) => {
    const factor = (run.size / 72) * WIDTH_SAFETY;
    const bold = run.bold ?? false;
    for (const g of split(run.text)) out.push({ g, run: index, w: emWidth(g, bold) * factor });
  });
  return out;
}

const LETTER = /\p{L}/u;

/** Whether a line may break after this unit: after a space, or a hyphen inside a word. */
function breaksAfter(list: readonly Unit[], i: number): boolean {
  const g = (list[i] as Unit).g;
  if (g === ' ' || g === '\t') return true;
  if (g === '-' || g === '–' || g === '—' || g === '/') {
    const before = list[i - 1]?.g ?? ' ';
    const after = list[i + 1]?.g ?? ' ';
    return LETTER.test(before) && LETTER.test(after);
  }
  return false;
}

/** Where the lines of a paragraph break: [start, end) indices into its units. */
function wrap(list: readonly Unit[], width: number): [number, number][] {
  const lines: [number, number][] = [];
  let start = 0;
  let lineWidth = 0;
  let lastBreak = -1;
  let widthAtBreak = 0;
  for (let i = 0; i < list.length; i++) {
    const unit = list[i] as Unit;
    if (unit.g === '\n') {
      lines.push([start, i]);
      start = i + 1;
      lineWidth = 0;
      lastBreak = -1;
      continue;
    }
    const space = unit.g === ' ' || unit.g === '\t';
    if (!space && lineWidth + unit.w > width && i > start) {
      if (lastBreak > start) {
        lines.push([start, lastBreak]);
        start = lastBreak;
        lineWidth -= widthAtBreak;
      } else {
        lines.push([start, i]);
        start = i;
        lineWidth = 0;
      }
      lastBreak = -1;
    }
    lineWidth += unit.w;
    if (breaksAfter(list, i)) {
      lastBreak = i + 1;
      widthAtBreak = lineWidth;
    }
  }
  lines.push([start, list.length]);
  return lines;
}

function lineHeight(para: Para): number {
  const size = Math.max(...para.runs.map((r) => r.size), 1);
  return (size * LINE_FACTOR) / 72;
}

function availableWidth(para: Para, width: number): number {
  return para.bullet ? width - BULLET_INDENT : width;
}

// Laying out a deck measures the same paragraph at the same width again and again (each style
// and balance tried, then the drawing): the large plan asks 4,100 times for 1,600 paragraphs.
// The count depends only on the runs' texts, sizes and weights, the width and the bullet.
// Kept for one deck (renderDeck forgets them when it is done), so that a benchmark's runs
// measure what a fresh render does and the task pane holds no texts it no longer shows.
const lineCounts = new Map<string, number>();
const LINE_COUNT_LIMIT = 20_000;

/** Forgets the remembered line counts. */
export function forgetMeasures(): void {
  lineCounts.clear();
}

function lineKey(para: Para, width: number): string {
  let key = `${width}|${para.bullet ? 1 : 0}`;
  for (const run of para.runs) key += `\u0001${run.size}|${run.bold ? 1 : 0}|${run.text}`;
  return key;
}

export function lineCount(para: Para, width: number): number {
  const key = lineKey(para, width);
  const known = lineCounts.get(key);
  if (known !== undefined) return known;
  const count = wrap(units(para), availableWidth(para, width)).length;
  // Bounded even within a deck: a plan of tens of thousands of items must not hold them all.
  if (lineCounts.size >= LINE_COUNT_LIMIT) lineCounts.clear();
  lineCounts.set(key, count);
  return count;
}

/** Height in inches of a paragraph set in a box of the given width. */
export function paraHeight(para: Para, width: number): number {
  return lineCount(para, width) * lineHeight(para) + para.spaceBefore / 72;
}

export function parasHeight(paras: readonly Para[], width: number): number {
  return paras.reduce((sum, p) => sum + paraHeight(p, width), 0);
}

/** Width in inches of a text on one line. */
export function textWidth(text: string, size: number, bold = false): number {
  return units({ runs: [{ text, size, bold, color: '' }], spaceBefore: 0 }).reduce(
    (sum, u) => sum + u.w,
    0,
  );
}

/**
 * The width of the widest piece of a text that cannot be broken: its longest word, counting
 * no-break spaces and the part of a hyphenated word up to its hyphen.
 */
export function longestWord(text: string, size: number, bold = false): number {
  const list = units({ runs: [{ text, size, bold, color: '' }], spaceBefore: 0 });
  let widest = 0;
  let current = 0;
  for (let i = 0; i < list.length; i++) {
    const unit = list[i] as Unit;
    if (unit.g === ' ' || unit.g === '\t' || unit.g === '\n') {
      current = 0;
      continue;
    }
    current += unit.w;
    widest = Math.max(widest, current);
    if (breaksAfter(list, i)) current = 0;
  }
  return widest;
}

/** Rebuilds a paragraph from a slice of its units, keeping each run's formatting. */
function slicePara(
  para: Para,
  list: readonly Unit[],
  from: number,
  to: number,
  first: boolean,
): Para {
  const runs: Run[] = [];
  let current = -1;
  for (let i = from; i < to; i++) {
    const unit = list[i] as Unit;
    const last = runs[runs.length - 1];
    if (last && unit.run === current) {
      runs[runs.length - 1] = { ...last, text: last.text + unit.g };
    } else {
      runs.push({ ...(para.runs[unit.run] as Run), text: unit.g });
      current = unit.run;
    }
  }
  return {
    ...para,
    runs: runs.length > 0 ? runs : [{ ...(para.runs[0] as Run), text: '' }],
    spaceBefore: first ? para.spaceBefore : 0,
    ...(para.bullet && first ? { bullet: true } : { bullet: false }),
  };
}

/**
 * Splits paragraphs into groups whose height fits `maxHeight` each, cutting a paragraph between
 * lines when it alone is too tall. Every character ends up in exactly one group. `lead` is put
 * before every group but the first (a repeated label: "F1 (Forts.)") and counts in its height.
 */
export function splitParas(
  paras: readonly Para[],
  width: number,
  maxHeight: number,
  lead: readonly Para[] = [],
): Para[][] {
  const leadHeight = parasHeight(lead, width);
  const groups: Para[][] = [];
  let current: Para[] = [];
  let used = 0;
  /** Paragraphs in the current group besides the repeated lead. */
  let content = 0;
  const flush = () => {
    if (content > 0) groups.push(current);
    current = [...lead];
    used = leadHeight;
    content = 0;
  };
  const add = (para: Para, height: number) => {
    current.push(para);
    used += height;
    content++;
  };
  for (const para of paras) {
    const height = paraHeight(para, width);
    if (used + height <= maxHeight) {
      add(para, height);
      continue;
    }
    if (content > 0 && leadHeight + height <= maxHeight) {
      flush();
      add(para, height);
      continue;
    }
    // Too tall for what is left: cut it between lines, filling what is left first.
    const list = units(para);
    const lines = wrap(list, availableWidth(para, width));
    const perLine = lineHeight(para);
    let index = 0;
    let first = true;
    while (index < lines.length) {
      const room = maxHeight - used - (first ? para.spaceBefore / 72 : 0);
      let count = Math.floor(room / perLine + 1e-9);
      if (count < 1) {
        if (content === 0) count = 1;
        else {
          flush();
          continue;
        }
      }
      const slice = lines.slice(index, index + count);
      const from = (slice[0] as [number, number])[0];
      const to = (slice[slice.length - 1] as [number, number])[1];
      const piece = slicePara(para, list, from, to, first);
      add(piece, paraHeight(piece, width));
      index += count;
      first = false;
      if (index < lines.length) flush();
    }
  }
  if (content > 0) groups.push(current);
  return groups;
}

/** The mark of a shortened text, held to its last word by a no-break space. */
const ELLIPSIS = '\u00A0…';

/**
 * The longest start of `text` that fits `maxLines` lines at `size` in `width`, cut after a whole
 * word and marked with an ellipsis; the text itself when it fits. A single word too long for the
 * lines is the only thing ever cut inside.
 */
export function fitLines(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): string {
  if (fitsLines(text, size, width, maxLines, bold)) return text;
  // Only breaking spaces separate words: a no-break space holds its neighbours together.
  const words = text
    .replace(/[ \t\r\n]+/g, ' ')
    .trim()
    .split(' ');
  let low = 0;
  let high = words.length - 1;
  // Binary search on the number of words kept.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fitsLines(`${words.slice(0, mid).join(' ')}${ELLIPSIS}`, size, width, maxLines, bold)) {
      low = mid;
    } else high = mid - 1;
  }
  if (low > 0) {
    return `${words
      .slice(0, low)
      .join(' ')
      .replace(/[\s,;:·–—-]+$/u, '')}${ELLIPSIS}`;
  }
  // Not even the first word fits: cut it, by graphemes, as the last resort.
  const chars = graphemes(words[0] ?? '');
  let keep = chars.length;
  while (keep > 1 && !fitsLines(`${chars.slice(0, keep).join('')}…`, size, width, maxLines, bold)) {
    keep--;
  }
  return `${chars.slice(0, keep).join('')}…`;
}

export function fitsLines(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): boolean {
  return (
    wrap(units({ runs: [{ text, size, bold, color: '' }], spaceBefore: 0 }), width).length <=
    maxLines
  );
}
