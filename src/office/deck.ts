// Turns the renderer's deck into what insertSlidesFromBase64 takes. The insert call returns
// nothing, so the writer needs the deck's slide count to tell the new slides apart; the renderer
// reports it, which keeps zip reading out of the task pane's start-up bundle.
import type { Outline, StoryStep } from '../story/outline';
import type { RenderStep } from './powerpoint';

export type RenderDeck = (
  outline: Outline,
  options: { readonly steps?: readonly StoryStep[] },
) => Promise<{ readonly bytes: Uint8Array; readonly slides: number }>;
export type ToBase64 = (bytes: Uint8Array) => string;

/** A RenderStep for the writer: one small deck per step of the outline. */
export function stepRenderer(
  outline: Outline,
  renderDeck: RenderDeck,
  toBase64: ToBase64,
): RenderStep {
  return async (step) => {
    if (!outline.parts.some((part) => part.step === step)) return { base64: '', slideCount: 0 };
    const deck = await renderDeck(outline, { steps: [step] });
    return { base64: toBase64(deck.bytes), slideCount: deck.slides };
  };
}
