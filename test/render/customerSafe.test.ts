// The customer-safe version, checked where it matters: in the written files. For random plans,
// no text of a left-out item (nor a person's note, attitude note or an ask to management)
// occurs in any part of the .pptx or the .docx — slides, notes, document properties — while the
// texts that stay do occur, so the search would see a leak.
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { customerSafe } from '../../src/plan/customerSafe';
import {
  AREAS,
  ATTITUDES,
  BUYING_ROLES,
  COLLECTIONS,
  LEVELS,
  SO_WHAT_KINDS,
  type Collection,
  type Plan,
  type Snapshot,
} from '../../src/plan/schema';
import { renderDocx, renderPptx } from '../../src/render';
import { buildStory } from '../../src/story';
// Imported for its workaround of pptxgenjs in jest's sandbox (see support.ts).
import './support';

/**
 * A text no other text contains: fixed width and a closing letter, so "F1" never matches
 * inside "F10", and letters only, so typesetting has nothing to join with a no-break space.
 */
function token(collection: string, index: number, field: string): string {
  return `Tk${collection}${String(index).padStart(3, '0')}${field}Qz`;
}

/** The shape of a random plan; its texts are filled in as tokens. */
const shape = fc.record({
  language: fc.constantFrom('de' as const, 'en' as const),
  facts: fc.array(fc.record({ area: fc.constantFrom(...AREAS), internal: fc.boolean() }), {
    maxLength: 6,
  }),
  gaps: fc.array(fc.record({ area: fc.constantFrom(...AREAS), internal: fc.boolean() }), {
    maxLength: 3,
  }),
  people: fc.array(
    fc.record({
      buyingRole: fc.constantFrom(...BUYING_ROLES),
      influence: fc.constantFrom(...LEVELS),
      attitude: fc.constantFrom(...ATTITUDES),
      internal: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  soWhats: fc.array(
    fc.record({ kind: fc.constantFrom(...SO_WHAT_KINDS), internal: fc.boolean() }),
    {
      maxLength: 5,
    },
  ),
  opportunities: fc.array(fc.record({ internal: fc.boolean() }), { maxLength: 3 }),
  risks: fc.array(fc.record({ internal: fc.boolean() }), { maxLength: 3 }),
  goals: fc.array(fc.record({ internal: fc.boolean() }), { minLength: 1, maxLength: 3 }),
  actions: fc.array(
    fc.record({
      gap: fc.nat(4),
      internal: fc.boolean(),
      month: fc.integer({ min: 1, max: 12 }),
      person: fc.nat(3),
    }),
    { maxLength: 6 },
  ),
  asks: fc.boolean(),
  /** A review whose snapshot holds every item in older words, none of them internal then. */
  reviewed: fc.boolean(),
});

type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;

function planOf(s: Shape): Plan {
  const plan = currentPlan(s);
  if (!s.reviewed) return plan;
  // At the review every item had other words, and none was internal yet: what is left out
  // today must not appear as "removed" or "changed" with its old words either.
  const older = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(older);
    if (typeof value === 'string') return value.replace(/Qz$/, 'OldQz');
    if (typeof value !== 'object' || value === null) return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (key === 'internal') continue;
      out[key] = key === 'id' || key.endsWith('Id') || key.endsWith('Ids') ? field : older(field);
    }
    return out;
  };
  const { reviews: _none, ...rest } = plan;
  const snapshot = { ...(older(rest) as Snapshot), format: 'kap' as const, version: 2 as const };
  snapshot.account = plan.account;
  return { ...plan, reviews: [{ id: 'RV1', date: '2027-04-01', snapshot }] };
}

function currentPlan(s: Shape): Plan {
  const ids = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
  const factIds = ids('F', s.facts.length);
  const soWhatIds = ids('S', s.soWhats.length);
  const gapIds = ids('G', s.gaps.length);
  const personIds = ids('P', s.people.length);
  return {
    format: 'kap',
    version: 2,
    account: {
      name: 'Kunde AG',
      planOwner: 'Anna',
      periodStart: '2027-01-01',
      language: s.language,
    },
    headlines: { '3': token('headlines', 3, 'title'), '5': token('headlines', 5, 'title') },
    summary: {
      situation: token('summary', 0, 'situation'),
      ...(s.asks ? { asks: [token('summary', 0, 'ask')] } : {}),
    },
    facts: s.facts.map((f, i) => ({
      id: factIds[i]!,
      area: f.area,
      text: token('facts', i, 'text'),
      source: token('facts', i, 'source'),
      internal: f.internal,
    })),
    gaps: s.gaps.map((g, i) => ({
      id: gapIds[i]!,
      area: g.area,
      question: token('gaps', i, 'question'),
      internal: g.internal,
    })),
    people: s.people.map((p, i) => ({
      id: personIds[i]!,
      name: token('people', i, 'name'),
      role: token('people', i, 'role'),
      buyingRole: p.buyingRole,
      influence: p.influence,
      attitude: p.attitude,
      ourContact: token('people', i, 'contact'),
      note: token('people', i, 'note'),
      internal: p.internal,
    })),
    soWhats: s.soWhats.map((w, i) => ({
      id: soWhatIds[i]!,
      factIds: factIds.filter((_, f) => (f + i) % 2 === 0),
      kind: w.kind,
      text: token('soWhats', i, 'text'),
      internal: w.internal,
    })),
    opportunities: s.opportunities.map((o, i) => ({
      id: `O${i + 1}`,
      title: token('opportunities', i, 'title'),
      soWhatIds: soWhatIds.slice(0, 2),
      internal: o.internal,
    })),
    risks: s.risks.map((r, i) => ({
      id: `R${i + 1}`,
      title: token('risks', i, 'title'),
      soWhatIds: soWhatIds.slice(-2),
      internal: r.internal,
    })),
    goals: s.goals.map((g, i) => ({
      id: `Z${i + 1}`,
      title: token('goals', i, 'title'),
      measure: token('goals', i, 'measure'),
      target: token('goals', i, 'target'),
      due: '2027-10-31',
      basedOn: [
        ...(s.opportunities.length > 0 ? ['O1'] : []),
        ...(s.risks.length > 0 ? ['R1'] : []),
      ],
      internal: g.internal,
    })),
    strategies: s.goals.map((_, i) => ({
      id: `ST${i + 1}`,
      goalId: `Z${i + 1}`,
      text: token('strategies', i, 'text'),
      levers: ['market-change' as const],
      factIds: factIds.slice(0, 1),
    })),
    actions: s.actions.map((a, i) => {
      const gapId = gapIds[a.gap];
      const personId = personIds[a.person];
      return {
        id: `A${i + 1}`,
        what: token('actions', i, 'what'),
        who: token('actions', i, 'who'),
        due: `2027-${String(a.month).padStart(2, '0')}-15`,
        ...(gapId ? { gapId } : { strategyId: `ST${(i % s.goals.length) + 1}` }),
        ...(personId ? { personIds: [personId] } : {}),
        internal: a.internal,
      };
    }),
  };
}

const TEXT_FIELDS = [
  'text',
  'source',
  'question',
  'name',
  'role',
  'title',
  'measure',
  'target',
  'what',
  'who',
];

/**
 * The ids the customer's version leaves out, read from the spec's list, not from customerSafe:
 * all risks and strategies, so-whats of kind risk, facts and gaps about the competition, every
 * internal item, and the actions that close a left-out gap.
 */
function leftOutIds(plan: Plan): Set<string> {
  const left = new Set<string>();
  const add = (items: readonly { id: string }[]) => items.forEach((i) => left.add(i.id));
  add(plan.risks);
  add(plan.strategies);
  add(plan.soWhats.filter((w) => w.kind === 'risk'));
  add([...plan.facts, ...plan.gaps].filter((i) => i.area === 'competition'));
  for (const collection of COLLECTIONS as readonly Collection[]) {
    add(
      (plan[collection] as readonly { id: string; internal?: boolean }[]).filter((i) => i.internal),
    );
  }
  add(plan.actions.filter((a) => a.gapId !== undefined && left.has(a.gapId)));
  return left;
}

/** The texts of an item that a document could show. */
function textsOf(item: Readonly<Record<string, unknown>>): string[] {
  return TEXT_FIELDS.map((f) => item[f]).filter((t): t is string => typeof t === 'string');
}

/** The tokens the customer's files must not hold (today's and the review's words), and the kept. */
function split(plan: Plan): { left: string[]; kept: string[] } {
  const leftIds = leftOutIds(plan);
  const left: string[] = [];
  const kept: string[] = [];
  const snapshots = (plan.reviews ?? []).flatMap((r) => (r.snapshot ? [r.snapshot] : []));
  for (const version of [plan, ...snapshots]) {
    for (const collection of COLLECTIONS as readonly Collection[]) {
      for (const item of version[collection] as readonly Record<string, unknown>[]) {
        (leftIds.has(item.id as string) ? left : kept).push(...textsOf(item));
      }
    }
    // Never shown: what we note of a person, what we ask of management, step 5's title.
    for (const person of version.people) left.push(person.note ?? '');
    left.push(...(version.summary?.asks ?? []), version.headlines?.['5'] ?? '');
  }
  return { left: left.filter((t) => t !== ''), kept };
}

/** Every part of a zip file as text: slides, notes, properties, relationships. */
function allText(bytes: Uint8Array): string {
  return Object.values(unzipSync(bytes))
    .map((part) => strFromU8(part))
    .join('\n');
}

describe('the customer-safe version in the written files', () => {
  it('holds no text of a left-out item in any part of the .pptx or the .docx', async () => {
    let keptSeen = 0;
    await fc.assert(
      fc.asyncProperty(shape, async (s) => {
        const plan = planOf(s);
        const safe = customerSafe(plan);
        const outline = buildStory(plan, {
          today: '2027-05-15',
          customer: true,
          review: s.reviewed,
        });
        const [pptx, docx] = await Promise.all([renderPptx(outline), renderDocx(outline)]);
        const files = { pptx: allText(pptx), docx: allText(docx) };
        const { left, kept } = split(plan);
        for (const [name, text] of Object.entries(files)) {
          const leaked = left.filter((t) => text.includes(t));
          expect({ file: name, leaked }).toEqual({ file: name, leaked: [] });
        }
        // The other side: the facts that stay are in the document, so a leak would be seen.
        const keptFacts = safe.facts.map((f) => f.text);
        for (const text of keptFacts) expect(files.docx).toContain(text);
        keptSeen += kept.length;
      }),
      { numRuns: 30 },
    );
    expect(keptSeen).toBeGreaterThan(0);
  });

  it('would see a leak: the full plan holds the texts the customer version leaves out', async () => {
    const plan = planOf({
      language: 'en',
      facts: [{ area: 'competition', internal: false }],
      gaps: [],
      people: [],
      soWhats: [{ kind: 'risk', internal: false }],
      opportunities: [],
      risks: [{ internal: false }],
      goals: [{ internal: false }],
      actions: [],
      asks: true,
      reviewed: false,
    });
    const { left } = split(plan);
    expect(left.length).toBeGreaterThan(3);
    const full = allText(await renderDocx(buildStory(plan, { today: '2027-05-15' })));
    for (const text of [token('facts', 0, 'text'), token('risks', 0, 'title')]) {
      expect(full).toContain(text);
    }
  });
});
