// Test-data builders: a small, complete and rule-clean plan by default; tests override what
// they are about. Ids follow the app's short style, but nothing depends on that.
import type {
  Action,
  Fact,
  FocusItem,
  Gap,
  Goal,
  Person,
  Plan,
  SoWhat,
  Strategy,
} from '../src/plan/schema';

export function makeFact(overrides: Partial<Fact> = {}): Fact {
  return {
    id: 'F1',
    area: 'account',
    text: 'Plans to grow revenue by 30% by 2028',
    source: 'Annual report 2026',
    ...overrides,
  };
}
export function makeGap(overrides: Partial<Gap> = {}): Gap {
  return {
    id: 'G1',
    area: 'competition',
    question: 'What price does the strongest competitor offer?',
    ...overrides,
  };
}
export function makeSoWhat(overrides: Partial<SoWhat> = {}): SoWhat {
  return {
    id: 'S1',
    factIds: ['F1'],
    kind: 'opportunity',
    text: 'Growth needs more capacity from suppliers',
    ...overrides,
  };
}
export function makeOpportunity(overrides: Partial<FocusItem> = {}): FocusItem {
  return {
    id: 'O1',
    title: 'Become preferred supplier for the new plant',
    soWhatIds: ['S1'],
    ...overrides,
  };
}
export function makeRisk(overrides: Partial<FocusItem> = {}): FocusItem {
  return { id: 'R1', title: 'Competitor undercuts on price', soWhatIds: ['S2'], ...overrides };
}
export function makeGoal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'Z1',
    title: 'Win the new plant',
    measure: 'Share of wallet',
    target: '40%',
    due: '2027-12-31',
    basedOn: ['O1', 'R1'],
    baseline: '25%',
    ...overrides,
  };
}
export function makeStrategy(overrides: Partial<Strategy> = {}): Strategy {
  return {
    id: 'ST1',
    goalId: 'Z1',
    text: 'Offer a capacity guarantee tied to a three-year frame contract',
    levers: ['account-goals'],
    factIds: ['F1'],
    ...overrides,
  };
}
export function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'A1',
    what: 'Present the capacity guarantee to the COO',
    who: 'Anna Schmidt',
    due: '2027-03-31',
    strategyId: 'ST1',
    status: 'open',
    ...overrides,
  };
}

/**
 * A complete plan that passes every red-thread rule with no finding at all: every fact is cited,
 * the gap is closed by an action, both top items are addressed by the goal.
 */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    format: 'kap',
    version: 2,
    account: {
      name: 'Müller Maschinenbau AG',
      planOwner: 'Anna Schmidt',
      periodStart: '2027-01-01',
      language: 'en',
    },
    facts: [
      makeFact(),
      makeFact({
        id: 'F2',
        area: 'competition',
        text: 'Competitor B cut prices by 8%',
        source: 'Sales team',
      }),
    ],
    gaps: [makeGap()],
    people: [],
    soWhats: [
      makeSoWhat(),
      makeSoWhat({
        id: 'S2',
        factIds: ['F2'],
        kind: 'risk',
        text: 'Price pressure on our frame contract',
      }),
    ],
    opportunities: [makeOpportunity()],
    risks: [makeRisk()],
    goals: [makeGoal()],
    strategies: [makeStrategy({ factIds: ['F1', 'F2'] })],
    actions: [
      makeAction(),
      {
        id: 'A2',
        what: 'Ask purchasing about competitor offers',
        who: 'Anna Schmidt',
        due: '2027-02-15',
        gapId: 'G1',
        status: 'open',
      },
    ],
    ...overrides,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: 'P1',
    name: 'Dr. Markus Hoffmann',
    role: 'Head of central purchasing',
    buyingRole: 'decision-maker',
    influence: 'high',
    attitude: 'neutral',
    ourContact: 'Anna Schmidt',
    ...overrides,
  };
}

/**
 * A plan that uses the fields of format version 2: people, figures, a summary, headlines,
 * rated and valued focus items, goal progress, action starts, a dropped action and a completed
 * review whose snapshot differs from the plan.
 */
export function makeV2Plan(overrides: Partial<Plan> = {}): Plan {
  const base = makePlan({
    account: {
      name: 'Müller Maschinenbau AG',
      planOwner: 'Anna Schmidt',
      periodStart: '2027-01-01',
      language: 'en',
      currency: 'EUR',
      figures: [{ label: 'Revenue 2026', value: '4.2 m EUR' }],
      nextReview: '2027-07-15',
    },
    summary: { asks: ['Approve the budget for the consignment store'] },
    headlines: { '3': 'Brno is the chance, price the threat' },
    people: [
      makePerson({ id: 'P1' }),
      makePerson({
        id: 'P2',
        name: 'Frank Meier',
        role: 'Supplier quality',
        buyingRole: 'gatekeeper',
        influence: 'high',
        attitude: 'critic',
        ourContact: 'Thomas Keller',
      }),
      makePerson({
        id: 'P3',
        name: 'Sabine Krüger',
        role: 'Plant manager Brno',
        buyingRole: 'influencer',
        influence: 'medium',
        attitude: 'supporter',
        ourContact: 'Jonas Becker',
      }),
    ],
    opportunities: [
      makeOpportunity({ impact: 'high', likelihood: 'medium', value: 1500000 }),
      makeOpportunity({ id: 'O2', title: 'Retrofit kit for film machines', soWhatIds: ['S1'] }),
    ],
    risks: [makeRisk({ impact: 'high', likelihood: 'low', value: 800000 })],
    goals: [
      makeGoal({
        basedOn: ['O1', 'O2', 'R1'],
        owner: 'Anna Schmidt',
        baseline: '25%',
        current: '28%',
        rag: 'amber',
      }),
    ],
    actions: [
      makeAction({ start: '2027-02-01', personIds: ['P1'] }),
      {
        id: 'A2',
        what: 'Ask purchasing about competitor offers',
        who: 'Anna Schmidt',
        due: '2027-02-15',
        gapId: 'G1',
        status: 'done',
      },
      makeAction({
        id: 'A3',
        what: 'Invite the plant manager to our test lab',
        who: 'Jonas Becker',
        due: '2027-06-30',
        status: 'dropped',
      }),
    ],
  });
  const snapshot = {
    ...base,
    // O2 is new since: the goal did not rest on it yet.
    goals: base.goals.map((g) => ({
      ...g,
      current: '26%',
      target: '35%',
      basedOn: g.basedOn.filter((id) => id !== 'O2'),
    })),
    opportunities: base.opportunities.slice(0, 1),
    actions: base.actions.map((a) => ({ ...a, status: 'open' as const })),
  };
  return {
    ...base,
    reviews: [
      {
        id: 'RV1',
        date: '2027-01-20',
        participants: ['Anna Schmidt', 'Jonas Becker'],
        snapshot: { ...snapshot, account: { ...snapshot.account, nextReview: '2027-04-15' } },
      },
    ],
    ...overrides,
  };
}
