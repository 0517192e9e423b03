// Conservative text measurement for the slide layout. PowerPoint and LibreOffice wrap text
// themselves; the deck only has to know, before it places a box, how tall the text will become,
// so that nothing runs off a slide. Widths are Arial's (the deck's theme font, metric-compatible
// with Liberation Sans) rounded up, and wrapping is simulated word by word the way both programs
// break lines, so the estimate errs on the side of more lines.
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
}

/** Line height as a multiple of the font size (single spacing plus headroom). */
export const LINE_FACTOR = 1.22;
/** Margin of safety on every width: fonts differ between machines. */
const WIDTH_SAFETY = 1.08;
const BULLET_INDENT = 0.3;

const NARROW = new Set(Array.from("iljtfrI!|.,:;'`()[]{}- "));
const WIDE_LATIN = new Set(Array.from('mwMW@%&'));

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
    cp === 0x2060
  );
}

/** Width of one grapheme in em. */
export function emWidth(g: string): number {
  const cp = g.codePointAt(0) ?? 0x20;
  if (cp < 0x80) {
    if (NARROW.has(g)) return 0.32;
    if (WIDE_LATIN.has(g)) return 0.9;
    if (g >= 'A' && g <= 'Z') return 0.68;
    return 0.56;
  }
  if (isZeroWidth(cp)) return 0;
  if (isWide(cp)) return 1.05;
  return 0.64;
}

interface Unit {
  readonly g: string;
  readonly run: number;
  /** Width in inches. */
  readonly w: number;
}

// ASCII needs no grapheme segmentation, and most plan text is ASCII or Latin-1: skipping the
// segmenter for it keeps a 300-fact plan well inside the time budget.
function split(text: string): string[] {
  // eslint-disable-next-line no-control-regex
  return /^[\u0000-\u00ff]*$/.test(text) ? Array.from(text) : graphemes(text);
}

function units(para: Para): Unit[] {
  const out: Unit[] = [];
  para.runs.forEach((run, index) => {
    const factor = (run.size / 72) * WIDTH_SAFETY * (run.bold ? 1.07 : 1);
    for (const g of split(run.text)) out.push({ g, run: index, w: emWidth(g) * factor });
  });
  return out;
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
    if (space) {
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

function textWidth(para: Para, width: number): number {
  return para.bullet ? width - BULLET_INDENT : width;
}

/** Height in inches of a paragraph set in a box of the given width. */
export function paraHeight(para: Para, width: number): number {
  const lines = wrap(units(para), textWidth(para, width)).length;
  return lines * lineHeight(para) + para.spaceBefore / 72;
}

export function parasHeight(paras: readonly Para[], width: number): number {
  return paras.reduce((sum, p) => sum + paraHeight(p, width), 0);
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
    runs: runs.length > 0 ? runs : [{ ...(para.runs[0] as Run), text: '' }],
    spaceBefore: first ? para.spaceBefore : 0,
    ...(para.bullet && first ? { bullet: true } : {}),
  };
}

/**
 * Splits paragraphs into groups whose height fits `maxHeight` each, cutting a paragraph between
 * lines when it alone is too tall. Every character ends up in exactly one group.
 */
export function splitParas(paras: readonly Para[], width: number, maxHeight: number): Para[][] {
  const groups: Para[][] = [];
  let current: Para[] = [];
  let used = 0;
  const flush = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    used = 0;
  };
  for (const para of paras) {
    const height = paraHeight(para, width);
    if (used + height <= maxHeight) {
      current.push(para);
      used += height;
      continue;
    }
    if (height <= maxHeight) {
      flush();
      current.push(para);
      used = height;
      continue;
    }
    // Too tall for any box: cut it between lines, filling what is left first.
    const list = units(para);
    const lines = wrap(list, textWidth(para, width));
    const perLine = lineHeight(para);
    let index = 0;
    let first = true;
    while (index < lines.length) {
      const room = maxHeight - used - (first ? para.spaceBefore / 72 : 0);
      let count = Math.floor(room / perLine + 1e-9);
      if (count < 1) {
        if (current.length === 0) count = 1;
        else {
          flush();
          continue;
        }
      }
      const slice = lines.slice(index, index + count);
      const from = (slice[0] as [number, number])[0];
      const to = (slice[slice.length - 1] as [number, number])[1];
      const piece = slicePara(para, list, from, to, first);
      current.push(piece);
      used += paraHeight(piece, width);
      index += count;
      first = false;
      if (index < lines.length) flush();
    }
  }
  flush();
  return groups;
}

/** The longest prefix of `text` (ellipsized) that fits `maxLines` lines at `size` in `width`. */
export function fitLines(
  text: string,
  size: number,
  width: number,
  maxLines: number,
  bold = false,
): string {
  const para = (t: string): Para => ({
    runs: [{ text: t, size, bold, color: '' }],
    spaceBefore: 0,
  });
  const lines = (t: string) => wrap(units(para(t)), width).length;
  if (lines(text) <= maxLines) return text;
  const chars = graphemes(text.replace(/\s+/g, ' '));
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (lines(`${chars.slice(0, mid).join('')}…`) <= maxLines) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
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
