// Format version 2: version 1 read as 2 with the same content, the new fields checked, the
// reviews and their snapshots validated, the diff and the customer-safe filter.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { customerSafe } from '../../src/plan/customerSafe';
import { diffPlans, isUnchanged } from '../../src/plan/diff';
import { readEnvelopeText } from '../../src/plan/envelope';
import { readPlanText, type InputProblem } from '../../src/plan/read';
import { completeReview, lastReview, snapshotOf } from '../../src/plan/review';
import type { Plan } from '../../src/plan/schema';
import { makeAction, makeFact, makeGap, makeOpportunity, makePlan, makeRisk } from '../builders';

const ROOT = resolve(__dirname, '../..');

function read(text: string): Plan {
  const result = readPlanText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
  return result.plan;
}

function problemsOf(value: unknown): readonly InputProblem[] {
  const result = readPlanText(JSON.stringify(value, null, 2));
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.problems;
}

/** Every version 1 plan the project holds: the kept example and the stored fixtures' plans. */
function versionOnePlans(): { name: string; text: string }[] {
  const folder = join(ROOT, 'assets/examples/version-1');
  const plans = readdirSync(folder).map((name) => ({
    name,
    text: readFileSync(join(folder, name), 'utf8'),
  }));
  const fixture = JSON.parse(
    readFileSync(join(ROOT, 'test/fixtures/envelopes/v1-valid.json'), 'utf8'),
  ) as { plan: unknown };
  plans.push({ name: 'v1-valid.json (envelope)', text: JSON.stringify(fixture.plan) });
  return plans;
}

describe('version 1 migrated in memory', () => {
  it.each(versionOnePlans())('reads $name as version 2 with the same content', ({ text }) => {
    const raw = JSON.parse(text) as Record<string, unknown>;
    expect(raw.version).toBe(1);
    const result = readPlanText(text);
    if (!result.ok) throw new Error(result.problems[0]?.message.en);
    expect(result.migratedFrom).toBe(1);
    const plan = result.plan;
    expect(plan.version).toBe(2);
    expect(plan.people).toEqual([]);
    // Same content: every field of the file is there with the same value, version aside, and
    // nothing but the empty list of people was added.
    const { version: _v1, ...before } = raw;
    const { version: _v2, people, ...after } = plan;
    expect(people).toEqual([]);
    expect(after).toEqual(before);
    // Read again as a version 2 file, it is the same plan.
    expect(read(JSON.stringify(plan))).toEqual(plan);
  });

  it('reads the examples as version 2 files that use every new field', () => {
    for (const name of ['mueller-maschinenbau.de.kap.json', 'northwind-health.en.kap.json']) {
      const text = readFileSync(join(ROOT, 'assets/examples', name), 'utf8');
      const result = readPlanText(text);
      if (!result.ok) throw new Error(result.problems[0]?.message.en);
      expect(result.migratedFrom).toBeUndefined();
      const plan = result.plan;
      const { account, summary, headlines, people, opportunities, risks, goals, actions } = plan;
      expect(Object.keys(account)).toEqual(
        expect.arrayContaining(['currency', 'figures', 'nextReview']),
      );
      expect(Object.keys(summary ?? {}).sort()).toEqual(
        ['asks', 'complication', 'resolution', 'situation'].sort(),
      );
      expect(Object.keys(headlines ?? {}).length).toBeGreaterThan(0);
      const fieldsOf = (items: readonly object[]) => new Set(items.flatMap((i) => Object.keys(i)));
      expect([...fieldsOf(people)]).toEqual(
        expect.arrayContaining([
          'role',
          'buyingRole',
          'influence',
          'attitude',
          'ourContact',
          'note',
          'internal',
        ]),
      );
      expect([...fieldsOf([...opportunities, ...risks])]).toEqual(
        expect.arrayContaining(['impact', 'likelihood', 'value']),
      );
      expect([...fieldsOf(goals)]).toEqual(
        expect.arrayContaining(['owner', 'baseline', 'current', 'rag']),
      );
      expect([...fieldsOf(actions)]).toEqual(expect.arrayContaining(['start', 'personIds']));
      expect(plan.reviews?.[0]?.snapshot?.version).toBe(2);
    }
  });

  it('migrates a stored version 1 envelope and the plan it replaced', () => {
    const fixture = readFileSync(join(ROOT, 'test/fixtures/envelopes/v1-valid.json'), 'utf8');
    const value = JSON.parse(fixture) as Record<string, unknown>;
    const stored = JSON.stringify({
      ...value,
      previous: { replacedAt: '2027-01-01T00:00:00Z', plan: value.plan },
    });
    const result = readEnvelopeText(stored);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.migratedFrom).toBe(1);
    expect(result.envelope.plan.version).toBe(2);
    expect(result.envelope.previous?.plan.version).toBe(2);
  });
});

