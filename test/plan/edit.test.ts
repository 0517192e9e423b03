// The editor's edits as plain functions: each one yields a plan the reader accepts or is refused
// with a reason, never changes its input, and keeps every reference whole.
import fc from 'fast-check';
import {
  applyEdit,
  citationsOf,
  emptyItem,
  nextId,
  newPlan,
  type Edit,
  type EditResult,
} from '../../src/plan/edit';
import { validatePlanValue } from '../../src/plan/read';
import {
  AREAS,
  COLLECTIONS,
  LEVERS,
  SO_WHAT_KINDS,
  STATUSES,
  type Collection,
  type Plan,
} from '../../src/plan/schema';
import { makeAction, makeFact, makeGoal, makeOpportunity, makePlan, makeRisk } from '../builders';

function ok(result: EditResult): Plan {
  if (!result.ok) throw new Error(`refused: ${result.reason.en}`);
  const read = validatePlanValue(result.plan);
  if (!read.ok)
    throw new Error(`invalid plan: ${read.problems.map((p) => p.message.en).join('; ')}`);
  return result.plan;
}

function refused(result: EditResult): string {
  if (result.ok) throw new Error('expected the edit to be refused');
  return result.reason.en;
}

describe('new plans and ids', () => {
  it('starts an empty plan the reader accepts, with the account the user gave', () => {
    const plan = newPlan({
      name: 'Northwind Health',
      planOwner: 'Sam Lee',
      periodStart: '2027-04-01',
      language: 'en',
    });
    expect(validatePlanValue(plan).ok).toBe(true);
    expect(plan.account).toEqual({
      name: 'Northwind Health',
      planOwner: 'Sam Lee',
      periodStart: '2027-04-01',
      language: 'en',
    });
    expect(COLLECTIONS.every((c) => plan[c].length === 0)).toBe(true);
  });

  it('leaves out an owner that is only blanks', () => {
    const plan = newPlan({ name: 'X', planOwner: '  ', periodStart: '2027-01-01', language: 'de' });
    expect('planOwner' in plan.account).toBe(false);
  });

  it('gives the next number of the collection prefix, unique across the whole plan', () => {
    const plan = makePlan();
    expect(nextId(plan, 'facts')).toBe('F3');
    expect(nextId(plan, 'strategies')).toBe('ST2');
    expect(nextId(plan, 'soWhats')).toBe('S3'); // ST1 does not count as an S id
    // Ids from elsewhere: a fact called "Z2" blocks the goal id Z2.
    const odd = makePlan({ facts: [makeFact({ id: 'Z2' })], soWhats: [], strategies: [] });
    expect(nextId(odd, 'goals')).toBe('Z3');
    const gapped = makePlan({ goals: [makeGoal({ id: 'Z7' })], strategies: [] });
    expect(nextId(gapped, 'goals')).toBe('Z8');
  });
});

