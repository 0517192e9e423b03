// The PowerPoint writer with the real documents module: each step's deck made by renderDeck goes
// into the presentation whole, tagged, in story order.
import JSZip from 'jszip';
import { stepRenderer } from '../../src/office/deck';
import { writeSlides } from '../../src/office/powerpoint';
import { renderDeck, toBase64 } from '../../src/render';
import { buildStory } from '../../src/story';
import type { StoryStep } from '../../src/story/outline';
import { makePlan } from '../builders';
import { FakePowerPoint, presentationWith } from './fakes/powerpoint';

// WORKAROUND pptxgenjs 4.0.1 under jest (as in test/render/support.ts): on 'node' it starts an
// unawaited import('node:fs') on every write, which jest's CommonJS sandbox rejects. Each test
// file has its own `process`, so this only affects this file.
Object.defineProperty(process, 'release', { value: { ...process.release, name: 'jest-sandbox' } });

it('inserts the rendered decks of every step, as many slides as the renderer made', async () => {
  const outline = buildStory(makePlan(), { today: '2027-01-15' });
  const steps: StoryStep[] = [0, 1, 2, 3, 4, 5, 6];
  const pp = new FakePowerPoint(presentationWith(['user']));
  const result = await writeSlides(
    { run: pp.run, canReadSelection: true },
    'plan',
    steps,
    stepRenderer(outline, renderDeck, toBase64),
  );
  expect(result).toEqual({ ok: true, written: steps });
  expect(pp.counter.syncs).toBe(4);
  const whole = await renderDeck(outline, { steps });
  // The count the writer relies on is the number of slide parts in the file.
  const zip = await JSZip.loadAsync(whole.bytes);
  expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
    whole.slides,
  );
  const order = pp.model.slides
    .filter((s) => s.tags.has('KAP_PLAN'))
    .map((s) => Number(s.tags.get('KAP_STEP')));
  expect(order).toHaveLength(whole.slides);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(pp.model.slides[0]!.content).toBe('user');
});
