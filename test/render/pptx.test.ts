import fc from 'fast-check';
import JSZip from 'jszip';
import { checkPlan } from '../../src/plan/rules';
import { planSlides, renderPptx } from '../../src/render';
import { boxText, CONTENT_BOTTOM, SLIDE_W, type Box } from '../../src/render/slides';
import { safeText } from '../../src/render/text';
import { buildStory } from '../../src/story';
import type { Outline } from '../../src/story/outline';
import { makePlan } from '../builders';
import {
  findAll,
  hostilePlan,
  makeOutline,
  readPackage,
  slidesOf,
  squash,
  textOf,
  tokens,
} from './support';

const TODAY = '2027-05-15';

const handMade: Outline = makeOutline({
  parts: [
    {
      step: 0,
      key: 'cover',
      title: 'ACME plc',
      subtitle: 'Key account plan',
      blocks: [{ kind: 'paragraph', text: 'Owner: Ann' }],
    },
    {
      step: 3,
      key: 'focus',
      title: 'Focus',
      subtitle: 'Step 3',
      blocks: [
        {
          kind: 'two-column',
          left: {
            kind: 'list',
            title: 'Opportunities',
            items: [{ label: 'C1', text: 'New plant', detail: 'from S1' }],
          },
          right: {
            kind: 'list',
            title: 'Risks',
            items: [{ label: 'R1', text: 'Price war', warning: 'no goal' }],
          },
        },
      ],
    },
    {
      step: 6,
      key: 'actions',
      title: 'Actions',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'What', weight: 3 },
            { header: 'Who', weight: 1 },
          ],
          rows: [
            [{ text: 'Call the COO' }, { text: 'Ann', tone: 'strong' }],
            [{ text: 'Send offer' }, { text: '', tone: 'warning' }],
          ],
        },
      ],
    },
  ],
});

function bottomOf(box: Box): number {
  return box.y + (box.kind === 'table' ? box.rowH.reduce((s, h) => s + h, 0) : box.h);
}

describe('renderPptx', () => {
  it('writes slides in outline order, each tagged with its step and part in ppt/tags', async () => {
    const parts = await readPackage(await renderPptx(handMade));
    const slides = slidesOf(parts);
    expect(slides.map((s) => [s.step, s.part])).toEqual([
      ['0', 'cover'],
      ['3', 'focus'],
      ['6', 'actions'],
    ]);
    expect(slides[1]?.text).toContain('New plant');
    expect(slides[1]?.text).toContain('Price war');
    const types = findAll(parts.get('[Content_Types].xml')!, 'Override').filter(
      (o) =>
        o.attrs.ContentType ===
        'application/vnd.openxmlformats-officedocument.presentationml.tags+xml',
    );
    expect(types).toHaveLength(3);
    // custDataLst sits in p:cSld right after p:spTree, as the schema orders it.
    const cSld = findAll(slides[0]!.xml, 'p:cSld')[0]!;
    const names = cSld.children.map((c) => c.name);
    expect(names.indexOf('p:custDataLst')).toBe(names.indexOf('p:spTree') + 1);
  });

  it('writes tables with their header row and cells in order', async () => {
    const slides = slidesOf(await readPackage(await renderPptx(handMade)));
    const table = findAll(slides[2]!.xml, 'a:tbl')[0]!;
    const rows = findAll(table, 'a:tr').map((tr) =>
      findAll(tr, 'a:tc').map((tc) => textOf(tc, 'a:t')),
    );
    expect(rows).toEqual([
      ['What', 'Who'],
      ['Call the COO', 'Ann'],
      ['Send offer', ''],
    ]);
  });

  it('renders only the requested steps', async () => {
    const slides = slidesOf(await readPackage(await renderPptx(handMade, { steps: [3] })));
    expect(slides.map((s) => s.part)).toEqual(['focus']);
  });

  it('compresses the package and keeps control characters out of every part', async () => {
    const outline: Outline = { ...handMade, title: 'A & B <x> \u0001\u0007 Co \uD800' };
    const bytes = await renderPptx(outline);
    const parts = await readPackage(bytes);
    const app = parts.get('docProps/app.xml')!;
    expect(textOf(app, 'Company')).toBe('A & B <x>  Co \uFFFD');
    // pptxgenjs stores every part uncompressed; the re-zipped package must be far smaller.
    const zip = await JSZip.loadAsync(bytes);
    const stored = await Promise.all(
      Object.values(zip.files).map(async (f) => (f.dir ? 0 : (await f.async('uint8array')).length)),
    );
    expect(bytes.length).toBeLessThan(stored.reduce((s, n) => s + n, 0) / 3);
  });

  it('renders the example-like plan with every slide inside the 16:9 frame', () => {
    const outline = buildStory(makePlan(), { today: TODAY });
    const deck = planSlides(outline);
    // One slide per part at least, but the one data gap goes beside the facts.
    expect(deck.slides.map((s) => s.key)).toEqual(
      outline.parts.map((p) => p.key).filter((key) => key !== 'gaps'),
    );
    expect(boxText(deck.slides.find((s) => s.key === 'facts')!.boxes[1]!)).toContain(
      'What price does the strongest competitor offer?',
    );
    for (const slide of deck.slides) {
      for (const box of slide.boxes) {
        expect(bottomOf(box)).toBeLessThanOrEqual(CONTENT_BOTTOM + 1e-6);
        expect(box.x + box.w).toBeLessThanOrEqual(SLIDE_W);
      }
    }
  });
});

