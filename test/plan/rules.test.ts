import type { Finding } from '../../src/plan/findings';
import { checkPlan, RULES, type RuleCode } from '../../src/plan/rules';
import type { Plan } from '../../src/plan/schema';
import { validatePlanValue } from '../../src/plan/read';
import {
  makeAction,
  makeFact,
  makeGap,
  makeGoal,
  makeOpportunity,
  makePlan,
  makeRisk,
  makeSoWhat,
  makeStrategy,
} from '../builders';

function codes(plan: Plan): RuleCode[] {
  return checkPlan(plan).map((f) => f.code as RuleCode);
}

function only(plan: Plan, code: RuleCode): Finding[] {
  return checkPlan(plan).filter((f) => f.code === code);
}

/** A case per rule: a plan where it fires (with the ids it must name) and one where it stays quiet. */
interface RuleCase {
  fires: () => Plan;
  ids: string[];
  quiet: () => Plan;
}

const base = makePlan();
const sixOpportunities = [1, 2, 3, 4, 5, 6].map((n) =>
  makeOpportunity({ id: `O${n}`, soWhatIds: ['S1'] }),
);
const sixRisks = [1, 2, 3, 4, 5, 6].map((n) => makeRisk({ id: `R${n}`, soWhatIds: ['S2'] }));

const CASES: Record<RuleCode, RuleCase> = {
  'too-many-opportunities': {
    fires: () => makePlan({ opportunities: sixOpportunities }),
    ids: ['O6'],
    quiet: () => makePlan({ opportunities: sixOpportunities.slice(0, 5) }),
  },
  'too-many-risks': {
    fires: () => makePlan({ risks: sixRisks }),
    ids: ['R6'],
    quiet: () => makePlan({ risks: sixRisks.slice(0, 5) }),
  },
  'too-many-goals': {
    fires: () =>
      makePlan({
        goals: ['Z1', 'Z2', 'Z3', 'Z4'].map((id) => makeGoal({ id })),
        strategies: ['Z1', 'Z2', 'Z3', 'Z4'].map((goalId, i) =>
          makeStrategy({ id: `ST${i}`, goalId }),
        ),
      }),
    ids: ['Z4'],
    quiet: () => makePlan({ goals: ['Z1', 'Z2', 'Z3'].map((id) => makeGoal({ id })) }),
  },
  'so-what-without-fact': {
    fires: () => makePlan({ soWhats: [base.soWhats[0]!, makeSoWhat({ id: 'S2', factIds: [] })] }),
    ids: ['S2'],
    quiet: () => makePlan(),
  },
  'goal-without-basis': {
    fires: () => makePlan({ goals: [makeGoal({ basedOn: [] })] }),
    ids: ['Z1'],
    quiet: () => makePlan({ goals: [makeGoal({ basedOn: ['R1'] })] }),
  },
  'goal-without-strategy': {
    fires: () => makePlan({ goals: [makeGoal(), makeGoal({ id: 'Z2' })] }),
    ids: ['Z2'],
    quiet: () => makePlan(),
  },
  'strategy-without-action': {
    fires: () => makePlan({ actions: [base.actions[1]!] }),
    ids: ['ST1'],
    quiet: () => makePlan(),
  },
  'action-without-owner': {
    fires: () => makePlan({ actions: [makeAction({ who: '  ' }), base.actions[1]!] }),
    ids: ['A1'],
    quiet: () => makePlan(),
  },
  'action-without-due': {
    fires: () => makePlan({ actions: [makeAction({ due: '' }), base.actions[1]!] }),
    ids: ['A1'],
    quiet: () => makePlan(),
  },
  'fact-not-used': {
    fires: () => makePlan({ facts: [...base.facts, makeFact({ id: 'F3' })] }),
    ids: ['F3'],
    quiet: () => makePlan(),
  },
  'gap-not-closed': {
    fires: () => makePlan({ gaps: [makeGap(), makeGap({ id: 'G2' })] }),
    ids: ['G2'],
    quiet: () => makePlan(),
  },
  'focus-without-so-what': {
    fires: () => makePlan({ risks: [makeRisk({ soWhatIds: [] })] }),
    ids: ['R1'],
    quiet: () => makePlan(),
  },
  'goal-not-smart': {
    fires: () => makePlan({ goals: [makeGoal({ target: '' })] }),
    ids: ['Z1'],
    quiet: () => makePlan(),
  },
  'strategy-without-fact': {
    fires: () => makePlan({ strategies: [makeStrategy({ factIds: [] })] }),
    ids: ['ST1'],
    quiet: () => makePlan(),
  },
  'strategy-without-lever': {
    fires: () => makePlan({ strategies: [makeStrategy({ levers: [] })] }),
    ids: ['ST1'],
    quiet: () => makePlan(),
  },
  'action-outside-window': {
    fires: () => makePlan({ actions: [makeAction({ due: '2028-01-01' }), base.actions[1]!] }),
    ids: ['A1'],
    quiet: () => makePlan({ actions: [makeAction({ due: '2027-12-31' }), base.actions[1]!] }),
  },
  'action-without-link': {
    fires: () =>
      makePlan({ actions: [...base.actions, makeAction({ id: 'A3', strategyId: undefined })] }),
    ids: ['A3'],
    quiet: () => makePlan(),
  },
  'focus-not-addressed': {
    fires: () => makePlan({ goals: [makeGoal({ basedOn: ['O1'] })] }),
    ids: ['R1'],
    quiet: () => makePlan(),
  },
  'plan-without-gaps': {
    fires: () => makePlan({ gaps: [], actions: [base.actions[0]!] }),
    ids: [],
    quiet: () => makePlan(),
  },
  'relationship-gap': {
    fires: () =>
      makePlan({ people: [{ id: 'P1', name: 'Dr. Hoffmann', buyingRole: 'decision-maker' }] }),
    ids: ['P1'],
    quiet: () =>
      makePlan({
        people: [
          { id: 'P1', name: 'Dr. Hoffmann', buyingRole: 'decision-maker' },
          { id: 'P2', name: 'K. Berger', influence: 'high', attitude: 'critic' },
        ],
        actions: [makeAction({ personIds: ['P1', 'P2'] }), base.actions[1]!],
      }),
  },
  'action-starts-after-due': {
    fires: () => makePlan({ actions: [makeAction({ start: '2027-04-01' }), base.actions[1]!] }),
    ids: ['A1'],
    quiet: () => makePlan({ actions: [makeAction({ start: '2027-03-31' }), base.actions[1]!] }),
  },
  'review-overdue': {
    fires: () => makePlan({ account: { ...base.account, nextReview: '2001-04-15' } }),
    ids: [],
    quiet: () => makePlan({ account: { ...base.account, nextReview: '9998-04-15' } }),
  },
  'goal-without-baseline': {
    fires: () => makePlan({ goals: [makeGoal({ baseline: ' ' })] }),
    ids: ['Z1'],
    quiet: () => makePlan(),
  },
};

