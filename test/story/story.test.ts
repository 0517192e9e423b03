import { buildStory, type Outline } from '../../src/story';
import type { Plan } from '../../src/plan/schema';
import {
  makeAction,
  makeFact,
  makeGap,
  makeGoal,
  makePlan,
  makeRisk,
  makeOpportunity,
  makeSoWhat,
  makeStrategy,
} from '../builders';
import {
  blocksOf,
  cellTexts,
  contains,
  onlyBlock,
  outlineTexts,
  part,
  partTexts,
  plain,
  plainDeep,
} from './outlineText';

const TODAY = '2027-03-01';
const story = (plan: Plan, language?: 'de' | 'en', today = TODAY): Outline =>
  buildStory(plan, { today, ...(language ? { language } : {}) });

describe('parts in story order', () => {
  it('tells cover, overview and the six steps in order, with stable keys', () => {
    const outline = story(makePlan());
    expect(outline.parts.map((p) => [p.step, p.key])).toEqual([
      [0, 'cover'],
      [0, 'summary'],
      [0, 'overview'],
      [1, 'facts'],
      [1, 'gaps'],
      [2, 'so-whats'],
      [3, 'focus'],
      [4, 'goals'],
      [5, 'strategies'],
      [6, 'actions'],
      [6, 'timeline'],
    ]);
  });

  it('keeps the same parts for a plan with empty arrays', () => {
    const empty = makePlan({
      facts: [],
      gaps: [],
      soWhats: [],
      opportunities: [],
      risks: [],
      goals: [],
      strategies: [],
      actions: [],
    });
    const outline = story(empty);
    expect(outline.parts.map((p) => p.key)).toEqual(story(makePlan()).parts.map((p) => p.key));
    expect(part(outline, 'facts').blocks).toEqual([
      { kind: 'paragraph', tone: 'warning', text: 'No facts collected yet.' },
    ]);
    const [funnel, ...rest] = part(outline, 'overview').blocks;
    expect(funnel?.kind === 'funnel' && plain(funnel.text)).toBe(
      '0 Facts → 0 So-whats → 0 Opportunities · 0 Risks → 0 Goals → 0 Strategies → 0 Actions',
    );
    expect(rest).toEqual([
      {
        kind: 'paragraph',
        tone: 'warning',
        text: 'No goals yet: the red thread ends at the opportunities and risks.',
      },
    ]);
    const timeline = onlyBlock(part(outline, 'timeline'), 'timeline');
    expect(timeline.months).toHaveLength(12);
    expect(timeline.groups).toEqual([]);
    expect(onlyBlock(part(outline, 'actions'), 'table').rows).toEqual([]);
  });
});

