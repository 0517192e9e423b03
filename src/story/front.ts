// Step 0: the cover and the red thread on one page — per goal what it rests on, how it is to be
// reached and what happens next, so a reader sees the whole chain before the details.
import { formatDay, formatPeriod } from './format';
import {
  actionsOf,
  closingActions,
  dueText,
  excerpt,
  goalName,
  isBlank,
  isDone,
  isOverdue,
  refs,
  strategiesOf,
  textOr,
  type StoryContext,
} from './context';
import type { Labelled } from './labels';
import type { Action } from '../plan/schema';
import type { Block, Part, TableCell } from './outline';

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

/** The earliest not-done action: dated ones by date, then undated ones, each in plan order. */
function nextDue(actions: readonly Labelled<Action>[]): Labelled<Action> | undefined {
  const pending = actions.filter((a) => !isDone(a.item));
  const dated = pending.filter((a) => a.item.due !== '');
  // Array.prototype.sort is stable, so equal dates keep plan order.
  const sorted = [...dated].sort((a, b) =>
    a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : 0,
  );
  return sorted[0] ?? pending[0];
}

function nextDueCell(context: StoryContext, actions: readonly Labelled<Action>[]): TableCell {
  const { t } = context;
  if (actions.length === 0) return { text: t.overview.noActions, tone: 'warning' };
  const next = nextDue(actions);
  if (!next) return { text: t.overview.allDone, tone: 'muted' };
  const what = excerpt(textOr(next.item.what, t.missing.text));
  const who = textOr(next.item.who, t.missing.owner);
  const overdue = isOverdue(context, next.item);
  const due = dueText(context, next.item.due) + (overdue ? ` (${t.actions.overdue})` : '');
  return {
    text: `${next.label} ${what} — ${due}, ${who}`,
    ...(overdue || next.item.due === '' ? { tone: 'warning' as const } : {}),
  };
}

export function overviewPart(context: StoryContext): Part {
  const { plan, t, labels } = context;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: t.overview.chain({
        facts: plan.facts.length,
        soWhats: plan.soWhats.length,
        opportunities: plan.opportunities.length,
        risks: plan.risks.length,
        goals: plan.goals.length,
        strategies: plan.strategies.length,
        actions: plan.actions.length,
      }),
    },
  ];
  if (plan.goals.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: t.overview.noGoals });
  } else {
    const focusLookup = (id: string) => labels.opportunities.get(id) ?? labels.risks.get(id);
    blocks.push({
      kind: 'table',
      columns: [
        { header: t.overview.goal, weight: 3 },
        { header: t.overview.basedOn, weight: 4 },
        { header: t.overview.strategy, weight: 4 },
        { header: t.overview.actions, weight: 2 },
        { header: t.overview.nextDue, weight: 3 },
      ],
      rows: labels.goals.all.map((goal): TableCell[] => {
        const strategies = strategiesOf(context, goal.item);
        const actions = actionsOf(context, goal.item);
        const basedOn = refs(context, goal.item.basedOn, focusLookup, (f) => f.title);
        return [
          { text: goalName(context, goal), tone: 'strong' },
          basedOn === '' ? { text: t.overview.noBasis, tone: 'warning' } : { text: basedOn },
          strategies.length === 0
            ? { text: t.strategies.noStrategy, tone: 'warning' }
            : {
                text: strategies
                  .map((s) => `${s.label} ${excerpt(textOr(s.item.text, t.missing.text), 90)}`)
                  .join('; '),
              },
          actions.length === 0 ? { text: '0', tone: 'warning' } : { text: String(actions.length) },
          nextDueCell(context, actions),
        ];
      }),
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