describe('pagination of a large, hostile plan', () => {
  const plan = hostilePlan();
  const outline = buildStory(plan, { today: TODAY });
  const deck = planSlides(outline);

  it('keeps every box inside the content area of its slide', () => {
    for (const slide of deck.slides) {
      for (const box of slide.boxes)
        expect(bottomOf(box)).toBeLessThanOrEqual(CONTENT_BOTTOM + 1e-6);
    }
  });

  it('continues long parts on further slides titled "(cont.)", repeating the table header', () => {
    const facts = deck.slides.filter((s) => s.key === 'facts');
    expect(facts.length).toBeGreaterThan(10);
    expect(facts.slice(1).every((s) => s.title.endsWith('(cont.)'))).toBe(true);
    const actions = deck.slides.filter((s) => s.key === 'actions');
    expect(actions.length).toBeGreaterThan(2);
    for (const slide of actions) {
      const table = slide.boxes.find((b) => b.kind === 'table');
      expect(
        table?.kind === 'table' &&
          table.rows[0]?.map((c) =>
            c.paras.map((p) => p.runs.map((r) => r.text).join('')).join(''),
          ),
      ).toEqual(
        outline.parts
          .find((p) => p.key === 'actions')
          ?.blocks.flatMap((b) => (b.kind === 'table' ? [b.columns.map((c) => c.header)] : []))[0],
      );
    }
  });

  it('loses no word of any text, even when a text is split over slides', () => {
    const all = squash(deck.slides.flatMap((s) => [s.title, ...s.boxes.map(boxText)]).join(' '));
    const present = new Set(tokens(all));
    const missing = [
      ...plan.facts.map((f) => f.text),
      ...plan.soWhats.map((s) => s.text),
      ...plan.opportunities.map((o) => o.title),
      ...plan.goals.map((g) => g.title),
      ...plan.strategies.map((s) => s.text),
      ...plan.actions.flatMap((a) => [a.what, a.who]),
    ]
      .flatMap((text) => tokens(safeText(text)))
      .filter((token) => !present.has(token));
    expect(missing).toEqual([]);
  });

  it('writes a well-formed package with one tag part per slide', async () => {
    const parts = await readPackage(await renderPptx(outline));
    const slides = slidesOf(parts);
    expect(slides).toHaveLength(deck.slides.length);
    expect(slides.map((s) => `${s.step}/${s.part}`)).toEqual(
      deck.slides.map((s) => `${s.step}/${s.key}`),
    );
  });

  it('renders incomplete plans too', () => {
    const incomplete = makePlan({ goals: [], strategies: [], actions: [] });
    expect(checkPlan(incomplete).length).toBeGreaterThan(0);
    expect(planSlides(buildStory(incomplete, { today: TODAY })).slides.length).toBeGreaterThan(5);
  });
});

describe('any Unicode in any text field', () => {
  const anyText = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 40,
  });

  it('gives a deck whose every part is well-formed XML', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, anyText, async (name, fact, goal, who) => {
        const base = makePlan();
        const plan = makePlan({
          account: { ...base.account, name: name || 'x', planOwner: who },
          facts: [{ ...base.facts[0]!, text: fact, source: name }, base.facts[1]!],
          goals: [{ ...base.goals[0]!, title: goal, measure: fact }],
          actions: [{ ...base.actions[0]!, what: fact, who }, base.actions[1]!],
        });
        const parts = await readPackage(await renderPptx(buildStory(plan, { today: TODAY })));
        expect(slidesOf(parts).length).toBeGreaterThan(5);
      }),
      { numRuns: 25 },
    );
  });
});
