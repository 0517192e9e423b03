// The customer's version of the story: told from the cut plan, goal by goal, without step 5,
// without risks and without the story's own marks of a broken red thread.
import { customerSafe } from '../../src/plan/customerSafe';
import { buildStory } from '../../src/story';
import type { Block, ListBlock, Outline } from '../../src/story/outline';
import { makeAction, makeFact, makePlan } from '../builders';
import { blocksOf, outlineTexts, part, partTexts, plain } from './outlineText';

const TODAY = '2027-05-15';

// A plan whose red thread has a break the story would mark: a fact no so-what uses.
const plan = makePlan({
  facts: [...makePlan().facts, makeFact({ id: 'F9', area: 'market', text: 'Unused market fact' })],
  actions: [
    ...makePlan().actions,
    makeAction({ id: 'A7', what: 'Secret pricing talk', internal: true }),
  ],
});

function customer(): Outline {
  return buildStory(plan, { today: TODAY, customer: true, language: 'en' });
}

function allBlocks(outline: Outline): Block[] {
  return outline.parts.flatMap((p) => [...p.blocks]);
}

describe('the customer version of the story', () => {
  it('has no step 5 and no risks, and says nothing of what was left out', () => {
    const outline = customer();
    expect(outline.parts.some((p) => p.step === 5)).toBe(false);
    const texts = outlineTexts(outline).map(plain).join('\n');
    for (const risk of plan.risks) expect(texts).not.toContain(risk.title);
    for (const strategy of plan.strategies) expect(texts).not.toContain(strategy.text);
    expect(texts).not.toContain('Secret pricing talk');
    const focus = part(outline, 'focus');
    expect(blocksOf(focus, 'two-column')).toEqual([]);
    expect(blocksOf(focus, 'list')[0]?.title).toBe('Top 5 opportunities');
    // Its titles speak of opportunities only.
    expect(focus.title).toBe('The top 5 opportunities');
    expect(outline.parts.map((p) => p.title).join(' ')).not.toMatch(/risk/i);
    // The full plan's story does show the risks beside the opportunities.
    const full = buildStory(plan, { today: TODAY, language: 'en' });
    expect(blocksOf(part(full, 'focus'), 'two-column')).toHaveLength(1);
  });

  it('still tells the actions goal by goal, though their strategies are gone', () => {
    const outline = customer();
    const safe = customerSafe(plan);
    expect(safe.actions.every((a) => a.strategyId === undefined)).toBe(true);
    const texts = partTexts(part(outline, 'actions')).map(plain);
    const goal = plan.goals[0]!;
    const served = plan.actions.filter((a) => a.strategyId !== undefined && !a.internal);
    expect(served.length).toBeGreaterThan(0);
    // The goal heads its group, and nothing is filed as "without a goal".
    expect(texts.some((t) => t.includes(goal.title))).toBe(true);
    expect(texts.join('\n')).not.toMatch(/neither goal nor gap|Without a goal/);
    // The red thread's next actions are there, with no strategy column.
    const overview = part(outline, 'overview');
    const [table] = blocksOf(overview, 'table');
    expect(table?.columns.map((c) => c.header)).toEqual(['Goal', 'Based on', 'Next']);
    expect(partTexts(overview).map(plain).join('\n')).toContain(served[0]!.what);
  });

  it('sets none of the marks of a broken red thread', () => {
    const full = buildStory(plan, { today: TODAY, language: 'en' });
    const marks = (outline: Outline) =>
      allBlocks(outline).flatMap((b) => {
        if (b.kind === 'paragraph' && b.tone === 'warning') return [b.text];
        const lists: ListBlock[] =
          b.kind === 'list' ? [b] : b.kind === 'two-column' ? [b.left, b.right] : [];
        return lists.flatMap((l) => l.items.flatMap((i) => (i.warning ? [i.warning] : [])));
      });
    // The full story marks the unused fact; the customer's does not.
    expect(marks(full).map(plain).join('\n')).toContain('No so-what uses this fact');
    expect(marks(customer())).toEqual([]);
  });
});
