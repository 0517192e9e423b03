// The pages format version 2 adds to the written plan: the summary at a glance, the buying
// centre, the impact × likelihood matrix, goal progress with traffic lights, message titles,
// action bars in the Gantt chart and the review page — told as an outline, in both languages.
import { customerSafe } from '../../src/plan/customerSafe';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { writePlanText } from '../../src/plan/write';
import { buildStory, type Outline, type TableBlock, type TableCell } from '../../src/story';
import { labelPlan } from '../../src/story/labels';
import {
  makeAction,
  makeGoal,
  makeOpportunity,
  makePerson,
  makePlan,
  makeRisk,
  makeV2Plan,
} from '../builders';
import { blocksOf, cellTexts, contains, onlyBlock, part, partTexts, plain } from './outlineText';

const TODAY = '2027-03-01';
const story = (plan: Plan, options: { language?: 'de' | 'en'; review?: boolean } = {}): Outline =>
  buildStory(plan, { today: TODAY, ...options });

/** The label the written plan gives the action with this id. */
function actionLabel(plan: Plan, id: string, language: 'de' | 'en' = 'en'): string {
  const found = labelPlan(plan, language).actions.all.find((a) => a.item.id === id);
  if (!found) throw new Error(`no action ${id}`);
  return found.label;
}

/** The texts of a table's row whose first cell reads `first`. */
function rowOf(table: TableBlock, first: string): string[] {
  const row = table.rows.find((r) => plain(r[0]?.text ?? '') === first);
  if (!row) throw new Error(`no row ${first}`);
  return row.map((c) => cellTexts(c).map(plain).join(' / '));
}

describe('parts of a version 2 plan', () => {
  it('starts from a plan the reader accepts, its review snapshot included', () => {
    const read = readPlanText(writePlanText(makeV2Plan()));
    expect(read.ok ? [] : read.problems.map((p) => p.message.en)).toEqual([]);
  });

  it('puts the summary after the cover, the people after the gaps and the matrix after the focus', () => {
    expect(story(makeV2Plan()).parts.map((p) => p.key)).toEqual([
      'cover',
      'summary',
      'overview',
      'facts',
      'gaps',
      'people',
      'so-whats',
      'focus',
      'matrix',
      'goals',
      'strategies',
      'actions',
      'timeline',
    ]);
  });

  it('adds the review page after the summary only when asked for', () => {
    const keys = story(makeV2Plan(), { review: true }).parts.map((p) => p.key);
    expect(keys.slice(0, 4)).toEqual(['cover', 'summary', 'review', 'overview']);
    expect(story(makeV2Plan(), { review: false }).parts.map((p) => p.key)).not.toContain('review');
  });

  it('leaves out the people page without people and the matrix when nothing is rated', () => {
    const keys = story(makePlan()).parts.map((p) => p.key);
    expect(keys).not.toContain('people');
    expect(keys).not.toContain('matrix');
  });
});

