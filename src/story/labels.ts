// Position labels: the written plan names items by their place in the plan (C1–C5, R1–R5, Z1–Z3),
// never by raw id, because ids from other tools may be anything and the reader needs the rank.
// Letters per language:
//   facts F, so-whats S, risks R, strategies ST and actions A in both languages;
//   gaps L (Lücke) / Q (open question; G is taken by goals in English);
//   opportunities C (Chance) / O; goals Z (Ziel) / G.
import type {
  Action,
  Collection,
  Fact,
  FocusItem,
  Gap,
  Goal,
  Language,
  Plan,
  SoWhat,
  Strategy,
} from '../plan/schema';

export const LABEL_PREFIXES: Readonly<Record<Language, Readonly<Record<Collection, string>>>> = {
  de: {
    facts: 'F',
    gaps: 'L',
    soWhats: 'S',
    opportunities: 'C',
    risks: 'R',
    goals: 'Z',
    strategies: 'ST',
    actions: 'A',
  },
  en: {
    facts: 'F',
    gaps: 'Q',
    soWhats: 'S',
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
  readonly soWhats: LabelledCollection<SoWhat>;
  readonly opportunities: LabelledCollection<FocusItem>;
  readonly risks: LabelledCollection<FocusItem>;
  readonly goals: LabelledCollection<Goal>;
  readonly strategies: LabelledCollection<Strategy>;
  readonly actions: LabelledCollection<Action>;
}

export function labelPlan(plan: Plan, language: Language): PlanLabels {
  const prefix = LABEL_PREFIXES[language];
  return {
    facts: labelled(plan.facts, prefix.facts),
    gaps: labelled(plan.gaps, prefix.gaps),
    soWhats: labelled(plan.soWhats, prefix.soWhats),
    opportunities: labelled(plan.opportunities, prefix.opportunities),
    risks: labelled(plan.risks, prefix.risks),
    goals: labelled(plan.goals, prefix.goals),
    strategies: labelled(plan.strategies, prefix.strategies),
    actions: labelled(plan.actions, prefix.actions),
  };
}