describe('the new fields, checked where they are', () => {
  const base = makePlan();

  it('names the field and what it expects', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ ...base, account: { ...base.account, currency: 'euro' } }, 'account.currency', /ISO 4217/],
      [
        { ...base, account: { ...base.account, nextReview: '2027-02-30' } },
        'account.nextReview',
        /calendar date/,
      ],
      [
        { ...base, people: [{ id: 'P1', name: 'X', influence: 'huge' }] },
        'people[0].influence',
        /"low", "medium", "high"/,
      ],
      [{ ...base, risks: [makeRisk({ value: 'much' } as never)] }, 'risks[0].value', /a number/],
      [
        { ...base, actions: [makeAction({ status: 'cancelled' } as never)] },
        'actions[0].status',
        /"dropped"/,
      ],
      [{ ...base, goals: [{ ...base.goals[0], rag: 'blue' }] }, 'goals[0].rag', /"amber"/],
      [
        { ...base, facts: [makeFact({ internal: 'yes' } as never)] },
        'facts[0].internal',
        /true or false/,
      ],
    ];
    for (const [value, path, expected] of cases) {
      const [problem] = problemsOf(value);
      expect(problem).toMatchObject({ kind: 'schema', path });
      expect(problem?.message.en).toMatch(expected);
    }
  });

  it('checks that an action addresses people of the plan', () => {
    const [problem] = problemsOf({ ...base, actions: [makeAction({ personIds: ['P9'] })] });
    expect(problem).toMatchObject({ kind: 'missing-reference', path: 'actions[0].personIds[0]' });
    expect(problem?.message.en).toContain('not the id of a person');
  });

  it('validates every snapshot like a plan and keeps reviews in date order', () => {
    const snapshot = snapshotOf(base);
    const broken = { ...snapshot, soWhats: [{ ...base.soWhats[0], factIds: ['F99'] }] };
    const [problem] = problemsOf({
      ...base,
      reviews: [{ id: 'RV1', date: '2027-04-01', snapshot: broken }],
    });
    expect(problem).toMatchObject({
      kind: 'missing-reference',
      path: 'reviews[0].snapshot.soWhats[0].factIds[0]',
    });
    const disorder = problemsOf({
      ...base,
      reviews: [
        { id: 'RV1', date: '2027-07-01' },
        { id: 'RV2', date: '2027-04-01' },
      ],
    });
    expect(disorder[0]).toMatchObject({ kind: 'review-order', path: 'reviews[1].date' });
    // Ids are unique across the whole plan, a review's too.
    const [taken] = problemsOf({ ...base, reviews: [{ id: 'F1', date: '2027-04-01' }] });
    expect(taken).toMatchObject({ kind: 'duplicate-id', path: 'reviews[0].id' });
    expect(taken?.message.en).toContain('facts[0]');
    // A snapshot is the plan without its reviews; a "reviews" field inside one is not read as
    // reviews but kept like any unknown field, as the format keeps every field it does not know.
    const nested = readPlanText(
      JSON.stringify({
        ...base,
        reviews: [{ id: 'RV1', date: '2027-04-01', snapshot: { ...snapshot, reviews: 'x' } }],
      }),
    );
    expect(nested.ok && nested.plan.reviews?.[0]?.snapshot).toMatchObject({ reviews: 'x' });
  });
});

