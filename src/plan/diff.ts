// What changed between two plans (plan-format-v2.md, `kap diff`; the review page): item by item,
// matched by id. Pure data: the command line and the story word it in either language.
import { COLLECTIONS, type Collection, type Plan, type Review, type Snapshot } from './schema';

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

/** One field of an item, an account field or a summary field, before and after. */
export interface FieldChange {
  readonly field: string;
  /** Absent when the field was not set. */
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface ItemChange {
  readonly collection: Collection;
  readonly id: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The item as it was (removed, changed) and as it is (added, changed). */
  readonly before?: Item;
  readonly after?: Item;
  /** For a changed item: the fields that differ, in the item's field order. */
  readonly fields: readonly FieldChange[];
  /**
   * For an item in both plans whose place among the items kept in both differs (ranked up or
   * down, moved in the list): its 0-based position before and after.
   */
  readonly moved?: { readonly before: number; readonly after: number };
}

/** An action whose status changed (also listed among the changes). */
export interface StatusChange {
  readonly id: string;
  readonly before: string;
  readonly after: string;
}

export interface PlanDiff {
  /** Changes of items, in story order of the collections, each in the new plan's order. */
  readonly items: readonly ItemChange[];
  /** Changed fields of `account`, `summary` and `headlines`, as `account.name`, `headlines.3`. */
  readonly plan: readonly FieldChange[];
  readonly statuses: readonly StatusChange[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function fieldChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  prefix = '',
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const out: FieldChange[] = [];
  for (const key of keys) {
    const had = Object.hasOwn(before, key);
    const has = Object.hasOwn(after, key);
    if (had && has && same(before[key], after[key])) continue;
    out.push({
      field: `${prefix}${key}`,
      ...(had ? { before: before[key] } : {}),
      ...(has ? { after: after[key] } : {}),
    });
  }
  return out;
}

/** Positions in each list of the ids both lists hold. */
function commonOrder(ids: readonly string[], others: ReadonlySet<string>): Map<string, number> {
  const order = new Map<string, number>();
  for (const id of ids) if (others.has(id) && !order.has(id)) order.set(id, order.size);
  return order;
}

const STATUS_DEFAULT = 'open';

function withStatus(item: Item): Item {
  return item.status === undefined ? { ...item, status: STATUS_DEFAULT } : item;
}

/** The field that names an item of each kind: what a reader recognises it by. */
export const NAME_FIELDS: Readonly<Record<Collection, string>> = {
  facts: 'text',
  gaps: 'question',
  people: 'name',
  soWhats: 'text',
  opportunities: 'title',
  risks: 'title',
  goals: 'title',
  strategies: 'text',
  actions: 'what',
};

/** The text an item is recognised by (its name field), '' when it has none. */
export function itemName(collection: Collection, item: Readonly<Record<string, unknown>>): string {
  const value = item[NAME_FIELDS[collection]];
  return typeof value === 'string' ? value : '';
}

/**
 * What changed from `before` to `after`. Items are matched by id within each collection. To
 * compare a review's snapshot with the plan, give the plan as a snapshot too (snapshotOf): a
 * snapshot has no reviews, and the plan's own would count as a change.
 */
export function diffPlans(before: Plan | Snapshot, after: Plan | Snapshot): PlanDiff {
  const items: ItemChange[] = [];
  const statuses: StatusChange[] = [];
  for (const collection of COLLECTIONS) {
    const old = before[collection] as readonly Item[];
    const now = after[collection] as readonly Item[];
    const oldById = new Map(old.map((item) => [item.id, item] as const));
    const nowById = new Map(now.map((item) => [item.id, item] as const));
    const oldIds = new Set(oldById.keys());
    const nowIds = new Set(nowById.keys());
    const oldOrder = commonOrder(
      old.map((i) => i.id),
      nowIds,
    );
    const nowOrder = commonOrder(
      now.map((i) => i.id),
      oldIds,
    );
    for (const item of old) {
      if (!nowById.has(item.id)) {
        items.push({ collection, id: item.id, change: 'removed', before: item, fields: [] });
      }
    }
    for (const item of now) {
      const was = oldById.get(item.id);
      if (!was) {
        items.push({ collection, id: item.id, change: 'added', after: item, fields: [] });
        continue;
      }
      // An action without a status is open: writing "open" down changes nothing.
      const fields =
        collection === 'actions'
          ? fieldChanges(withStatus(was), withStatus(item))
          : fieldChanges(was, item);
      const from = oldOrder.get(item.id) ?? 0;
      const to = nowOrder.get(item.id) ?? 0;
      const moved = from !== to ? { before: from, after: to } : undefined;
      if (fields.length === 0 && !moved) continue;
      items.push({
        collection,
        id: item.id,
        change: 'changed',
        before: was,
        after: item,
        fields,
        ...(moved ? { moved } : {}),
      });
      if (collection === 'actions') {
        const a = typeof was.status === 'string' ? was.status : STATUS_DEFAULT;
        const b = typeof item.status === 'string' ? item.status : STATUS_DEFAULT;
        if (a !== b) statuses.push({ id: item.id, before: a, after: b });
      }
    }
  }
  // The reviews by their ids and dates: a review completed since is a change of the plan.
  const reviewsOf = (plan: Plan | Snapshot): string[] => {
    const reviews: readonly Review[] =
      'reviews' in plan && Array.isArray(plan.reviews) ? plan.reviews : [];
    return reviews.map((review) => `${review.id} ${review.date}`);
  };
  const plan = [
    ...fieldChanges(before.account, after.account, 'account.'),
    ...fieldChanges(before.summary ?? {}, after.summary ?? {}, 'summary.'),
    ...fieldChanges(before.headlines ?? {}, after.headlines ?? {}, 'headlines.'),
    ...fieldChanges({ reviews: reviewsOf(before) }, { reviews: reviewsOf(after) }),
  ];
  return { items, plan, statuses };
}

/** True when the two plans tell the same content (the diff is empty). */
export function isUnchanged(diff: PlanDiff): boolean {
  return diff.items.length === 0 && diff.plan.length === 0;
}
