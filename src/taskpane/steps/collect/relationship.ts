// The relationship gap (plan-format-v2.md, new rules): a decision-maker, or a person of high
// influence who is a critic, whom no action addresses. Shown on the person in step 1, where the
// buying centre is filled in, so the gap is seen where it is made. The same judgement as the
// red-thread rule `relationship-gap` (src/plan/rules.ts), at once rather than when typing pauses.
import type { Action, Person } from '../../../plan';

export type GapReason = 'decider' | 'critic';

/** Why this person is a relationship gap, or undefined when they are not one. */
export function relationshipGap(person: Person, actions: readonly Action[]): GapReason | undefined {
  const reason: GapReason | undefined =
    person.buyingRole === 'decision-maker'
      ? 'decider'
      : person.influence === 'high' && person.attitude === 'critic'
        ? 'critic'
        : undefined;
  if (reason === undefined) return undefined;
  return addressing(person, actions).length > 0 ? undefined : reason;
}

/** The actions that address a person; a dropped action addresses no one any more. */
export function addressing(person: Person, actions: readonly Action[]): Action[] {
  return actions.filter(
    (action) => action.status !== 'dropped' && (action.personIds ?? []).includes(person.id),
  );
}