describe('completing a review', () => {
  it('keeps the plan as it was, in date order, without touching the plan itself', () => {
    const plan = makePlan();
    const once = completeReview(plan, {
      date: '2027-07-15',
      participants: [' Anna ', ''],
      notes: 'ok',
    });
    expect(once.reviews).toHaveLength(1);
    expect(once.reviews?.[0]).toMatchObject({ id: 'RV1', participants: ['Anna'], notes: 'ok' });
    expect(once.reviews?.[0]?.snapshot).toEqual(snapshotOf(plan));
    expect(plan.reviews).toBeUndefined();
    const earlier = completeReview(once, { date: '2027-04-01' });
    expect(earlier.reviews?.map((r) => [r.id, r.date])).toEqual([
      ['RV2', '2027-04-01'],
      ['RV1', '2027-07-15'],
    ]);
    expect(lastReview(earlier)?.id).toBe('RV1');
    // Its snapshot holds the first review? No: a snapshot is the plan without reviews.
    expect(earlier.reviews?.[0]?.snapshot?.reviews).toBeUndefined();
    expect(read(JSON.stringify(earlier))).toEqual(earlier);
  });
});

describe('the diff', () => {
  const before = makePlan({
    opportunities: [
      makeOpportunity({ id: 'O1', title: 'First' }),
      makeOpportunity({ id: 'O2', title: 'Second', soWhatIds: ['S1'] }),
    ],
    goals: [{ ...makePlan().goals[0]!, basedOn: ['O1', 'R1'] }],
  });

  it('finds nothing between a plan and itself, or its own snapshot', () => {
    expect(isUnchanged(diffPlans(before, before))).toBe(true);
    expect(isUnchanged(diffPlans(snapshotOf(before), before))).toBe(true);
  });

  it('lists added, removed and changed items, with old and new values', () => {
    const after: Plan = {
      ...before,
      facts: [...before.facts.slice(1), makeFact({ id: 'F9', text: 'New' })],
      gaps: [{ ...makeGap(), question: 'Reworded?' }],
    };
    const diff = diffPlans(before, after);
    const summary = diff.items.map((i) => `${i.change} ${i.id}`);
    expect(summary).toEqual(
      expect.arrayContaining([`removed ${before.facts[0]!.id}`, 'added F9', 'changed G1']),
    );
    const gap = diff.items.find((i) => i.id === 'G1');
    expect(gap?.fields).toEqual([
      { field: 'question', before: makeGap().question, after: 'Reworded?' },
    ]);
    expect(gap?.moved).toBeUndefined();
  });

  it('tells an item renamed and moved: both the new wording and the new rank', () => {
    const after: Plan = {
      ...before,
      opportunities: [
        makeOpportunity({ id: 'O2', title: 'Second, sharpened', soWhatIds: ['S1'] }),
        makeOpportunity({ id: 'O1', title: 'First' }),
      ],
    };
    const diff = diffPlans(before, after);
    const renamed = diff.items.find((i) => i.id === 'O2');
    expect(renamed).toMatchObject({
      change: 'changed',
      moved: { before: 1, after: 0 },
      fields: [{ field: 'title', before: 'Second', after: 'Second, sharpened' }],
    });
    const pushed = diff.items.find((i) => i.id === 'O1');
    expect(pushed).toMatchObject({ moved: { before: 0, after: 1 }, fields: [] });
  });

  it('does not call items moved when only an item before them was added or removed', () => {
    const after: Plan = {
      ...before,
      opportunities: [makeOpportunity({ id: 'O0', title: 'New first' }), ...before.opportunities],
    };
    const diff = diffPlans(before, after);
    expect(diff.items.map((i) => `${i.change} ${i.id}`)).toEqual(['added O0']);
  });

  it('counts a review completed since as a change of the plan, and "open" written down as none', () => {
    const reviewed = completeReview(before, { date: '2027-07-01' });
    expect(diffPlans(before, reviewed).plan).toEqual([
      { field: 'reviews', before: [], after: ['RV1 2027-07-01'] },
    ]);
    const silent = makePlan({ actions: [makeAction({ status: undefined })] });
    const spoken = makePlan({ actions: [makeAction({ status: 'open' })] });
    expect(isUnchanged(diffPlans(silent, spoken))).toBe(true);
  });

  it('names status changes, an absent status counting as open', () => {
    const open = makePlan({
      actions: [makeAction({ status: undefined }), makeAction({ id: 'A2' })],
    });
    const after: Plan = {
      ...open,
      actions: [makeAction({ status: 'done' }), makeAction({ id: 'A2', status: 'dropped' })],
    };
    expect(diffPlans(open, after).statuses).toEqual([
      { id: 'A1', before: 'open', after: 'done' },
      { id: 'A2', before: 'open', after: 'dropped' },
    ]);
  });

  it('lists changes of the account, the summary and the headlines by path', () => {
    const after: Plan = {
      ...before,
      account: { ...before.account, nextReview: '2027-10-01' },
      summary: { asks: ['Budget'] },
      headlines: { '3': 'Why these five' },
    };
    expect(diffPlans(before, after).plan).toEqual([
      { field: 'account.nextReview', after: '2027-10-01' },
      { field: 'summary.asks', after: ['Budget'] },
      { field: 'headlines.3', after: 'Why these five' },
    ]);
  });
});

