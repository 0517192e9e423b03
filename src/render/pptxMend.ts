// Repairs of what pptxgenjs 4.0.1 writes against the PresentationML schema (ISO/IEC 29500-1,
// pml.xsd). LibreOffice reads either form; PowerPoint may show its repair dialog or lose text,
// and insertSlidesFromBase64 may refuse the slides. Each repair is a no-op once pptxgenjs writes
// the part correctly.
import { applyEdits, ascii, bytesAt, indexOfBytes, type ByteEdit } from './xmlBytes';

const PARAGRAPH_PROPS = ascii('<a:pPr');
const PARAGRAPH_PROPS_END = ascii('</a:pPr>');
const PARAGRAPH_START = ascii('<a:p>');
const GREATER = 0x3e;
const SLASH = 0x2f;
/** What may follow an element's name in its tag: white space, ">" or "/>". */
const AFTER_NAME = new Set([0x20, 0x09, 0x0a, 0x0d, GREATER, SLASH]);

/**
 * BUGFIX pptxgenjs 4.0.1 (gitbrent/PptxGenJS#1081): genXmlTextBody writes an a:pPr before every
 * run of a paragraph, but CT_TextParagraph allows one, as its first child (pPr?, runs,
 * endParaRPr?). Every a:pPr that does not directly follow its paragraph's start tag is dropped;
 * every run of a paragraph here carries the same paragraph options. (pptxgenjs writes a:p
 * without attributes, escapes "<" in text and attribute values, and a:pPr holds no a:pPr.)
 */
export function mendParagraphs(xml: Uint8Array): Uint8Array {
  const edits: ByteEdit[] = [];
  let at = indexOfBytes(xml, PARAGRAPH_PROPS);
  while (at >= 0) {
    const next = xml[at + PARAGRAPH_PROPS.length] ?? 0;
    const close = xml.indexOf(GREATER, at);
    if (!AFTER_NAME.has(next) || close < 0) {
      at = indexOfBytes(xml, PARAGRAPH_PROPS, at + 1);
      continue;
    }
    let end = close + 1;
    if (xml[close - 1] !== SLASH) {
      const closing = indexOfBytes(xml, PARAGRAPH_PROPS_END, close);
      if (closing < 0) throw new Error('pptx: an a:pPr without its end tag');
      end = closing + PARAGRAPH_PROPS_END.length;
    }
    if (!bytesAt(xml, PARAGRAPH_START, at - PARAGRAPH_START.length))
      edits.push({ from: at, to: end });
    at = indexOfBytes(xml, PARAGRAPH_PROPS, end);
  }
  return applyEdits(xml, edits);
}

/** A slide part as the schema orders it. */
export function mendSlide(xml: Uint8Array): Uint8Array {
  return mendParagraphs(xml);
}

const NOTES_MASTERS = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/;

/**
 * BUGFIX pptxgenjs 4.0.1: ppt/presentation.xml has p:notesMasterIdLst after p:sldIdLst, but
 * CT_Presentation orders sldMasterIdLst?, notesMasterIdLst?, handoutMasterIdLst?, sldIdLst?.
 */
export function mendPresentation(xml: string): string {
  const notes = NOTES_MASTERS.exec(xml);
  const slides = xml.indexOf('<p:sldIdLst');
  if (!notes || slides < 0 || notes.index < slides) return xml;
  const without = xml.slice(0, notes.index) + xml.slice(notes.index + notes[0].length);
  return without.slice(0, slides) + notes[0] + without.slice(slides);
}

const OVERRIDE = /<Override PartName="\/([^"]+)"[^>]*\/>/g;

/**
 * BUGFIX pptxgenjs 4.0.1 (gitbrent/PptxGenJS#1444): [Content_Types].xml declares a slide master
 * per slide (slideMaster2.xml, slideMaster3.xml, …) where the package holds one. Declarations of
 * parts the package does not hold are dropped.
 */
export function mendContentTypes(xml: string, holds: (path: string) => boolean): string {
  return xml.replace(OVERRIDE, (override, path: string) => (holds(path) ? override : ''));
}
