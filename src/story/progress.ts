// Step 0, after the summary, when asked for (`review: true`): the account review. Progress per
// goal from baseline over current to target with its traffic light; the actions done, overdue and
// dropped since the last review; the actions of the next 90 days; and what changed in the plan
// since the last review's snapshot, item by item with old and new wording.
import { diffPlans, isUnchanged, type FieldChange, type ItemChange } from '../plan/diff';
import { lastReview, snapshotOf } from '../plan/review';
import {
  isCalendarDate,
  type Action,
  type Collection,
  type Review,
  type Snapshot,
} from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';
import {
  dueText,
  goalName,
  isBlank,
  isDone,
  isDropped,
  isOverdue,
  moneyText,
  textOr,
  type StoryContext,
} from './context';
import { addDays, formatDay } from './format';
import { labelPlan, type Labelled, type PlanLabels } from './labels';
import type { Block, CellLine, Part, TableCell, TableGroup } from './outline';
import { labelled, labelList } from './typography';

/** How far ahead the review looks. */
const AHEAD_DAYS = 90;

function progressTable(context: StoryContext, before: Snapshot | undefined): Block {
  const { t, labels } = context;
  if (labels.goals.all.length === 0) {
    return { kind: 'paragraph', tone: 'warning', text: t.review.noGoals };
  }
  const rows = labels.goals.all.map((goal): TableCell[] => {
    const { item } = goal;
    const value = (text: string | undefined): TableCell =>
      isBlank(text) ? { text: t.goals.notYet, tone: 'muted' } : { text: text ?? '' };
    const was = before?.goals.find((g) => g.id === item.id)?.current;
    const current = value(item.current);
    const lines: CellLine[] =
      !isBlank(was) && was !== item.current
        ? [{ text: t.review.before(was ?? ''), tone: 'muted' }]
        : [];
    return [
      { text: goalName(context, goal), tone: 'strong' },
      value(item.baseline),
      lines.length > 0 ? { ...current, lines } : current,
      {
        ...value(item.target),
        lines: [{ text: t.overview.due(dueText(context, item.due)), tone: 'muted' }],
      },
      item.rag === undefined
        ? { text: t.goals.notRated, tone: 'muted' }
        : { text: t.rags[item.rag], rag: item.rag },
    ];
  });
  return {
    kind: 'table',
    columns: [
      { header: t.review.goal, weight: 4.5 },
      { header: t.goals.baseline, weight: 2.2 },
      { header: t.goals.current, weight: 2.4 },
      { header: t.goals.target, weight: 2.6 },
      { header: t.goals.rag, weight: 2.6 },
    ],
    rows,
  };
}

function actionRow(context: StoryContext, { label, item }: Labelled<Action>): TableCell[] {
  const { t } = context;
  const overdue = isOverdue(context, item);
  const status = t.statuses[item.status ?? 'open'];
  return [
    { text: label, tone: 'strong' },
    { text: textOr(item.what, t.missing.text) },
    isBlank(item.who) ? { text: t.missing.owner, tone: 'warning' } : { text: item.who },
    overdue
      ? { text: dueText(context, item.due), tone: 'warning' }
      : { text: dueText(context, item.due) },
    overdue
      ? { text: `${status} – ${t.actions.overdue}`, state: 'overdue' }
      : item.status === 'done'
        ? { text: status, state: 'done' }
        : item.status === 'dropped'
          ? { text: status, state: 'dropped' }
          : { text: status },
  ];
}

function actionTable(
  context: StoryContext,
  groups: readonly { title: string; actions: readonly Labelled<Action>[] }[],
): Block | undefined {
  const { t } = context;
  const rows: TableCell[][] = [];
  const titles: TableGroup[] = [];
  for (const group of groups) {
    if (group.actions.length === 0) continue;
    titles.push({ title: group.title, start: rows.length });
    for (const action of group.actions) rows.push(actionRow(context, action));
  }
  if (rows.length === 0) return undefined;
  return {
    kind: 'table',
    columns: [
      { header: '', weight: 1.3 },
      { header: t.actions.what, weight: 7 },
      { header: t.actions.who, weight: 3.2 },
      { header: t.actions.due, weight: 2.6 },
      { header: t.actions.status, weight: 3 },
    ],
    rows,
    ...(groups.length > 1 ? { groups: titles } : {}),
  };
}

