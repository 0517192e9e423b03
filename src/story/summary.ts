// Step 0, after the cover: the plan "at a glance" for management — situation, complication and
// resolution, the account's key figures, each goal from its baseline to its target by its date,
// and what we need from management.
//
// Where the plan's `summary` leaves a statement empty, it is derived from the plan's own data and
// marked as derived, so that a reader never takes a generated line for the owner's words:
//   situation    the top two opportunities by rank (the method ranks them in step 3); with no
//                opportunity yet, the first two facts in story order (account first);
//   complication the top two risks; with no risk yet, the first two open questions (data gaps);
//   resolution   the goals (at most the method's three) and how many strategies pursue them.
// Asks are never derived: what management is to give is the owner's decision alone.
import { dueText, goalName, isBlank, textOr, type StoryContext } from './context';
import type { Labelled } from './labels';
import type { Block, ListBlock, ListItem, Part } from './outline';
import { labelled } from './typography';

/** How many items a derived statement names. */
const DERIVED_ITEMS = 2;
const MAX_GOALS = 3;

function joinItems(items: readonly string[]): string {
  return items.join('; ');
}

function named<T>(entries: readonly Labelled<T>[], text: (item: T) => string): string[] {
  return entries.slice(0, DERIVED_ITEMS).map((e) => labelled(e.label, text(e.item)));
}

interface Statement {
  readonly text: string;
  readonly derived: boolean;
}

function situation(context: StoryContext): Statement | undefined {
  const { plan, t, labels } = context;
  const own = plan.summary?.situation;
  if (!isBlank(own)) return { text: own ?? '', derived: false };
  const missing = t.missing.text;
  if (labels.opportunities.all.length > 0) {
    const items = named(labels.opportunities.all, (o) => textOr(o.title, missing));
    return { text: t.summary.topOpportunities(joinItems(items)), derived: true };
  }
  if (labels.facts.all.length > 0) {
    const items = named(labels.facts.all, (f) => textOr(f.text, missing));
    return { text: t.summary.topFacts(joinItems(items)), derived: true };
  }
  return undefined;
}

function complication(context: StoryContext): Statement | undefined {
  const { plan, t, labels } = context;
  const own = plan.summary?.complication;
  if (!isBlank(own)) return { text: own ?? '', derived: false };
  const missing = t.missing.text;
  if (labels.risks.all.length > 0) {
    const items = named(labels.risks.all, (r) => textOr(r.title, missing));
    return { text: t.summary.topRisks(joinItems(items)), derived: true };
  }
  if (labels.gaps.all.length > 0) {
    const items = named(labels.gaps.all, (g) => textOr(g.question, missing));
    return { text: t.summary.openQuestions(joinItems(items)), derived: true };
  }
  return undefined;
}

function resolution(context: StoryContext): Statement | undefined {
  const { plan, t, labels } = context;
  const own = plan.summary?.resolution;
  if (!isBlank(own)) return { text: own ?? '', derived: false };
  const goals = labels.goals.all.slice(0, MAX_GOALS);
  if (goals.length === 0) return undefined;
  const ids = new Set(goals.map((g) => g.item.id));
  const strategies = plan.strategies.filter((s) => ids.has(s.goalId)).length;
  const names = joinItems(goals.map((g) => goalName(context, g)));
  return { text: t.summary.goalsAndStrategies(names, strategies), derived: true };
}

function storyList(context: StoryContext): ListBlock & { title: string } {
  const { t } = context;
  const items: ListItem[] = [];
  const add = (word: string, statement: Statement | undefined) => {
    items.push(
      statement === undefined
        ? { text: `${word}: ${t.missing.text}`, warning: t.missing.text }
        : {
            text: `${word}: ${statement.text}`,
            ...(statement.derived ? { note: t.summary.derived } : {}),
          },
    );
  };
  add(t.summary.situation, situation(context));
  add(t.summary.complication, complication(context));
  add(t.summary.resolution, resolution(context));
  return { kind: 'list', title: t.summary.story, items };
}

function figuresList(context: StoryContext): ListBlock & { title: string } {
  const { plan, t } = context;
  const figures = (plan.account.figures ?? []).filter(
    (f) => !isBlank(f.label) || !isBlank(f.value),
  );
  return {
    kind: 'list',
    title: t.summary.figures,
    items:
      figures.length === 0
        ? [{ text: t.summary.noFigures }]
        : figures.map((f) => ({
            text: `${textOr(f.label, t.missing.text)}: ${textOr(f.value, t.missing.text)}`,
          })),
  };
}

function goalsList(context: StoryContext): ListBlock | undefined {
  const { t, labels } = context;
  if (labels.goals.all.length === 0) return undefined;
  return {
    kind: 'list',
    title: t.summary.goals,
    items: labels.goals.all.slice(0, MAX_GOALS).map(({ label, item }): ListItem => {
      const baseline = isBlank(item.baseline) ? t.summary.noBaseline : (item.baseline ?? '');
      const target = textOr(item.target, t.missing.text);
      return {
        label,
        text: textOr(item.title, t.missing.text),
        detail: t.summary.progress(baseline, target, dueText(context, item.due)),
        ...(item.rag === undefined ? {} : { note: `${t.goals.rag}: ${t.rags[item.rag]}` }),
      };
    }),
  };
}

export function summaryPart(context: StoryContext): Part {
  const { plan, t } = context;
  const blocks: Block[] = [
    { kind: 'two-column', left: storyList(context), right: figuresList(context) },
  ];
  const goals = goalsList(context);
  if (goals) blocks.push(goals);
  const asks = (plan.summary?.asks ?? []).filter((a) => !isBlank(a));
  if (asks.length > 0) {
    blocks.push({
      kind: 'list',
      title: t.summary.asks,
      ordered: true,
      items: asks.map((text) => ({ text })),
    });
  } else if (!context.customer) {
    // The customer's version has no asks by design: no note that we have none to make.
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.summary.noAsks });
  }
  return {
    step: 0,
    key: 'summary',
    title: t.summary.title,
    subtitle: t.summary.subtitle,
    blocks,
  };
}
