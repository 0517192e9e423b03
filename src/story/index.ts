// plan → outline: the plan told as a story in the method's order, ready for any renderer.
// Pure: the only outside input is today's date, and a caller that needs a fixed result (tests,
// a CLI run pinned with --today) passes it in.
import { planWindow, today as localToday } from '../plan/dates';
import { isCalendarDate, STEPS, type Language, type Plan } from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';
import { factsPart, focusPart, gapsPart, matrixPart, soWhatsPart } from './analysis';
import { actionsPart, timelinePart } from './actionPlan';
import { makeContext } from './context';
import { forCustomer, withoutJudgements } from './customer';
import { goalsPart, strategiesPart } from './direction';
import { formatPeriod } from './format';
import { coverPart, overviewPart } from './front';
import type { Outline, Part } from './outline';
import { peoplePart } from './people';
import { reviewPart } from './progress';
import { summaryPart } from './summary';
import { typesetOutline } from './setting';
import { DEFAULT_LOCALE, localeLanguage, type Locale } from './typography';

export interface StoryOptions {
  /** The document's language; defaults to the plan's own language, then English. */
  readonly language?: Language;
  /**
   * The language tag of the text (spelling and hyphenation in Word and PowerPoint): 'en-US' for
   * an American reader. Used when it is a tag of the document's language; else de-DE / en-GB.
   */
  readonly locale?: Locale;
  /** YYYY-MM-DD: the "written on" date and the day before which open actions are overdue. */
  readonly today?: string;
  /**
   * The review version: a page after the summary with the progress per goal, the actions done,
   * overdue and dropped since the last review, the next 90 days and what changed since.
   */
  readonly review?: boolean;
  /**
   * The customer's version: told from the plan cut by customerSafe (give the full plan: the cut
   * is made here, so that the actions can still be told goal by goal), without step 5, the
   * risks or the story's own marks of a broken red thread, such as relationship gaps.
   */
  readonly customer?: boolean;
}

/**
 * The plan's message titles (`headlines`) over the first part of their step; the step's name
 * stays in the part's subtitle, the kicker over the title.
 */
function withHeadlines(plan: Plan, parts: readonly Part[]): Part[] {
  const seen = new Set<number>();
  return parts.map((part) => {
    if (part.step === 0 || seen.has(part.step)) return part;
    seen.add(part.step);
    const headline = plan.headlines?.[String(part.step)];
    return typeof headline === 'string' && headline.trim() !== ''
      ? { ...part, title: headline.trim() }
      : part;
  });
}

/**
 * Tells the plan as an outline. Never throws on a schema-valid plan, however incomplete: what is
 * missing is shown as a visible mark. Throws a RangeError only for a malformed `options.today`,
 * which is a programming error of the caller, not a property of the plan.
 */
export function buildStory(plan: Plan, options: StoryOptions = {}): Outline {
  const language = options.language ?? plan.account.language ?? 'en';
  const today = options.today ?? localToday();
  if (!isCalendarDate(today)) {
    throw new RangeError(
      `buildStory: today must be a YYYY-MM-DD date, got ${JSON.stringify(today)}`,
    );
  }
  const customer = options.customer ?? false;
  // The customer's version is told from the plan cut to what the customer may see.
  const told = customer ? forCustomer(plan) : { plan, actionGoals: new Map<string, string>() };
  const context = makeContext(told.plan, language, today, customer, told.actionGoals);
  const locale =
    options.locale !== undefined && localeLanguage(options.locale) === language
      ? options.locale
      : DEFAULT_LOCALE[language];
  const owner = plan.account.planOwner?.trim() ?? '';
  return typesetOutline({
    language,
    locale,
    title: context.t.documentTitle(plan.account.name, formatPeriod(planWindow(plan), language)),
    ...(owner === '' ? {} : { author: owner }),
    account: plan.account.name,
    furniture: {
      ...context.t.furniture,
      steps: Object.fromEntries(
        STEPS.map((step) => [step, context.t.stepHeading(step, STEP_NAMES[step][language])]),
      ),
    },
    parts: withHeadlines(
      told.plan,
      [
        coverPart(context),
        summaryPart(context),
        options.review ? reviewPart(context) : undefined,
        overviewPart(context),
        factsPart(context),
        gapsPart(context),
        peoplePart(context),
        soWhatsPart(context),
        focusPart(context),
        matrixPart(context),
        goalsPart(context),
        // Strategies are ours alone: the customer's version has no step 5 page.
        customer ? undefined : strategiesPart(context),
        actionsPart(context),
        timelinePart(context),
      ]
        .filter((part): part is Part => part !== undefined)
        .map((part) => (customer ? withoutJudgements(part) : part)),
    ),
  });
}

export type * from './outline';
export { STORY_TEXTS, type StoryTexts } from './i18n';
export { LABEL_PREFIXES } from './labels';
export { formatDay, formatMonth, formatPeriod } from './format';
export {
  typeset,
  countOf,
  NBSP,
  NNBSP,
  MONTH_ABBREVIATIONS,
  DEFAULT_LOCALE,
  type Locale,
} from './typography';
