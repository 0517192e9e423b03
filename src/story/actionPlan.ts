// Step 6: the action plan — who does what by when, for which goal or open question — and the
// same actions on twelve month columns from the start of the plan period.
import { parseDate } from '../plan/dates';
import type { Action } from '../plan/schema';
import { stepSubtitle } from './analysis';
import {
  actionState,
  dueText,
  gapName,
  goalName,
  goalOfAction,
  isOverdue,
  textOr,
  type StoryContext,
} from './context';
import { formatDay, windowColumn, windowMonths } from './format';
import type { Labelled } from './labels';
import type { Block, Part, TableCell, TimelineEntry, TimelineGroup } from './outline';

/** The goal or gap an action serves, with a visible mark when its link leads nowhere. */
function servesCell(context: StoryContext, action: Action): TableCell {
  const { t, labels } = context;
  const parts: string[] = [];
  let broken = false;
  if (action.strategyId !== undefined) {
    const strategy = labels.strategies.get(action.strategyId);
    const goal = goalOfAction(context, action);
    if (goal) parts.push(goalName(context, goal));
    else if (strategy) {
      parts.push(`${strategy.label} → ${t.missing.notFound(strategy.item.goalId)}`);
      broken = true;
    } else {
      parts.push(t.missing.notFound(action.strategyId));
      broken = true;
    }
  }
  if (action.gapId !== undefined) {
    const gap = labels.gaps.get(action.gapId);
    if (gap) parts.push(gapName(context, gap));
    else {
      parts.push(t.missing.notFound(action.gapId));
      broken = true;
    }
  }
  if (parts.length === 0) return { text: t.actions.noLink, tone: 'warning' };
  return { text: parts.join('; '), ...(broken ? { tone: 'warning' as const } : {}) };
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
  if (isOverdue(context, action))
    return { text: `${status} — ${t.actions.overdue}`, tone: 'warning' };
  return action.status === 'done' ? { text: status, tone: 'muted' } : { text: status };
}

export function actionsPart(context: StoryContext): Part {
  const { t, labels } = context;
  const blocks: Block[] = [];
  if (labels.actions.all.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: t.actions.none });
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: '', weight: 1.5 },
      { header: t.actions.what, weight: 6 },
      { header: t.actions.who, weight: 3 },
      { header: t.actions.due, weight: 3 },
      { header: t.actions.serves, weight: 5 },
      { header: t.actions.status, weight: 3 },
    ],
    rows: labels.actions.all.map(({ label, item }): TableCell[] => [
      { text: label, tone: 'strong' },
      item.what.trim() === '' ? { text: t.missing.text, tone: 'warning' } : { text: item.what },
      item.who.trim() === '' ? { text: t.missing.owner, tone: 'warning' } : { text: item.who },
      dueCell(context, item),
      servesCell(context, item),
      statusCell(context, item),
    ]),
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
  const month = windowColumn(context.window, item.due);
  return {
    label: `${label} ${textOr(item.what, context.t.missing.text)}`,
    ...(month === undefined ? {} : { month }),
    state: actionState(context, item),
    due: dueText(context, item.due),
  };
}

export function timelinePart(context: StoryContext): Part {
  const { t, labels, language } = context;
  const withoutGoal = labels.actions.all.filter((a) => !goalOfAction(context, a.item));
  // Every goal gets a row, even without actions: an empty row is the visible gap in the plan.
  const groups: TimelineGroup[] = labels.goals.all.map((goal) => ({
    title: goalName(context, goal),
    entries: labels.actions.all
      .filter((a) => goalOfAction(context, a.item) === goal)
      .map((a) => entry(context, a)),
  }));
  const forGaps = withoutGoal.filter((a) => a.item.gapId !== undefined);
  const unlinked = withoutGoal.filter((a) => a.item.gapId === undefined);
  if (forGaps.length > 0) {
    groups.push({ title: t.timelinePart.gapGroup, entries: forGaps.map((a) => entry(context, a)) });
  }
  if (unlinked.length > 0) {
    groups.push({
      title: t.timelinePart.unlinkedGroup,
      entries: unlinked.map((a) => entry(context, a)),
    });
  }
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
  blocks.push({
    kind: 'timeline',
    months: windowMonths(context.window, language),
    groups,
    legend: t.timeline,
  });
  return {
    step: 6,
    key: 'timeline',
    title: t.timelinePart.title,
    subtitle: stepSubtitle(context, 6),
    blocks,
  };
}
