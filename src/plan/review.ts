// The account review (plan-format-v2.md, `reviews`): completing one keeps a snapshot of the plan
// as it stood, so that the next review can show what changed since. Pure functions on the plan.
import type { Plan, Review, Snapshot } from './schema';

/** The plan as a review keeps it: everything but the reviews themselves. */
export function snapshotOf(plan: Plan): Snapshot {
  const { reviews: _reviews, ...rest } = plan;
  // A JSON round trip, not structuredClone: Office on older Macs runs Safari before 15.4, which
  // lacks it, and a plan is JSON through and through.
  return JSON.parse(JSON.stringify(rest)) as Snapshot;
}

/** The review completed last (reviews are in date order), if any. */
export function lastReview(plan: Plan): Review | undefined {
  return plan.reviews?.at(-1);
}

/** What a user records when completing a review. */
export interface ReviewRecord {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly participants?: readonly string[];
  readonly notes?: string;
}

/** The next free review id: RV1, RV2 … */
function nextReviewId(plan: Plan): string {
  let highest = 0;
  for (const review of plan.reviews ?? []) {
    const match = /^RV(\d+)$/.exec(review.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `RV${highest + 1}`;
}

/**
 * The plan with one more review: the record and a snapshot of the plan as it is now. A review
 * dated before the last one is placed in date order, so the file stays valid.
 */
export function completeReview(plan: Plan, record: ReviewRecord): Plan {
  const participants = (record.participants ?? []).map((p) => p.trim()).filter((p) => p !== '');
  const notes = record.notes?.trim();
  const review: Review = {
    id: nextReviewId(plan),
    date: record.date,
    ...(participants.length > 0 ? { participants } : {}),
    ...(notes ? { notes } : {}),
    snapshot: snapshotOf(plan),
  };
  const reviews = [...(plan.reviews ?? []), review].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  return { ...plan, reviews };
}