describe('language', () => {
  it('follows the option, then the plan, then English', () => {
    const german = makePlan({ account: { ...makePlan().account, language: 'de' } });
    expect(story(german).language).toBe('de');
    expect(story(german, 'en').language).toBe('en');
    const { language: _unused, ...account } = makePlan().account;
    expect(story(makePlan({ account })).language).toBe('en');
  });

  it('writes German headings, dates and month labels', () => {
    const outline = story(makePlan(), 'de');
    expect(plain(outline.title)).toBe(
      'Key-Account-Plan Müller Maschinenbau AG, Jan. 2027 – Dez. 2027',
    );
    expect(outline.locale).toBe('de-DE');
    expect(part(outline, 'gaps').title).toBe('Was wir noch nicht wissen, aber wissen sollten');
    expect(part(outline, 'facts').subtitle).toBe('Schritt 1 · Daten sammeln');
    expect(partTexts(part(outline, 'cover')).map(plain)).toEqual([
      'Müller Maschinenbau AG',
      'Key-Account-Plan',
      'Verantwortlich: Anna Schmidt',
      'Planungszeitraum: Jan. 2027 – Dez. 2027',
      'Erstellt am 01.03.2027',
    ]);
    const goal = onlyBlock(part(outline, 'goals'), 'cards').cards[0];
    expect(goal?.fields).toContainEqual({ label: 'Bis', value: '31.12.2027' });
    expect(plain(onlyBlock(part(outline, 'timeline'), 'timeline').months[11]!)).toBe('Dez. 2027');
  });

  it('writes English headings and dates', () => {
    const outline = story(makePlan(), 'en');
    expect(plain(outline.title)).toBe(
      'Key account plan Müller Maschinenbau AG, Jan 2027 – Dec 2027',
    );
    expect(outline.locale).toBe('en-GB');
    expect(story(makePlan(), 'en').author).toBe('Anna Schmidt');
    expect(buildStory(makePlan(), { today: TODAY, language: 'en', locale: 'en-US' }).locale).toBe(
      'en-US',
    );
    expect(part(outline, 'gaps').title).toBe('What we don’t know yet but should');
    expect(part(outline, 'cover').blocks).toContainEqual({
      kind: 'paragraph',
      tone: 'note',
      text: 'Written on 1\u00A0Mar\u00A02027',
    });
    const goal = onlyBlock(part(outline, 'goals'), 'cards').cards[0];
    expect(goal?.fields).toContainEqual({ label: 'By', value: '31\u00A0Dec\u00A02027' });
  });

  it('names areas, kinds and levers in the language', () => {
    const de = story(makePlan(), 'de');
    expect(blocksOf(part(de, 'facts'), 'list').map((l) => l.title)).toEqual([
      'Account',
      'Wettbewerb',
    ]);
    expect(onlyBlock(part(de, 'so-whats'), 'list').items.map((i) => i.detail)).toEqual([
      'Chance · aus F1',
      'Risiko · aus F2',
    ]);
    expect(contains(partTexts(part(de, 'strategies')), 'Unterstützt die Ziele des Accounts')).toBe(
      true,
    );
  });
});