describe('the customer-safe version', () => {
  const plan = makePlan({
    facts: [
      makeFact({ id: 'F1', text: 'Account fact' }),
      makeFact({ id: 'F2', area: 'competition', text: 'Competitor fact' }),
      makeFact({ id: 'F3', text: 'Internal fact', internal: true }),
    ],
    gaps: [makeGap({ id: 'G1', area: 'account' }), makeGap({ id: 'G2', area: 'competition' })],
    people: [
      {
        id: 'P1',
        name: 'Dr. Hoffmann',
        role: 'CPO',
        attitude: 'critic',
        influence: 'high',
        note: 'difficult',
      },
    ],
    soWhats: [
      { id: 'S1', factIds: ['F1', 'F2', 'F3'], kind: 'opportunity', text: 'Chance' },
      { id: 'S2', factIds: ['F1'], kind: 'risk', text: 'Risk' },
    ],
    opportunities: [makeOpportunity({ id: 'O1', soWhatIds: ['S1', 'S2'] })],
    risks: [makeRisk({ id: 'R1', soWhatIds: ['S2'] })],
    summary: { situation: 'Kept', asks: ['Budget'] },
    actions: [
      makeAction({ id: 'A1', gapId: 'G1', personIds: ['P1'] }),
      makeAction({ id: 'A2', strategyId: undefined, gapId: 'G2' }),
      makeAction({ id: 'A3', internal: true }),
    ],
  });

  it('leaves out what the spec names and every reference to it', () => {
    const safe = customerSafe(plan);
    expect(safe.facts.map((f) => f.id)).toEqual(['F1']);
    expect(safe.gaps.map((g) => g.id)).toEqual(['G1']);
    expect(safe.soWhats.map((s) => s.id)).toEqual(['S1']);
    expect(safe.soWhats[0]?.factIds).toEqual(['F1']);
    expect(safe.opportunities[0]?.soWhatIds).toEqual(['S1']);
    expect(safe.risks).toEqual([]);
    expect(safe.strategies).toEqual([]);
    expect(safe.goals[0]?.basedOn).toEqual(['O1']);
    expect(safe.people).toEqual([{ id: 'P1', name: 'Dr. Hoffmann', role: 'CPO' }]);
    expect(safe.summary).toEqual({ situation: 'Kept' });
    // A2 closed a competition gap; A3 is internal; A1 no longer names a strategy.
    expect(safe.actions.map((a) => a.id)).toEqual(['A1']);
    expect(safe.actions[0]?.strategyId).toBeUndefined();
    // What is left is a valid plan, with every reference whole.
    expect(read(JSON.stringify(safe))).toEqual(safe);
    // The plan itself is untouched.
    expect(plan.risks).toHaveLength(1);
  });

  it('filters the snapshots of the reviews too', () => {
    const reviewed = completeReview(plan, { date: '2027-04-01' });
    const safe = customerSafe(reviewed);
    expect(safe.reviews?.[0]?.snapshot?.risks).toEqual([]);
    expect(safe.reviews?.[0]?.snapshot?.facts.map((f) => f.id)).toEqual(['F1']);
    expect(read(JSON.stringify(safe))).toEqual(safe);
  });

  it('keeps every collection it does not filter whole when nothing is internal', () => {
    const plain = makePlan();
    const safe = customerSafe(plain);
    for (const collection of ['opportunities', 'goals'] as const) {
      expect(safe[collection].map((i) => i.id)).toEqual(plain[collection].map((i) => i.id));
    }
    // A person stays, without what we think of them.
    const person = { id: 'P1', name: 'K. Berger', role: 'CFO', attitude: 'critic' as const };
    expect(customerSafe({ ...plain, people: [person] }).people).toEqual([
      { id: 'P1', name: 'K. Berger', role: 'CFO' },
    ]);
  });
});
