// The end of the .pptx pipeline. pptxgenjs zips its parts without compressing them; the package
// is opened once, its parts are mended where pptxgenjs writes them against the PresentationML
// schema, the slide tags are added, and the whole is compressed once, with fflate. (Re-zipping
// with JSZip took twice as long: its DEFLATE, through pako, sets up a new compressor per part.)
import { mendContentTypes, mendPresentation, mendSlide } from './pptxMend';
import { partBytes, partText, readParts, writeParts, type DeflatePart } from './pptxParts';
import { addSlideTags, type SlideTag } from './pptxTags';

/** pptxgenjs's stored package → the finished .pptx, with one tag part per slide. */
export function finishPackage(
  stored: Uint8Array,
  tags: readonly SlideTag[],
  deflate?: DeflatePart,
): Uint8Array {
  const parts = readParts(stored);
  parts.set('ppt/presentation.xml', mendPresentation(partText(parts, 'ppt/presentation.xml')));
  for (let n = 1; n <= tags.length; n++) {
    const path = `ppt/slides/slide${n}.xml`;
    parts.set(path, mendSlide(partBytes(parts, path)));
  }
  addSlideTags(parts, tags);
  const types = '[Content_Types].xml';
  parts.set(
    types,
    mendContentTypes(partText(parts, types), (path) => parts.has(path)),
  );
  return writeParts(parts, deflate);
}
