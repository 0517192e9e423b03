import fc from 'fast-check';
import { inOrder, writeSections, sectionTag, TABLE_FONT_SIZE } from '../../src/office/word';
import { buildStory } from '../../src/story';
import type { Outline, StoryStep } from '../../src/story/outline';
import { makeFact, makePlan } from '../builders';
import { BatchError, PropertyNotLoaded } from './fakes/batch';
import {
  FakeWord,
  WORD_ON_THE_WEB,
  documentWith,
  paragraph,
  type WordControl,
  type WordDocumentModel,
  type WordNode,
  type WordParagraph,
} from './fakes/word';

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

  // @types/office-js, Paragraph.startNewList: "Fails if the paragraph is already a list item";
  // office-js#2307: a paragraph inserted after a list item is one, and startNewList then fails
  // with a GeneralException; detachFromList (WordApi 1.3) makes it a plain paragraph again.
  it('continues the list of the paragraph before a new one, and refuses a second list there', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]));
    await word.run(async (context) => {
      const list = context.document.body.insertParagraph('item', 'End').startNewList();
      list.insertParagraph('item 2', 'End');
      await context.sync();
      const after = context.document.body.insertParagraph('after the list', 'End');
      after.startNewList();
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
    const [, first, second, after] = word.model.body as WordParagraph[];
    expect(first!.listId).toBeDefined();
    expect(second!.listId).toBe(first!.listId);
    expect(after!.listId).toBe(first!.listId);
    await word.run(async (context) => {
      const fresh = context.document.body.insertParagraph('a new list', 'End');
      fresh.detachFromList();
      fresh.startNewList();
      await context.sync();
    });
    const last = word.model.body[word.model.body.length - 1] as WordParagraph;
    expect(last.listId).toBeDefined();
    expect(last.listId).not.toBe(first!.listId);
  });

  // office-js#866: "End" of the body inserts within the boundaries of the last content control.
  it('puts a paragraph at the end of a body that ends in a control into that control', async () => {
    const mine: WordControl = {
      kind: 'cc',
      id: 7,
      tag: '',
      title: 'Mine',
      children: [paragraph('m')],
    };
    const word = new FakeWord(documentWith([paragraph('x'), mine]));
    await word.run(async (context) => {
      context.document.body.insertParagraph('new', 'End');
      await context.sync();
    });
    expect(mine.children.map((n) => (n as WordParagraph).text)).toEqual(['m', 'new']);
  });

  // office-js#2815: on the web, changing a control while the user's cursor is in it fails.
  it('refuses to change a control with the cursor inside on the web, until the cursor moves', async () => {
    const inner = paragraph('typing here');
    const mine: WordControl = { kind: 'cc', id: 7, tag: 't', title: '', children: [inner] };
    const model = documentWith([mine]);
    model.cursor = { node: inner, where: 'in' };
    const word = new FakeWord(model, WORD_ON_THE_WEB);
    await word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/id');
      await context.sync();
      controls.items[0]!.insertParagraph('more', 'End');
      await expect(context.sync()).rejects.toThrow('La is not iterable');
      controls.items[0]!.getRange('Before').select();
      controls.items[0]!.insertParagraph('more', 'End');
      await context.sync();
    });
    expect(mine.children).toHaveLength(2);
  });

  // office-js#3599: on the web, paragraphs added at the end of a new control come out reversed.
  it('reverses paragraphs added to a control made in this session on the web', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]), WORD_ON_THE_WEB);
    await word.run(async (context) => {
      const control = context.document.body.insertParagraph('1', 'End').insertContentControl();
      control.insertParagraph('2', 'End');
      control.insertParagraph('3', 'End');
      await context.sync();
    });
    expect(word.lines()).toEqual(['x', '[|]', '  1', '  3', '  2']);
  });

  // office-js#2052: on the web, a tag changed on a control that was in the document when it was
  // opened is not kept; a control made in the session keeps the tag it was given.
  it('forgets tag changes to older controls on reopening, as Word on the web does', async () => {
    const old: WordControl = {
      kind: 'cc',
      id: 7,
      tag: 'old',
      title: '',
      children: [paragraph('o')],
    };
    const word = new FakeWord(documentWith([old]), WORD_ON_THE_WEB);
    await word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/id');
      await context.sync();
      controls.items[0]!.tag = 'changed';
      const made = context.document.body.insertParagraph('n', 'Start').insertContentControl();
      made.tag = 'new';
      await context.sync();
    });
    expect(word.controls().map((c) => c.tag)).toEqual(['new', 'changed']);
    expect(
      word
        .reopen()
        .controls()
        .map((c) => c.tag),
    ).toEqual(['new', 'old']);
  });

  it('refuses every change to a protected document and to a locked control', async () => {
    const locked: WordControl = {
      kind: 'cc',
      id: 7,
      tag: 't',
      title: '',
      cannotEdit: true,
      children: [paragraph('l')],
    };
    const model = documentWith([paragraph('x'), locked]);
    const word = new FakeWord(model);
    await word.run(async (context) => {
      const controls = context.document.body.contentControls;
      controls.load('items/id');
      await context.sync();
      controls.items[0]!.insertText('new', 'Replace');
      await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    model.protection = 'readOnly';
    await word.run(async (context) => {
      context.document.body.insertParagraph('new', 'End');
      await expect(context.sync()).rejects.toBeInstanceOf(BatchError);
    });
    expect(word.lines()).toEqual(['x', '[t|]', '  l']);
  });

  it('tells the change tracking mode only where WordApi 1.4 exists', async () => {
    const model = documentWith([]);
    model.changeTracking = 'TrackAll';
    await new FakeWord(model).run(async (context) => {
      context.document.load('changeTrackingMode');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    });
    const sets = ['WordApi 1.1', 'WordApi 1.2', 'WordApi 1.3', 'WordApi 1.4'];
    await new FakeWord(model, { sets }).run(async (context) => {
      context.document.load('changeTrackingMode');
      await context.sync();
      expect(context.document.changeTrackingMode).toBe('TrackAll');
    });
  });
});