describe('labels and cross-references', () => {
  // Raw ids that look nothing like labels (and like no word of the story) prove that the story
  // never prints an id.
  const plan = makePlan({
    facts: [
      makeFact({ id: '#fact-a' }),
      makeFact({ id: '#fact-b', area: 'market', text: 'Market grows 6% a year' }),
      makeFact({ id: '#fact-c', text: 'New CPO since July' }),
    ],
    gaps: [makeGap({ id: '#gap-x' })],
    soWhats: [
      makeSoWhat({ id: '#sw-1', factIds: ['#fact-c', '#fact-a'] }),
      makeSoWhat({ id: '#sw-2', factIds: ['#fact-b'], kind: 'risk', text: 'Price pressure' }),
    ],
    opportunities: [makeOpportunity({ id: '#opp', soWhatIds: ['#sw-1'] })],
    risks: [
      makeRisk({ id: '#risk-1', soWhatIds: ['#sw-2'] }),
      makeRisk({ id: '#risk-2', title: 'Plant delayed', soWhatIds: ['#sw-2'] }),
    ],
    goals: [makeGoal({ id: '#goal-1', basedOn: ['#risk-2', '#opp'] })],
    strategies: [makeStrategy({ id: '#st-q', goalId: '#goal-1', factIds: ['#fact-b'] })],
    actions: [
      makeAction({ id: '#act-1', strategyId: '#st-q' }),
      makeAction({
        id: '#act-2',
        what: 'Ask purchasing',
        strategyId: undefined,
        gapId: '#gap-x',
        due: '2027-02-15',
      }),
    ],
  });

  it('numbers facts in the order shown, area by area, and so-whats cite fact labels', () => {
    const outline = story(plan, 'en');
    const lists = blocksOf(part(outline, 'facts'), 'list');
    expect(lists.map((l) => l.items.map((i) => i.label))).toEqual([['F1', 'F2'], ['F3']]);
    expect(lists.map((l) => l.items.map((i) => i.text))).toEqual([
      ['Plans to grow revenue by 30% by 2028', 'New CPO since July'],
      ['Market grows 6% a year'],
    ]);
    expect(plainDeep(onlyBlock(part(outline, 'so-whats'), 'list').items[0])).toMatchObject({
      label: 'SW1',
      detail: 'Opportunity · from F2 · F1',
    });
  });

  it('labels opportunities, risks and goals per language', () => {
    const de = story(plan, 'de');
    const en = story(plan, 'en');
    const columns = (o: Outline) => onlyBlock(part(o, 'focus'), 'two-column');
    expect(columns(de).left.items.map((i) => i.label)).toEqual(['C1']);
    expect(columns(en).left.items.map((i) => i.label)).toEqual(['O1']);
    expect(columns(en).right.items.map((i) => i.label)).toEqual(['R1', 'R2']);
    // Cross-references as compact labels, and what no goal takes up marked quietly.
    expect(plainDeep(columns(en).right.items[1])).toEqual({
      label: 'R2',
      text: 'Plant delayed',
      detail: 'from SW2 → G1',
    });
    expect(plainDeep(columns(en).right.items[0])).toEqual({
      label: 'R1',
      text: 'Competitor undercuts on price',
      detail: 'from SW2',
      note: 'No goal takes this up',
    });
    const card = onlyBlock(part(de, 'goals'), 'cards').cards[0];
    expect(card?.label).toBe('Z1');
    expect(plainDeep(card?.fields)).toContainEqual({ label: 'Beruht auf', value: 'R2 · C1' });
    expect(onlyBlock(part(en, 'goals'), 'cards').cards[0]?.label).toBe('G1');
  });

  it('gives gaps L-labels in German and DG-labels in English, never a quarter-like Q1', () => {
    expect(onlyBlock(part(story(plan, 'de'), 'gaps'), 'list').items[0]?.label).toBe('L1');
    expect(onlyBlock(part(story(plan, 'en'), 'gaps'), 'list').items[0]?.label).toBe('DG1');
  });

  it('never shows a raw id', () => {
    const ids = [
      '#fact-a',
      '#fact-b',
      '#fact-c',
      '#gap-x',
      '#sw-1',
      '#sw-2',
      '#opp',
      '#risk-1',
      '#risk-2',
      '#goal-1',
      '#st-q',
      '#act-1',
      '#act-2',
    ];
    for (const language of ['de', 'en'] as const) {
      const texts = outlineTexts(story(plan, language));
      expect(ids.filter((id) => contains(texts, id))).toEqual([]);
    }
  });

  it('tells the red thread per goal on the overview, with the counts in the funnel above', () => {
    const overview = part(story(plan, 'en'), 'overview');
    const funnel = onlyBlock(overview, 'funnel');
    expect(funnel.stages.map((s) => s.counts.map((c) => `${c.value} ${c.noun}`))).toEqual([
      ['3 Facts'],
      ['2 So-whats'],
      ['1 Opportunity', '2 Risks'],
      ['1 Goal'],
      ['1 Strategy'],
      ['2 Actions'],
    ]);
    const table = onlyBlock(overview, 'table');
    expect(table.columns.map((c) => c.header)).toEqual(['Goal', 'Based on', 'Strategy', 'Next']);
    expect(table.rows).toHaveLength(1);
    expect(plainDeep(table.rows[0]?.map(cellTexts))).toEqual([
      ['G1 Win the new plant', 'Target: 40%', 'by 31 Dec 2027'],
      ['R2 Plant delayed', 'O1 Become preferred supplier for the new plant'],
      // The strategy in full, never an excerpt.
      ['ST1 Offer a capacity guarantee tied to a three-year frame contract'],
      ['A1 Present the capacity guarantee to the COO', 'Anna Schmidt · 31 Mar 2027'],
    ]);
  });

  it('names the next two actions of a goal by date, and how many more follow', () => {
    const many = makePlan({
      actions: [
        makeAction({ id: 'a', what: 'Third', due: '2027-06-01' }),
        makeAction({ id: 'b', what: 'Done one', due: '2027-01-10', status: 'done' }),
        makeAction({ id: 'c', what: 'First', due: '2027-02-01' }),
        makeAction({ id: 'd', what: 'Second', due: '2027-04-01', who: '' }),
      ],
    });
    const table = onlyBlock(part(story(many, 'en', '2027-03-01'), 'overview'), 'table');
    const next = table.rows[0]![3]!;
    expect(plainDeep(cellTexts(next))).toEqual([
      'A2 First',
      'Anna Schmidt · 1 Feb 2027 (overdue)',
      'A3 Second',
      '— no owner — · 1 Apr 2027',
      'and 1 more action',
    ]);
    expect(next.lines?.map((l) => l.tone)).toEqual(['warning', undefined, 'warning', 'muted']);
    expect(next.excerpt).toBe(true);
  });

  it('lists for each strategy its levers and the facts it builds on', () => {
    const strategies = part(story(plan, 'en'), 'strategies');
    expect(plainDeep(strategies.blocks[0])).toEqual({
      kind: 'heading',
      level: 2,
      text: 'G1 Win the new plant',
    });
    expect(plainDeep(strategies.blocks[1])).toEqual({
      kind: 'paragraph',
      tone: 'lead',
      text: 'ST1 Offer a capacity guarantee tied to a three-year frame contract',
    });
    const { left: levers, right: facts } = onlyBlock(strategies, 'two-column');
    expect(levers.items).toEqual([{ text: 'Supports the account’s own goals' }]);
    // The facts in full; marked as repeated, so a slide short of space may shorten them.
    expect(facts.items).toEqual([{ label: 'F3', text: 'Market grows 6% a year', excerpt: true }]);
  });

  it('groups the action table by goal, names what each action is for by label', () => {
    const table = onlyBlock(part(story(plan, 'en'), 'actions'), 'table');
    expect(table.columns.map((c) => c.header)).toEqual([
      '',
      'What',
      'Who',
      'By when',
      'For',
      'Status',
    ]);
    expect(plainDeep(table.groups)).toEqual([
      { title: 'G1 Win the new plant', start: 0 },
      { title: 'Closing data gaps', start: 1 },
    ]);
    expect(plainDeep(table.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        'A1',
        'Present the capacity guarantee to the COO',
        'Anna Schmidt',
        '31 Mar 2027',
        'G1',
        'Open',
      ],
      ['A2', 'Ask purchasing', 'Anna Schmidt', '15 Feb 2027', 'DG1', 'Open – overdue'],
    ]);
    expect(table.rows.map((r) => r[5]?.state)).toEqual(['open', 'overdue']);
    expect(table.rows[1]?.[5]?.tone).toBe('warning');
  });

  it('numbers actions by goal and then by date, so the action plan reads A1, A2, A3', () => {
    const dated = makePlan({
      goals: [makeGoal(), makeGoal({ id: 'Z2', title: 'Second goal' })],
      strategies: [makeStrategy(), makeStrategy({ id: 'ST2', goalId: 'Z2' })],
      actions: [
        makeAction({ id: 'late', what: 'late', strategyId: 'ST2', due: '2027-09-01' }),
        makeAction({ id: 'gap', what: 'gap', strategyId: undefined, gapId: 'G1' }),
        makeAction({ id: 'undated', what: 'undated', due: '' }),
        makeAction({ id: 'early', what: 'early', strategyId: 'ST2', due: '2027-02-01' }),
        makeAction({ id: 'first', what: 'first', due: '2027-05-01' }),
      ],
    });
    const rows = onlyBlock(part(story(dated, 'en'), 'actions'), 'table').rows;
    expect(rows.map((r) => `${r[0]?.text} ${r[1]?.text}`)).toEqual([
      'A1 first',
      'A2 undated',
      'A3 early',
      'A4 late',
      'A5 gap',
    ]);
  });
});

