// Ids are unique across the whole plan and every reference points at an item of the right
// collection. These are input errors, not rule findings: a plan with a dangling reference
// cannot be told as a story at all.
import type { Localized } from './messages';
import { COLLECTIONS, type Collection, type Plan, type Review, type Snapshot } from './schema';
import type { PathSegment } from './read';
import { REFERENCES } from './references';

export interface IdentityProblem {
  readonly kind: 'duplicate-id' | 'missing-reference' | 'review-order';
  readonly path: readonly PathSegment[];
  readonly message: Localized;
}

const ITEM_NAMES: Record<Collection, Localized> = {
  facts: { de: 'eines Fakts', en: 'a fact' },
  gaps: { de: 'einer Datenlücke', en: 'a data gap' },
  people: { de: 'einer Person', en: 'a person' },
  soWhats: { de: 'eines So-what', en: 'a so-what' },
  opportunities: { de: 'einer Chance', en: 'an opportunity' },
  risks: { de: 'eines Risikos', en: 'a risk' },
  goals: { de: 'eines Ziels', en: 'a goal' },
  strategies: { de: 'einer Strategie', en: 'a strategy' },
  actions: { de: 'einer Aktion', en: 'an action' },
};

function expectedNames(to: readonly Collection[]): Localized {
  const [first, second] = to.map((c) => ITEM_NAMES[c]);
  if (first && second)
    return { de: `${first.de} oder ${second.de}`, en: `${first.en} or ${second.en}` };
  return first ?? { de: '', en: '' };
}

export function checkIdentity(plan: Plan): IdentityProblem[] {
  const problems = checkItems(plan);
  // The reviews: each one once, in date order, and each snapshot a whole plan of its own.
  const reviews: readonly Review[] = plan.reviews ?? [];
  // Ids are unique across the whole plan: a review's too.
  const itemPaths = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    plan[collection].forEach((item, index) => {
      if (!itemPaths.has(item.id)) itemPaths.set(item.id, `${collection}[${index}]`);
    });
  }
  const reviewIds = new Map<string, number>();
  reviews.forEach((review, index) => {
    const first = reviewIds.get(review.id);
    const firstPath = first === undefined ? itemPaths.get(review.id) : `reviews[${first}]`;
    if (firstPath === undefined) reviewIds.set(review.id, index);
    else {
      problems.push({
        kind: 'duplicate-id',
        path: ['reviews', index, 'id'],
        message: {
          de: `die Id "${review.id}" ist schon bei ${firstPath} vergeben; Ids müssen im ganzen Plan eindeutig sein.`,
          en: `the id "${review.id}" is already used by ${firstPath}; ids must be unique across the whole plan.`,
        },
      });
    }
    const before = reviews[index - 1];
    if (before && review.date < before.date) {
      problems.push({
        kind: 'review-order',
        path: ['reviews', index, 'date'],
        message: {
          de: `die Reviews stehen in der Reihenfolge ihrer Daten; ${review.date} liegt vor dem Review davor (${before.date}).`,
          en: `reviews are in date order; ${review.date} is before the review above it (${before.date}).`,
        },
      });
    }
    if (review.snapshot) {
      for (const problem of checkItems(review.snapshot)) {
        problems.push({ ...problem, path: ['reviews', index, 'snapshot', ...problem.path] });
      }
    }
  });
  return problems;
}

function checkItems(plan: Plan | Snapshot): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const owner = new Map<string, { collection: Collection; index: number }>();
  for (const collection of COLLECTIONS) {
    plan[collection].forEach((item, index) => {
      const first = owner.get(item.id);
      if (first) {
        const firstPath = `${first.collection}[${first.index}]`;
        problems.push({
          kind: 'duplicate-id',
          path: [collection, index, 'id'],
          message: {
            de: `die Id "${item.id}" ist schon bei ${firstPath} vergeben; Ids müssen im ganzen Plan eindeutig sein.`,
            en: `the id "${item.id}" is already used by ${firstPath}; ids must be unique across the whole plan.`,
          },
        });
      } else {
        owner.set(item.id, { collection, index });
      }
    });
  }
  for (const reference of REFERENCES) {
    const items = plan[reference.from] as readonly Record<string, unknown>[];
    items.forEach((item, index) => {
      const value = item[reference.field];
      const targets = Array.isArray(value)
        ? (value as string[])
        : typeof value === 'string'
          ? [value]
          : [];
      targets.forEach((target, position) => {
        const found = owner.get(target);
        if (found && reference.to.includes(found.collection)) return;
        const path: PathSegment[] = Array.isArray(value)
          ? [reference.from, index, reference.field, position]
          : [reference.from, index, reference.field];
        const expected = expectedNames(reference.to);
        const actually = found
          ? {
              de: ` (es ist die Id ${ITEM_NAMES[found.collection].de})`,
              en: ` (it is the id of ${ITEM_NAMES[found.collection].en})`,
            }
          : { de: ' (keine solche Id im Plan)', en: ' (no such id in the plan)' };
        problems.push({
          kind: 'missing-reference',
          path,
          message: {
            de: `"${target}" ist nicht die Id ${expected.de}${actually.de}.`,
            en: `"${target}" is not the id of ${expected.en}${actually.en}.`,
          },
        });
      });
    });
  }
  return problems;
}