/** Every list item of the section belongs to a list started by its own block, none to another. */
function listsOf(control: WordControl): { text: string; list?: number }[] {
  return control.children.flatMap((n) =>
    n.kind === 'p'
      ? [n.listId === undefined ? { text: n.text } : { text: n.text, list: n.listId }]
      : [],
  );
}

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

describe('writeSections where Word behaves as reported', () => {
  const withUserList = (): WordDocumentModel => {
    const model = documentWith([paragraph('My notes')]);
    // The user's own bullet list ends the document.
    model.lists.set(500, 'bullet(0,Solid)');
    model.body.push(
      { ...paragraph('my point 1'), listId: 500 },
      { ...paragraph('my point 2'), listId: 500 },
    );
    return model;
  };

  it.each([
    ['step 1', [1] as StoryStep[]],
    ['step 5', [5] as StoryStep[]],
    ['the whole plan', ALL],
  ])(
    'writes %s after the user’s list without joining it, lists whole (office-js#2307)',
    async (_name, steps) => {
      const model = withUserList();
      const word = new FakeWord(model);
      expect(await writeSections({ run: word.run }, PLAN, outline, steps)).toEqual({
        ok: true,
        written: steps,
      });
      expect(word.lines().slice(0, 3)).toEqual([
        'My notes',
        'bullet(0,Solid) my point 1',
        'bullet(0,Solid) my point 2',
      ]);
      for (const control of word.controls()) {
        const paragraphs = listsOf(control);
        // Headings and text are in no list, and no list of the plan is the user's.
        expect(paragraphs[0]!.list).toBeUndefined();
        for (const p of paragraphs) expect(p.list).not.toBe(500);
      }
      // Rewriting the same steps starts each list again just as cleanly.
      expect((await writeSections({ run: word.run }, PLAN, outline, steps)).ok).toBe(true);
    },
  );

  it('writes a first section after a content control the document ends in (office-js#866)', async () => {
    const mine: WordControl = {
      kind: 'cc',
      id: 99,
      tag: '',
      title: 'Signature',
      children: [paragraph('me')],
    };
    const word = new FakeWord(documentWith([paragraph('Dear reader'), mine]));
    expect((await writeSections({ run: word.run }, PLAN, outline, [2])).ok).toBe(true);
    expect(mine.children).toEqual([paragraph('me')]);
    expect(word.model.body.map((n) => (n.kind === 'cc' ? n.tag : n.kind))).toEqual([
      'p',
      '',
      sectionTag(PLAN, 2),
    ]);
  });

  it('moves the cursor out of the section it rewrites, so Word on the web accepts the write (#2815)', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]), WORD_ON_THE_WEB);
    await writeSections({ run: word.run }, PLAN, outline, [2]);
    const reopened = word.reopen();
    const section = reopened.controls()[0]!;
    reopened.model.cursor = { node: section.children[1]!, where: 'in' };
    expect((await writeSections({ run: reopened.run }, PLAN, outline, [2])).ok).toBe(true);
    expect(reopened.model.cursor).toEqual({ node: section, where: 'before' });
  });

  it('reports a new section whose paragraphs Word on the web reversed (#3599), and not as written', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]), WORD_ON_THE_WEB);
    const result = await writeSections({ run: word.run }, PLAN, outline, [1, 2]);
    expect(result).toMatchObject({ ok: false, written: [], incomplete: [1, 2] });
    if (!result.ok) expect(result.message.en).toMatch(/different order .*office-js#3599/);
    // The sections are tagged, so writing again after reopening replaces them in order.
    const reopened = word.reopen();
    expect(await writeSections({ run: reopened.run }, PLAN, outline, [1, 2])).toEqual({
      ok: true,
      written: [1, 2],
    });
    expect(reopened.controls().map((c) => c.tag)).toEqual([
      sectionTag(PLAN, 1),
      sectionTag(PLAN, 2),
    ]);
  });

  it('keeps finding its sections when Word on the web forgets tag changes on reopening (#2052)', async () => {
    let word = new FakeWord(documentWith([paragraph('x')]), { tagEditsLostOnReopen: true });
    for (let round = 0; round < 3; round++) {
      expect((await writeSections({ run: word.run }, PLAN, outline, [2, 4])).ok).toBe(true);
      word = word.reopen();
    }
    expect(word.controls().map((c) => c.tag)).toEqual([sectionTag(PLAN, 2), sectionTag(PLAN, 4)]);
  });

  it('does not write while track changes is on, where Word can tell (office-js#1524)', async () => {
    const sets = ['WordApi 1.1', 'WordApi 1.2', 'WordApi 1.3', 'WordApi 1.4'];
    const word = new FakeWord(documentWith([paragraph('x')]), { sets });
    await writeSections({ run: word.run }, PLAN, outline, [2]);
    // The user deletes the section with track changes on: it stays, marked deleted.
    word.model.changeTracking = 'TrackAll';
    word.controls()[0]!.deleted = true;
    const before = word.lines();
    const result = await writeSections(
      { run: word.run, canReadChangeTracking: true },
      PLAN,
      outline,
      [2],
    );
    expect(result).toMatchObject({ ok: false, unchanged: [2], incomplete: [] });
    if (!result.ok) expect(result.message.en).toMatch(/Track Changes is on/);
    expect(word.lines()).toEqual(before);
  });

  it('does not touch a section the user locked, and says which', async () => {
    const word = new FakeWord(documentWith([paragraph('x')]));
    await writeSections({ run: word.run }, PLAN, outline, [2, 3]);
    word.controls()[1]!.cannotEdit = true;
    const before = word.lines();
    const result = await writeSections({ run: word.run }, PLAN, outline, [2, 3]);
    expect(result).toMatchObject({ ok: false, unchanged: [2, 3] });
    if (!result.ok) expect(result.message.en).toMatch(/step 3 is locked/);
    expect(word.lines()).toEqual(before);
  });

  it('says how to lift the protection of a protected document', async () => {
    const model = documentWith([paragraph('x')]);
    model.protection = 'readOnly';
    const word = new FakeWord(model);
    const result = await writeSections({ run: word.run }, PLAN, outline, [2]);
    expect(result).toMatchObject({ ok: false, incomplete: [2] });
    if (!result.ok) expect(result.message.en).toMatch(/Enable Editing.*Restrict Editing/);
    expect(word.lines()).toEqual(['x']);
  });
});