describe('the summary at a glance', () => {
  it('derives situation, complication and resolution from the plan where the summary is empty', () => {
    const summary = part(story(makeV2Plan()), 'summary');
    expect(summary.title).toBe('At a glance');
    const block = onlyBlock(summary, 'two-column');
    const [situation, complication, resolution] = block.left.items.map((i) => plain(i.text));
    expect(situation).toBe(
      'Situation: The biggest opportunities: O1 Become preferred supplier for the new plant; ' +
        'O2 Retrofit kit for film machines',
    );
    expect(complication).toBe('Complication: The biggest risks: R1 Competitor undercuts on price');
    expect(resolution).toBe('Resolution: G1 Win the new plant – through one strategy');
    expect(block.left.items.map((i) => i.note)).toEqual([
      'derived from the plan',
      'derived from the plan',
      'derived from the plan',
    ]);
  });

  it("uses the owner's own words where given, without the derived mark", () => {
    const plan = makeV2Plan({
      summary: { situation: 'Müller builds a second plant in Brno.', asks: [] },
    });
    const [situation, complication] = onlyBlock(part(story(plan), 'summary'), 'two-column').left
      .items;
    expect(plain(situation!.text)).toBe('Situation: Müller builds a second plant in Brno.');
    expect(situation!.note).toBeUndefined();
    expect(complication!.note).toBe('derived from the plan');
  });

  it('falls back to facts and open questions when there are no opportunities and risks', () => {
    const plan = makePlan({ opportunities: [], risks: [], goals: [makeGoal({ basedOn: [] })] });
    const texts = onlyBlock(part(story(plan), 'summary'), 'two-column').left.items.map((i) =>
      plain(i.text),
    );
    expect(texts[0]).toBe(
      'Situation: What we know: F1 Plans to grow revenue by 30% by 2028; F2 Competitor B cut prices by 8%',
    );
    expect(texts[1]).toBe(
      'Complication: Still open: DG1 What price does the strongest competitor offer?',
    );
  });

  it('shows the key figures, each goal from baseline to target by its date, and the asks', () => {
    const summary = part(story(makeV2Plan()), 'summary');
    const figures = onlyBlock(summary, 'two-column').right;
    expect(figures.title).toBe('Key figures');
    expect(figures.items.map((i) => plain(i.text))).toEqual(['Revenue 2026: 4.2 m EUR']);
    const [goals, asks] = blocksOf(summary, 'list');
    expect(
      goals!.items.map((i) => [i.label, plain(i.text), plain(i.detail ?? ''), plain(i.note ?? '')]),
    ).toEqual([['G1', 'Win the new plant', '25% → 40% by 31 Dec 2027', 'Status: Amber – at risk']]);
    expect(asks!.title).toBe('What we need from management');
    expect(asks!.items.map((i) => i.text)).toEqual([
      'Approve the budget for the consignment store',
    ]);
  });

  it('says so where there are no figures and no asks, and marks a missing baseline', () => {
    const plan = makePlan({ goals: [makeGoal({ baseline: '' })] });
    const summary = part(story(plan), 'summary');
    expect(onlyBlock(summary, 'two-column').right.items[0]?.text).toBe(
      'No key figures in the plan.',
    );
    expect(plain(onlyBlock(summary, 'list').items[0]?.detail ?? '')).toBe(
      'baseline not set → 40% by 31 Dec 2027',
    );
    expect(partTexts(summary)).toContain('No requests to management noted.');
  });

  it('is told in German with German words and German money', () => {
    const summary = part(story(makeV2Plan(), { language: 'de' }), 'summary');
    expect(summary.title).toBe('Auf einen Blick');
    const texts = partTexts(summary).map(plain);
    expect(texts).toContain('Was wir vom Management brauchen');
    expect(texts.some((t) => t.startsWith('Ausgangslage: Die größten Chancen: C1 '))).toBe(true);
    expect(texts).toContain('Ampel: Gelb – gefährdet');
    const focus = part(story(makeV2Plan(), { language: 'de' }), 'focus');
    expect(contains(partTexts(focus), 'Wert: 1.500.000 €')).toBe(true);
  });
});

describe('the key people', () => {
  it('places each person by influence and attitude, with role, buying role and our contact', () => {
    const people = part(story(makeV2Plan()), 'people');
    const grid = onlyBlock(people, 'table');
    expect(grid.columns.map((c) => c.header)).toEqual([
      'Influence',
      'Supporter',
      'Neutral',
      'Critic',
      'Attitude unknown',
    ]);
    expect(grid.rows.map((r) => r[0]?.text)).toEqual(['high', 'medium', 'low']);
    const a1 = actionLabel(makeV2Plan(), 'A1');
    expect(rowOf(grid, 'high')).toEqual([
      'high',
      '',
      `P1 Dr. Markus Hoffmann / Head of central purchasing · Decision-maker / Our contact: Anna Schmidt / Addressed by ${a1}`,
      'P2 Frank Meier / Supplier quality · Gatekeeper / Our contact: Thomas Keller / Relationship gap: no action addresses this person',
      '',
    ]);
    expect(rowOf(grid, 'medium')[1]).toBe(
      'P3 Sabine Krüger / Plant manager Brno · Influencer / Our contact: Jonas Becker',
    );
  });

  it('marks a relationship gap: a decision-maker or an influential critic no action addresses', () => {
    const people = part(story(makeV2Plan()), 'people');
    const warnings = blocksOf(people, 'paragraph').filter((p) => p.tone === 'warning');
    expect(warnings.map((w) => plain(w.text))).toEqual([
      'Relationship gaps – no action addresses them: P2 Frank Meier.',
    ]);
    // A dropped action addresses nobody: the decision-maker becomes a gap too.
    const plan = makeV2Plan();
    const dropped = {
      ...plan,
      actions: plan.actions.map((a) => (a.id === 'A1' ? { ...a, status: 'dropped' as const } : a)),
    };
    const again = blocksOf(part(story(dropped), 'people'), 'paragraph').filter(
      (p) => p.tone === 'warning',
    );
    expect(plain(again[0]?.text ?? '')).toBe(
      'Relationship gaps – no action addresses them: P1 Dr. Markus Hoffmann, P2 Frank Meier.',
    );
  });

  it('puts people without a rating in a row and a column of their own', () => {
    const plan = makePlan({
      people: [
        makePerson({ influence: undefined, attitude: undefined }),
        makePerson({ id: 'P2', name: 'Frank Meier', influence: 'low', attitude: 'supporter' }),
      ],
    });
    const grid = onlyBlock(part(story(plan, { language: 'de' }), 'people'), 'table');
    expect(grid.rows.map((r) => r[0]?.text)).toEqual([
      'hoch',
      'mittel',
      'niedrig',
      'nicht eingeschätzt',
    ]);
    expect(rowOf(grid, 'nicht eingeschätzt')[4]).toContain('P1 Dr. Markus Hoffmann');
  });
});

