// New plans and new items as the editor creates them, and the ids it gives them. The user never
// types an id: the editor makes short ones in the format's style (F1, G1, S1, O1, R1, Z1, ST1, A1)
// that are unique across the whole plan, also when a file from elsewhere uses other ids.
import {
  PLAN_FORMAT,
  PLAN_VERSION,
  type Account,
  type Action,
  type Collection,
  type Fact,
  type FocusItem,
  type Gap,
  type Person,
  type Goal,
  type Language,
  type Plan,
  type SoWhat,
  type Strategy,
} from '../schema';

/** An item of one collection of the plan. */
export type ItemOf<C extends Collection> = Plan[C][number];

/** A type's declared fields without the index signature that loose objects carry. */
export type Known<T> = {
  [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K];
};

/** The fields an edit may set on an item: every declared field but its id. */
export type ItemFields<C extends Collection> = Omit<Known<ItemOf<C>>, 'id'>;

export const ID_PREFIXES: Readonly<Record<Collection, string>> = {
  facts: 'F',
  gaps: 'G',
  people: 'P',
  soWhats: 'S',
  opportunities: 'O',
  risks: 'R',
  goals: 'Z',
  strategies: 'ST',
  actions: 'A',
};

/** Every id the plan uses, in every collection. */
export function usedIds(plan: Plan): Set<string> {
  const used = new Set<string>();
  for (const items of [
    plan.facts,
    plan.gaps,
    plan.people,
    plan.soWhats,
    plan.opportunities,
    plan.risks,
    plan.goals,
    plan.strategies,
    plan.actions,
  ]) {
    for (const item of items) used.add(item.id);
  }
  return used;
}

/**
 * The next free id for a collection: one above the highest number the prefix has, so that a new
 * item never takes the id of one deleted before it unless that was the highest (the documents
 * label items by position anyway; ids only have to be unique).
 */
export function nextId(
  plan: Plan,
  collection: Collection,
  used: Set<string> = usedIds(plan),
): string {
  const prefix = ID_PREFIXES[collection];
  const pattern = new RegExp(`^${prefix}(\\d+)$`);
  let highest = 0;
  for (const id of used) {
    const match = pattern.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  let n = highest + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** What a user gives to start a plan. */
export interface PlanStart {
  readonly name: string;
  readonly planOwner?: string;
  /** YYYY-MM-DD; the pane asks for a month and passes its first day. */
  readonly periodStart: string;
  readonly language: Language;
}

export function newPlan(start: PlanStart): Plan {
  const account: Account = {
    name: start.name,
    ...(start.planOwner !== undefined && start.planOwner.trim() !== ''
      ? { planOwner: start.planOwner }
      : {}),
    periodStart: start.periodStart,
    language: start.language,
  };
  return {
    format: PLAN_FORMAT,
    version: PLAN_VERSION,
    account,
    facts: [],
    gaps: [],
    people: [],
    soWhats: [],
    opportunities: [],
    risks: [],
    goals: [],
    strategies: [],
    actions: [],
  };
}

/** An empty item of each collection; `fields` fills in what the user chose when adding it. */
export function emptyItem<C extends Collection>(
  collection: C,
  id: string,
  fields: Partial<ItemFields<C>> = {},
): ItemOf<C> {
  const base = EMPTY[collection](id);
  return { ...base, ...fields };
}

const EMPTY: { readonly [C in Collection]: (id: string) => ItemOf<C> } = {
  facts: (id): Fact => ({ id, area: 'account', text: '' }),
  gaps: (id): Gap => ({ id, area: 'account', question: '' }),
  people: (id): Person => ({ id, name: '' }),
  soWhats: (id): SoWhat => ({ id, factIds: [], kind: 'opportunity', text: '' }),
  opportunities: (id): FocusItem => ({ id, title: '', soWhatIds: [] }),
  risks: (id): FocusItem => ({ id, title: '', soWhatIds: [] }),
  goals: (id): Goal => ({ id, title: '', measure: '', target: '', due: '', basedOn: [] }),
  // A strategy always belongs to a goal: the caller names it in `fields`.
  strategies: (id): Strategy => ({ id, goalId: '', text: '', levers: [], factIds: [] }),
  actions: (id): Action => ({ id, what: '', who: '', due: '', status: 'open' }),
};
