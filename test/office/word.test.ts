import fc from 'fast-check';
import { writeSections, sectionTag } from '../../src/office/word';
import { buildStory } from '../../src/story';
import type { Outline, StoryStep } from '../../src/story/outline';
import { makeFact, makePlan } from '../builders';
import { PropertyNotLoaded } from './fakes/batch';
import { FakeWord, documentWith, paragraph, type WordNode } from './fakes/word';

const PLAN = 'plan-1';
const ALL: StoryStep[] = [0, 1, 2, 3, 4, 5, 6];
const outline = buildStory(makePlan(), { today: '2027-01-15' });

function userText(): WordNode[] {
  return [paragraph('My own title', 'Title'), paragraph('Some notes of mine.')];
}

function outside(word: FakeWord): string[] {
  return word.model.body.filter((n) => n.kind !== 'cc').map((n) => JSON.stringify(n));
}

describe('the Word fake keeps office.js semantics', () => {
  it('refuses reads before load and sync and applies calls at sync', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]));
    await word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/tag');
      expect(() => controls.items).toThrow(PropertyNotLoaded);
      context.document.body.insertParagraph('y', 'End');
      expect(word.lines()).toEqual(['x']);
      await context.sync();
      expect(controls.items).toEqual([]);
      expect(word.lines()).toEqual(['x', 'y']);
    });
    expect(word.counter.syncs).toBe(1);
  });
});

