// The real check: LibreOffice opens every file both renderers write and turns it into a PDF. Its
// text must hold every item of the plan exactly, each action's owner and date in the action's own
// row; no word of a plan full of long German compounds and long names may be broken inside; and
// on every slide, every word LibreOffice draws lies inside the content area, clear of every other
// word — measured in the PDF, not with the estimates the layout used. One soffice call converts
// all files (each start costs seconds).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { planSlides, renderDocx, renderPptx } from '../../src/render';
import { CONTENT_BOTTOM, FOOTER_Y, MARGIN_X, SLIDE_W } from '../../src/render/slides';
import { safeText } from '../../src/render/text';
import { buildStory, formatDay, typeset, type Outline } from '../../src/story';
import { labelPlan } from '../../src/story/labels';
import { makeV2Plan } from '../builders';
import { describeWith } from '../support/tools';
import { COMPOUNDS, compoundPlan, hostilePlan, NAMES, tokens } from './support';

const TODAY = '2027-05-15';
const examples = resolve(__dirname, '../../assets/examples');

interface Case {
  readonly name: string;
  readonly plan: Plan;
  /** Checked item by item (the examples); the others have checks of their own. */
  readonly exact?: boolean;
  /** Rendered as the review version. */
  readonly review?: boolean;
}

function cases(): Case[] {
  const found = readdirSync(examples)
    .filter((f) => f.endsWith('.kap.json'))
    .map((f): Case => {
      const result = readPlanText(readFileSync(join(examples, f), 'utf8'));
      if (!result.ok) throw new Error(`${f} is not a valid plan`);
      return { name: f.replace('.kap.json', ''), plan: result.plan, exact: true };
    });
  return [
    ...found,
    // The examples hold reviews with snapshots: their review version, with every change told.
    ...found.map((c): Case => ({ ...c, name: `${c.name}-review`, review: true })),
    { name: 'compounds', plan: compoundPlan() },
    // The large plan with hostile texts: many continued slides, tables and a split Gantt chart.
    { name: 'hostile', plan: hostilePlan() },
    // Every page format version 2 adds, the review page included.
    { name: 'review', plan: makeV2Plan(), exact: true, review: true },
  ];
}

/**
 * PDF text as read: a line that ends in a hyphen joins the next without a space (the hyphen is
 * the word's own: LibreOffice has no hyphenation dictionary here and breaks only after hyphens
 * that are in the text), every other run of white space, no-break spaces included, is one space.
 */
