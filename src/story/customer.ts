// The customer's version of the story (plan-format-v2.md, "Customer-safe"). The plan is cut
// first (plan/customerSafe.ts), so nothing left out can be told. Two things the cut plan alone
// would tell badly are put right here: the actions lost their strategies, yet still belong to
// their goals; and the story's own marks of a broken red thread ("no so-what uses this fact",
// "no strategy yet") are our internal judgements, not the customer's business.
import { customerSafe } from '../plan/customerSafe';
import type { Plan } from '../plan/schema';
import type { Block, Part } from './outline';

export interface CustomerPlan {
  readonly plan: Plan;
  /** The goal of each kept action, by id, as the full plan links them through strategies. */
  readonly actionGoals: ReadonlyMap<string, string>;
}

export function forCustomer(plan: Plan): CustomerPlan {
  const safe = customerSafe(plan);
  const keptGoals = new Set(safe.goals.map((g) => g.id));
  const keptActions = new Set(safe.actions.map((a) => a.id));
  const strategyGoal = new Map<string, string>();
  for (const strategy of plan.strategies) {
    if (!strategyGoal.has(strategy.id)) strategyGoal.set(strategy.id, strategy.goalId);
  }
  const actionGoals = new Map<string, string>();
  for (const action of plan.actions) {
    const goalId =
      action.strategyId === undefined ? undefined : strategyGoal.get(action.strategyId);
    if (goalId !== undefined && keptGoals.has(goalId) && keptActions.has(action.id)) {
      actionGoals.set(action.id, goalId);
    }
  }
  return { plan: safe, actionGoals };
}

function withoutMarks(block: Block): Block | undefined {
  if (block.kind === 'paragraph' && block.tone === 'warning') return undefined;
  if (block.kind === 'list') {
    return { ...block, items: block.items.map(({ warning: _warning, ...item }) => item) };
  }
  if (block.kind === 'two-column') {
    const strip = (list: typeof block.left) => ({
      ...list,
      items: list.items.map(({ warning: _warning, ...item }) => item),
    });
    return { ...block, left: strip(block.left), right: strip(block.right) };
  }
  return block;
}

/** A part without the marks the story sets where the red thread breaks. */
export function withoutJudgements(part: Part): Part {
  return {
    ...part,
    blocks: part.blocks.map(withoutMarks).filter((b): b is Block => b !== undefined),
  };
}