describe('writeSections with the user at work meanwhile', () => {
  it('keeps what the user types between its two round trips', async () => {
    const model = documentWith([paragraph('x')]);
    const first = new FakeWord(model);
    await writeSections({ run: first.run }, PLAN, outline, [1, 3]);
    // Between reading the sections and writing them, the user adds a paragraph after step 1.
    const word = new FakeWord(model, {
      interleaved: new Map([
        [
          first.counter.syncs + 2,
          () => {
            const at = model.body.indexOf(controlsOf(model)[0]!);
            model.body.splice(at + 1, 0, paragraph('typed meanwhile'));
          },
        ],
      ]),
    });
    word.counter.syncs = first.counter.syncs;
    expect((await writeSections({ run: word.run }, PLAN, outline, [1, 2, 3])).ok).toBe(true);
    expect(
      word.model.body.map((n) => (n.kind === 'cc' ? n.tag : (n as WordParagraph).text)),
    ).toEqual([
      'x',
      sectionTag(PLAN, 1),
      sectionTag(PLAN, 2),
      'typed meanwhile',
      sectionTag(PLAN, 3),
    ]);
  });
});

function controlsOf(model: WordDocumentModel): WordControl[] {
  return model.body.filter((n): n is WordControl => n.kind === 'cc');
}

describe('inOrder', () => {
  it('accepts the texts in order whatever the whitespace, and refuses them reordered', () => {
    expect(inOrder(['a b', 'c'], ['x', 'a\nb', '', 'c'])).toBe(true);
    expect(inOrder(['a', 'c'], ['c', 'a'])).toBe(false);
    expect(inOrder(['a', 'b'], ['a'])).toBe(false);
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
              dropped: 'dropped',
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
    // Word's empty document holds one empty paragraph; the section comes after it.
    const [first, ...lines] = word.lines();
    expect(first).toBe('');
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
    expect(lines[17]).toBe('  ○ open   ◐ in progress   ● done   × dropped   ! overdue   – outside');
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
    // The same 9 pt as the .docx renderer's tables.
    expect(tables.map((t) => t.font.size)).toEqual(tables.map(() => TABLE_FONT_SIZE));
    expect(TABLE_FONT_SIZE).toBe(9);
    // Only list items are in lists: the heading after the ordered list, the paragraphs after the
    // bullet list are not; the two lists are two lists.
    const items = listsOf(word.controls()[0]!).filter((p) => p.list !== undefined);
    expect(items.map((p) => p.text)).toEqual(['C1 One — S1', 'Two ⚠ no goal', 'Bullet']);
    expect(items[0]!.list).toBe(items[1]!.list);
    expect(items[2]!.list).not.toBe(items[0]!.list);
  });
});
