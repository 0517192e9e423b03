// The version 2 pages as LibreOffice reads them: a plan with people, ratings, values, progress
// and a review, rendered with the review page as a deck and as a document, in English and in
// German. One soffice call converts the four files; each page's words must be in each file, in
// the order the page tells them (a table row reads across its cells).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { planSlides, renderDocx, renderPptx } from '../../src/render';
import { boxText, type ShapeBox } from '../../src/render/slides';
import { STATE_COLOR, tint } from '../../src/render/theme';
import { buildStory } from '../../src/story';
import { labelPlan } from '../../src/story/labels';
import { makeV2Plan } from '../builders';
import { describeWith } from '../support/tools';
import { findAll, makeOutline, part, readPackage } from './support';

const TODAY = '2027-03-01';

/**
 * PDF text as read: a hyphen at a line's end joins, every run of white space is one space. The
 * warning sign goes: drawn in a fallback font, it lands out of reading order in the PDF text.
 */
function reading(text: string): string {
  return text
    .replace(/⚠\s*/g, '')
    .replace(/-\n/g, '-')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim();
}

function germanPlan(): Plan {
  const plan = makeV2Plan();
  return { ...plan, account: { ...plan.account, language: 'de' } };
}

function label(plan: Plan, id: string): string {
  const language = plan.account.language ?? 'en';
  return labelPlan(plan, language).actions.all.find((a) => a.item.id === id)?.label ?? id;
}

/** What each new page must show, in reading order within each phrase. */
function expected(plan: Plan): Record<string, string[]> {
  if (plan.account.language === 'de') {
    return {
      summary: [
        'Auf einen Blick',
        'Ausgangslage: Die größten Chancen: C1 Become preferred supplier for the new plant; C2 Retrofit kit for film machines',
        'Herausforderung: Die größten Risiken: R1 Competitor undercuts on price',
        'Unser Weg: Z1 Win the new plant – über eine Strategie',
        'Kennzahlen',
        'Revenue 2026: 4.2 m EUR',
        '25% → 40% bis 31.12.2027',
        'Was wir vom Management brauchen',
        'Approve the budget for the consignment store',
      ],
      review: [
        'Account-Review: was sich bewegt hat',
        'Seit der letzten Prüfung am 20.01.2027',
        'Fortschritt je Ziel',
        'Z1 Win the new plant 25% 28% zuletzt: 26% 40% bis 31.12.2027 Gelb – gefährdet',
        'Aktionen seit dem 20.01.2027',
        `${label(plan, 'A2')} Ask purchasing about competitor offers Anna Schmidt 15.02.2027 Erledigt`,
        'Die nächsten 90 Tage (bis 30.05.2027)',
        `${label(plan, 'A1')} Present the capacity guarantee to the COO Anna Schmidt 31.03.2027 Offen`,
        'Zielwert 35% 40%',
        'Status Offen Verworfen',
        'Nächste Prüfung 15.04.2027 15.07.2027',
      ],
      people: [
        'Wer entscheidet: das Buying Center',
        'P1 Dr. Markus Hoffmann',
        'Head of central purchasing · Entscheider',
        'Unser Kontakt: Anna Schmidt',
        'Beziehungslücke: keine Aktion spricht diese Person an',
        'Beziehungslücken – keine Aktion spricht sie an: P2 Frank Meier.',
      ],
      matrix: [
        'Brno is the chance, price the threat',
        'Chancen und Risiken nach Auswirkung und Wahrscheinlichkeit',
        'Wahrscheinlichkeit mittel',
        'R1 (800.000 €) C1 (1.500.000 €)',
        'Nicht bewertet: C2',
      ],
      goals: ['Ausgangswert 25%', 'Aktuell 28%', 'Ampel Gelb – gefährdet'],
      gantt: ['Verworfen'],
    };
  }
  return {
    summary: [
      'At a glance',
      'Situation: The biggest opportunities: O1 Become preferred supplier for the new plant; O2 Retrofit kit for film machines',
      'Complication: The biggest risks: R1 Competitor undercuts on price',
      'Resolution: G1 Win the new plant – through one strategy',
      'Key figures',
      'Revenue 2026: 4.2 m EUR',
      '25% → 40% by 31 Dec 2027',
      'What we need from management',
      'Approve the budget for the consignment store',
    ],
    review: [
      'Account review: what has moved',
      'Since the last review on 20 Jan 2027',
      'Progress per goal',
      'G1 Win the new plant 25% 28% last time: 26% 40% by 31 Dec 2027 Amber – at risk',
      'Actions since 20 Jan 2027',
      `${label(plan, 'A2')} Ask purchasing about competitor offers Anna Schmidt 15 Feb 2027 Done`,
      'The next 90 days (until 30 May 2027)',
      `${label(plan, 'A1')} Present the capacity guarantee to the COO Anna Schmidt 31 Mar 2027 Open`,
      'Target 35% 40%',
      'Status Open Dropped',
      'Next review 15 Apr 2027 15 Jul 2027',
    ],
    people: [
      'Who decides: the buying centre',
      'P1 Dr. Markus Hoffmann',
      'Head of central purchasing · Decision-maker',
      'Our contact: Anna Schmidt',
      'Relationship gap: no action addresses this person',
      'Relationship gaps – no action addresses them: P2 Frank Meier.',
    ],
    matrix: [
      'Brno is the chance, price the threat',
      'Opportunities and risks by impact and likelihood',
      'Likelihood medium',
      'R1 (€800,000) O1 (€1,500,000)',
      'Not rated: O2',
    ],
    goals: ['Baseline 25%', 'Current 28%', 'Status Amber – at risk'],
    gantt: ['Dropped'],
  };
}

