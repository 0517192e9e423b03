// The slide layout's rules, checked on the slide plan: nothing torn apart, no widow slides, the
// red thread and the Gantt chart as a board would want them. Geometry as LibreOffice draws it is
// checked in libreoffice.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { planSlides, renderPptx } from '../../src/render';
import { boxText, type SlidePlan } from '../../src/render/slides';
import { buildStory, typeset, type Outline } from '../../src/story';
import type { ListItem } from '../../src/story/outline';
import { makeAction, makeGoal, makePlan, makeStrategy } from '../builders';
import { findAll, largePlan, makeOutline, readPackage, squash } from './support';

const TODAY = '2027-05-15';
const examples = resolve(__dirname, '../../assets/examples');

function example(name: string): Plan {
  const result = readPlanText(readFileSync(join(examples, name), 'utf8'));
  if (!result.ok) throw new Error(`${name} is not a valid plan`);
  return result.plan;
}

const EXAMPLES = readdirSync(examples).filter((f) => f.endsWith('.kap.json'));

function slideText(slide: SlidePlan): string {
  return squash(slide.boxes.map(boxText).join(' ')).replace(/\u00A0/g, ' ');
}

function listPart(items: number): Outline {
  const item = (i: number): ListItem => ({
    label: `F${i + 1}`,
    text: `Fact number ${i + 1} about the account, long enough to take a line of its own on a slide`,
    detail: 'Source: annual report',
  });
  return makeOutline({
    parts: [
      {
        step: 1,
        key: 'facts',
        title: 'What we know',
        blocks: [{ kind: 'list', items: Array.from({ length: items }, (_, i) => item(i)) }],
      },
    ],
  });
}

describe('balance', () => {
  it('never leaves a few rows alone on a continuation slide, and spreads rows evenly', () => {
    for (let n = 1; n <= 40; n++) {
      const rows = planSlides(listPart(n)).slides.map((s) => s.rows);
      expect({ n, rows, total: rows.reduce((a, b) => a + b, 0) }).toMatchObject({ n, total: n });
      // Identical items: no slide holds more than one item more than another (6 + 5, not 10 + 1).
      expect({ n, rows, even: Math.max(...rows) - Math.min(...rows) <= 1 }).toEqual({
        n,
        rows,
        even: true,
      });
      if (rows.length > 1) expect({ n, rows, fewest: Math.min(...rows) }).toMatchObject({ n });
      if (rows.length > 1) expect(Math.min(...rows)).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the examples free of widow slides', () => {
    for (const name of EXAMPLES) {
      const deck = planSlides(buildStory(example(name), { today: TODAY }));
      const widows = deck.slides.filter(
        (slide, i) => i > 0 && deck.slides[i - 1]?.key === slide.key && slide.rows < 3,
      );
      expect({ name, widows: widows.map((w) => w.title) }).toEqual({ name, widows: [] });
    }
  });
});

describe('a long item', () => {
  it('continues on the next slide under its label, marked as continued', () => {
    const words = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const outline = makeOutline({
      parts: [
        {
          step: 1,
          key: 'facts',
          title: 'What we know',
          blocks: [{ kind: 'list', title: 'Account', items: [{ label: 'F7', text: words }] }],
        },
      ],
    });
    const slides = planSlides(outline).slides;
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides.slice(1)) {
      expect(slideText(slide)).toMatch(/^Account \(cont\.\) F7 \(cont\.\) word\d+/);
    }
    // Every word once, in order.
    const shown = slides
      .map(slideText)
      .join(' ')
      .match(/word\d+/g);
    expect(shown).toEqual(words.split(' '));
  });
});

describe('a goal’s strategy stays together', () => {
  it('gives each goal of the examples a slide with its heading, strategy, levers and facts', () => {
    for (const name of EXAMPLES) {
      const plan = example(name);
      const outline = buildStory(plan, { today: TODAY });
      const slides = planSlides(outline).slides.filter((s) => s.key === 'strategies');
      expect(slides).toHaveLength(plan.goals.length);
      slides.forEach((slide, g) => {
        const goal = plan.goals[g]!;
        const strategy = plan.strategies.find((s) => s.goalId === goal.id)!;
        const text = slideText(slide);
        const set = (t: string) => squash(typeset(t, outline.language)).replace(/\u00A0/g, ' ');
        expect(text).toContain(set(goal.title));
        expect(text).toContain(set(strategy.text));
        // The heading comes first on its slide.
        expect(boxText(slide.boxes[0]!).replace(/\u00A0/g, ' ')).toContain(set(goal.title));
      });
    }
  });

  it('repeats the goal’s heading on the slide a long strategy block continues on', () => {
    const long = 'Wir bauen den Service vor Ort aus und sichern damit die Nominierung. '.repeat(60);
    const plan = makePlan({
      strategies: [makeStrategy({ text: long, factIds: ['F1', 'F2'] })],
    });
    const slides = planSlides(buildStory(plan, { today: TODAY })).slides.filter(
      (s) => s.key === 'strategies',
    );
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides.slice(1)) {
      expect(boxText(slide.boxes[0]!).replace(/\u00A0/g, ' ')).toMatch(
        /^G1 Win the new plant \(cont\.\)/,
      );
    }
  });
});

