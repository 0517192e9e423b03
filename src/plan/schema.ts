// The plan file format, version 1 (../shared/spec/plan-format.md). This schema is the single
// source of truth: the TypeScript types below are inferred from it and the JSON Schema in
// assets/ is generated from it (npm run schema).
import { z } from 'zod';

export const PLAN_FORMAT = 'kap';
export const PLAN_VERSION = 1;

export const AREAS = ['account', 'market', 'requirements', 'competition', 'other'] as const;
export const SO_WHAT_KINDS = ['opportunity', 'risk', 'consequence'] as const;
export const LEVERS = [
  'account-goals',
  'account-change',
  'market-change',
  'competitor-weakness',
] as const;
export const STATUSES = ['open', 'in-progress', 'done'] as const;
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

const id = z.string().min(1, { message: 'expected a non-empty id' });
const ids = z.array(id);

// Every object is loose: fields this version does not know are kept on a read-and-write round
// trip (a newer tool may have written them) and `kap check` warns about them.
export const accountSchema = z.looseObject({
  name: z.string().min(1, { message: 'expected the account name (a non-empty text)' }),
  planOwner: z.string().optional(),
  periodStart,
  language: z.enum(LANGUAGES).optional(),
});

export const factSchema = z.looseObject({
  id,
  area: z.enum(AREAS),
  text: z.string(),
  source: z.string().optional(),
});

export const gapSchema = z.looseObject({
  id,
  area: z.enum(AREAS),
  question: z.string(),
});

export const soWhatSchema = z.looseObject({
  id,
  factIds: ids,
  kind: z.enum(SO_WHAT_KINDS),
  text: z.string(),
});

export const focusItemSchema = z.looseObject({
  id,
  title: z.string(),
  soWhatIds: ids,
});

export const goalSchema = z.looseObject({
  id,
  title: z.string(),
  measure: z.string(),
  target: z.string(),
  due: dueDate,
  basedOn: ids,
});

export const strategySchema = z.looseObject({
  id,
  goalId: id,
  text: z.string(),
  levers: z.array(z.enum(LEVERS)),
  factIds: ids,
});

export const actionSchema = z.looseObject({
  id,
  what: z.string(),
  who: z.string(),
  due: dueDate,
  strategyId: id.optional(),
  gapId: id.optional(),
  status: z.enum(STATUSES).optional(),
});

export const planSchema = z.looseObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  account: accountSchema,
  facts: z.array(factSchema),
  gaps: z.array(gapSchema),
  soWhats: z.array(soWhatSchema),
  opportunities: z.array(focusItemSchema),
  risks: z.array(focusItemSchema),
  goals: z.array(goalSchema),
  strategies: z.array(strategySchema),
  actions: z.array(actionSchema),
});

export type Plan = z.infer<typeof planSchema>;
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

// The steps live in a module without zod, so that the task pane's first paint can name them.
export { STEPS, type Step } from './steps';

/** The plan's collections in story order, with the item kind each holds. */
export const COLLECTIONS = [
  'facts',
  'gaps',
  'soWhats',
  'opportunities',
  'risks',
  'goals',
  'strategies',
  'actions',
] as const;
export type Collection = (typeof COLLECTIONS)[number];