describeWith(['soffice', 'pdftotext'], 'the version 2 pages in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-v2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const plans: Record<string, Plan> = { en: makeV2Plan(), de: germanPlan() };
  const texts = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const [name, plan] of Object.entries(plans)) {
      const outline = buildStory(plan, { today: TODAY, review: true });
      const deck = join(dir, `${name}-deck.pptx`);
      writeFileSync(deck, await renderPptx(outline));
      const doc = join(dir, `${name}-doc.docx`);
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
      const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
        encoding: 'utf8',
      });
      texts.set(file.slice(dir.length + 1).replace(/\.(pptx|docx)$/, ''), reading(text));
    }
  }, 300_000);

  it('converts every file', () => {
    expect([...texts.keys()].sort()).toEqual(['de-deck', 'de-doc', 'en-deck', 'en-doc']);
  });

  for (const name of ['en', 'de']) {
    for (const kind of ['deck', 'doc']) {
      it(`shows every new page's words in the ${name} ${kind}`, () => {
        const text = texts.get(`${name}-${kind}`) ?? '';
        const pages = expected(plans[name]!);
        const missing = Object.entries(pages).flatMap(([page, phrases]) =>
          phrases.filter((p) => !text.includes(p)).map((p) => `${page}: ${p}`),
        );
        expect(missing).toEqual([]);
      });
    }
  }

  it('tells the review after the summary and before the red thread, in both formats', () => {
    for (const key of ['en-deck', 'en-doc']) {
      const text = texts.get(key) ?? '';
      // The document's table of contents names the pages first: read after it.
      const from = key.endsWith('doc') ? text.lastIndexOf('Contents') : 0;
      const at = (words: string) => text.indexOf(words, from);
      expect({
        key,
        order: [
          at('At a glance') < at('Account review'),
          at('Account review') < at('The red thread'),
        ],
      }).toEqual({
        key,
        order: [true, true],
      });
    }
  });

  it('leaves no slide of a new page continued with fewer than three rows', () => {
    const examples = resolve(__dirname, '../../assets/examples');
    const found = readdirSync(examples)
      .filter((f) => f.endsWith('.kap.json'))
      .map((f) => readPlanText(readFileSync(join(examples, f), 'utf8')))
      .flatMap((read) => (read.ok ? [read.plan] : []));
    expect(found.length).toBeGreaterThan(0);
    for (const plan of [...Object.values(plans), ...found]) {
      const deck = planSlides(buildStory(plan, { today: TODAY, review: true }));
      const keys = ['summary', 'review', 'people', 'matrix', 'goals'];
      const thin = keys.flatMap((key) =>
        deck.slides
          .filter((s) => s.key === key)
          .slice(1)
          .filter((s) => s.rows < 3)
          .map((s) => `${key}: ${s.rows}`),
      );
      expect(thin).toEqual([]);
    }
  });
});

