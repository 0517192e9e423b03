// The renderers' public face: outline → .pptx / .docx bytes, and base64 for Office's insert APIs.
// Nothing here imports Node: the task pane loads this module as a lazy chunk in the browser.
export { renderPptx, renderDeck, planSlides, type PptxOptions } from './pptx';
export { renderDocx, type DocxOptions } from './docx';
export { safeText } from './text';
export { toBase64 } from './base64';
export { partTag } from './prepare';
export { STEP_TAG, PART_TAG } from './pptxTags';
