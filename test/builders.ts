// Test-data builders: a small, complete and rule-clean plan by default; tests override what
// they are about. Ids follow the app's short style, but nothing depends on that.
import type {
  Action,
  Fact,
  FocusItem,
  Gap,
  Goal,
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
