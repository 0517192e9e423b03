// Steps 4 and 5: at most three SMART goals, and per goal the strategy — the how, its levers and
// the facts of the analysis it builds on, which closes the circle back to step 1.
import { isInWindow } from '../plan/dates';
import type { Strategy } from '../plan/schema';
import { stepSubtitle } from './analysis';
import {
  dueText,
  goalName,
  isBlank,
  refs,
  strategiesOf,
  textOr,
  type StoryContext,
} from './context';
import type { Labelled } from './labels';
import type { Block, Card, CardField, ListBlock, ListItem, Part } from './outline';
import { labelled } from './typography';

/** Goals beyond this many are shown, but marked: the method keeps three. */
const MAX_GOALS = 3;

export function goalsPart(context: StoryContext): Part {
  const { t, labels } = context;
  const focusLookup = (id: string) => labels.opportunities.get(id) ?? labels.risks.get(id);
  // Progress (baseline, current, traffic light) on every card once any goal tracks it, so the
  // cards stay alike; a plan that tracks none keeps the cards of the method's step 4.
  const tracked = labels.goals.all.some(
    (g) => !isBlank(g.item.baseline) || !isBlank(g.item.current) || g.item.rag !== undefined,
  );
  const cards = labels.goals.all.map(({ label, item }): Card => {
    const outside = item.due !== '' && !isInWindow(context.window, item.due);
    const due = dueText(context, item.due) + (outside ? ` (${t.goals.outsideWindow})` : '');
    const basedOn = refs(context, item.basedOn, focusLookup);
    const fields: CardField[] = [
      { label: t.goals.measure, value: textOr(item.measure, t.missing.text) },
    ];
    if (tracked) {
      fields.push(
        { label: t.goals.baseline, value: textOr(item.baseline, t.goals.notYet) },
        { label: t.goals.current, value: textOr(item.current, t.goals.notYet) },
      );
    }
    fields.push(
      { label: t.goals.target, value: textOr(item.target, t.missing.text) },
      { label: t.goals.due, value: due },
    );
    if (tracked) {
      fields.push(
        item.rag === undefined
          ? { label: t.goals.rag, value: t.goals.notRated }
          : { label: t.goals.rag, value: t.rags[item.rag], rag: item.rag },
      );
    }
    if (!isBlank(item.owner)) fields.push({ label: t.goals.owner, value: item.owner ?? '' });
    // In the customer's version a goal may rest on risks alone, all left out: then the card says
    // nothing of its basis rather than that it has none.
    if (basedOn !== '' || !context.customer) {
      fields.push({ label: t.goals.basedOn, value: basedOn === '' ? t.overview.noBasis : basedOn });
    }
    return { label, title: textOr(item.title, t.missing.text), fields };
  });
  const blocks: Block[] = [];
  if (cards.length === 0) blocks.push({ kind: 'paragraph', tone: 'warning', text: t.goals.none });
  else blocks.push({ kind: 'cards', cards });
  const beyond = labels.goals.all.slice(MAX_GOALS).map((g) => g.label);
  if (beyond.length > 0) {
    blocks.push({ kind: 'paragraph', tone: 'warning', text: t.goals.beyondTop(beyond.join(', ')) });
  }
  return {
    step: 4,
    key: 'goals',
    title: t.goals.title,
    subtitle: stepSubtitle(context, 4),
    blocks,
  };
}

/**
 * A strategy: its text in full, then its levers beside the facts it builds on. The facts are
 * repeated from step 1, so a renderer short of space may shorten them; step 1 has them in full.
 */
function strategyBlocks(context: StoryContext, { label, item }: Labelled<Strategy>): Block[] {
  const { t, labels } = context;
  const blocks: Block[] = [
    { kind: 'paragraph', tone: 'lead', text: labelled(label, textOr(item.text, t.missing.text)) },
  ];
  const levers: (ListBlock & { title: string }) | undefined =
    item.levers.length === 0
      ? undefined
      : {
          kind: 'list',
          title: t.strategies.levers,
          items: item.levers.map((lever) => ({ text: t.levers[lever] })),
        };
  const facts: (ListBlock & { title: string }) | undefined =
    item.factIds.length === 0
      ? undefined
      : {
          kind: 'list',
          title: t.strategies.facts,
          items: item.factIds.map((id): ListItem => {
            const fact = labels.facts.get(id);
            if (!fact) return { text: t.missing.notFound(id), warning: t.missing.notFound(id) };
            return {
              label: fact.label,
              text: textOr(fact.item.text, t.missing.text),
              excerpt: true,
            };
          }),
        };
  if (levers && facts) blocks.push({ kind: 'two-column', left: levers, right: facts });
  else {
    blocks.push(levers ?? { kind: 'paragraph', tone: 'warning', text: t.strategies.noLever });
    blocks.push(facts ?? { kind: 'paragraph', tone: 'warning', text: t.strategies.noFact });
  }
  return blocks;
}

export function strategiesPart(context: StoryContext): Part {
  const { t, labels } = context;
  const blocks: Block[] = [];
  for (const goal of labels.goals.all) {
    blocks.push({ kind: 'heading', level: 2, text: goalName(context, goal) });
    const strategies = strategiesOf(context, goal.item);
    if (strategies.length === 0) {
      blocks.push({ kind: 'paragraph', tone: 'warning', text: t.strategies.noStrategy });
    }
    for (const strategy of strategies) blocks.push(...strategyBlocks(context, strategy));
  }
  // A strategy whose goal is missing is still part of the plan's content, so it is told too.
  const orphans = labels.strategies.all.filter((s) => !labels.goals.get(s.item.goalId));
  if (orphans.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: t.strategies.withoutGoal });
    for (const strategy of orphans) {
      blocks.push(...strategyBlocks(context, strategy));
      blocks.push({
        kind: 'paragraph',
        tone: 'warning',
        text: `${strategy.label} → ${t.missing.notFound(strategy.item.goalId)}`,
      });
    }
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', tone: 'warning', text: t.goals.none });
  return {
    step: 5,
    key: 'strategies',
    title: t.strategies.title,
    subtitle: stepSubtitle(context, 5),
    blocks,
  };
}