describe('writeSections', () => {
  it('writes each step as one tagged, titled control, in story order, in 2 syncs', async () => {
    const word = new FakeWord(documentWith(userText()));
    const result = await writeSections({ run: word.run }, PLAN, outline, ALL);
    expect(result).toEqual({ ok: true, written: ALL });
    expect(word.counter.syncs).toBe(2);
    const controls = word.controls();
    expect(controls.map((c) => c.tag)).toEqual(ALL.map((s) => sectionTag(PLAN, s)));
    expect(controls.map((c) => c.title)).toEqual([
      'Overview',
      'Collect data',
      'So what?',
      'Top 5 opportunities and risks',
      'Strategic goals',
      'Strategy',
      'Action plan',
    ]);
    // The user's text stays first and as it was; the plan follows at the end.
    expect(word.lines().slice(0, 2)).toEqual(['Title My own title', 'Some notes of mine.']);
    const facts = controls[1]!.children;
    expect(facts[0]).toMatchObject({ kind: 'p', style: 'Heading1' });
    expect(
      facts.some((n) => n.kind === 'table' || (n.kind === 'p' && n.listId !== undefined)),
    ).toBe(true);
  });

  it('writes German titles for a German outline', async () => {
    const word = new FakeWord(documentWith([]));
    const german = buildStory(makePlan(), { today: '2027-01-15', language: 'de' });
    await writeSections({ run: word.run }, PLAN, german, [0, 6]);
    expect(word.controls().map((c) => c.title)).toEqual(['Überblick', 'Aktionsplan']);
  });

  it('replaces only the rewritten step and keeps text outside the controls', async () => {
    const word = new FakeWord(documentWith(userText()));
    await writeSections({ run: word.run }, PLAN, outline, ALL);
    // The user writes between two sections.
    const at = word.model.body.indexOf(word.controls()[3]!);
    word.model.body.splice(at, 0, paragraph('A remark between sections.'));
    const before = word.controls().map((c) => JSON.stringify(c));
    const userBefore = outside(word);

    const bigger = buildStory(
      makePlan({ facts: [...makePlan().facts, makeFact({ id: 'F9', text: 'A brand-new fact' })] }),
      { today: '2027-01-15' },
    );
    word.counter.syncs = 0;
    const result = await writeSections({ run: word.run }, PLAN, bigger, [1]);
    expect(result.ok).toBe(true);
    expect(word.counter.syncs).toBe(2);
    const after = word.controls().map((c) => JSON.stringify(c));
    expect(after.filter((_, i) => i !== 1)).toEqual(before.filter((_, i) => i !== 1));
    expect(after[1]).not.toEqual(before[1]);
    expect(after[1]).toContain('A brand-new fact');
    expect(word.controls()[1]!.id).toBe((JSON.parse(before[1]!) as { id: number }).id);
    expect(outside(word)).toEqual(userBefore);
  });

  it('sets tag and title again when Word on the web drops them on replace', async () => {
    const word = new FakeWord(documentWith([]), { dropTagsOnReplace: true });
    await writeSections({ run: word.run }, PLAN, outline, [2]);
    await writeSections({ run: word.run }, PLAN, outline, [2]);
    expect(word.controls().map((c) => [c.tag, c.title])).toEqual([
      [sectionTag(PLAN, 2), 'So what?'],
    ]);
  });

  it('keeps story order whatever order the steps are written in, and never duplicates', async () => {
    const step = fc.constantFrom<StoryStep>(0, 1, 2, 3, 4, 5, 6);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        async (writes) => {
          const word = new FakeWord(documentWith(userText()));
          for (const steps of writes) {
            expect((await writeSections({ run: word.run }, PLAN, outline, steps)).ok).toBe(true);
          }
          const expected = [...new Set(writes.flat())].sort((a, b) => a - b);
          expect(word.controls().map((c) => c.tag)).toEqual(
            expected.map((s) => sectionTag(PLAN, s)),
          );
          expect(outside(word)).toEqual(userText().map((n) => JSON.stringify(n)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves controls of other plans and untagged controls alone', async () => {
    const foreign: WordNode = {
      kind: 'cc',
      id: 99,
      tag: 'kap:1:other:1',
      title: 'Other',
      children: [paragraph('theirs')],
    };
    const mine: WordNode = {
      kind: 'cc',
      id: 98,
      tag: '',
      title: 'Signature',
      children: [paragraph('me')],
    };
    const word = new FakeWord(documentWith([foreign, mine]));
    await writeSections({ run: word.run }, PLAN, outline, [1]);
    expect(word.model.body.slice(0, 2)).toEqual([
      { kind: 'cc', id: 99, tag: 'kap:1:other:1', title: 'Other', children: [paragraph('theirs')] },
      { kind: 'cc', id: 98, tag: '', title: 'Signature', children: [paragraph('me')] },
    ]);
    expect(word.controls().map((c) => c.tag)).toEqual(['kap:1:other:1', '', sectionTag(PLAN, 1)]);
  });

  it('reuses the section a failed write left behind instead of adding a second one', async () => {
    const word = new FakeWord(documentWith(userText()), {
      failures: new Map([[2, { afterOperations: 4 }]]),
    });
    expect((await writeSections({ run: word.run }, PLAN, outline, [1])).ok).toBe(false);
    expect((await writeSections({ run: word.run }, PLAN, outline, [1])).ok).toBe(true);
    expect(word.controls().map((c) => c.tag)).toEqual([sectionTag(PLAN, 1)]);
    expect(outside(word)).toEqual(userText().map((n) => JSON.stringify(n)));
  });

  it('reports the steps as possibly incomplete when the write fails', async () => {
    const word = new FakeWord(documentWith([]), {
      failures: new Map([[2, { afterOperations: 5 }]]),
    });
    const result = await writeSections({ run: word.run }, PLAN, outline, [1, 2]);
    expect(result).toMatchObject({ ok: false, written: [], incomplete: [1, 2] });
    if (!result.ok) expect(result.message.en).toMatch(/step 1, 2 may be incomplete/);
  });
});

describe('outline blocks in Word', () => {
  const sample: Outline = {
    language: 'en',
    locale: 'en-GB',
    title: 'T',
    account: 'ACME',
    furniture: {
      confidential: 'confidential',
      page: { before: 'Page', between: 'of' },
      contents: 'Contents',
      continued: '(cont.)',
      steps: {},
    },
    parts: [
      {
        step: 3,
        key: 'focus',
        title: 'Focus',
        subtitle: 'Where we play',
        blocks: [
          { kind: 'heading', level: 1, text: 'Big' },
          { kind: 'heading', level: 2, text: 'Small' },
          { kind: 'paragraph', text: 'Lead text', tone: 'lead' },
          { kind: 'paragraph', text: 'Missing owner', tone: 'warning' },
          { kind: 'paragraph', text: 'Plain' },
          {
            kind: 'list',
            title: 'Ranked',
            ordered: true,
            items: [
              { label: 'C1', text: 'One', detail: 'S1' },
              { text: 'Two', warning: 'no goal' },
            ],
          },
          { kind: 'list', items: [{ text: 'Bullet' }] },
          {
            kind: 'table',
            columns: [
              { header: 'A', weight: 1 },
              { header: 'B', weight: 2 },
            ],
            rows: [[{ text: '1' }, { text: 'x', tone: 'warning' }]],
          },
          {
            kind: 'two-column',
            left: {
              kind: 'list',
              title: 'Opportunities',
              items: [
                { label: 'C1', text: 'o1' },
                { label: 'C2', text: 'o2' },
              ],
            },
            right: { kind: 'list', title: 'Risks', items: [{ label: 'R1', text: 'r1' }] },
          },
          {
            kind: 'cards',
            cards: [{ label: 'Z1', title: 'Win', fields: [{ label: 'Measure', value: 'Share' }] }],
          },
          {
            kind: 'timeline',
            months: Array.from({ length: 12 }, (_, i) => `M${i + 1}`),
            monthNames: Array.from({ length: 12 }, (_, i) => `M${i + 1}`),
            quarters: [],
            words: { action: 'Action', owner: 'Who', due: 'By', today: 'Today' },
            groups: [
              {
                title: 'Z1 Win',
                entries: [
                  {
                    label: 'A1',
                    text: 'Call',
                    owner: 'Ann',
                    month: 2,
                    state: 'open',
                    due: '31 Mar',
                  },
                  { label: 'A2', text: 'Send', owner: 'Ann', state: 'outside', due: '2029' },
                ],
              },
            ],
            legend: {
              open: 'open',
              'in-progress': 'in progress',
              done: 'done',
              overdue: 'overdue',
              outside: 'outside',
            },
          },
        ],
      },
    ],
  };

  it('maps every block kind to paragraphs with built-in styles, lists and tables', async () => {
    const word = new FakeWord(documentWith([]));
    await writeSections({ run: word.run }, PLAN, sample, [3]);
    const lines = word.lines();
    expect(lines.slice(0, 12)).toEqual([
      `[${sectionTag(PLAN, 3)}|Top 5 opportunities and risks]`,
      '  Heading1 Focus',
      '  Subtitle Where we play',
      '  Heading2 Big',
      '  Heading3 Small',
      '  Lead text',
      '  IntenseQuote ⚠ Missing owner',
      '  Plain',
      '  Heading3 Ranked',
      '  number(0,Arabic) C1 One — S1',
      '  number(0,Arabic) Two ⚠ no goal',
      '  bullet(0,Solid) Bullet',
    ]);
    expect(lines.slice(12, 16)).toEqual([
      '  table A / B // 1 / ⚠ x',
      '  table Opportunities / Risks // C1 o1 / R1 r1 // C2 o2 / ',
      '  Heading3 Z1 Win',
      '  Measure: Share',
    ]);
    const empty = Array.from({ length: 12 }, () => '');
    const row = (cells: string[]): string => cells.join(' / ');
    expect(lines[16]).toBe(
      `  table ${[
        row(['', ...Array.from({ length: 12 }, (_, i) => `M${i + 1}`)]),
        row(['Z1 Win', ...empty]),
        row(['A1 Call', '', '', '○', ...empty.slice(3)]),
        row(['A2 Send (2029) –', ...empty]),
      ].join(' // ')}`,
    );
    expect(lines[17]).toBe('  ○ open   ◐ in progress   ● done   ! overdue   – outside');
    const paragraphs = word.controls()[0]!.children.filter((n) => n.kind === 'p');
    expect(paragraphs.find((p) => p.text === 'Lead text')?.font).toMatchObject({
      bold: true,
      italic: false,
    });
    expect(paragraphs.find((p) => p.text === 'Plain')?.font).toEqual({
      bold: false,
      italic: false,
    });
    const tables = word.controls()[0]!.children.filter((n) => n.kind === 'table');
    expect(tables.every((t) => t.headerRowCount === 1 && t.style === 'GridTable4_Accent1')).toBe(
      true,
    );
  });
});