describe('the key people for the customer', () => {
  it('lists people nobody has rated instead of a grid of one cell', () => {
    const plan = makePlan({ people: [makePerson({ influence: undefined, attitude: undefined })] });
    const people = part(story(plan), 'people');
    expect(blocksOf(people, 'table')).toEqual([]);
    const item = onlyBlock(people, 'list').items[0]!;
    expect([item.label, plain(item.text), plain(item.detail ?? ''), item.warning]).toEqual([
      'P1',
      'Dr. Markus Hoffmann',
      'Head of central purchasing · Decision-maker · Our contact: Anna Schmidt',
      'Relationship gap: no action addresses this person',
    ]);
  });

  it("shows no relationship gap and no rating in the customer's version", () => {
    // Nobody addressed: the decision-maker is a relationship gap in our own version.
    const plan = makeV2Plan();
    const unaddressed = customerSafe({
      ...plan,
      actions: plan.actions.map(({ personIds: _ids, ...a }) => a),
    });
    const peopleTexts = (customer: boolean) =>
      partTexts(part(buildStory(unaddressed, { today: TODAY, customer }), 'people')).map(plain);
    const judged = (texts: string[]) =>
      texts.filter((t) => /relationship gap|critic|^influence$/i.test(t));
    expect(judged(peopleTexts(false))).not.toEqual([]);
    expect(judged(peopleTexts(true))).toEqual([]);
    // Nor a note that there are no asks to management: the customer's version has none.
    const summary = partTexts(
      part(buildStory(unaddressed, { today: TODAY, customer: true }), 'summary'),
    );
    expect(summary).not.toContain('No requests to management noted.');
    expect(peopleTexts(true)).toContain('Dr. Markus Hoffmann');
  });
});

describe('the impact × likelihood matrix', () => {
  it('places the rated top items by label with their value, and names the unrated ones', () => {
    const matrix = part(story(makeV2Plan()), 'matrix');
    const grid = onlyBlock(matrix, 'table');
    expect(grid.columns.map((c) => c.header)).toEqual([
      'Impact',
      'Likelihood low',
      'Likelihood medium',
      'Likelihood high',
    ]);
    expect(grid.rows.map((r) => r.map((c) => cellTexts(c).map(plain).join(' / ')))).toEqual([
      ['high', 'R1 (€800,000)', 'O1 (€1,500,000)', ''],
      ['medium', '', '', ''],
      ['low', '', '', ''],
    ]);
    expect(partTexts(matrix)).toContain('Not rated: O2');
  });

  it('places only the top 5 of each list', () => {
    const opportunities = Array.from({ length: 6 }, (_, i) =>
      makeOpportunity({ id: `O${i + 1}`, impact: 'low', likelihood: 'low' }),
    );
    const grid = onlyBlock(part(story(makePlan({ opportunities })), 'matrix'), 'table');
    const low = grid.rows[2]!;
    expect(cellTexts(low[1] as TableCell)).toEqual(['O1', 'O2', 'O3', 'O4', 'O5']);
  });

  it('shows values in the focus list too, in the account currency', () => {
    const focus = part(story(makeV2Plan()), 'focus');
    const block = onlyBlock(focus, 'two-column');
    expect(plain(block.left.items[0]?.detail ?? '')).toBe('from SW1 → G1 · Value: €1,500,000');
    const chf = makeV2Plan();
    const swiss = { ...chf, account: { ...chf.account, currency: 'CHF' } };
    const de = onlyBlock(part(story(swiss, { language: 'de' }), 'focus'), 'two-column');
    expect(plain(de.right.items[0]?.detail ?? '')).toContain('Wert: 800.000 CHF');
    const en = onlyBlock(part(story(swiss), 'focus'), 'two-column');
    expect(plain(en.right.items[0]?.detail ?? '')).toContain('Value: CHF 800,000');
  });
});

