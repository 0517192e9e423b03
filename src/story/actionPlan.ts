// Step 6: the action plan — who does what by when, grouped by the goal (or open question) each
// action serves and sorted by date — and the same actions on the twelve months from the start of
// the plan period, as a Gantt chart.
import { parseDate } from '../plan/dates';
import type { Action } from '../plan/schema';
import { stepSubtitle } from './analysis';
import {
  actionState,
  goalName,
  goalOfAction,
  isOverdue,
  textOr,
  dueText,
  type StoryContext,
} from './context';
import {
  formatDay,
  windowColumn,
  windowMonthNames,
  windowMonths,
  windowPosition,
  windowQuarters,
} from './format';
import type { Labelled } from './labels';
import type { Block, Part, TableCell, TableGroup, TimelineEntry, TimelineGroup } from './outline';
import { labelList } from './typography';

/** The goal or gap an action serves, as labels, with a visible mark when a link leads nowhere. */
function servesCell(context: StoryContext, action: Action): TableCell {
  const { t, labels } = context;
  const parts: string[] = [];
  let broken = false;
  if (action.strategyId !== undefined) {
    const strategy = labels.strategies.get(action.strategyId);
    const goal = goalOfAction(context, action);
    if (goal) parts.push(goal.label);
    else if (strategy) {
      parts.push(`${strategy.label} → ${t.missing.notFound(strategy.item.goalId)}`);
      broken = true;
    } else {
      parts.push(t.missing.notFound(action.strategyId));
      broken = true;
    }
  }
  const known = action.strategyId === undefined ? goalOfAction(context, action) : undefined;
  if (known) parts.push(known.label);
  if (action.gapId !== undefined) {
    const gap = labels.gaps.get(action.gapId);
    if (gap) parts.push(gap.label);
    else {
      parts.push(t.missing.notFound(action.gapId));
      broken = true;
    }
  }
  if (parts.length === 0) return { text: t.actions.noLink, tone: 'warning' };
  return { text: labelList(parts), ...(broken ? { tone: 'warning' as const } : {}) };
}

function dueCell(context: StoryContext, action: Action): TableCell {
  const { t } = context;
  if (action.due === '') return { text: t.missing.date, tone: 'warning' };
  const text = dueText(context, action.due);
  if (windowColumn(context.window, action.due) === undefined) {
    return { text: `${text} (${t.actions.outsideWindow})`, tone: 'warning' };
  }
  return { text };
}

function statusCell(context: StoryContext, action: Action): TableCell {
  const { t } = context;
  const status = t.statuses[action.status ?? 'open'];
  if (isOverdue(context, action)) {
    return { text: `${status} – ${t.actions.overdue}`, tone: 'warning', state: 'overdue' };
  }
  if (action.status === 'done') return { text: status, state: 'done' };
  if (action.status === 'dropped') return { text: status, state: 'dropped' };
  if (action.status === 'in-progress') return { text: status, state: 'in-progress' };
  return { text: status, state: 'open' };
}

interface ActionGroup {
  readonly title: string;
  readonly actions: readonly Labelled<Action>[];
}

/**
 * The actions by the goal they serve, in goal order, then those that close a gap, then the rest.
 * The labels already run in this order, by date inside each group (labels.ts).
 */
function actionGroups(context: StoryContext, withEmptyGoals: boolean): ActionGroup[] {
  const { t, labels } = context;
  const all = labels.actions.all;
  const groups: ActionGroup[] = labels.goals.all
    .map((goal) => ({
      title: goalName(context, goal),
      actions: all.filter((a) => goalOfAction(context, a.item) === goal),
    }))
    .filter((group) => withEmptyGoals || group.actions.length > 0);
  const withoutGoal = all.filter((a) => !goalOfAction(context, a.item));
  const forGaps = withoutGoal.filter((a) => a.item.gapId !== undefined);
  const unlinked = withoutGoal.filter((a) => a.item.gapId === undefined);
  if (forGaps.length > 0) groups.push({ title: t.timelinePart.gapGroup, actions: forGaps });
  if (unlinked.length > 0) groups.push({ title: t.timelinePart.unlinkedGroup, actions: unlinked });
  return groups;
}

export function actionsPart(context: StoryContext): Part {
  const { t, labels } = context;
  const blocks: Block[] = [];
  if (labels.actions.all.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: t.actions.none });
  }
  const groups: TableGroup[] = [];
  const rows: TableCell[][] = [];
  for (const group of actionGroups(context, false)) {
    groups.push({ title: group.title, start: rows.length });
    for (const { label, item } of group.actions) {
      rows.push([
        { text: label, tone: 'strong' },
        item.what.trim() === '' ? { text: t.missing.text, tone: 'warning' } : { text: item.what },
        item.who.trim() === '' ? { text: t.missing.owner, tone: 'warning' } : { text: item.who },
        dueCell(context, item),
        servesCell(context, item),
        statusCell(context, item),
      ]);
    }
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: '', weight: 1.3 },
      { header: t.actions.what, weight: 7 },
      { header: t.actions.who, weight: 3.2 },
      { header: t.actions.due, weight: 2.6 },
      { header: t.actions.serves, weight: 1.8 },
      { header: t.actions.status, weight: 2.8 },
    ],
    rows,
    ...(groups.length > 0 ? { groups } : {}),
  });
  return {
    step: 6,
    key: 'actions',
    title: t.actions.title,
    subtitle: stepSubtitle(context, 6),
    blocks,
  };
}

function entry(context: StoryContext, { label, item }: Labelled<Action>): TimelineEntry {
  const { t } = context;
  const month = windowColumn(context.window, item.due);
  const at = windowPosition(context.window, item.due);
  // A start inside the window, or before it for work still running into it, makes a bar; a
  // start after the due date (a rule finding) is no span and leaves the milestone alone.
  const start = item.start ?? '';
  const from =
    at === undefined || start === '' || start > item.due
      ? undefined
      : start < context.window.start
        ? 0
        : windowPosition(context.window, start);
  return {
    label,
    text: textOr(item.what, t.missing.text),
    owner: textOr(item.who, t.missing.owner),
    ...(month === undefined ? {} : { month }),
    ...(at === undefined ? {} : { at }),
    ...(from === undefined || at === undefined || from >= at ? {} : { from }),
    state: actionState(context, item),
    due: dueText(context, item.due),
  };
}

export function timelinePart(context: StoryContext): Part {
  const { t, language } = context;
  // Every goal gets a lane, even without actions: an empty lane is the visible gap in the plan.
  const groups: TimelineGroup[] = actionGroups(context, true).map((group) => ({
    title: group.title,
    entries: group.actions.map((a) => entry(context, a)),
  }));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'note',
      text: t.timelinePart.asOf(formatDay(context.today, language)),
    },
  ];
  const startDay = parseDate(context.window.start).day;
  if (startDay !== 1) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.timelinePart.columnsFrom(startDay) });
  }
  const today = windowPosition(context.window, context.today);
  blocks.push({
    kind: 'timeline',
    months: windowMonths(context.window, language),
    monthNames: windowMonthNames(context.window, language),
    quarters: windowQuarters(context.window),
    ...(today === undefined ? {} : { today }),
    groups,
    legend: t.timeline,
    words: {
      action: t.timelinePart.action,
      owner: t.timelinePart.owner,
      due: t.goals.due,
      today: t.timelinePart.today,
    },
  });
  return {
    step: 6,
    key: 'timeline',
    title: t.timelinePart.title,
    subtitle: stepSubtitle(context, 6),
    blocks,
  };
}