describe('action bars in both renderers', () => {
  // The bar of an open action: the tint both renderers draw it in.
  const bar = tint(STATE_COLOR.open, 0.55);
  const withoutStart = (plan: Plan): Plan => ({
    ...plan,
    actions: plan.actions.map(({ start: _start, ...a }) => a),
  });

  it('draws a bar on the slide from start to due, and none for a milestone', () => {
    const timeline = (plan: Plan) =>
      planSlides(buildStory(plan, { today: TODAY }))
        .slides.filter((s) => s.key === 'timeline')
        .flatMap((s) => s.boxes);
    const shapes = (plan: Plan) => timeline(plan).filter((b): b is ShapeBox => b.kind === 'shape');
    const bars = (plan: Plan) => shapes(plan).filter((b) => b.shape === 'rect' && b.fill === bar);
    const drawn = bars(makeV2Plan());
    expect(drawn).toHaveLength(1);
    // The bar ends at the centre of its action's due marker, in the same row.
    const [one] = drawn;
    const middle = one!.y + one!.h / 2;
    const marker = shapes(makeV2Plan()).find(
      (b) => b.shape === 'diamond' && Math.abs(b.y + b.h / 2 - middle) < 1e-6,
    );
    expect(marker).toBeDefined();
    expect(one!.x + one!.w).toBeCloseTo(marker!.x + marker!.w / 2, 6);
    expect(one!.w).toBeGreaterThan(marker!.w);
    expect(bars(withoutStart(makeV2Plan()))).toHaveLength(0);
  });

  it('shades the months from start to due in the document', async () => {
    const shaded = async (plan: Plan) => {
      const parts = await readPackage(await renderDocx(buildStory(plan, { today: TODAY })));
      return findAll(part(parts, 'word/document.xml'), 'w:shd').filter(
        (s) => s.attrs['w:fill'] === bar,
      ).length;
    };
    // February and March.
    expect(await shaded(makeV2Plan())).toBe(2);
    expect(await shaded(withoutStart(makeV2Plan()))).toBe(0);
  });
});

describe('a heading on a slide', () => {
  it('never ends a slide alone: it moves on with the table it introduces', () => {
    const table = {
      kind: 'table' as const,
      columns: [
        { header: 'What', weight: 3 },
        { header: 'Who', weight: 1 },
      ],
      groups: [{ title: 'Done', start: 0 }],
      rows: Array.from({ length: 4 }, (_, i) => [
        {
          text: `Row ${i + 1}`,
          lines: [{ text: 'a second line' }, { text: 'a third line' }, { text: 'a fourth line' }],
        },
        { text: 'Anna Schmidt' },
      ]),
    };
    const alone: number[] = [];
    // Fillers of every length put the heading at every height of the slide once.
    for (let filler = 1; filler <= 24; filler++) {
      const outline = makeOutline({
        parts: [
          {
            step: 0,
            key: 'review',
            title: 'Account review',
            blocks: [
              ...Array.from({ length: filler }, (_, i) => ({
                kind: 'paragraph' as const,
                text: `Filler paragraph ${i + 1}`,
              })),
              { kind: 'heading', level: 1, text: 'Actions since the last review' },
              table,
            ],
          },
        ],
      });
      const slides = planSlides(outline).slides;
      const withHeading = slides.find((s) =>
        s.boxes.some((b) => boxText(b).includes('Actions since the last review')),
      );
      if (!withHeading?.boxes.some((b) => b.kind === 'table')) alone.push(filler);
    }
    expect(alone).toEqual([]);
  });
});