describe('add', () => {
  it('adds an item at the end or at an index', () => {
    const plan = makePlan();
    const end = ok(
      applyEdit(plan, { type: 'add', collection: 'facts', item: makeFact({ id: 'F3' }) }),
    );
    expect(end.facts.map((f) => f.id)).toEqual(['F1', 'F2', 'F3']);
    const first = ok(
      applyEdit(plan, {
        type: 'add',
        collection: 'facts',
        item: makeFact({ id: 'F3' }),
        index: 0,
      }),
    );
    expect(first.facts.map((f) => f.id)).toEqual(['F3', 'F1', 'F2']);
    expect(plan.facts).toHaveLength(2); // the input stays as it was
  });

  it('refuses an id that is taken anywhere in the plan', () => {
    const plan = makePlan();
    expect(
      refused(applyEdit(plan, { type: 'add', collection: 'gaps', item: emptyItem('gaps', 'F1') })),
    ).toMatch(/already taken/);
  });

  it('refuses a sixth opportunity or risk and a fourth goal with the method’s reason', () => {
    const five = Array.from({ length: 5 }, (_, i) => makeOpportunity({ id: `O${i + 1}` }));
    const plan = makePlan({ opportunities: five, goals: [], strategies: [], actions: [] });
    expect(
      refused(
        applyEdit(plan, {
          type: 'add',
          collection: 'opportunities',
          item: emptyItem('opportunities', 'O6'),
        }),
      ),
    ).toMatch(/top 5 opportunities/);
    const risks = Array.from({ length: 5 }, (_, i) => makeRisk({ id: `R${i + 1}` }));
    expect(
      refused(
        applyEdit(makePlan({ risks, goals: [], strategies: [], actions: [] }), {
          type: 'add',
          collection: 'risks',
          item: emptyItem('risks', 'R6'),
        }),
      ),
    ).toMatch(/top 5 risks/);
    const goals = Array.from({ length: 3 }, (_, i) => makeGoal({ id: `Z${i + 1}` }));
    expect(
      refused(
        applyEdit(makePlan({ goals, strategies: [], actions: [] }), {
          type: 'add',
          collection: 'goals',
          item: emptyItem('goals', 'Z4'),
        }),
      ),
    ).toMatch(/at most 3 strategic goals/);
  });

  it('refuses an item whose references point nowhere or at the wrong kind', () => {
    const plan = makePlan();
    expect(
      refused(
        applyEdit(plan, {
          type: 'add',
          collection: 'soWhats',
          item: emptyItem('soWhats', 'S9', { factIds: ['F404'] }),
        }),
      ),
    ).toMatch(/"F404" cannot stand in "factIds"/);
    expect(
      refused(
        applyEdit(plan, {
          type: 'add',
          collection: 'actions',
          item: emptyItem('actions', 'A9', { gapId: 'F1' }),
        }),
      ),
    ).toMatch(/"F1" cannot stand in "gapId"/);
  });

  it('adds the action that closes a gap, linked by gapId', () => {
    const plan = makePlan({ actions: [makeAction()] });
    const next = ok(
      applyEdit(plan, {
        type: 'add',
        collection: 'actions',
        item: emptyItem('actions', 'A9', { gapId: 'G1', who: 'Sam', due: '2027-03-01' }),
      }),
    );
    expect(next.actions.at(-1)).toEqual({
      id: 'A9',
      what: '',
      who: 'Sam',
      due: '2027-03-01',
      status: 'open',
      gapId: 'G1',
    });
  });
});

describe('update', () => {
  it('sets fields and keeps fields the format does not know', () => {
    const base = makePlan();
    const plan = makePlan({ facts: [{ ...makeFact(), extra: { kept: true } }, base.facts[1]!] });
    const next = ok(
      applyEdit(plan, { type: 'update', collection: 'facts', id: 'F1', patch: { text: 'New' } }),
    );
    expect(next.facts[0]).toEqual({ ...makeFact(), extra: { kept: true }, text: 'New' });
    expect(next.facts).not.toBe(plan.facts);
    expect(next.gaps).toBe(plan.gaps); // untouched collections are shared, not copied
  });

  it('removes an optional field set to undefined, and refuses to remove a required one', () => {
    const plan = makePlan();
    const next = ok(
      applyEdit(plan, {
        type: 'update',
        collection: 'facts',
        id: 'F1',
        patch: { source: undefined },
      }),
    );
    expect('source' in next.facts[0]!).toBe(false);
    expect(
      refused(
        applyEdit(plan, {
          type: 'update',
          collection: 'facts',
          id: 'F1',
          patch: { text: undefined },
        }),
      ),
    ).toMatch(/for "text"/);
  });

  it('refuses a date that is not a calendar date, an id change and an unknown item', () => {
    const plan = makePlan();
    expect(
      refused(
        applyEdit(plan, {
          type: 'update',
          collection: 'goals',
          id: 'Z1',
          patch: { due: '2027-02-30' },
        }),
      ),
    ).toMatch(/for "due"/);
    expect(
      refused(
        applyEdit(plan, {
          type: 'update',
          collection: 'goals',
          id: 'Z1',
          patch: { id: 'Z2' } as never,
        }),
      ),
    ).toMatch(/id cannot change/);
    expect(
      refused(applyEdit(plan, { type: 'update', collection: 'goals', id: 'Z9', patch: {} })),
    ).toMatch(/not in the plan/);
  });

  it('switches an action from a strategy to a gap in one edit', () => {
    const plan = makePlan();
    const next = ok(
      applyEdit(plan, {
        type: 'update',
        collection: 'actions',
        id: 'A1',
        patch: { strategyId: undefined, gapId: 'G1' },
      }),
    );
    expect(next.actions[0]).toMatchObject({ gapId: 'G1' });
    expect('strategyId' in next.actions[0]!).toBe(false);
  });

  it('changes the account, but never to an empty name or a date that is not one', () => {
    const plan = makePlan();
    expect(
      ok(applyEdit(plan, { type: 'account', patch: { language: 'de' } })).account.language,
    ).toBe('de');
    expect(refused(applyEdit(plan, { type: 'account', patch: { name: '' } }))).toMatch(/name/);
    expect(
      refused(applyEdit(plan, { type: 'account', patch: { periodStart: '2027-13-01' } })),
    ).toMatch(/periodStart/);
  });
});

