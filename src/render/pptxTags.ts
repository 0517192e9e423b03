// Slide tags in the package: pptxgenjs writes none, so they are added to its output. A tag
// part per slide (ppt/tags/tagN.xml), a relationship from the slide to it, the reference in the
// slide's <p:cSld><p:custDataLst>, and the content type. PowerPoint shows them to add-ins as
// slide.tags (KAP_STEP, KAP_PART), which is how the add-in finds and replaces its slides.
import type JSZip from 'jszip';

const PML = 'http://schemas.openxmlformats.org/presentationml/2006/main';
const TAGS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/tags';
const TAGS_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.tags+xml';

export const STEP_TAG = 'KAP_STEP';
export const PART_TAG = 'KAP_PART';

export interface SlideTag {
  readonly step: number;
  readonly key: string;
}

function escapeAttr(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`pptx: part ${path} is missing from pptxgenjs output`);
  return file.async('string');
}

/**
 * Inserts one element right after a unique closing tag. pptxgenjs writes the same fixed
 * skeleton for every slide; the checks fail loudly if a new version ever changes it.
 */
function insertAfterUnique(xml: string, closing: string, insert: string, part: string): string {
  const at = xml.indexOf(closing);
  if (at < 0 || xml.indexOf(closing, at + 1) >= 0) {
    throw new Error(`pptx: expected exactly one ${closing} in ${part}`);
  }
  const end = at + closing.length;
  return xml.slice(0, end) + insert + xml.slice(end);
}

export async function addSlideTags(zip: JSZip, tags: readonly SlideTag[]): Promise<void> {
  const overrides: string[] = [];
  for (const [index, tag] of tags.entries()) {
    const n = index + 1;
    const tagPath = `ppt/tags/tag${n}.xml`;
    zip.file(
      tagPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:tagLst xmlns:p="${PML}">` +
        `<p:tag name="${STEP_TAG}" val="${tag.step}"/>` +
        `<p:tag name="${PART_TAG}" val="${escapeAttr(tag.key)}"/></p:tagLst>`,
    );
    overrides.push(`<Override PartName="/${tagPath}" ContentType="${TAGS_TYPE}"/>`);

    const relsPath = `ppt/slides/_rels/slide${n}.xml.rels`;
    const rels = await text(zip, relsPath);
    const used = new Set(Array.from(rels.matchAll(/Id="([^"]+)"/g), (m) => m[1]));
    let id = used.size + 1;
    while (used.has(`rId${id}`)) id++;
    const relId = `rId${id}`;
    const closeRels = '</Relationships>';
    const at = rels.lastIndexOf(closeRels);
    if (at < 0) throw new Error(`pptx: ${relsPath} has no </Relationships>`);
    zip.file(
      relsPath,
      `${rels.slice(0, at)}<Relationship Id="${relId}" Type="${TAGS_REL}" Target="../tags/tag${n}.xml"/>${rels.slice(at)}`,
    );

    // CT_CommonSlideData: bg?, spTree, custDataLst?, controls?, extLst? — so right after spTree.
    const slidePath = `ppt/slides/slide${n}.xml`;
    const slide = await text(zip, slidePath);
    zip.file(
      slidePath,
      insertAfterUnique(
        slide,
        '</p:spTree>',
        `<p:custDataLst><p:tags r:id="${relId}"/></p:custDataLst>`,
        slidePath,
      ),
    );
  }
  const typesPath = '[Content_Types].xml';
  const types = await text(zip, typesPath);
  const at = types.lastIndexOf('</Types>');
  if (at < 0) throw new Error('pptx: [Content_Types].xml has no </Types>');
  zip.file(typesPath, types.slice(0, at) + overrides.join('') + types.slice(at));
}
