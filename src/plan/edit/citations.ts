// Who cites an item, and what removing it does to them: the editor asks before it removes an item
// that others cite, and then removes the references too, so the plan never holds a dangling one.
import { REFERENCES, type Reference } from '../references';
import type { Collection, Plan } from '../schema';

/** One item that refers to the item about to go, and what happens to it. */
export interface Citation {
  readonly collection: Collection;
  readonly id: string;
  readonly field: string;
  /**
   * `unlink`: the reference is taken out and the item stays. `remove`: the item cannot exist
   * without its target (a strategy without its goal) and goes too.
   */
  readonly effect: 'unlink' | 'remove';
}

function cites(reference: Reference, item: Readonly<Record<string, unknown>>, id: string): boolean {
  const value = item[reference.field];
  return reference.many ? Array.isArray(value) && value.includes(id) : value === id;
}

/**
 * Every item that refers to `id`, directly or through an item that goes with it (removing a goal
 * removes its strategy, and the strategy's actions then lose their link). In plan order, each
 * item once.
 */
export function citationsOf(plan: Plan, id: string): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const going = [id];
  while (going.length > 0) {
    const target = going.shift()!;
    for (const reference of REFERENCES) {
      const items = plan[reference.from] as readonly Readonly<Record<string, unknown>>[];
      for (const item of items) {
        const itemId = item.id as string;
        if (itemId === id || seen.has(itemId) || !cites(reference, item, target)) continue;
        seen.add(itemId);
        const effect = reference.required ? 'remove' : 'unlink';
        out.push({ collection: reference.from, id: itemId, field: reference.field, effect });
        if (effect === 'remove') going.push(itemId);
      }
    }
  }
  return out;
}