describe('remove', () => {
  it('names who cites an item and takes the references out', () => {
    const plan = makePlan();
    expect(citationsOf(plan, 'F1')).toEqual([
      { collection: 'soWhats', id: 'S1', field: 'factIds', effect: 'unlink' },
      { collection: 'strategies', id: 'ST1', field: 'factIds', effect: 'unlink' },
    ]);
    const next = ok(applyEdit(plan, { type: 'remove', collection: 'facts', id: 'F1' }));
    expect(next.facts.map((f) => f.id)).toEqual(['F2']);
    expect(next.soWhats[0]!.factIds).toEqual([]);
    expect(next.strategies[0]!.factIds).toEqual(['F2']);
  });

  it('removes a goal’s strategy with it, and unlinks the strategy’s actions', () => {
    const plan = makePlan();
    expect(citationsOf(plan, 'Z1')).toEqual([
      { collection: 'strategies', id: 'ST1', field: 'goalId', effect: 'remove' },
      { collection: 'actions', id: 'A1', field: 'strategyId', effect: 'unlink' },
    ]);
    const next = ok(applyEdit(plan, { type: 'remove', collection: 'goals', id: 'Z1' }));
    expect(next.goals).toEqual([]);
    expect(next.strategies).toEqual([]);
    expect('strategyId' in next.actions[0]!).toBe(false);
    expect(next.actions[1]).toEqual(plan.actions[1]); // the gap's action is untouched
  });

  it('unlinks a gap from the action that closes it, and a so-what from the top items', () => {
    const plan = makePlan();
    const noGap = ok(applyEdit(plan, { type: 'remove', collection: 'gaps', id: 'G1' }));
    expect('gapId' in noGap.actions[1]!).toBe(false);
    const noSoWhat = ok(applyEdit(plan, { type: 'remove', collection: 'soWhats', id: 'S2' }));
    expect(noSoWhat.risks[0]!.soWhatIds).toEqual([]);
  });

  it('has nobody to ask about an item nobody cites', () => {
    expect(citationsOf(makePlan(), 'A1')).toEqual([]);
  });
});

describe('move, link and batch', () => {
  const ranked = makePlan({
    opportunities: ['O1', 'O2', 'O3'].map((id) => makeOpportunity({ id })),
  });

  it('moves an item to a rank, clamped to the list', () => {
    const ids = (p: Plan) => p.opportunities.map((o) => o.id);
    expect(
      ids(ok(applyEdit(ranked, { type: 'move', collection: 'opportunities', id: 'O3', to: 0 }))),
    ).toEqual(['O3', 'O1', 'O2']);
    expect(
      ids(ok(applyEdit(ranked, { type: 'move', collection: 'opportunities', id: 'O1', to: 9 }))),
    ).toEqual(['O2', 'O3', 'O1']);
    expect(
      applyEdit(ranked, { type: 'move', collection: 'opportunities', id: 'O2', to: 1 }),
    ).toEqual({ ok: true, plan: ranked });
  });

  it('links and unlinks a reference once, and refuses a target of the wrong kind', () => {
    const plan = makePlan();
    const linked = ok(
      applyEdit(plan, {
        type: 'link',
        collection: 'soWhats',
        id: 'S1',
        field: 'factIds',
        target: 'F2',
      }),
    );
    expect(linked.soWhats[0]!.factIds).toEqual(['F1', 'F2']);
    expect(
      ok(
        applyEdit(linked, {
          type: 'link',
          collection: 'soWhats',
          id: 'S1',
          field: 'factIds',
          target: 'F2',
        }),
      ).soWhats[0]!.factIds,
    ).toEqual(['F1', 'F2']);
    expect(
      ok(
        applyEdit(linked, {
          type: 'unlink',
          collection: 'soWhats',
          id: 'S1',
          field: 'factIds',
          target: 'F1',
        }),
      ).soWhats[0]!.factIds,
    ).toEqual(['F2']);
    expect(
      refused(
        applyEdit(plan, {
          type: 'link',
          collection: 'goals',
          id: 'Z1',
          field: 'basedOn',
          target: 'S1',
        }),
      ),
    ).toMatch(/"S1" cannot stand in "basedOn"/);
  });

  it('applies a batch whole or not at all', () => {
    const plan = makePlan();
    const edits: Edit[] = [
      { type: 'update', collection: 'facts', id: 'F1', patch: { text: 'changed' } },
      { type: 'update', collection: 'facts', id: 'F404', patch: { text: 'x' } },
    ];
    expect(refused(applyEdit(plan, { type: 'batch', edits }))).toMatch(/not in the plan/);
    const both = ok(
      applyEdit(plan, {
        type: 'batch',
        edits: [edits[0]!, { type: 'remove', collection: 'facts', id: 'F2' }],
      }),
    );
    expect(both.facts).toEqual([{ ...makeFact(), text: 'changed' }]);
  });
});

