// Small stand-ins for the documents module: a "deck" is the smallest package PowerPoint takes as
// a presentation — content types, presentation.xml listing its slides, one slide part each —
// which is all the PowerPoint fake looks at.
import JSZip from 'jszip';
import type { Outline, StoryStep } from '../../../src/story/outline';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PML = 'http://schemas.openxmlformats.org/presentationml/2006/main';

/** A deck with one slide per text; `tags` gives slides tags as the documents module does. */
export async function makeDeck(
  texts: readonly string[],
  tags: readonly Readonly<Record<string, string>>[] = [],
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  const ids = texts.map((_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('');
  zip.file(
    'ppt/presentation.xml',
    `<p:presentation xmlns:p="${PML}" xmlns:r="${REL}"><p:sldIdLst>${ids}</p:sldIdLst></p:presentation>`,
  );
  const rels = texts
    .map(
      (_, i) =>
        `<Relationship Id="rId${i + 1}" Type="${REL}/slide" Target="slides/slide${i + 1}.xml"/>`,
    )
    .join('');
  zip.file('ppt/_rels/presentation.xml.rels', `<Relationships>${rels}</Relationships>`);
  texts.forEach((text, index) => {
    zip.file(`ppt/slides/slide${index + 1}.xml`, `<p:sld><a:t>${text}</a:t></p:sld>`);
    const own = Object.entries(tags[index] ?? {});
    if (own.length === 0) {
      zip.file(`ppt/slides/_rels/slide${index + 1}.xml.rels`, '<Relationships/>');
      return;
    }
    zip.file(
      `ppt/slides/_rels/slide${index + 1}.xml.rels`,
      `<Relationships><Relationship Id="rId1" Type="${REL}/tags" Target="../tags/tag${index + 1}.xml"/></Relationships>`,
    );
    const list = own.map(([name, val]) => `<p:tag name="${name}" val="${val}"/>`).join('');
    zip.file(`ppt/tags/tag${index + 1}.xml`, `<p:tagLst xmlns:p="${PML}">${list}</p:tagLst>`);
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
