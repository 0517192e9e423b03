// Every change the editor makes to a plan, as data, and the one pure function that applies it.
// An edit either yields a plan the reader would accept — schema-valid, ids unique, every reference
// whole — or is refused with a reason in the user's words; the plan passed in is never changed.
// The task pane's undo history is a list of the plans these edits return.
import { ITEM_NOUNS } from '../glossary';
import type { Localized } from '../messages';
import { REFERENCES } from '../references';
import { completeReview, type ReviewRecord } from '../review';
import { MAX_GOALS, MAX_OPPORTUNITIES, MAX_RISKS } from '../rules';
import {
  accountSchema,
  actionSchema,
  headlinesSchema,
  isCalendarDate,
  summarySchema,
  factSchema,
  focusItemSchema,
  gapSchema,
  personSchema,
  goalSchema,
  soWhatSchema,
  strategySchema,
  type Account,
  type Collection,
  type Plan,
  type Step,
  type Summary,
} from '../schema';
import { citationsOf } from './citations';
import { usedIds, type ItemFields, type ItemOf, type Known } from './items';

/** Reference fields that hold a list of ids. */
export type ListField = 'factIds' | 'soWhatIds' | 'basedOn' | 'personIds';

export type AddEdit = {
  readonly [C in Collection]: {
    readonly type: 'add';
    readonly collection: C;
    readonly item: ItemOf<C>;
    /** Where to put it; the end when absent. */
    readonly index?: number;
  };
}[Collection];

export type UpdateEdit = {
  readonly [C in Collection]: {
    readonly type: 'update';
    readonly collection: C;
    readonly id: string;
    /** Fields to set; a field set to `undefined` is removed (only optional ones may be). */
    readonly patch: Partial<ItemFields<C>>;
  };
}[Collection];

export type Edit =
  | { readonly type: 'account'; readonly patch: Partial<Known<Account>> }
  /** The executive summary; a field set to `undefined` (or an emptied summary) is removed. */
  | { readonly type: 'summary'; readonly patch: Partial<Known<Summary>> }
  /** A step's message title; '' or undefined removes it. */
  | { readonly type: 'headline'; readonly step: Step; readonly text: string | undefined }
  /** Completes an account review: the record and a snapshot of the plan as it is now. */
  | { readonly type: 'complete-review'; readonly record: ReviewRecord }
  | AddEdit
  | UpdateEdit
  | { readonly type: 'remove'; readonly collection: Collection; readonly id: string }
  | {
      readonly type: 'move';
      readonly collection: Collection;
      readonly id: string;
      /** The index the item ends up at, clamped to the collection. */
      readonly to: number;
    }
  | {
      readonly type: 'link' | 'unlink';
      readonly collection: Collection;
      readonly id: string;
      readonly field: ListField;
      readonly target: string;
    }
  /** Several edits as one step (one undo): all apply, or none. */
  | { readonly type: 'batch'; readonly edits: readonly Edit[] };

export type EditResult =
  { readonly ok: true; readonly plan: Plan } | { readonly ok: false; readonly reason: Localized };

/** The method's limits: a collection at its limit refuses one more, with the method's reason. */
export const LIMITS: Partial<Readonly<Record<Collection, { max: number; reason: Localized }>>> = {
  opportunities: {
    max: MAX_OPPORTUNITIES,
    reason: {
      de: `Der Plan fokussiert auf die Top ${MAX_OPPORTUNITIES} Chancen: die So-whats konsolidieren und auf den Punkt bringen. Fassen Sie zwei zusammen oder ersetzen Sie die schwächste.`,
      en: `The plan focuses on the top ${MAX_OPPORTUNITIES} opportunities: consolidate the so-whats and bring them to the point. Merge two, or replace the weakest.`,
    },
  },
  risks: {
    max: MAX_RISKS,
    reason: {
      de: `Der Plan fokussiert auf die Top ${MAX_RISKS} Risiken: die So-whats konsolidieren und auf den Punkt bringen. Fassen Sie zwei zusammen oder ersetzen Sie das schwächste.`,
      en: `The plan focuses on the top ${MAX_RISKS} risks: consolidate the so-whats and bring them to the point. Merge two, or replace the weakest.`,
    },
  },
  goals: {
    max: MAX_GOALS,
    reason: {
      de: `Aus den 2 × 5 Top-Chancen und -Risiken werden höchstens ${MAX_GOALS} strategisch wichtige Ziele — so verdichtet sich die Geschichte zum Kern des Plans. Schärfen oder ersetzen Sie ein bestehendes Ziel.`,
      en: `The 2 × 5 top opportunities and risks become at most ${MAX_GOALS} strategic goals — that is how the story condenses to the core of the plan. Sharpen or replace an existing goal.`,
    },
  },
};

const ITEM_SCHEMAS = {
  facts: factSchema,
  gaps: gapSchema,
  people: personSchema,
  soWhats: soWhatSchema,
  opportunities: focusItemSchema,
  risks: focusItemSchema,
  goals: goalSchema,
  strategies: strategySchema,
  actions: actionSchema,
} as const;