describe('any sequence of edits', () => {
  // Intents, resolved against the plan as it is when they apply: "the third item", "a fact
  // that exists", so that most edits hit real items and some hit nothing.
  const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', 'Müller „30 %“', '🚀'));
  const date = fc.oneof(
    fc.constantFrom('', '2027-01-31', '2027-02-29', '2028-02-29', '1999-12-31', 'soon'),
    fc
      .date({
        min: new Date(Date.UTC(2000, 0, 1)),
        max: new Date(Date.UTC(2040, 0, 1)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
  );
  const collection = fc.constantFrom(...COLLECTIONS);
  const pick = fc.nat({ max: 12 });
  const intent = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), collection, pick, other: pick, text, date }),
    fc.record({ kind: fc.constant('update' as const), collection, pick, other: pick, text, date }),
    fc.record({ kind: fc.constant('remove' as const), collection, pick }),
    fc.record({ kind: fc.constant('move' as const), collection, pick, other: pick }),
    fc.record({
      kind: fc.constant('link' as const),
      collection,
      pick,
      other: pick,
      unlink: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('account' as const), text, date }),
  );

  function idAt(plan: Plan, c: Collection, n: number): string {
    const items = plan[c];
    // Now and then an id that is not there.
    return items.length === 0 || n === 12 ? `missing-${n}` : items[n % items.length]!.id;
  }

  function resolve(plan: Plan, i: Intent): Edit {
    switch (i.kind) {
      case 'add': {
        const id = i.pick === 11 ? idAt(plan, i.collection, 0) : nextId(plan, i.collection);
        const fields: Record<string, unknown> = {
          facts: { text: i.text, area: AREAS[i.other % AREAS.length] },
          gaps: { question: i.text },
          people: { name: i.text },
          soWhats: {
            text: i.text,
            kind: SO_WHAT_KINDS[i.other % 3],
            factIds: [idAt(plan, 'facts', i.other)],
          },
          opportunities: { title: i.text, soWhatIds: [idAt(plan, 'soWhats', i.other)] },
          risks: { title: i.text },
          goals: { title: i.text, due: i.date, basedOn: [idAt(plan, 'opportunities', i.other)] },
          strategies: { goalId: idAt(plan, 'goals', i.other), levers: [LEVERS[i.other % 4]] },
          actions: {
            what: i.text,
            due: i.date,
            gapId: i.other % 2 ? idAt(plan, 'gaps', i.other) : undefined,
          },
        }[i.collection];
        for (const key of Object.keys(fields)) if (fields[key] === undefined) delete fields[key];
        return {
          type: 'add',
          collection: i.collection,
          item: emptyItem(i.collection, id, fields),
        } as Edit;
      }
      case 'update': {
        const patch: Record<string, unknown> = {
          facts: { text: i.text, source: i.other % 2 ? i.text : undefined },
          gaps: { question: i.text, area: AREAS[i.other % AREAS.length] },
          people: { name: i.text, role: i.other % 2 ? i.text : undefined },
          soWhats: { kind: SO_WHAT_KINDS[i.other % 3] },
          opportunities: { title: i.text },
          risks: { title: i.text },
          goals: { due: i.date, target: i.text },
          strategies: { goalId: idAt(plan, 'goals', i.other), text: i.text },
          actions: {
            due: i.date,
            status: STATUSES[i.other % 3],
            strategyId: i.other % 3 === 0 ? idAt(plan, 'strategies', i.other) : undefined,
          },
        }[i.collection];
        return {
          type: 'update',
          collection: i.collection,
          id: idAt(plan, i.collection, i.pick),
          patch,
        };
      }
      case 'remove':
        return { type: 'remove', collection: i.collection, id: idAt(plan, i.collection, i.pick) };
      case 'move':
        return {
          type: 'move',
          collection: i.collection,
          id: idAt(plan, i.collection, i.pick),
          to: i.other - 2,
        };
      case 'link': {
        const lists = {
          soWhats: ['factIds', 'facts'],
          opportunities: ['soWhatIds', 'soWhats'],
          risks: ['soWhatIds', 'soWhats'],
          goals: ['basedOn', 'risks'],
          strategies: ['factIds', 'facts'],
        } as const;
        const [field, to] = (lists as Partial<Record<Collection, readonly [string, Collection]>>)[
          i.collection
        ] ?? ['factIds', 'facts'];
        return {
          type: i.unlink ? 'unlink' : 'link',
          collection: i.collection,
          id: idAt(plan, i.collection, i.pick),
          field: field as 'factIds',
          target: idAt(plan, to, i.other),
        };
      }
      case 'account':
        return { type: 'account', patch: { name: i.text, periodStart: i.date } };
    }
  }
  type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

  it('leaves a plan that the reader accepts, and a refused edit changes nothing', () => {
    fc.assert(
      fc.property(fc.array(intent, { maxLength: 40 }), (intents) => {
        let plan = makePlan();
        for (const i of intents) {
          const before = JSON.stringify(plan);
          const result = applyEdit(plan, resolve(plan, i));
          expect(JSON.stringify(plan)).toBe(before); // never changes its input
          if (!result.ok) continue;
          const read = validatePlanValue(result.plan);
          if (!read.ok) throw new Error(read.problems.map((p) => p.message.en).join('; '));
          plan = result.plan;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('summary, headlines and reviews', () => {
  it('sets and clears the summary and a step’s message title', () => {
    const plan = makePlan();
    const withSummary = ok(
      applyEdit(plan, { type: 'summary', patch: { situation: 'Stable', asks: ['Budget'] } }),
    );
    expect(withSummary.summary).toEqual({ situation: 'Stable', asks: ['Budget'] });
    const cleared = ok(
      applyEdit(withSummary, { type: 'summary', patch: { situation: undefined, asks: [] } }),
    );
    expect('summary' in cleared).toBe(false);
    const titled = ok(applyEdit(plan, { type: 'headline', step: 3, text: 'Two bets, one risk' }));
    expect(titled.headlines).toEqual({ '3': 'Two bets, one risk' });
    expect('headlines' in ok(applyEdit(titled, { type: 'headline', step: 3, text: '' }))).toBe(
      false,
    );
    expect(plan.summary).toBeUndefined();
  });

  it('completes a review as one edit with a snapshot, and refuses one without a date', () => {
    const plan = makePlan();
    const reviewed = ok(
      applyEdit(plan, {
        type: 'complete-review',
        record: { date: '2027-04-15', participants: ['Anna', ' '], notes: 'On track' },
      }),
    );
    expect(reviewed.reviews).toHaveLength(1);
    const review = reviewed.reviews![0]!;
    expect(review).toMatchObject({ id: 'RV1', date: '2027-04-15', participants: ['Anna'] });
    expect(review.snapshot?.actions).toEqual(plan.actions);
    expect(plan.reviews).toBeUndefined();
    expect(
      refused(applyEdit(plan, { type: 'complete-review', record: { date: '2027-02-30' } })),
    ).toMatch(/date/);
  });

  it('links the people an action addresses', () => {
    const plan = makePlan({ people: [{ id: 'P1', name: 'Dr. Hoffmann' }] });
    const linked = ok(
      applyEdit(plan, {
        type: 'link',
        collection: 'actions',
        id: plan.actions[0]!.id,
        field: 'personIds',
        target: 'P1',
      }),
    );
    expect(linked.actions[0]!.personIds).toEqual(['P1']);
    expect(
      refused(
        applyEdit(plan, {
          type: 'link',
          collection: 'actions',
          id: plan.actions[0]!.id,
          field: 'personIds',
          target: plan.facts[0]!.id,
        }),
      ),
    ).toMatch(/cannot stand/);
  });
});