describe('format version 2 rules at their edges', () => {
  it('finds decision-makers and influential critics whom no live action addresses', () => {
    const plan = makePlan({
      people: [
        { id: 'P1', name: 'Dr. Hoffmann', buyingRole: 'decision-maker' },
        { id: 'P2', name: 'K. Berger', influence: 'high', attitude: 'critic' },
        // Neither a decision-maker nor an influential critic: no gap.
        { id: 'P3', name: 'M. Weber', influence: 'high', attitude: 'supporter' },
        // Addressed only by a dropped action: still a gap.
        { id: 'P4', name: 'S. Koch', buyingRole: 'decision-maker' },
      ],
      actions: [
        makeAction({ personIds: ['P3'] }),
        base.actions[1]!,
        makeAction({ id: 'A9', personIds: ['P4'], status: 'dropped' }),
      ],
    });
    expect(only(plan, 'relationship-gap').map((f) => f.ids)).toEqual([['P1'], ['P2'], ['P4']]);
    expect(only(plan, 'relationship-gap')[1]?.message.en).toContain('influential critic');
  });

  it('counts a review due today as not yet overdue, and the day after as overdue', () => {
    const plan = makePlan({ account: { ...base.account, nextReview: '2027-04-15' } });
    const review = (today: string) =>
      checkPlan(plan, undefined, today).filter((f) => f.code === 'review-overdue');
    expect(review('2027-04-15')).toEqual([]);
    expect(review('2027-04-16')).toHaveLength(1);
    expect(review('2027-04-16')[0]?.message.en).toContain('2027-04-15');
  });

  it('lets a dropped action neither close a gap nor carry a strategy, and checks it no further', () => {
    const dropped = makePlan({
      actions: base.actions.map((a) => ({ ...a, status: 'dropped' as const, who: '' })),
    });
    const found = codes(dropped);
    expect(found).toContain('gap-not-closed');
    expect(found).toContain('strategy-without-action');
    expect(found).not.toContain('action-without-owner');
  });
});