describe('goal cards with progress', () => {
  it('shows baseline, current, target and the traffic light in colour and in words', () => {
    const card = onlyBlock(part(story(makeV2Plan()), 'goals'), 'cards').cards[0]!;
    expect(card.fields.map((f) => [f.label, plain(f.value), f.rag])).toEqual([
      ['Measure', 'Share of wallet', undefined],
      ['Baseline', '25%', undefined],
      ['Current', '28%', undefined],
      ['Target', '40%', undefined],
      ['By', '31 Dec 2027', undefined],
      ['Status', 'Amber – at risk', 'amber'],
      ['Owner', 'Anna Schmidt', undefined],
      ['Based on', 'O1 · O2 · R1', undefined],
    ]);
  });

  it('marks what is not yet known once any goal tracks progress', () => {
    const plan = makePlan({
      goals: [makeGoal({ rag: 'green' }), makeGoal({ id: 'Z2', baseline: undefined })],
    });
    const cards = onlyBlock(part(story(plan, { language: 'de' }), 'goals'), 'cards').cards;
    const second = cards[1]!.fields.map((f) => [f.label, plain(f.value)]);
    expect(second).toContainEqual(['Ausgangswert', '– noch offen –']);
    expect(second).toContainEqual(['Ampel', 'nicht eingeschätzt']);
    const light = cards[0]!.fields.find((f) => f.label === 'Ampel');
    expect([plain(light?.value ?? ''), light?.rag]).toEqual(['Grün – im Plan', 'green']);
  });
});

describe('message titles', () => {
  it("titles a step's first part with its headline and keeps the step's name in the kicker", () => {
    const outline = story(makeV2Plan({ headlines: { '3': 'Brno is the chance', '6': ' ' } }));
    expect(part(outline, 'focus').title).toBe('Brno is the chance');
    expect(part(outline, 'focus').subtitle).toBe('Step 3 · Top 5 opportunities and risks');
    // The step's other parts and a blank headline keep their own titles.
    expect(part(outline, 'matrix').title).toBe('Opportunities and risks by impact and likelihood');
    expect(part(outline, 'actions').title).toBe('Who does what by when');
  });
});

describe('action bars in the Gantt chart', () => {
  const entries = (plan: Plan) =>
    onlyBlock(part(story(plan), 'timeline'), 'timeline').groups.flatMap((g) => g.entries);

  it('draws an action with a start as a bar from its start, one without as a milestone', () => {
    const plan = makeV2Plan();
    const [a1] = entries(plan).filter((e) => e.label === actionLabel(plan, 'A1'));
    expect(a1?.from).toBe(1);
    expect(a1?.at).toBeCloseTo(2 + 30 / 31, 5);
    const a2 = entries(plan).find((e) => e.label === actionLabel(plan, 'A2'));
    expect(a2?.from).toBeUndefined();
  });

  it('starts a bar at the window for work begun before it, and draws none for a start after due', () => {
    const before = makePlan({ actions: [makeAction({ start: '2026-11-01' })] });
    expect(entries(before)[0]?.from).toBe(0);
    const after = makePlan({ actions: [makeAction({ start: '2027-05-01' })] });
    expect(entries(after)[0]?.from).toBeUndefined();
  });

  it('shows a dropped action as dropped, never as overdue', () => {
    const plan = makePlan({ actions: [makeAction({ due: '2027-02-01', status: 'dropped' })] });
    expect(entries(plan)[0]?.state).toBe('dropped');
    const status = onlyBlock(part(story(plan), 'actions'), 'table').rows[0]![5]!;
    expect([status.text, status.state]).toEqual(['Dropped', 'dropped']);
  });
});