/**
 * Done and dropped "since the last review": with the review's snapshot, the actions whose status
 * became done (dropped) since, new ones included; a review without snapshot has only its date, so
 * those due on or after it; without any review, all of them. Overdue are all overdue today:
 * an action late before the last review and late still matters the more.
 */
function sinceLastReview(
  context: StoryContext,
  review: Review | undefined,
  status: 'done' | 'dropped',
): Labelled<Action>[] {
  const now = context.labels.actions.all.filter((a) => a.item.status === status);
  if (!review) return now;
  const snapshot = review.snapshot;
  if (snapshot) {
    return now.filter((a) => snapshot.actions.find((b) => b.id === a.item.id)?.status !== status);
  }
  return now.filter((a) => a.item.due !== '' && a.item.due >= review.date);
}

function inRange(date: string | undefined, from: string, to: string): boolean {
  return date !== undefined && date !== '' && date >= from && date <= to;
}

type Item = Readonly<Record<string, unknown>> & { readonly id: string };

function itemName(item: Item | undefined): string {
  if (!item) return '';
  for (const field of ['title', 'text', 'question', 'what', 'name']) {
    const value = item[field];
    if (typeof value === 'string') return value;
  }
  return '';
}

/** Which collection a field's ids point into. */
const REFERENCES: Readonly<Record<string, readonly Collection[]>> = {
  factIds: ['facts'],
  soWhatIds: ['soWhats'],
  basedOn: ['opportunities', 'risks'],
  personIds: ['people'],
  goalId: ['goals'],
  strategyId: ['strategies'],
  gapId: ['gaps'],
};

function word(context: StoryContext, field: string, value: unknown): string | undefined {
  const { t } = context;
  if (typeof value !== 'string') return undefined;
  const tables: Record<string, Readonly<Record<string, string>>> = {
    status: t.statuses,
    kind: t.kinds,
    area: t.areas,
    rag: t.rags,
    impact: t.levels,
    likelihood: t.levels,
    influence: t.levels,
    attitude: t.attitudes,
    buyingRole: t.buyingRoles,
    levers: t.levers,
  };
  return tables[field]?.[value];
}

/** A field's value in words: dates, enums, references as labels, money in the currency. */
function valueText(
  context: StoryContext,
  labels: PlanLabels,
  field: string,
  value: unknown,
): string {
  const { t } = context;
  if (value === undefined || value === '') return t.review.none;
  const targets = REFERENCES[field];
  const label = (id: string) => {
    for (const collection of targets ?? []) {
      const found = labels[collection].get(id);
      if (found) return found.label;
    }
    return t.missing.notFound(id);
  };
  if (targets && typeof value === 'string') return label(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t.review.none;
    if (targets) return labelList(value.map((v) => label(String(v))));
    return value
      .map((v: unknown) => {
        if (v !== null && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          const text = (x: unknown) => (typeof x === 'string' ? x : '');
          return `${text(o.label)}: ${text(o.value)}`;
        }
        return word(context, field, v) ?? String(v);
      })
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? t.review.yes : t.review.no;
  if (typeof value === 'number')
    return field === 'value' ? moneyText(context, value) : String(value);
  if (typeof value === 'string') {
    return (
      word(context, field, value) ??
      (isCalendarDate(value) ? formatDay(value, context.language) : value)
    );
  }
  return JSON.stringify(value);
}

function fieldName(context: StoryContext, field: string): string {
  const { t, language } = context;
  const headline = /^headlines\.([1-6])$/.exec(field);
  if (headline) {
    const step = Number(headline[1]) as 1 | 2 | 3 | 4 | 5 | 6;
    return t.step(step, STEP_NAMES[step][language]);
  }
  return t.review.fields[field] ?? field;
}

function changeRows(context: StoryContext, change: ItemChange, before: PlanLabels): TableCell[][] {
  const { t } = context;
  const after = context.labels;
  if (change.change === 'added') {
    return [
      [
        { text: t.review.added, tone: 'strong' },
        { text: t.review.none },
        { text: itemName(change.after) },
      ],
    ];
  }
  if (change.change === 'removed') {
    return [
      [
        { text: t.review.removed, tone: 'warning' },
        { text: itemName(change.before) },
        { text: t.review.none },
      ],
    ];
  }
  const rows = change.fields.map((f: FieldChange): TableCell[] => [
    { text: fieldName(context, f.field), tone: 'strong' },
    { text: valueText(context, before, f.field, f.before), tone: 'muted' },
    { text: valueText(context, after, f.field, f.after) },
  ]);
  if (change.moved) {
    rows.push([
      { text: t.review.rank, tone: 'strong' },
      { text: String(change.moved.before + 1), tone: 'muted' },
      { text: String(change.moved.after + 1) },
    ]);
  }
  return rows;
}

function changesBlocks(context: StoryContext, review: Review | undefined): Block[] {
  const { t, plan, language } = context;
  const snapshot = review?.snapshot;
  if (!review || !snapshot) return [{ kind: 'paragraph', tone: 'note', text: t.review.noSnapshot }];
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t.review.changes(formatDay(review.date, language)) },
  ];
  const diff = diffPlans(snapshot, snapshotOf(plan));
  if (isUnchanged(diff)) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.review.noChanges });
    return blocks;
  }
  // A snapshot is a plan without reviews: labelled as the plan was then, for removed items.
  const before = labelPlan(snapshot, language);
  const rows: TableCell[][] = [];
  const groups: TableGroup[] = [];
  for (const change of diff.items) {
    const entry =
      change.change === 'removed'
        ? before[change.collection].get(change.id)
        : context.labels[change.collection].get(change.id);
    const name = itemName(change.after ?? change.before);
    groups.push({
      title: labelled(entry?.label ?? change.id, textOr(name, t.missing.text)),
      start: rows.length,
    });
    rows.push(...changeRows(context, change, before));
  }
  if (diff.plan.length > 0) {
    groups.push({ title: t.review.planDetails, start: rows.length });
    for (const f of diff.plan) {
      const field = f.field.replace(/^(account|summary|headlines)\./, '');
      rows.push([
        { text: fieldName(context, f.field), tone: 'strong' },
        { text: valueText(context, before, field, f.before), tone: 'muted' },
        { text: valueText(context, context.labels, field, f.after) },
      ]);
    }
  }
  blocks.push({
    kind: 'table',
    columns: [
      { header: t.review.field, weight: 3 },
      { header: t.review.was, weight: 5 },
      { header: t.review.now, weight: 5 },
    ],
    rows,
    groups,
  });
  return blocks;
}