describe('the red thread', () => {
  it('shows each goal’s strategy in full and the counts as a funnel of shapes', () => {
    for (const name of EXAMPLES) {
      const plan = example(name);
      const deck = planSlides(buildStory(plan, { today: TODAY }));
      const overview = deck.slides.filter((s) => s.key === 'overview');
      expect(overview).toHaveLength(1);
      const text = slideText(overview[0]!);
      const set = (t: string) =>
        squash(typeset(t, plan.account.language ?? 'en')).replace(/\u00A0/g, ' ');
      for (const strategy of plan.strategies) expect(text).toContain(set(strategy.text));
      const chevrons = overview[0]!.boxes.filter(
        (b) => b.kind === 'shape' && (b.shape === 'chevron' || b.shape === 'homePlate'),
      );
      expect(chevrons).toHaveLength(6);
      expect(boxText(chevrons[0]!)).toMatch(new RegExp(`^${plan.facts.length} `));
    }
  });
});

describe('the Gantt chart', () => {
  it('puts each example’s twelve months on one slide, with today’s line', () => {
    for (const name of EXAMPLES) {
      const deck = planSlides(buildStory(example(name), { today: TODAY }));
      const timeline = deck.slides.filter((s) => s.key === 'timeline');
      expect(timeline).toHaveLength(1);
      const boxes = timeline[0]!.boxes;
      const diamonds = boxes.filter((b) => b.kind === 'shape' && b.shape === 'diamond');
      // One diamond per action, and one per state in the legend.
      expect(diamonds.length).toBeGreaterThan(example(name).actions.length);
      const dashed = boxes.filter((b) => b.kind === 'shape' && b.shape === 'line' && b.line?.dash);
      expect(dashed.length).toBe(2);
    }
  });

  it('shows the column for dates outside the window and legend entries only when they occur', () => {
    const inside = makePlan();
    const outside = makePlan({ actions: [makeAction({ due: '2029-01-31' })] });
    const text = (plan: Plan) =>
      planSlides(buildStory(plan, { today: TODAY, language: 'en' }))
        .slides.filter((s) => s.key === 'timeline')
        .map(slideText)
        .join(' ');
    expect(text(inside)).not.toContain('Outside the 12 months');
    expect(text(inside)).not.toContain('Done');
    expect(text(outside)).toContain('Outside the 12 months');
  });

  it('splits many actions by goal, in balanced parts, never a row alone', () => {
    const deck = planSlides(buildStory(largePlan(), { today: TODAY }));
    const timeline = deck.slides.filter((s) => s.key === 'timeline');
    expect(timeline.length).toBeGreaterThan(1);
    // Sixty actions and the "as of" line.
    expect(timeline.reduce((s, t) => s + t.rows, 0)).toBe(61);
    for (const slide of timeline) expect(slide.rows).toBeGreaterThanOrEqual(3);
  });
});

describe('cards', () => {
  it('centres fewer than three goal cards', () => {
    const plan = makePlan({
      goals: [makeGoal(), makeGoal({ id: 'Z2', title: 'Second' })],
      strategies: [makeStrategy()],
    });
    const slide = planSlides(buildStory(plan, { today: TODAY })).slides.find(
      (s) => s.key === 'goals',
    )!;
    const cards = slide.boxes.filter((b) => b.kind === 'card');
    expect(cards).toHaveLength(2);
    const left = cards[0]!.x - 0.6;
    const right = 13.333 - 0.6 - (cards[1]!.x + cards[1]!.w);
    expect(Math.abs(left - right)).toBeLessThan(0.01);
    expect(left).toBeGreaterThan(1);
  });
});

describe('language', () => {
  it('tags every run of every slide with the plan’s language', async () => {
    for (const [name, lang] of [
      ['mueller-maschinenbau.de.kap.json', 'de-DE'],
      ['northwind-health.en.kap.json', 'en-GB'],
    ] as const) {
      const parts = await readPackage(
        await renderPptx(buildStory(example(name), { today: TODAY })),
      );
      const runs = [...parts.entries()]
        .filter(([path]) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
        .flatMap(([, xml]) =>
          // The slide number is a field PowerPoint fills in: digits, in no language.
          findAll(xml, 'a:r').flatMap((r) => findAll(r, 'a:rPr')),
        );
      expect(runs.length).toBeGreaterThan(100);
      const other = runs.filter((r) => r.attrs.lang !== lang).map((r) => r.attrs.lang);
      expect({ name, other: [...new Set(other)] }).toEqual({ name, other: [] });
    }
  });
});
