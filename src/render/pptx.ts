// Outline → .pptx bytes: the slide plan (slides/) drawn with pptxgenjs, then the package
// finished with what pptxgenjs cannot write (slide tags) and compressed.
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { Outline, StoryStep } from '../story/outline';
import { prepareOutline } from './prepare';
import { drawSlide, planDeck, type DeckPlan } from './slides';
import { addSlideTags } from './pptxTags';

export interface PptxOptions {
  readonly steps?: readonly StoryStep[];
}

// Arial is the theme's font: present on every Office installation and metric-compatible with
// Liberation Sans, so the layout's measurements hold on Windows, macOS and LibreOffice alike.
// Texts carry no font of their own, so "use destination theme" gives a deck the user's fonts.
const THEME_FONT = 'Arial';

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Renders the outline as a 16:9 deck; every slide is tagged with its step and part. */
export async function renderPptx(outline: Outline, options: PptxOptions = {}): Promise<Uint8Array> {
  return (await renderDeck(outline, options)).bytes;
}

/** renderPptx with the number of slides it made, for messages like "wrote 14 slides". */
export async function renderDeck(
  outline: Outline,
  options: PptxOptions = {},
): Promise<{ bytes: Uint8Array; slides: number }> {
  const clean = prepareOutline(outline, options);
  const deck = planDeck(clean);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: THEME_FONT, bodyFontFace: THEME_FONT };
  pptx.title = clean.title;
  pptx.subject = clean.language === 'de' ? 'Key-Account-Plan' : 'Key account plan';
  pptx.author = clean.author ?? 'Key Account Planner';
  // BUGFIX pptxgenjs 4.0.1: `company` goes into docProps/app.xml unescaped (the other
  // properties are escaped), so it is escaped here.
  pptx.company = escapeXml(clean.title);
  pptx.rtlMode = false;
  for (const slide of deck.slides) drawSlide(pptx, deck, slide);
  const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(raw);
  await addSlideTags(
    zip,
    deck.slides.map((s) => ({ step: s.step, key: s.key })),
  );
  // pptxgenjs ignores `compression` for write() in Node and stores every part uncompressed.
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
  return { bytes, slides: deck.slides.length };
}

/** The slide plan of an outline, for tests and for the task pane's preview of the slide count. */
export function planSlides(outline: Outline, options: PptxOptions = {}): DeckPlan {
  return planDeck(prepareOutline(outline, options));
}
