// The relationship gap as step 1 shows it on a person is the red-thread rule's judgement: the
// same people, for every mix of buying role, influence, attitude and addressing actions.
import fc from 'fast-check';
import { checkPlan } from '../../src/plan/rules';
import { ATTITUDES, BUYING_ROLES, LEVELS, STATUSES, type Person } from '../../src/plan/schema';
import { relationshipGap } from '../../src/taskpane/steps/collect/relationship';
import { makeAction, makePlan } from '../builders';

describe('the relationship gap on a person', () => {
  it('names a decision-maker and an influential critic, until a live action addresses them', () => {
    const boss: Person = { id: 'P1', name: 'Boss', buyingRole: 'decision-maker' };
    const critic: Person = { id: 'P2', name: 'Critic', influence: 'high', attitude: 'critic' };
    const user: Person = { id: 'P3', name: 'User', buyingRole: 'user', attitude: 'critic' };
    expect([boss, critic, user].map((p) => relationshipGap(p, []))).toEqual([
      'decider',
      'critic',
      undefined,
    ]);
    const dropped = makeAction({ personIds: ['P1'], status: 'dropped' });
    expect(relationshipGap(boss, [dropped])).toBe('decider');
    expect(relationshipGap(boss, [{ ...dropped, status: 'open' }])).toBeUndefined();
  });

  it('agrees with the red-thread rule for any buying centre', () => {
    const optional = <T>(values: readonly T[]) =>
      fc.option(fc.constantFrom(...values), { nil: undefined });
    const person = fc.record({
      buyingRole: optional(BUYING_ROLES),
      influence: optional(LEVELS),
      attitude: optional(ATTITUDES),
      addressedBy: optional(STATUSES),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 6 }), (drawn) => {
        const people: Person[] = drawn.map((d, i) => ({
          id: `P${i + 1}`,
          name: `Person ${i + 1}`,
          ...(d.buyingRole ? { buyingRole: d.buyingRole } : {}),
          ...(d.influence ? { influence: d.influence } : {}),
          ...(d.attitude ? { attitude: d.attitude } : {}),
        }));
        const actions = drawn.flatMap((d, i) =>
          d.addressedBy
            ? [makeAction({ id: `A${i + 10}`, personIds: [`P${i + 1}`], status: d.addressedBy })]
            : [],
        );
        const plan = makePlan({ people, actions: [...makePlan().actions, ...actions] });
        const ruled = new Set(
          checkPlan(plan, (id) => id, '2027-01-15')
            .filter((f) => f.code === 'relationship-gap')
            .flatMap((f) => f.ids),
        );
        const shown = new Set(
          people.filter((p) => relationshipGap(p, plan.actions) !== undefined).map((p) => p.id),
        );
        expect(shown).toEqual(ruled);
      }),
      { numRuns: 200 },
    );
  });
});
