// What every part of the story needs: the plan with its labels, the language's texts, the plan
// window and today, and the small lookups that follow the red thread (action → strategy → goal).
// Plans may be incomplete or hold dangling ids (a plan that failed the identity check is still
// told): every lookup here answers "not found" instead of throwing.
import { planWindow, type PlanWindow } from '../plan/dates';
import type { Action, Gap, Goal, Language, Plan, Strategy } from '../plan/schema';
import { formatDay, formatNumber, windowColumn } from './format';
import { STORY_TEXTS, type StoryTexts } from './i18n';
import { labelPlan, type Labelled, type PlanLabels } from './labels';
import type { TimelineState } from './outline';
import { labelled, labelList } from './typography';

export interface StoryContext {
  readonly plan: Plan;
  readonly language: Language;
  readonly t: StoryTexts;
  readonly labels: PlanLabels;
  readonly window: PlanWindow;
  /** YYYY-MM-DD; actions due before it and not done are overdue. */
  readonly today: string;
  /** Told for the customer: the story adds none of its own internal judgements. */
  readonly customer: boolean;
  /**
   * In the customer's version, the goal of each action by id, taken from the full plan before
   * its strategies were left out: the action plan still reads goal by goal.
   */
  readonly actionGoals: ReadonlyMap<string, string>;
}

export function makeContext(
  plan: Plan,
  language: Language,
  today: string,
  customer = false,
  actionGoals: ReadonlyMap<string, string> = new Map(),
): StoryContext {
  return {
    plan,
    language,
    t: STORY_TEXTS[language],
    labels: labelPlan(plan, language, (action) => actionGoals.get(action.id)),
    window: planWindow(plan),
    today,
    customer,
    actionGoals,
  };
}

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The user's text, or a visible mark where it is empty. */
export function textOr(value: string | undefined, missing: string): string {
  return value === undefined || isBlank(value) ? missing : value;
}

type Lookup<T> = (id: string) => Labelled<T> | undefined;

/**
 * Cross-references as compact labels, 'SW2 · SW8': the items stand in full in their own parts,
 * and a repeated excerpt would only be cut somewhere. Unknown ids stay visible, quoted.
 */
export function refs<T>(context: StoryContext, ids: readonly string[], lookup: Lookup<T>): string {
  return labelList(ids.map((id) => lookup(id)?.label ?? context.t.missing.notFound(id)));
}

/** A goal's label and full title, as group titles and headings show it. */
export function goalName(context: StoryContext, entry: Labelled<Goal>): string {
  return labelled(entry.label, textOr(entry.item.title, context.t.missing.text));
}

export function gapName(context: StoryContext, entry: Labelled<Gap>): string {
  return labelled(entry.label, textOr(entry.item.question, context.t.missing.text));
}

export function strategiesOf(context: StoryContext, goal: Goal): Labelled<Strategy>[] {
  return context.labels.strategies.all.filter((s) => s.item.goalId === goal.id);
}

export function goalOfAction(context: StoryContext, action: Action): Labelled<Goal> | undefined {
  if (action.strategyId === undefined) {
    const goalId = context.actionGoals.get(action.id);
    return goalId === undefined ? undefined : context.labels.goals.get(goalId);
  }
  const strategy = context.labels.strategies.get(action.strategyId);
  return strategy ? context.labels.goals.get(strategy.item.goalId) : undefined;
}

export function actionsOf(context: StoryContext, goal: Goal): Labelled<Action>[] {
  return context.labels.actions.all.filter((a) => goalOfAction(context, a.item)?.item === goal);
}

export function closingActions(context: StoryContext, gap: Gap): Labelled<Action>[] {
  return context.labels.actions.all.filter((a) => a.item.gapId === gap.id);
}

export function isDone(action: Action): boolean {
  return action.status === 'done';
}

/**
 * Where an action stands today. 'outside' wins over every status because it decides that the
 * timeline cannot place the action in a month at all; the table still shows its status.
 */
export function actionState(context: StoryContext, action: Action): TimelineState {
  if (windowColumn(context.window, action.due) === undefined) return 'outside';
  if (isDone(action)) return 'done';
  if (isDropped(action)) return 'dropped';
  if (action.due < context.today) return 'overdue';
  return action.status === 'in-progress' ? 'in-progress' : 'open';
}

/** A dropped action is no longer due: it is never overdue. */
export function isDropped(action: Action): boolean {
  return action.status === 'dropped';
}

export function isOverdue(context: StoryContext, action: Action): boolean {
  return !isDone(action) && !isDropped(action) && action.due !== '' && action.due < context.today;
}

export function dueText(context: StoryContext, due: string): string {
  return due === '' ? context.t.missing.date : formatDay(due, context.language);
}

/** A money value of the plan, in the account's currency, as the language writes it. */
export function moneyText(context: StoryContext, value: number): string {
  return context.t.money(formatNumber(value, context.language), context.plan.account.currency);
}