describe('the default builder plan', () => {
  it('is valid and has no finding at all, so every case below changes one thing', () => {
    expect(validatePlanValue(makePlan()).ok).toBe(true);
    expect(checkPlan(makePlan())).toEqual([]);
  });
});

describe.each(Object.keys(RULES) as RuleCode[])('rule %s', (code) => {
  const rule = RULES[code];
  const testCase = CASES[code];

  it('fires, naming its ids, step and severity, in both languages', () => {
    const plan = testCase.fires();
    // The cases are real plans: they pass input validation.
    expect(validatePlanValue(plan).ok).toBe(true);
    const found = only(plan, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: rule.severity, step: rule.step, ids: testCase.ids });
    expect(found[0]?.message.en.length).toBeGreaterThan(10);
    expect(found[0]?.message.de.length).toBeGreaterThan(10);
    expect(found[0]?.message.de).not.toBe(found[0]?.message.en);
    for (const id of testCase.ids) expect(found[0]?.message.en).toContain(id);
  });

  it('stays quiet on the boundary case', () => {
    const plan = testCase.quiet();
    expect(validatePlanValue(plan).ok).toBe(true);
    expect(codes(plan)).not.toContain(code);
  });
});

describe('details of the rules', () => {
  it('checks SMART: measure, target, due date and the 12-month window', () => {
    const message = (goal: Parameters<typeof makeGoal>[0]) =>
      only(makePlan({ goals: [makeGoal(goal)] }), 'goal-not-smart')[0]?.message.en;
    expect(message({ measure: ' ' })).toContain('no measure');
    expect(message({ due: '' })).toContain('no due date');
    expect(message({ due: '2026-12-31' })).toContain('outside the 12 months');
    expect(message({ due: '2028-01-01' })).toContain('outside the 12 months');
    expect(message({ due: '2027-01-01' })).toBeUndefined();
  });

  it('uses a window of twelve calendar months from a mid-month, leap-year start', () => {
    const plan = makePlan({
      account: { name: 'X', periodStart: '2028-02-29' },
      goals: [makeGoal({ due: '2028-12-31' })],
      actions: [
        makeAction({ due: '2029-02-28' }),
        makeAction({ id: 'A2', due: '2028-02-28', gapId: 'G1', strategyId: undefined }),
      ],
    });
    // [2028-02-29, 2029-02-28): the last day itself is outside, as is the day before the start.
    expect(only(plan, 'action-outside-window').map((f) => f.ids[0])).toEqual(['A1', 'A2']);
  });

  it('counts only the top five for "not addressed" and names items beyond rank five', () => {
    const plan = makePlan({
      opportunities: sixOpportunities,
      goals: [makeGoal({ basedOn: ['O1', 'R1'] })],
    });
    expect(only(plan, 'focus-not-addressed').map((f) => f.ids[0])).toEqual([
      'O2',
      'O3',
      'O4',
      'O5',
    ]);
    expect(only(plan, 'too-many-opportunities')[0]?.message.en).toContain('Beyond rank 5: O6');
  });

  it('orders findings by step, then severity, then plan order', () => {
    const plan = makePlan({
      facts: [...base.facts, makeFact({ id: 'F3' }), makeFact({ id: 'F4' })],
      gaps: [makeGap(), makeGap({ id: 'G2' })],
      actions: [makeAction({ who: '' }), base.actions[1]!],
    });
    expect(checkPlan(plan).map((f) => `${f.step}:${f.severity}:${f.ids.join()}`)).toEqual([
      '1:warning:F3',
      '1:warning:F4',
      '1:warning:G2',
      '6:error:A1',
    ]);
  });

  it('names items by the labels the caller shows, in each language', () => {
    const plan = makePlan({
      facts: [...base.facts, makeFact({ id: 'fact-x', text: 'Unused' })],
      opportunities: Array.from({ length: 6 }, (_, i) => makeOpportunity({ id: `O${i + 1}` })),
    });
    const labels = (id: string, language: 'de' | 'en') => `${language === 'de' ? 'C' : 'O'}#${id}`;
    const byCode = (code: RuleCode) => checkPlan(plan, labels).find((f) => f.code === code);
    expect(byCode('fact-not-used')?.message).toEqual({
      de: expect.stringContaining('Fakt C#fact-x “Unused”') as string,
      en: expect.stringContaining('Fact O#fact-x “Unused”') as string,
    });
    expect(byCode('too-many-opportunities')?.message.de).toContain('hinaus: C#O6.');
    // The ids stay raw: tools and the pane key on them.
    expect(byCode('fact-not-used')?.ids).toEqual(['fact-x']);
  });
});