describe('the gaps page', () => {
  it('shows each gap with the action that closes it', () => {
    const gaps = part(story(makePlan(), 'en'), 'gaps');
    expect(plainDeep(onlyBlock(gaps, 'list').items)).toEqual([
      {
        label: 'DG1',
        text: 'What price does the strongest competitor offer?',
        detail: 'Competition · Answered by A2 (Anna Schmidt, 15 Feb 2027)',
      },
    ]);
  });

  it('marks a gap that no action closes', () => {
    const plan = makePlan({ actions: [makeAction()] });
    const item = onlyBlock(part(story(plan, 'de'), 'gaps'), 'list').items[0];
    expect(item).toEqual({
      label: 'L1',
      text: 'What price does the strongest competitor offer?',
      detail: 'Wettbewerb',
      warning: 'Keine Aktion klärt diese Frage',
    });
    const overview = blocksOf(part(story(plan, 'de'), 'overview'), 'paragraph');
    expect(overview.at(-1)).toEqual({
      kind: 'paragraph',
      tone: 'warning',
      text: 'Die eine Datenlücke wird noch durch keine Aktion geschlossen.',
    });
  });

  it('notes a plan without a single open question', () => {
    const gaps = part(story(makePlan({ gaps: [], actions: [makeAction()] }), 'en'), 'gaps');
    expect(gaps.blocks).toEqual([
      {
        kind: 'paragraph',
        tone: 'note',
        text: 'No open questions noted\u00A0– a plan without a single question mark?',
      },
    ]);
  });
});

