// The plan file format, version 2 (../shared/spec/plan-format.md and plan-format-v2.md). This
// schema is the single source of truth: the TypeScript types below are inferred from it and the
// JSON Schema in assets/ is generated from it (npm run schema). Version 1 is version 2 without
// the new fields: the reader takes both and holds every plan as version 2 in memory.
import { z } from 'zod';

export const PLAN_FORMAT = 'kap';
export const PLAN_VERSION = 2;
/** The versions this build reads; the older ones are migrated in memory (read.ts). */
export const READABLE_VERSIONS = [1, 2] as const;

export const AREAS = ['account', 'market', 'requirements', 'competition', 'other'] as const;
export const SO_WHAT_KINDS = ['opportunity', 'risk', 'consequence'] as const;
export const LEVERS = [
  'account-goals',
  'account-change',
  'market-change',
  'competitor-weakness',
] as const;
export const STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const BUYING_ROLES = [
  'decision-maker',
  'influencer',
  'user',
  'gatekeeper',
  'coach',
] as const;
export const ATTITUDES = ['supporter', 'neutral', 'critic', 'unknown'] as const;
export const RAGS = ['green', 'amber', 'red'] as const;
export const LANGUAGES = ['de', 'en'] as const;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2027-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The latest start of a plan: its 12-month window then still ends in a four-digit year, the
 * only years YYYY-MM-DD can write (a start in 9999 would make the window's end 10000-…).
 */
export const LAST_PERIOD_START = '9998-12-31';

const periodStart = z
  .string()
  .refine((value) => isCalendarDate(value) && value <= LAST_PERIOD_START, {
    message: `expected a calendar date written YYYY-MM-DD, no later than ${LAST_PERIOD_START}`,
    params: { expected: 'period-start' },
  })
  .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });

// A due date may still be empty while the plan is being written: the red-thread rules report it
// (an action without due date is an error finding, a goal without one is not SMART), the file
// stays readable.
const dueDate = z
  .string()
  .refine((value) => value === '' || isCalendarDate(value), {
    message: 'expected a calendar date written YYYY-MM-DD (or "" while not yet decided)',
    params: { expected: 'due-date' },
  })
  .meta({ description: 'A calendar date, YYYY-MM-DD, or "" while not yet decided.' });

// A date that may be left out but, where given, is a real one (an account review, a review).
const calendarDate = z
  .string()
  .refine((value) => isCalendarDate(value), {
    message: 'expected a calendar date written YYYY-MM-DD',
    params: { expected: 'date' },
  })
  .meta({ format: 'date', description: 'A calendar date, YYYY-MM-DD.' });

const id = z.string().min(1, { message: 'expected a non-empty id' });
const ids = z.array(id);
const level = z.enum(LEVELS);
/** Every item may be marked internal: the customer-safe version leaves it out. */
const internal = z.boolean().optional();

// Every object is loose: fields this version does not know are kept on a read-and-write round
// trip (a newer tool may have written them) and `kap check` warns about them.
export const accountSchema = z.looseObject({
  name: z.string().min(1, { message: 'expected the account name (a non-empty text)' }),
  planOwner: z.string().optional(),
  periodStart,
  language: z.enum(LANGUAGES).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as "EUR"' })
    .optional(),
  figures: z.array(z.looseObject({ label: z.string(), value: z.string() })).optional(),
  nextReview: calendarDate.optional(),
});

export const summarySchema = z.looseObject({
  situation: z.string().optional(),
  complication: z.string().optional(),
  resolution: z.string().optional(),
  asks: z.array(z.string()).optional(),
});

/** Message titles per step, keyed "1" to "6". */
export const headlinesSchema = z.looseObject({
  '1': z.string().optional(),
  '2': z.string().optional(),
  '3': z.string().optional(),
  '4': z.string().optional(),
  '5': z.string().optional(),
  '6': z.string().optional(),
});

