// Any schema-valid plan, however odd — random unicode, duplicate and dangling ids, empty texts,
// dates anywhere — can be told: buildStory never throws and loses none of the user's text.
import fc from 'fast-check';
import { buildStory, typeset } from '../../src/story';
import {
  AREAS,
  ATTITUDES,
  BUYING_ROLES,
  LEVELS,
  LEVERS,
  SO_WHAT_KINDS,
  STATUSES,
  planSchema,
  type Plan,
} from '../../src/plan/schema';
import { contains, onlyBlock, outlineTexts, part } from './outlineText';

// A small id pool makes references hit, miss and collide often; the random ids rarely hit.
const id = fc.oneof(
  fc.constantFrom('F1', 'S1', 'O1', 'R1', 'Z1', 'ST1', 'A1', 'G1', 'x'),
  fc.string({ minLength: 1, maxLength: 4 }),
);
const ids = fc.array(id, { maxLength: 3 });
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', '   ', 'Müller – „Größe“ 30 %', '中文 テキスト 🚀👩‍👩‍👧'),
);
const date = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const due = fc.oneof(date, fc.constant(''));

const plan: fc.Arbitrary<Plan> = fc.record({
  format: fc.constant('kap' as const),
  version: fc.constant(2 as const),
  account: fc.record(
    {
      name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      planOwner: text,
      periodStart: date,
      language: fc.constantFrom('de' as const, 'en' as const),
    },
    { requiredKeys: ['name', 'periodStart'] },
  ),
  facts: fc.array(
    fc.record({
      id,
      area: fc.constantFrom(...AREAS),
      text,
      source: fc.option(text, { nil: undefined }),
    }),
    { maxLength: 6 },
  ),
  gaps: fc.array(fc.record({ id, area: fc.constantFrom(...AREAS), question: text }), {
    maxLength: 3,
  }),
  people: fc.array(
    fc.record(
      {
        id,
        name: text,
        role: text,
        buyingRole: fc.constantFrom(...BUYING_ROLES),
        influence: fc.constantFrom(...LEVELS),
        attitude: fc.constantFrom(...ATTITUDES),
        ourContact: text,
        note: text,
        internal: fc.boolean(),
      },
      { requiredKeys: ['id', 'name'] },
    ),
    { maxLength: 3 },
  ),
  soWhats: fc.array(
    fc.record({ id, factIds: ids, kind: fc.constantFrom(...SO_WHAT_KINDS), text }),
    { maxLength: 5 },
  ),
  opportunities: fc.array(fc.record({ id, title: text, soWhatIds: ids }), { maxLength: 7 }),
  risks: fc.array(fc.record({ id, title: text, soWhatIds: ids }), { maxLength: 7 }),
  goals: fc.array(fc.record({ id, title: text, measure: text, target: text, due, basedOn: ids }), {
    maxLength: 4,
  }),
  strategies: fc.array(
    fc.record({
      id,
      goalId: id,
      text,
      levers: fc.uniqueArray(fc.constantFrom(...LEVERS)),
      factIds: ids,
    }),
    { maxLength: 4 },
  ),
  actions: fc.array(
    fc.record(
      {
        id,
        what: text,
        who: text,
        due,
        strategyId: id,
        gapId: id,
        status: fc.constantFrom(...STATUSES),
        start: due,
        personIds: ids,
      },
      { requiredKeys: ['id', 'what', 'who', 'due'] },
    ),
    { maxLength: 8 },
  ),
});

/** The user's texts a reader must find in the written plan (blank ones have nothing to show). */
function userTexts(p: Plan): string[] {
  return [
    ...p.facts.map((f) => f.text),
    ...p.gaps.map((g) => g.question),
    ...p.soWhats.map((s) => s.text),
    ...p.opportunities.map((o) => o.title),
    ...p.risks.map((r) => r.title),
    ...p.goals.flatMap((g) => [g.title, g.measure, g.target]),
    ...p.strategies.map((s) => s.text),
    ...p.actions.flatMap((a) => [a.what, a.who]),
  ].filter((t) => t.trim() !== '');
}

describe('buildStory on arbitrary plans', () => {
  it('never throws and keeps every text of the plan', () => {
    fc.assert(
      fc.property(
        plan,
        date,
        fc.constantFrom(undefined, 'de' as const, 'en' as const),
        (p, today, language) => {
          expect(planSchema.safeParse(p).success).toBe(true);
          const outline = buildStory(p, { today, ...(language ? { language } : {}) });
          const texts = outlineTexts(outline);
          // Every text as typeset in the document's language: the same words, set.
          const set = (t: string) => typeset(t, outline.language);
          expect(userTexts(p).filter((t) => !contains(texts, set(t)))).toEqual([]);
          // The buying centre only with people, the matrix only with a rated item.
          const rated = [...p.opportunities, ...p.risks].some(
            (i) => i.impact !== undefined || i.likelihood !== undefined,
          );
          expect(outline.parts).toHaveLength(11 + (p.people.length > 0 ? 1 : 0) + (rated ? 1 : 0));

          const table = onlyBlock(part(outline, 'actions'), 'table');
          expect(table.rows).toHaveLength(p.actions.length);
          expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);

          const timeline = onlyBlock(part(outline, 'timeline'), 'timeline');
          expect(timeline.months).toHaveLength(12);
          const entries = timeline.groups.flatMap((g) => g.entries);
          // Each action once: goals with duplicate ids cannot claim an action twice.
          expect(entries).toHaveLength(p.actions.length);
          for (const entry of entries) {
            expect(
              entry.month === undefined
                ? entry.state === 'outside' && entry.at === undefined
                : entry.month >= 0 &&
                    entry.month <= 11 &&
                    entry.at !== undefined &&
                    entry.at >= entry.month &&
                    entry.at < entry.month + 1,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