describe('the timeline', () => {
  const plan = makePlan({
    account: { ...makePlan().account, periodStart: '2027-04-01' },
    gaps: [makeGap()],
    actions: [
      makeAction({ id: 'A1', due: '2027-04-20', status: 'done' }),
      makeAction({ id: 'A2', due: '2027-05-31', status: 'in-progress' }),
      makeAction({ id: 'A3', due: '2027-06-30', status: 'open' }),
      makeAction({ id: 'A4', due: '2028-02-01', status: 'open' }),
      makeAction({ id: 'A5', due: '2028-04-01' }),
      makeAction({ id: 'A6', due: '' }),
      makeAction({
        id: 'A7',
        due: '2027-05-02',
        strategyId: undefined,
        gapId: 'G1',
        what: 'Ask purchasing',
      }),
      makeAction({ id: 'A8', due: '2027-07-01', strategyId: undefined }),
    ],
  });
  const timeline = onlyBlock(part(story(plan, 'de', '2027-06-15'), 'timeline'), 'timeline');

  it('has twelve German month columns from a mid-year start, under calendar quarters', () => {
    expect(timeline.months.map(plain)).toEqual([
      'Apr. 2027',
      'Mai 2027',
      'Juni 2027',
      'Juli 2027',
      'Aug. 2027',
      'Sept. 2027',
      'Okt. 2027',
      'Nov. 2027',
      'Dez. 2027',
      'Jan. 2028',
      'Feb. 2028',
      'März 2028',
    ]);
    expect(timeline.monthNames).toEqual([
      'Apr.',
      'Mai',
      'Juni',
      'Juli',
      'Aug.',
      'Sept.',
      'Okt.',
      'Nov.',
      'Dez.',
      'Jan.',
      'Feb.',
      'März',
    ]);
    // The year once, and again where it changes.
    expect(plainDeep(timeline.quarters)).toEqual([
      { label: 'Q2 2027', from: 0, span: 3 },
      { label: 'Q3', from: 3, span: 3 },
      { label: 'Q4', from: 6, span: 3 },
      { label: 'Q1 2028', from: 9, span: 3 },
    ]);
    expect(timeline.legend.overdue).toBe('Überfällig');
    expect(timeline.words).toEqual({ action: 'Aktion', owner: 'Wer', due: 'Bis', today: 'Heute' });
  });

  it('places today and each due date to the day', () => {
    // 15 June is day 14 of June's 30: 2 + 14/30 months from the start of April.
    expect(timeline.today).toBeCloseTo(2 + 14 / 30, 6);
    const entries = timeline.groups.flatMap((g) => g.entries);
    expect(entries[0]?.at).toBeCloseTo(19 / 30, 6);
    expect(entries[3]?.at).toBeCloseTo(10, 6);
    expect('at' in entries[4]!).toBe(false);
    const before = onlyBlock(part(story(plan, 'de', '2027-03-31'), 'timeline'), 'timeline');
    expect('today' in before).toBe(false);
  });

  it('gives each entry its action’s text and owner', () => {
    expect(timeline.groups[1]?.entries[0]).toMatchObject({
      label: 'A7',
      text: 'Ask purchasing',
      owner: 'Anna Schmidt',
    });
  });

  it('groups actions by goal, then gap-closing actions, then actions without a goal', () => {
    expect(plainDeep(timeline.groups.map((g) => [g.title, g.entries.map((e) => e.label)]))).toEqual(
      [
        ['Z1 Win the new plant', ['A1', 'A2', 'A3', 'A4', 'A5', 'A6']],
        ['Datenlücken schließen', ['A7']],
        ['Ohne Ziel', ['A8']],
      ],
    );
  });

  it('marks done, in progress, overdue, open and outside with their month', () => {
    const entries = timeline.groups.flatMap((g) => g.entries);
    expect(plainDeep(entries.map((e) => [e.label, e.month, e.state, e.due]))).toEqual([
      ['A1', 0, 'done', '20.04.2027'],
      ['A2', 1, 'overdue', '31.05.2027'],
      ['A3', 2, 'open', '30.06.2027'],
      ['A4', 10, 'open', '01.02.2028'],
      ['A5', undefined, 'outside', '01.04.2028'],
      ['A6', undefined, 'outside', '– kein Datum –'],
      ['A7', 1, 'overdue', '02.05.2027'],
      ['A8', 3, 'open', '01.07.2027'],
    ]);
    expect(entries[1]).not.toHaveProperty('month', undefined);
    expect('month' in entries[4]!).toBe(false);
  });

  it('keeps an in-progress action in progress until its due date passes', () => {
    const early = onlyBlock(part(story(plan, 'de', '2027-05-01'), 'timeline'), 'timeline');
    expect(early.groups[0]?.entries[1]?.state).toBe('in-progress');
  });

  it('says as of when it was drawn', () => {
    expect(part(story(plan, 'de', '2027-06-15'), 'timeline').blocks[0]).toEqual({
      kind: 'paragraph',
      tone: 'note',
      text: 'Stand: 15.06.2027',
    });
  });

  it('marks outside and missing dates in the action table', () => {
    const rows = onlyBlock(part(story(plan, 'en', '2027-06-15'), 'actions'), 'table').rows;
    expect(plainDeep(rows[4]?.[3])).toEqual({
      text: '1 Apr 2028 (outside the 12 months)',
      tone: 'warning',
    });
    expect(plainDeep(rows[5]?.[3])).toEqual({ text: '— no date —', tone: 'warning' });
    expect(plainDeep(rows[7]?.[4])).toEqual({ text: '— neither goal nor gap —', tone: 'warning' });
  });

  it('explains columns of a window that starts mid-month', () => {
    const midMonth = makePlan({ account: { ...makePlan().account, periodStart: '2027-01-15' } });
    const timelinePart = part(story(midMonth, 'en'), 'timeline');
    expect(contains(partTexts(timelinePart), 'Each column starts on day 15 of its month.')).toBe(
      true,
    );
    expect(contains(partTexts(part(story(makePlan(), 'en'), 'timeline')), 'Each column')).toBe(
      false,
    );
  });
});

