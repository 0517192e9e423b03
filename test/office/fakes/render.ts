// Small stand-ins for the documents module: a "deck" is a zip with one ppt/slides/slideN.xml per
// slide, which is all the PowerPoint fake looks at.
import JSZip from 'jszip';
import type { Outline, StoryStep } from '../../../src/story/outline';

export async function makeDeck(texts: readonly string[]): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('ppt/presentation.xml', '<p:presentation/>');
  texts.forEach((text, index) => {
    zip.file(`ppt/slides/slide${index + 1}.xml`, `<p:sld><a:t>${text}</a:t></p:sld>`);
    zip.file(`ppt/slides/_rels/slide${index + 1}.xml.rels`, '<Relationships/>');
  });
  return zip.generateAsync({ type: 'uint8array' });
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/**
 * A renderer with the documents module's signature: one slide per part of each requested step,
 * plus one more slide per 12 rows of a table or items of a list, as a real renderer splits
 * long content.
 */
export async function fakeRenderDeck(
  outline: Outline,
  options: { readonly steps?: readonly StoryStep[] } = {},
): Promise<{ bytes: Uint8Array; slides: number }> {
  const texts: string[] = [];
  for (const part of outline.parts) {
    if (options.steps && !options.steps.includes(part.step)) continue;
    let extra = 0;
    for (const block of part.blocks) {
      const length =
        block.kind === 'table' ? block.rows.length : block.kind === 'list' ? block.items.length : 0;
      extra += Math.floor(length / 12);
    }
    for (let i = 0; i <= extra; i++) texts.push(`${part.key}${i === 0 ? '' : ` (${i + 1})`}`);
  }
  return { bytes: await makeDeck(texts), slides: texts.length };
}
