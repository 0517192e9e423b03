// The customer-safe version of a plan (plan-format-v2.md, "Customer-safe"): what is left for a
// meeting with the customer. It is built from the plan before anything is told or rendered, so
// that no renderer, note or document property can let a left-out item through: what is not in
// the plan cannot be written.
import { REFERENCES } from './references';
import { COLLECTIONS, type Collection, type Plan, type Review, type Snapshot } from './schema';

type Item = Readonly<Record<string, unknown>> & {
  readonly id: string;
  readonly internal?: boolean;
};

/** Whether an item stays, before references are considered. */
const KEEPS: { readonly [C in Collection]: (item: Plan[C][number]) => boolean } = {
  facts: (fact) => fact.area !== 'competition',
  gaps: (gap) => gap.area !== 'competition',
  people: () => true,
  soWhats: (soWhat) => soWhat.kind !== 'risk',
  opportunities: () => true,
  risks: () => false,
  goals: () => true,
  strategies: () => false,
  actions: () => true,
};

/** The fields of a person that say what we think of them. */
const PRIVATE_PERSON_FIELDS = ['attitude', 'influence', 'note'] as const;

function withoutFields<T extends object>(value: T, fields: readonly string[]): T {
  const out = { ...value } as Record<string, unknown>;
  for (const field of fields) delete out[field];
  return out as T;
}

/**
 * The plan cut to what the customer may see. `leftAlso` names items left out wherever they
 * appear: a snapshot loses what the current plan leaves out, so that an item marked internal
 * since the review is not shown as "removed" with its old wording.
 */
function filterPlan<P extends Plan | Snapshot>(
  plan: P,
  leftAlso: ReadonlySet<string> = new Set(),
): { readonly plan: P; readonly left: ReadonlySet<string> } {
  const kept = new Set<string>();
  const left = new Set<string>();
  const lists = {} as Record<Collection, Item[]>;
  for (const collection of COLLECTIONS) {
    const keeps = KEEPS[collection] as (item: Item) => boolean;
    lists[collection] = (plan[collection] as readonly Item[]).filter((item) => {
      const stays = item.internal !== true && keeps(item) && !leftAlso.has(item.id);
      (stays ? kept : left).add(item.id);
      return stays;
    });
  }
  // An action that serves a left-out gap goes with it.
  lists.actions = lists.actions.filter((action) => {
    const gapId = action.gapId;
    const stays = typeof gapId !== 'string' || !left.has(gapId);
    if (!stays) {
      kept.delete(action.id);
      left.add(action.id);
    }
    return stays;
  });
  // Every reference to a left-out item goes; an item that must name one (a strategy's goal)
  // goes too. Strategies are all left out, so no item is lost this way today; the loop still
  // follows the table, so that a new required reference cannot leak.
  for (const reference of REFERENCES) {
    lists[reference.from] = lists[reference.from].flatMap((item) => {
      const value = item[reference.field];
      if (value === undefined) return [item];
      if (Array.isArray(value)) {
        return [{ ...item, [reference.field]: (value as string[]).filter((id) => !left.has(id)) }];
      }
      if (typeof value === 'string' && left.has(value)) {
        return reference.required ? [] : [withoutFields(item, [reference.field])];
      }
      return [item];
    });
  }
  lists.people = lists.people.map((person) => withoutFields(person, PRIVATE_PERSON_FIELDS));
  const out: Record<string, unknown> = { ...plan, ...lists };
  if (plan.summary) out.summary = withoutFields(plan.summary, ['asks']);
  // The message title of step 5 speaks of the strategies, which are all left out.
  if (plan.headlines) out.headlines = withoutFields(plan.headlines, [STRATEGY_STEP]);
  return { plan: out as P, left };
}

const STRATEGY_STEP = '5';

/**
 * The plan without what the customer must not see. The reviews keep snapshots cut the same
 * way, and cut by what the plan leaves out today too: the review page compares them.
 */
export function customerSafe(plan: Plan): Plan {
  const { plan: safe, left } = filterPlan(plan);
  if (!plan.reviews) return safe;
  const reviews: Review[] = plan.reviews.map((review) =>
    review.snapshot ? { ...review, snapshot: filterPlan(review.snapshot, left).plan } : review,
  );
  return { ...safe, reviews };
}