describe('incomplete plans', () => {
  it('shows missing owners, dates and texts visibly', () => {
    const plan = makePlan({
      account: { ...makePlan().account, planOwner: '' },
      actions: [makeAction({ who: '', due: '', what: '' })],
    });
    const de = story(plan, 'de');
    expect(plainDeep(part(de, 'cover').blocks)).toContainEqual({
      kind: 'paragraph',
      tone: 'warning',
      text: 'Verantwortlich: – kein Verantwortlicher –',
    });
    expect(plainDeep(onlyBlock(part(de, 'actions'), 'table').rows[0]?.slice(1, 4))).toEqual([
      { text: '– ohne Text –', tone: 'warning' },
      { text: '– kein Verantwortlicher –', tone: 'warning' },
      { text: '– kein Datum –', tone: 'warning' },
    ]);
    // A marker holds together: the dashes never stand alone at a line's end or start.
    expect(onlyBlock(part(story(plan, 'en'), 'actions'), 'table').rows[0]?.[2]?.text).toBe(
      '—\u00A0no owner\u00A0—',
    );
  });

  it('shows dangling references instead of throwing', () => {
    const plan = makePlan({
      soWhats: [makeSoWhat({ factIds: ['F1', 'F404'] })],
      goals: [makeGoal({ basedOn: ['O404'] })],
      strategies: [makeStrategy({ goalId: 'Z404', factIds: ['F404'] })],
      actions: [
        makeAction({ strategyId: 'ST404' }),
        makeAction({ id: 'A2', gapId: 'G404', strategyId: undefined }),
      ],
    });
    const outline = story(plan, 'en');
    expect(plain(onlyBlock(part(outline, 'so-whats'), 'list').items[0]!.detail!)).toBe(
      'Opportunity · from F1 · “F404” (not in the plan)',
    );
    const fields = onlyBlock(part(outline, 'goals'), 'cards').cards[0]?.fields ?? [];
    expect(fields.find((f) => f.label === 'Based on')?.value).toBe('“O404” (not in the plan)');
    const strategies = partTexts(part(outline, 'strategies'));
    expect(strategies).toContain('No strategy for this goal yet.');
    expect(strategies).toContain('Strategies without a goal');
    expect(contains(strategies, 'ST1 → “Z404” (not in the plan)')).toBe(true);
    // The action that closes an (unknown) gap comes first, the one that leads nowhere last.
    const serves = onlyBlock(part(outline, 'actions'), 'table').rows.map((r) => r[4]);
    expect(serves).toEqual([
      { text: '“G404” (not in the plan)', tone: 'warning' },
      { text: '“ST404” (not in the plan)', tone: 'warning' },
    ]);
  });

  it('marks focus items beyond the top 5 and goals beyond three', () => {
    const plan = makePlan({
      opportunities: Array.from({ length: 6 }, (_, i) =>
        makeOpportunity({ id: `O${i + 1}`, title: `Opp ${i + 1}` }),
      ),
      goals: Array.from({ length: 4 }, (_, i) =>
        makeGoal({ id: `Z${i + 1}`, title: `Goal ${i + 1}` }),
      ),
      strategies: [],
      actions: [],
    });
    const outline = story(plan, 'en');
    const left = onlyBlock(part(outline, 'focus'), 'two-column').left;
    expect(left.items.map((i) => i.warning)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'Beyond the top 5',
    ]);
    expect(onlyBlock(part(outline, 'goals'), 'cards').cards).toHaveLength(4);
    expect(plain(onlyBlock(part(outline, 'goals'), 'paragraph').text)).toBe(
      'More than 3 goals – the plan focuses on at most 3: G4.',
    );
  });

  it('marks a goal due outside the plan period', () => {
    const plan = makePlan({ goals: [makeGoal({ due: '2028-06-30' })] });
    const card = onlyBlock(part(story(plan, 'en'), 'goals'), 'cards').cards[0];
    expect(plain(card!.fields.find((f) => f.label === 'By')!.value)).toBe(
      '30 Jun 2028 (outside the plan period)',
    );
  });

  it('rejects a malformed today', () => {
    expect(() => buildStory(makePlan(), { today: '01.03.2027' })).toThrow(RangeError);
  });
});

describe('all content', () => {
  it('holds every text, owner and due date of the plan', () => {
    const plan = makePlan();
    for (const language of ['de', 'en'] as const) {
      const texts = outlineTexts(story(plan, language));
      const expected = [
        plan.account.name,
        plan.account.planOwner ?? '',
        ...plan.facts.flatMap((f) => [f.text, f.source ?? '']),
        ...plan.gaps.map((g) => g.question),
        ...plan.soWhats.map((s) => s.text),
        ...plan.opportunities.map((o) => o.title),
        ...plan.risks.map((r) => r.title),
        ...plan.goals.flatMap((g) => [g.title, g.measure, g.target]),
        ...plan.strategies.map((s) => s.text),
        ...plan.actions.flatMap((a) => [a.what, a.who]),
      ];
      expect(expected.filter((text) => !contains(texts, text))).toEqual([]);
      const dates =
        language === 'de'
          ? ['31.12.2027', '31.03.2027', '15.02.2027']
          : ['31 Dec 2027', '31 Mar 2027', '15 Feb 2027'];
      expect(dates.filter((date) => !contains(texts, date))).toEqual([]);
    }
  });
});