export const personSchema = z.looseObject({
  id,
  name: z.string(),
  role: z.string().optional(),
  buyingRole: z.enum(BUYING_ROLES).optional(),
  influence: level.optional(),
  attitude: z.enum(ATTITUDES).optional(),
  ourContact: z.string().optional(),
  note: z.string().optional(),
  internal,
});

export const factSchema = z.looseObject({
  id,
  area: z.enum(AREAS),
  text: z.string(),
  source: z.string().optional(),
  internal,
});

export const gapSchema = z.looseObject({
  id,
  area: z.enum(AREAS),
  question: z.string(),
  internal,
});

export const soWhatSchema = z.looseObject({
  id,
  factIds: ids,
  kind: z.enum(SO_WHAT_KINDS),
  text: z.string(),
  internal,
});

export const focusItemSchema = z.looseObject({
  id,
  title: z.string(),
  soWhatIds: ids,
  impact: level.optional(),
  likelihood: level.optional(),
  /** In `account.currency`. */
  value: z.number().finite().optional(),
  internal,
});

export const goalSchema = z.looseObject({
  id,
  title: z.string(),
  measure: z.string(),
  target: z.string(),
  due: dueDate,
  basedOn: ids,
  owner: z.string().optional(),
  baseline: z.string().optional(),
  current: z.string().optional(),
  rag: z.enum(RAGS).optional(),
  internal,
});

export const strategySchema = z.looseObject({
  id,
  goalId: id,
  text: z.string(),
  levers: z.array(z.enum(LEVERS)),
  factIds: ids,
  internal,
});

export const actionSchema = z.looseObject({
  id,
  what: z.string(),
  who: z.string(),
  /** When the work begins (a bar in the Gantt); "" or absent: a milestone at `due`. */
  start: dueDate.optional(),
  due: dueDate,
  strategyId: id.optional(),
  gapId: id.optional(),
  /** The people on the customer's side this action addresses. */
  personIds: ids.optional(),
  status: z.enum(STATUSES).optional(),
  internal,
});

// The plan without its reviews: what a review's snapshot holds. `people` may be left out in a
// file (every version 1 plan leaves it out) and is always a list in memory.
const planFields = {
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  account: accountSchema,
  summary: summarySchema.optional(),
  headlines: headlinesSchema.optional(),
  facts: z.array(factSchema),
  gaps: z.array(gapSchema),
  people: z.array(personSchema).default(() => []),
  soWhats: z.array(soWhatSchema),
  opportunities: z.array(focusItemSchema),
  risks: z.array(focusItemSchema),
  goals: z.array(goalSchema),
  strategies: z.array(strategySchema),
  actions: z.array(actionSchema),
};

export const snapshotSchema = z.looseObject(planFields);

export const reviewSchema = z.looseObject({
  id,
  date: calendarDate,
  participants: z.array(z.string()).optional(),
  notes: z.string().optional(),
  /** The plan as it was at this review, without its reviews. */
  snapshot: snapshotSchema.optional(),
});

export const planSchema = z.looseObject({
  ...planFields,
  reviews: z.array(reviewSchema).optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Headlines = z.infer<typeof headlinesSchema>;
export type Person = z.infer<typeof personSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Gap = z.infer<typeof gapSchema>;
export type SoWhat = z.infer<typeof soWhatSchema>;
export type FocusItem = z.infer<typeof focusItemSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type Action = z.infer<typeof actionSchema>;
export type Area = (typeof AREAS)[number];
export type SoWhatKind = (typeof SO_WHAT_KINDS)[number];
export type Lever = (typeof LEVERS)[number];
export type Status = (typeof STATUSES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Level = (typeof LEVELS)[number];
export type BuyingRole = (typeof BUYING_ROLES)[number];
export type Attitude = (typeof ATTITUDES)[number];
export type Rag = (typeof RAGS)[number];

// The steps live in a module without zod, so that the task pane's first paint can name them.
export { STEPS, type Step } from './steps';

/** The plan's collections in story order, with the item kind each holds. */
export const COLLECTIONS = [
  'facts',
  'gaps',
  'people',
  'soWhats',
  'opportunities',
  'risks',
  'goals',
  'strategies',
  'actions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];