function refuse(de: string, en: string): EditResult {
  return { ok: false, reason: { de, en } };
}

function notFound(collection: Collection, id: string): EditResult {
  const noun = ITEM_NOUNS[collection].one;
  return refuse(
    `${noun.de} „${id}“ ist nicht (mehr) im Plan.`,
    `The ${noun.en} "${id}" is not in the plan (any more).`,
  );
}

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

function itemsOf(plan: Plan, collection: Collection): readonly Item[] {
  return plan[collection];
}

function withItems(plan: Plan, collection: Collection, items: readonly Item[]): Plan {
  return { ...plan, [collection]: items };
}

/** Removes the fields set to undefined: an optional field the user cleared is absent, not null. */
function merged(item: Item, patch: Readonly<Record<string, unknown>>): Item {
  const out: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as Item;
}

function invalid(collection: Collection, item: Item): EditResult | undefined {
  const parsed = ITEM_SCHEMAS[collection].safeParse(item);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return refuse(
    `Ungültiger Wert${field ? ` für „${field}“` : ''}: ${issue?.message ?? ''}`,
    `Not a valid value${field ? ` for "${field}"` : ''}: ${issue?.message ?? ''}`,
  );
}

/** Where each id lives, for checking the references an edit sets. */
function owners(plan: Plan): Map<string, Collection> {
  const map = new Map<string, Collection>();
  for (const collection of Object.keys(ITEM_SCHEMAS) as Collection[]) {
    for (const item of itemsOf(plan, collection)) map.set(item.id, collection);
  }
  return map;
}

/** The first reference of `item` (only the fields in `fields`) that points nowhere it may. */
function danglingReference(
  plan: Plan,
  collection: Collection,
  item: Item,
  fields: ReadonlySet<string> | undefined,
): EditResult | undefined {
  let map: Map<string, Collection> | undefined;
  for (const reference of REFERENCES) {
    if (reference.from !== collection) continue;
    if (fields && !fields.has(reference.field)) continue;
    const value = item[reference.field];
    // The item passed the schema before this check: references are strings.
    const targets: readonly string[] = Array.isArray(value)
      ? (value as string[])
      : typeof value === 'string'
        ? [value]
        : [];
    for (const target of targets) {
      map ??= owners(plan);
      const owner = map.get(target);
      if (owner === undefined || !reference.to.includes(owner)) {
        return refuse(
          `„${target}“ kann in „${reference.field}“ nicht stehen: kein passender Eintrag im Plan.`,
          `"${target}" cannot stand in "${reference.field}": no such item in the plan.`,
        );
      }
    }
  }
  return undefined;
}

function add(
  plan: Plan,
  collection: Collection,
  item: Item,
  index: number | undefined,
): EditResult {
  const limit = LIMITS[collection];
  if (limit && plan[collection].length >= limit.max) return { ok: false, reason: limit.reason };
  if (typeof item.id !== 'string' || item.id === '' || usedIds(plan).has(item.id)) {
    return refuse(
      `Die Id „${String(item.id)}“ ist schon vergeben.`,
      `The id "${String(item.id)}" is already taken.`,
    );
  }
  const problem = invalid(collection, item) ?? danglingReference(plan, collection, item, undefined);
  if (problem) return problem;
  const items = [...itemsOf(plan, collection)];
  const at = index === undefined ? items.length : Math.max(0, Math.min(items.length, index));
  items.splice(at, 0, item);
  return { ok: true, plan: withItems(plan, collection, items) };
}

function update(
  plan: Plan,
  collection: Collection,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): EditResult {
  if ('id' in patch) return refuse('Die Id eines Eintrags bleibt.', "An item's id cannot change.");
  const items = itemsOf(plan, collection);
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return notFound(collection, id);
  const item = merged(items[index]!, patch);
  const problem =
    invalid(collection, item) ??
    danglingReference(plan, collection, item, new Set(Object.keys(patch)));
  if (problem) return problem;
  const next = [...items];
  next[index] = item;
  return { ok: true, plan: withItems(plan, collection, next) };
}

function remove(plan: Plan, collection: Collection, id: string): EditResult {
  if (!itemsOf(plan, collection).some((item) => item.id === id)) return notFound(collection, id);
  const citations = citationsOf(plan, id);
  const gone = new Set([id, ...citations.filter((c) => c.effect === 'remove').map((c) => c.id)]);
  let next: Plan = withItems(
    plan,
    collection,
    itemsOf(plan, collection).filter((item) => item.id !== id),
  );
  for (const citation of citations) {
    if (citation.effect === 'remove') {
      next = withItems(
        next,
        citation.collection,
        itemsOf(next, citation.collection).filter((item) => item.id !== citation.id),
      );
    }
  }
  // Take every reference to what went out of what stays.
  for (const reference of REFERENCES) {
    const items = itemsOf(next, reference.from);
    if (!items.some((item) => citations.some((c) => c.id === item.id))) continue;
    next = withItems(
      next,
      reference.from,
      items.map((item) => {
        const value = item[reference.field];
        if (reference.many && Array.isArray(value)) {
          const kept = (value as string[]).filter((target) => !gone.has(target));
          return kept.length === value.length ? item : { ...item, [reference.field]: kept };
        }
        if (typeof value === 'string' && gone.has(value)) {
          const { [reference.field]: _dropped, ...rest } = item;
          return rest as Item;
        }
        return item;
      }),
    );
  }
  return { ok: true, plan: next };
}