describe('the review page', () => {
  const review = (plan: Plan, language: 'de' | 'en' = 'en') =>
    part(story(plan, { review: true, language }), 'review');

  it('shows each goal from baseline over current to target with its traffic light', () => {
    const page = review(makeV2Plan());
    expect(page.subtitle).toBe('Since the last review on 20\u00A0Jan\u00A02027');
    const progress = blocksOf(page, 'table')[0]!;
    expect(progress.columns.map((c) => c.header)).toEqual([
      'Goal',
      'Baseline',
      'Current',
      'Target',
      'Status',
    ]);
    const row = progress.rows[0]!;
    expect(row.map((c) => cellTexts(c).map(plain).join(' / '))).toEqual([
      'G1 Win the new plant',
      '25%',
      '28% / last time: 26%',
      '40% / by 31 Dec 2027',
      'Amber – at risk',
    ]);
    expect(row[4]?.rag).toBe('amber');
  });

  it('lists the actions done and dropped since the last review, and the overdue ones', () => {
    const plan = makeV2Plan();
    const late = {
      ...plan,
      actions: [...plan.actions, makeAction({ id: 'A9', due: '2027-02-20' })],
    };
    const table = blocksOf(review(late), 'table')[1]!;
    expect(table.groups?.map((g) => g.title)).toEqual(['Done', 'Overdue', 'Dropped']);
    const labels = table.rows.map((r) => r[0]?.text);
    expect(labels).toEqual([
      actionLabel(late, 'A2'),
      actionLabel(late, 'A9'),
      actionLabel(late, 'A3'),
    ]);
    expect(plain(table.rows[1]?.[4]?.text ?? '')).toBe('Open – overdue');
  });

  it('counts only actions whose status changed since the snapshot', () => {
    const plan = makeV2Plan();
    const snapshot = plan.reviews![0]!.snapshot!;
    // Done already at the last review: not done "since".
    const before = {
      ...snapshot,
      actions: snapshot.actions.map((a) => (a.id === 'A2' ? { ...a, status: 'done' as const } : a)),
    };
    const again = { ...plan, reviews: [{ ...plan.reviews![0]!, snapshot: before }] };
    const table = blocksOf(review(again), 'table')[1]!;
    expect(table.groups?.map((g) => g.title)).toEqual(['Dropped']);
  });

  it('lists the actions of the next 90 days', () => {
    const page = review(makeV2Plan());
    const headings = blocksOf(page, 'heading').map((h) => plain(h.text));
    expect(headings).toContain('The next 90 days (until 30 May 2027)');
    const next = blocksOf(page, 'table')[2]!;
    expect(next.rows.map((r) => r[1]?.text)).toEqual(['Present the capacity guarantee to the COO']);
  });

  it("tells what changed since the last review's snapshot, with old and new wording", () => {
    const page = review(makeV2Plan());
    const changes = blocksOf(page, 'table')[3]!;
    expect(changes.columns.map((c) => c.header)).toEqual(['Change', 'Before', 'Now']);
    const groups = changes.groups ?? [];
    const rowsOf = (title: string): string[][] => {
      const index = groups.findIndex((g) => plain(g.title) === title);
      const end = groups[index + 1]?.start ?? changes.rows.length;
      return changes.rows.slice(groups[index]!.start, end).map((r) => r.map((c) => plain(c.text)));
    };
    expect(groups.map((g) => plain(g.title))).toEqual([
      'O2 Retrofit kit for film machines',
      'G1 Win the new plant',
      `${actionLabel(makeV2Plan(), 'A2')} Ask purchasing about competitor offers`,
      `${actionLabel(makeV2Plan(), 'A3')} Invite the plant manager to our test lab`,
      'Plan details',
    ]);
    expect(rowsOf('O2 Retrofit kit for film machines')).toEqual([
      ['New', '—', 'Retrofit kit for film machines'],
    ]);
    expect(rowsOf('G1 Win the new plant')).toEqual([
      ['Target', '35%', '40%'],
      ['Based on', 'O1 · R1', 'O1 · O2 · R1'],
      ['Current', '26%', '28%'],
    ]);
    expect(
      rowsOf(`${actionLabel(makeV2Plan(), 'A3')} Invite the plant manager to our test lab`),
    ).toEqual([['Status', 'Open', 'Dropped']]);
    expect(rowsOf('Plan details')).toEqual([['Next review', '15 Apr 2027', '15 Jul 2027']]);
  });

  it('tells a new rank, a changed headline and changed key figures in words', () => {
    const plan = makeV2Plan();
    const snapshot = plan.reviews![0]!.snapshot!;
    const before = {
      ...snapshot,
      opportunities: plan.opportunities,
      headlines: { '3': 'Brno first' },
      account: { ...snapshot.account, figures: [{ label: 'Revenue 2026', value: '4.0 m EUR' }] },
    };
    const now = {
      ...plan,
      opportunities: [...plan.opportunities].reverse(),
      reviews: [{ ...plan.reviews![0]!, snapshot: before }],
    };
    const changes = blocksOf(review(now), 'table')[3]!;
    const rows = changes.rows.map((r) => r.map((c) => plain(c.text)));
    const titles = (changes.groups ?? []).map((g) => plain(g.title));
    expect(titles.slice(0, 2)).toEqual([
      'O1 Retrofit kit for film machines',
      'O2 Become preferred supplier for the new plant',
    ]);
    expect(rows.slice(0, 2)).toEqual([
      ['Rank', '2', '1'],
      ['Rank', '1', '2'],
    ]);
    expect(rows).toContainEqual([
      'Step 3 · Top 5 opportunities and risks',
      'Brno first',
      'Brno is the chance, price the threat',
    ]);
    expect(rows).toContainEqual([
      'Key figures',
      'Revenue 2026: 4.0 m EUR',
      'Revenue 2026: 4.2 m EUR',
    ]);
  });

  it('without a snapshot, counts the actions done since by their date', () => {
    const plan = makeV2Plan();
    const { snapshot: _snapshot, ...record } = plan.reviews![0]!;
    // Reviewed on 10 Feb: A2, due 15 Feb, was done after; on 20 Feb it would have been before.
    const table = (date: string) =>
      blocksOf(review({ ...plan, reviews: [{ ...record, date }] }), 'table')[1]!;
    expect(table('2027-02-10').groups?.map((g) => g.title)).toEqual(['Done', 'Dropped']);
    expect(table('2027-02-20').groups?.map((g) => g.title)).toEqual(['Dropped']);
    expect(partTexts(review({ ...plan, reviews: [record] }))).toContain(
      'No review with a saved state yet: the next review shows the changes.',
    );
  });

  it('names a removed item by its label in the snapshot', () => {
    const plan = makeV2Plan();
    const snapshot = plan.reviews![0]!.snapshot!;
    const extra = makeRisk({ id: 'R7', title: 'Old risk no longer seen' });
    const before = { ...snapshot, risks: [...snapshot.risks, extra] };
    const again = { ...plan, reviews: [{ ...plan.reviews![0]!, snapshot: before }] };
    const changes = blocksOf(review(again), 'table')[3]!;
    expect(changes.groups?.map((g) => plain(g.title))).toContain('R2 Old risk no longer seen');
    const removed = changes.rows.find((r) => r[0]?.text === 'Removed');
    expect(removed?.map((c) => c.text)).toEqual(['Removed', 'Old risk no longer seen', '—']);
  });

  it('without a review takes everything since the plan began and says changes come later', () => {
    const plan = makeV2Plan({ reviews: [] });
    const page = review(plan, 'de');
    expect(page.subtitle).toBe('Erste Prüfung: alles seit Beginn des Plans');
    const actions = blocksOf(page, 'table')[1]!;
    expect(actions.groups?.map((g) => g.title)).toEqual(['Erledigt', 'Verworfen']);
    expect(partTexts(page)).toContain(
      'Noch keine Prüfung mit gespeichertem Stand: die Änderungen zeigt die nächste Prüfung.',
    );
  });

  it('says when nothing changed and warns when the next review is overdue', () => {
    const plan = makeV2Plan();
    const { reviews: _reviews, ...now } = plan;
    const same = {
      ...plan,
      account: { ...plan.account, nextReview: '2027-02-01' },
      reviews: [
        {
          id: 'RV1',
          date: '2027-01-20',
          snapshot: { ...now, account: { ...now.account, nextReview: '2027-02-01' } },
        },
      ],
    };
    const page = review(same);
    expect(partTexts(page)).toContain('Nothing in the plan has changed since the last review.');
    const next = blocksOf(page, 'paragraph').find((p) => p.text.startsWith('Next review'));
    expect(next?.tone).toBe('warning');
  });
});
