// Position labels: the written plan names items by their place in the plan (C1–C5, R1–R5, Z1–Z3),
// never by raw id, because ids from other tools may be anything and the reader needs the rank.
// Letters per language, chosen so that no label can be read as something else:
//   facts F, so-whats SW, risks R, strategies ST and actions A in both languages (SW and ST
//   differ in their second letter, so "SW1" is never taken for a short "ST1");
//   gaps L (Lücke) / DG (data gap: "Q1" would read as a quarter, and G is taken by goals);
//   opportunities C (Chance) / O; goals Z (Ziel) / G.
// Items are numbered in the order the written plan shows them, so every list reads 1, 2, 3:
// facts by area (in the order of the areas), actions by the goal they serve and then by due
// date; every other collection in plan order.
import {
  AREAS,
  type Action,
  type Collection,
  type Fact,
  type FocusItem,
  type Gap,
  type Goal,
  type Language,
  type Person,
  type Plan,
  type SoWhat,
  type Strategy,
} from '../plan/schema';

export const LABEL_PREFIXES: Readonly<Record<Language, Readonly<Record<Collection, string>>>> = {
  de: {
    facts: 'F',
    gaps: 'L',
    people: 'P',
    soWhats: 'SW',
    opportunities: 'C',
    risks: 'R',
    goals: 'Z',
    strategies: 'ST',
    actions: 'A',
  },
  en: {
    facts: 'F',
    gaps: 'DG',
    people: 'P',
    soWhats: 'SW',
    opportunities: 'O',
    risks: 'R',
    goals: 'G',
    strategies: 'ST',
    actions: 'A',
  },
};

export interface Labelled<T> {
  readonly label: string;
  readonly item: T;
}

/** Items of one collection with their labels, in plan order, and found by id. */
export interface LabelledCollection<T> {
  readonly all: readonly Labelled<T>[];
  readonly get: (id: string) => Labelled<T> | undefined;
}

function labelled<T extends { readonly id: string }>(
  items: readonly T[],
  prefix: string,
): LabelledCollection<T> {
  const all = items.map((item, index) => ({ label: `${prefix}${index + 1}`, item }));
  const byId = new Map<string, Labelled<T>>();
  // A plan that failed the identity check may repeat an id; the first item keeps it, as the
  // reader of the plan file would see it first, and the story still never throws.
  for (const entry of all) if (!byId.has(entry.item.id)) byId.set(entry.item.id, entry);
  return { all, get: (id) => byId.get(id) };
}

export interface PlanLabels {
  readonly facts: LabelledCollection<Fact>;
  readonly gaps: LabelledCollection<Gap>;
  readonly people: LabelledCollection<Person>;
  readonly soWhats: LabelledCollection<SoWhat>;
  readonly opportunities: LabelledCollection<FocusItem>;
  readonly risks: LabelledCollection<FocusItem>;
  readonly goals: LabelledCollection<Goal>;
  readonly strategies: LabelledCollection<Strategy>;
  readonly actions: LabelledCollection<Action>;
}

/** Facts in the order of the areas, each area in plan order (the sort is stable). */
export function factOrder(facts: readonly Fact[]): Fact[] {
  const rank = (fact: Fact) => AREAS.indexOf(fact.area);
  return [...facts].sort((a, b) => rank(a) - rank(b));
}

/**
 * Actions as the action plan groups them: by the goal they serve (in goal order), then those
 * that only close a gap, then those that serve neither or lead to no goal; inside a group by due
 * date, undated ones last, equal dates in plan order.
 */
export function actionOrder(
  plan: Plan,
  goalOf: (action: Action) => string | undefined = () => undefined,
): Action[] {
  const goalIndex = new Map<string, number>();
  plan.goals.forEach((goal, index) => {
    if (!goalIndex.has(goal.id)) goalIndex.set(goal.id, index);
  });
  const strategyGoal = new Map<string, string>();
  for (const strategy of plan.strategies) {
    if (!strategyGoal.has(strategy.id)) strategyGoal.set(strategy.id, strategy.goalId);
  }
  const group = (action: Action): number => {
    const goalId =
      action.strategyId === undefined ? goalOf(action) : strategyGoal.get(action.strategyId);
    const goal = goalId === undefined ? undefined : goalIndex.get(goalId);
    if (goal !== undefined) return goal;
    return action.gapId !== undefined ? plan.goals.length : plan.goals.length + 1;
  };
  const due = (action: Action) => (action.due === '' ? '\uffff' : action.due);
  return [...plan.actions].sort(
    (a, b) => group(a) - group(b) || (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : 0),
  );
}

/**
 * `goalOf` names the goal of an action that names no strategy: the customer's version has no
 * strategies, yet its actions still belong to their goals (context.ts).
 */
export function labelPlan(
  plan: Plan,
  language: Language,
  goalOf?: (action: Action) => string | undefined,
): PlanLabels {
  const prefix = LABEL_PREFIXES[language];
  return {
    facts: labelled(factOrder(plan.facts), prefix.facts),
    gaps: labelled(plan.gaps, prefix.gaps),
    people: labelled(plan.people, prefix.people),
    soWhats: labelled(plan.soWhats, prefix.soWhats),
    opportunities: labelled(plan.opportunities, prefix.opportunities),
    risks: labelled(plan.risks, prefix.risks),
    goals: labelled(plan.goals, prefix.goals),
    strategies: labelled(plan.strategies, prefix.strategies),
    actions: labelled(actionOrder(plan, goalOf), prefix.actions),
  };
}
