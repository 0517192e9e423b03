// Slide tags in the package: pptxgenjs writes none, so they are added to its output. A tag
// part per slide (ppt/tags/tagN.xml), a relationship from the slide to it, the reference in the
// slide's <p:cSld><p:custDataLst>, and the content type. PowerPoint shows them to add-ins as
// slide.tags (KAP_STEP, KAP_PART), which is how the add-in finds and replaces its slides.
import { partBytes, partText, type Parts } from './pptxParts';
import { applyEdits, ascii, bytesAt, lastIndexOfBytes } from './xmlBytes';

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

const SHAPE_TREE_END = ascii('</p:spTree>');
const SLIDE_DATA_END = ascii('</p:cSld>');

/**
 * Inserts one element right after a slide's shape tree, the last element of its p:cSld in what
 * pptxgenjs writes. The check fails loudly if a new version ever writes more there.
 */
function insertAfterShapeTree(slide: Uint8Array, insert: string, part: string): Uint8Array {
  const end = lastIndexOfBytes(slide, SHAPE_TREE_END) + SHAPE_TREE_END.length;
  if (end < SHAPE_TREE_END.length || !bytesAt(slide, SLIDE_DATA_END, end)) {
    throw new Error(`pptx: expected </p:spTree></p:cSld> in ${part}`);
  }
  return applyEdits(slide, [{ from: end, to: end, insert: ascii(insert) }]);
}

export function addSlideTags(parts: Parts, tags: readonly SlideTag[]): void {
  const overrides: string[] = [];
  for (const [index, tag] of tags.entries()) {
    const n = index + 1;
    const tagPath = `ppt/tags/tag${n}.xml`;
    parts.set(
      tagPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:tagLst xmlns:p="${PML}">` +
        `<p:tag name="${STEP_TAG}" val="${tag.step}"/>` +
        `<p:tag name="${PART_TAG}" val="${escapeAttr(tag.key)}"/></p:tagLst>`,
    );
    overrides.push(`<Override PartName="/${tagPath}" ContentType="${TAGS_TYPE}"/>`);

    const relsPath = `ppt/slides/_rels/slide${n}.xml.rels`;
    const rels = partText(parts, relsPath);
    const used = new Set(Array.from(rels.matchAll(/Id="([^"]+)"/g), (m) => m[1]));
    let id = used.size + 1;
    while (used.has(`rId${id}`)) id++;
    const relId = `rId${id}`;
    const closeRels = '</Relationships>';
    const at = rels.lastIndexOf(closeRels);
    if (at < 0) throw new Error(`pptx: ${relsPath} has no </Relationships>`);
    parts.set(
      relsPath,
      `${rels.slice(0, at)}<Relationship Id="${relId}" Type="${TAGS_REL}" Target="../tags/tag${n}.xml"/>${rels.slice(at)}`,
    );

    // CT_CommonSlideData: bg?, spTree, custDataLst?, controls?, extLst? — so right after spTree.
    const slidePath = `ppt/slides/slide${n}.xml`;
    parts.set(
      slidePath,
      insertAfterShapeTree(
        partBytes(parts, slidePath),
        `<p:custDataLst><p:tags r:id="${relId}"/></p:custDataLst>`,
        slidePath,
      ),
    );
  }
  const typesPath = '[Content_Types].xml';
  const types = partText(parts, typesPath);
  const at = types.lastIndexOf('</Types>');
  if (at < 0) throw new Error('pptx: [Content_Types].xml has no </Types>');
  parts.set(typesPath, types.slice(0, at) + overrides.join('') + types.slice(at));
}
