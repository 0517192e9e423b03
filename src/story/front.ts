// Step 0: the cover and the red thread on one page — per goal its target and date, what it rests
// on, how it is to be reached in full, and the next two actions with owner and date — under a
// line of counts that shows how much analysis stands behind the goals.
import { formatDay, formatPeriod } from './format';
import {
  actionsOf,
  closingActions,
  dueText,
  goalName,
  isBlank,
  isDone,
  isDropped,
  isOverdue,
  strategiesOf,
  textOr,
  type StoryContext,
} from './context';
import type { Labelled } from './labels';
import type { Action, Collection, Goal } from '../plan/schema';
import type { Block, CellLine, FunnelBlock, FunnelStage, Part, TableCell } from './outline';
import { labelled, NBSP, noun } from './typography';

export function coverPart(context: StoryContext): Part {
  const { plan, t, language } = context;
  const owner = plan.account.planOwner;
  return {
    step: 0,
    key: 'cover',
    title: plan.account.name,
    subtitle: t.cover.subtitle,
    blocks: [
      isBlank(owner)
        ? { kind: 'paragraph', tone: 'warning', text: `${t.cover.owner}: ${t.missing.owner}` }
        : { kind: 'paragraph', text: `${t.cover.owner}: ${owner ?? ''}` },
      {
        kind: 'paragraph',
        text: `${t.cover.period}: ${formatPeriod(context.window, language)}`,
      },
      {
        kind: 'paragraph',
        tone: 'note',
        text: `${t.cover.written} ${formatDay(context.today, language)}`,
      },
    ],
  };
}

/** How many next actions the red thread names per goal. */
const NEXT = 2;

/** The actions neither done nor dropped, by due date, undated ones last, equal dates in plan order. */
function pending(actions: readonly Labelled<Action>[]): Labelled<Action>[] {
  const open = actions.filter((a) => !isDone(a.item) && !isDropped(a.item));
  const dated = open.filter((a) => a.item.due !== '');
  // Array.prototype.sort is stable, so equal dates keep plan order.
  const sorted = [...dated].sort((a, b) =>
    a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : 0,
  );
  return [...sorted, ...open.filter((a) => a.item.due === '')];
}

function funnel(context: StoryContext): FunnelBlock {
  const { plan, language } = context;
  const stage = (...collections: Collection[]): FunnelStage => ({
    counts: collections.map((collection) => {
      const value = plan[collection].length;
      const word = noun(collection, value, language);
      // A label in a graphic: capitalised, as German nouns already are.
      return { value, noun: word.charAt(0).toUpperCase() + word.slice(1) };
    }),
  });
  const stages = [
    stage('facts'),
    stage('soWhats'),
    // The customer's version has no risks and no strategies to count.
    context.customer ? stage('opportunities') : stage('opportunities', 'risks'),
    stage('goals'),
    ...(context.customer ? [] : [stage('strategies')]),
    stage('actions'),
  ];
  const text = stages
    .map((s) => s.counts.map((c) => `${c.value}${NBSP}${c.noun}`).join(' · '))
    .join(' → ');
  return { kind: 'funnel', stages, text };
}

function goalCell(context: StoryContext, goal: Labelled<Goal>): TableCell {
  const { t } = context;
  const target = isBlank(goal.item.target)
    ? { text: t.overview.target(t.missing.text), tone: 'warning' as const }
    : { text: t.overview.target(goal.item.target), tone: 'muted' as const };
  const due =
    goal.item.due === ''
      ? { text: t.overview.due(t.missing.date), tone: 'warning' as const }
      : { text: t.overview.due(dueText(context, goal.item.due)), tone: 'muted' as const };
  return { text: goalName(context, goal), tone: 'strong', lines: [target, due] };
}

function basisCell(context: StoryContext, goal: Goal): TableCell {
  const { t, labels } = context;
  const lines: CellLine[] = goal.basedOn.map((id) => {
    const found = labels.opportunities.get(id) ?? labels.risks.get(id);
    if (!found) return { text: t.missing.notFound(id), tone: 'warning' };
    return { text: labelled(found.label, textOr(found.item.title, t.missing.text)), excerpt: true };
  });
  const [first, ...rest] = lines;
  // A goal of the customer's version may rest on left-out risks alone: no mark that it has none.
  if (!first)
    return context.customer ? { text: '' } : { text: t.overview.noBasis, tone: 'warning' };
  return { ...first, ...(rest.length > 0 ? { lines: rest } : {}) };
}

function strategyCell(context: StoryContext, goal: Goal): TableCell {
  const { t } = context;
  const lines = strategiesOf(context, goal).map((s): CellLine => ({
    text: labelled(s.label, textOr(s.item.text, t.missing.text)),
  }));
  const [first, ...rest] = lines;
  if (!first) return { text: t.strategies.noStrategy, tone: 'warning' };
  return { ...first, ...(rest.length > 0 ? { lines: rest } : {}) };
}

function nextCell(context: StoryContext, actions: readonly Labelled<Action>[]): TableCell {
  const { t } = context;
  if (actions.length === 0) return { text: t.overview.noActions, tone: 'warning' };
  const next = pending(actions);
  if (next.length === 0) return { text: t.overview.allDone, tone: 'muted' };
  const lines: CellLine[] = next.slice(0, NEXT).flatMap((action): CellLine[] => {
    const overdue = isOverdue(context, action.item);
    const due = dueText(context, action.item.due) + (overdue ? ` (${t.actions.overdue})` : '');
    const who = textOr(action.item.who, t.missing.owner);
    return [
      { text: labelled(action.label, textOr(action.item.what, t.missing.text)), excerpt: true },
      {
        text: `${who} · ${due}`,
        tone: overdue || action.item.due === '' || isBlank(action.item.who) ? 'warning' : 'muted',
      },
    ];
  });
  if (next.length > NEXT) lines.push({ text: t.overview.more(next.length - NEXT), tone: 'muted' });
  const [first, ...rest] = lines as [CellLine, ...CellLine[]];
  return { ...first, lines: rest };
}

export function overviewPart(context: StoryContext): Part {
  const { plan, t, labels } = context;
  const blocks: Block[] = [funnel(context)];
  if (plan.goals.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: t.overview.noGoals });
  } else {
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.overview.goal, weight: 2.7 },
        { header: t.overview.basedOn, weight: 3.3 },
        ...(context.customer ? [] : [{ header: t.overview.strategy, weight: 4 }]),
        { header: t.overview.nextDue, weight: 3.1 },
      ],
      rows: labels.goals.all.map((goal): TableCell[] => [
        goalCell(context, goal),
        basisCell(context, goal.item),
        ...(context.customer ? [] : [strategyCell(context, goal.item)]),
        nextCell(context, actionsOf(context, goal.item)),
      ]),
    });
  }
  if (plan.gaps.length > 0) {
    const closed = plan.gaps.filter((gap) => closingActions(context, gap).length > 0).length;
    blocks.push({
      kind: 'paragraph',
      tone: closed < plan.gaps.length ? 'warning' : 'note',
      text: t.overview.gapsClosed(closed, plan.gaps.length),
    });
  }
  return {
    step: 0,
    key: 'overview',
    title: t.overview.title,
    subtitle: t.overview.subtitle,
    blocks,
  };
}