function move(plan: Plan, collection: Collection, id: string, to: number): EditResult {
  const items = [...itemsOf(plan, collection)];
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return notFound(collection, id);
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(to)));
  if (target === from) return { ok: true, plan };
  const [item] = items.splice(from, 1);
  items.splice(target, 0, item!);
  return { ok: true, plan: withItems(plan, collection, items) };
}

function link(plan: Plan, edit: Extract<Edit, { type: 'link' | 'unlink' }>): EditResult {
  const reference = REFERENCES.find(
    (r) => r.from === edit.collection && r.field === edit.field && r.many,
  );
  if (!reference) {
    return refuse(
      `„${edit.field}“ ist keine Liste von Verweisen.`,
      `"${edit.field}" is not a list of references.`,
    );
  }
  const item = itemsOf(plan, edit.collection).find((i) => i.id === edit.id);
  if (!item) return notFound(edit.collection, edit.id);
  const current = (item[edit.field] as readonly string[] | undefined) ?? [];
  const has = current.includes(edit.target);
  if (edit.type === 'link' ? has : !has) return { ok: true, plan };
  const value =
    edit.type === 'link' ? [...current, edit.target] : current.filter((t) => t !== edit.target);
  return update(plan, edit.collection, edit.id, { [edit.field]: value });
}

function account(plan: Plan, patch: Readonly<Record<string, unknown>>): EditResult {
  const next = merged(plan.account as unknown as Item, patch) as unknown as Account;
  const parsed = accountSchema.safeParse(next);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return refuse(
      `Ungültiger Wert für „${field}“: ${issue?.message ?? ''}`,
      `Not a valid value for "${field}": ${issue?.message ?? ''}`,
    );
  }
  return { ok: true, plan: { ...plan, account: next } };
}

/** A plan with `key` set to `value`, or without the key when the value is empty. */
function withPart(plan: Plan, key: 'summary' | 'headlines', value: Item | undefined): Plan {
  const next: Record<string, unknown> = { ...plan };
  if (value === undefined || Object.keys(value).length === 0) delete next[key];
  else next[key] = value;
  return next as Plan;
}

function summary(plan: Plan, patch: Readonly<Record<string, unknown>>): EditResult {
  const next = merged((plan.summary ?? {}) as Item, patch);
  // An empty list of asks is no asks: the summary holds only what was said.
  if (Array.isArray(next.asks) && next.asks.length === 0)
    delete (next as Record<string, unknown>).asks;
  const parsed = summarySchema.safeParse(next);
  if (!parsed.success) return refuse('Ungültige Zusammenfassung.', 'Not a valid summary.');
  return { ok: true, plan: withPart(plan, 'summary', next) };
}

function headline(plan: Plan, step: Step, text: string | undefined): EditResult {
  const next = merged((plan.headlines ?? {}) as Item, {
    [String(step)]: text === '' ? undefined : text,
  });
  const parsed = headlinesSchema.safeParse(next);
  if (!parsed.success) return refuse('Ungültige Botschaft.', 'Not a valid message title.');
  return { ok: true, plan: withPart(plan, 'headlines', next) };
}

function review(plan: Plan, record: ReviewRecord): EditResult {
  if (!isCalendarDate(record.date)) {
    return refuse(
      'Ein Review braucht ein Datum (JJJJ-MM-TT).',
      'A review needs a date (YYYY-MM-DD).',
    );
  }
  return { ok: true, plan: completeReview(plan, record) };
}

export function applyEdit(plan: Plan, edit: Edit): EditResult {
  switch (edit.type) {
    case 'account':
      return account(plan, edit.patch);
    case 'summary':
      return summary(plan, edit.patch);
    case 'headline':
      return headline(plan, edit.step, edit.text);
    case 'complete-review':
      return review(plan, edit.record);
    case 'add':
      return add(plan, edit.collection, edit.item, edit.index);
    case 'update':
      return update(plan, edit.collection, edit.id, edit.patch);
    case 'remove':
      return remove(plan, edit.collection, edit.id);
    case 'move':
      return move(plan, edit.collection, edit.id, edit.to);
    case 'link':
    case 'unlink':
      return link(plan, edit);
    case 'batch': {
      let current = plan;
      for (const part of edit.edits) {
        const result = applyEdit(current, part);
        if (!result.ok) return result;
        current = result.plan;
      }
      return { ok: true, plan: current };
    }
  }
}
