// Round trips: writing the whole plan takes a fixed number of syncs whatever the plan's size
// (at most 4 in PowerPoint, 3 in Word). The 300-fact plan makes many more slides and paragraphs
// than the small one; the sync count stays the same.
import { stepRenderer } from '../../src/office/deck';
import { writeSlides } from '../../src/office/powerpoint';
import { writeSections } from '../../src/office/word';
import { buildStory } from '../../src/story';
import type { StoryStep } from '../../src/story/outline';
import type { Plan } from '../../src/plan/schema';
import { makeFact, makePlan, makeSoWhat } from '../builders';
import { FakePowerPoint, presentationWith } from './fakes/powerpoint';
import { fakeRenderDeck, toBase64 } from './fakes/render';
import { FakeWord, documentWith, paragraph } from './fakes/word';

const ALL: StoryStep[] = [0, 1, 2, 3, 4, 5, 6];

function bigPlan(): Plan {
  const facts = Array.from({ length: 300 }, (_, i) =>
    makeFact({ id: `F${i + 1}`, text: `Fact number ${i + 1}`, area: i % 2 ? 'market' : 'account' }),
  );
  const soWhats = Array.from({ length: 60 }, (_, i) =>
    makeSoWhat({
      id: `S${i + 1}`,
      factIds: [`F${i * 5 + 1}`],
      kind: i % 2 ? 'risk' : 'opportunity',
    }),
  );
  return makePlan({ facts, soWhats });
}

const plans: [string, Plan][] = [
  ['a small plan', makePlan()],
  ['a 300-fact plan', bigPlan()],
];

describe.each(plans)('writing %s', (_name, plan) => {
  const outline = buildStory(plan, { today: '2027-01-15' });

  it('takes 4 syncs in PowerPoint, also when rewriting', async () => {
    const pp = new FakePowerPoint(presentationWith(['user slide']));
    const render = stepRenderer(outline, fakeRenderDeck, toBase64);
    expect((await writeSlides({ run: pp.run, canReadSelection: true }, 'p', ALL, render)).ok).toBe(
      true,
    );
    expect(pp.counter.syncs).toBe(4);
    pp.counter.syncs = 0;
    expect((await writeSlides({ run: pp.run, canReadSelection: true }, 'p', ALL, render)).ok).toBe(
      true,
    );
    expect(pp.counter.syncs).toBe(4);
    const planSlides = pp.model.slides.filter((s) => s.tags.has('KAP_PLAN')).length;
    expect(planSlides).toBeGreaterThanOrEqual(outline.parts.length);
    if (plan.facts.length === 300) expect(planSlides).toBeGreaterThan(outline.parts.length + 20);
  });

  it('takes 2 syncs in Word, also when rewriting', async () => {
    const word = new FakeWord(documentWith([paragraph('user text')]));
    expect((await writeSections({ run: word.run }, 'p', outline, ALL)).ok).toBe(true);
    expect(word.counter.syncs).toBe(2);
    word.counter.syncs = 0;
    expect((await writeSections({ run: word.run }, 'p', outline, ALL)).ok).toBe(true);
    expect(word.counter.syncs).toBe(2);
    const lines = word.lines().length;
    expect(lines).toBeGreaterThan(10);
    if (plan.facts.length === 300) expect(word.lines().join('\n')).toContain('Fact number 300');
  });
});