export function reviewPart(context: StoryContext): Part {
  const { plan, t, language, labels, today } = context;
  const review = lastReview(plan);
  const blocks: Block[] = [];
  const participants = (review?.participants ?? []).filter((p) => !isBlank(p));
  if (participants.length > 0) {
    blocks.push({
      kind: 'paragraph',
      tone: 'note',
      text: t.review.participants(participants.join(', ')),
    });
  }
  if (plan.account.nextReview !== undefined) {
    blocks.push({
      kind: 'paragraph',
      tone: plan.account.nextReview < today ? 'warning' : 'note',
      text: t.review.nextReview(formatDay(plan.account.nextReview, language)),
    });
  }
  blocks.push({ kind: 'heading', level: 1, text: t.review.progress });
  blocks.push(progressTable(context, review?.snapshot));

  blocks.push({
    kind: 'heading',
    level: 1,
    text: review ? t.review.actionsSince(formatDay(review.date, language)) : t.review.actionsAll,
  });
  const done = actionTable(context, [
    { title: t.review.done, actions: sinceLastReview(context, review, 'done') },
    {
      title: t.review.overdue,
      actions: labels.actions.all.filter((a) => isOverdue(context, a.item)),
    },
    { title: t.review.dropped, actions: sinceLastReview(context, review, 'dropped') },
  ]);
  blocks.push(done ?? { kind: 'paragraph', tone: 'note', text: t.review.noActions });

  const end = addDays(today, AHEAD_DAYS);
  blocks.push({ kind: 'heading', level: 1, text: t.review.next(formatDay(end, language)) });
  const ahead = labels.actions.all.filter(
    (a) =>
      !isDone(a.item) &&
      !isDropped(a.item) &&
      (inRange(a.item.due, today, end) || inRange(a.item.start, today, end)),
  );
  // In date order across goals: the review looks at the calendar, not at the plan's structure.
  const byDate = [...ahead].sort((a, b) =>
    a.item.due < b.item.due ? -1 : a.item.due > b.item.due ? 1 : 0,
  );
  const next = actionTable(context, [{ title: '', actions: byDate }]);
  blocks.push(next ?? { kind: 'paragraph', tone: 'note', text: t.review.noNext });

  blocks.push(...changesBlocks(context, review));
  return {
    step: 0,
    key: 'review',
    title: t.review.title,
    subtitle: review ? t.review.since(formatDay(review.date, language)) : t.review.first,
    blocks,
  };
}
