// Turns the renderer's bytes into what insertSlidesFromBase64 takes, and counts the deck's slides:
// the insert call returns nothing, so the writer needs the count to tell new slides apart.
import JSZip from 'jszip';
import type { Outline, StoryStep } from '../story/outline';
import type { RenderStep } from './powerpoint';

export type RenderPptx = (
  outline: Outline,
  options: { readonly steps?: readonly StoryStep[] },
) => Promise<Uint8Array>;
export type ToBase64 = (bytes: Uint8Array) => string;

/** The number of slides in a .pptx: the slide parts ppt/slides/slideN.xml. */
export async function countSlides(bytes: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
}

/** A RenderStep for the writer: one small deck per step of the outline. */
export function stepRenderer(
  outline: Outline,
  renderPptx: RenderPptx,
  toBase64: ToBase64,
): RenderStep {
  return async (step) => {
    if (!outline.parts.some((part) => part.step === step)) return { base64: '', slideCount: 0 };
    const bytes = await renderPptx(outline, { steps: [step] });
    return { base64: toBase64(bytes), slideCount: await countSlides(bytes) };
  };
}