function reading(text: string): string {
  return text
    .replace(/-\n/g, '-')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

function set(text: string, plan: Plan): string {
  return reading(typeset(safeText(text), plan.account.language ?? 'en'));
}

/** Every item of the plan as the written plan labels and shows it, in full. */
function expectedItems(plan: Plan): string[] {
  const language = plan.account.language ?? 'en';
  const labels = labelPlan(plan, language);
  const labelled = (label: string, text: string) => `${label} ${set(text, plan)}`;
  return [
    ...labels.facts.all.map((f) => labelled(f.label, f.item.text)),
    ...labels.gaps.all.map((g) => labelled(g.label, g.item.question)),
    ...labels.soWhats.all.map((s) => labelled(s.label, s.item.text)),
    ...labels.opportunities.all.map((o) => labelled(o.label, o.item.title)),
    ...labels.risks.all.map((r) => labelled(r.label, r.item.title)),
    ...labels.goals.all.map((g) => labelled(g.label, g.item.title)),
    ...labels.strategies.all.map((s) => labelled(s.label, s.item.text)),
  ];
}

/** Each action's row of the action table: label, what, who and due date, in this order. */
function expectedRows(plan: Plan): string[] {
  const language = plan.account.language ?? 'en';
  return labelPlan(plan, language).actions.all.map(
    ({ label, item }) =>
      `${label} ${set(item.what, plan)} ${set(item.who, plan)} ${reading(formatDay(item.due, language))}`,
  );
}

interface Word {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

function words(bbox: string): Word[] {
  const out: Word[] = [];
  let page = 0;
  for (const line of bbox.split('\n')) {
    if (line.includes('<page ')) page++;
    const match =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (!match) continue;
    out.push({
      page,
      x0: Number(match[1]),
      y0: Number(match[2]),
      x1: Number(match[3]),
      y1: Number(match[4]),
      text: (match[5] ?? '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    });
  }
  return out;
}

const PT = 72;

/** Every string in a value (an outline): the words the written plan holds on purpose. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describeWith(['soffice', 'pdftotext'], 'LibreOffice opens every rendered file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const all = cases();
  const outlines = new Map<string, Outline>();
  const raw = new Map<string, string>();
  const bbox = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of all) {
      const outline = buildStory(c.plan, { today: TODAY, review: c.review ?? false });
      outlines.set(c.name, outline);
      const deck = join(dir, `${c.name}-deck.pptx`);
      writeFileSync(deck, await renderPptx(outline));
      const doc = join(dir, `${c.name}-doc.docx`);
      writeFileSync(doc, await renderDocx(outline));
      files.push(deck, doc);
    }
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 280_000 },
    );
    for (const file of files) {
      const pdf = file.replace(/\.(pptx|docx)$/, '.pdf');
      if (!existsSync(pdf)) continue;
      const name = file.slice(dir.length + 1).replace(/\.(pptx|docx)$/, '');
      const text = (args: string[]) =>
        execFileSync('pdftotext', [...args, '-enc', 'UTF-8', pdf, '-'], {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        });
      // Raw: in the order drawn, so a table cell's lines stay together and a row reads in order.
      raw.set(name, text(['-raw']));
      if (name.endsWith('-deck')) bbox.set(name, text(['-bbox']));
    }
  }, 300_000);

  it('converts every file', () => {
    const expected = all.flatMap((c) => [`${c.name}-deck`, `${c.name}-doc`]);
    expect(expected.filter((name) => !raw.has(name))).toEqual([]);
  });

  it('shows every item of the examples exactly, with its label, in both formats', () => {
    for (const c of all.filter((k) => k.exact)) {
      for (const kind of ['deck', 'doc']) {
        const text = reading(raw.get(`${c.name}-${kind}`) ?? '');
        const missing = expectedItems(c.plan).filter((item) => !text.includes(item));
        expect({ file: `${c.name}-${kind}`, missing }).toEqual({
          file: `${c.name}-${kind}`,
          missing: [],
        });
      }
    }
  });

  it('shows each action with its own owner and due date in its row of the action table', () => {
    for (const c of all.filter((k) => k.exact)) {
      for (const kind of ['deck', 'doc']) {
        const text = reading(raw.get(`${c.name}-${kind}`) ?? '');
        const missing = expectedRows(c.plan).filter((row) => !text.includes(row));
        expect({ file: `${c.name}-${kind}`, missing }).toEqual({
          file: `${c.name}-${kind}`,
          missing: [],
        });
      }
    }
  });

  it('finds every word of the hostile plan, whatever its texts hold', () => {
    const plan = hostilePlan();
    const expected = [
      ...plan.facts.map((f) => f.text),
      ...plan.soWhats.map((s) => s.text),
      ...plan.goals.map((g) => g.title),
      ...plan.strategies.map((s) => s.text),
      ...plan.actions.flatMap((a) => [a.what, a.who]),
    ].flatMap((t) => tokens(safeText(t)));
    for (const kind of ['deck', 'doc']) {
      const present = new Set(tokens(raw.get(`hostile-${kind}`) ?? ''));
      const missing = [...new Set(expected.filter((t) => !present.has(t)))];
      expect({ kind, missing: missing.slice(0, 20) }).toEqual({ kind, missing: [] });
    }
  });

  it('breaks no long compound and no long name inside, in either format', () => {
    const long = [...COMPOUNDS, ...NAMES.flatMap((n) => n.split(/\s+/))].filter(
      (w) => w.length > 9,
    );
    const own = new Set(strings(outlines.get('compounds')).flatMap((t) => t.split(/[^\p{L}-]+/u)));
    for (const kind of ['deck', 'doc']) {
      const text = reading(raw.get(`compounds-${kind}`) ?? '');
      const broken = long.filter((w) => !text.includes(w));
      // A token the plan does not hold, that starts or ends a long word: a word broken in two.
      const pieces = [...new Set(text.split(/[^\p{L}-]+/u))].filter(
        (token) =>
          token.length >= 2 &&
          !own.has(token) &&
          long.some((w) => w !== token && (w.startsWith(token) || w.endsWith(token))),
      );
      expect({ kind, broken, pieces }).toEqual({ kind, broken: [], pieces: [] });
    }
  });

  it('draws every word of every slide inside the content area, clear of every other word', () => {
    const problems: string[] = [];
    for (const c of all) {
      const name = `${c.name}-deck`;
      const outline = outlines.get(c.name);
      if (!outline) continue;
      const deck = planSlides(outline);
      const footer = deck.footer.replace(/[^\p{L}\p{N}]/gu, '');
      const list = words(bbox.get(name) ?? '');
      expect({ name, pages: Math.max(0, ...list.map((w) => w.page)) }).toEqual({
        name,
        pages: deck.slides.length,
      });
      for (const word of list) {
        const where = `${name} slide ${word.page} "${word.text}"`;
        if (word.y0 >= FOOTER_Y * PT - 4) {
          // The footer band: only the footer's words and the slide number. (pdftotext gives
          // right-to-left words in visual order, hence the reversed match.)
          const letters = word.text.replace(/[^\p{L}\p{N}]/gu, '');
          const own =
            letters === '' ||
            footer.includes(letters) ||
            footer.includes([...letters].reverse().join('')) ||
            letters === String(word.page);
          if (!own) problems.push(`${where} runs into the footer (y ${word.y0.toFixed(1)})`);
          continue;
        }
        if (word.y1 > CONTENT_BOTTOM * PT + 2) {
          problems.push(`${where} below the content area (y ${word.y1.toFixed(1)})`);
        }
        // A glyph of a fallback font (an emoji where no emoji font is installed) may be drawn
        // wider than it advances: for a word without letters or digits, where it starts counts.
        const end = /[\p{L}\p{N}]/u.test(word.text) ? word.x1 : word.x0;
        if (word.x0 < MARGIN_X * PT - 2 || end > (SLIDE_W - MARGIN_X) * PT + 2) {
          problems.push(
            `${where} outside the margins (x ${word.x0.toFixed(1)}–${word.x1.toFixed(1)})`,
          );
        }
      }
      // Two words drawn over each other: a box whose text ran into the next one.
      const pages = new Map<number, Word[]>();
      for (const word of list) pages.set(word.page, [...(pages.get(word.page) ?? []), word]);
      for (const [page, all] of pages) {
        // A joiner or selector alone is no glyph of its own (pdftotext reports them as words).
        // Nor is an emoji's skin tone, drawn over the emoji before it.
        const onPage = all.filter(
          (w) => w.text.replace(/[\p{Cf}\p{M}\s\u{1F3FB}-\u{1F3FF}]/gu, '') !== '',
        );
        const byTop = [...onPage].sort((a, b) => a.y0 - b.y0);
        byTop.forEach((a, i) => {
          for (const b of byTop.slice(i + 1)) {
            if (b.y0 >= a.y1) break;
            const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            const height = Math.min(a.y1 - a.y0, b.y1 - b.y0);
            if (dx > 1 && dy > height * 0.5) {
              problems.push(`${name} slide ${page}: "${a.text}" and "${b.text}" overlap`);
            }
          }
        });
      }
    }
    expect(problems.slice(0, 25)).toEqual([]);
  });
});
