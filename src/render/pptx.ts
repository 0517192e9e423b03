// Outline → .pptx bytes: the slide plan (slides/) drawn with pptxgenjs, then the package
// finished with what pptxgenjs cannot write (slide tags) and compressed (pptxPackage.ts).
import PptxGenJS from 'pptxgenjs';
import type { Outline, StoryStep } from '../story/outline';
import { prepareOutline } from './prepare';
import { forgetMeasures } from './measure';
import { finishPackage } from './pptxPackage';
import type { DeflatePart } from './pptxParts';
import { drawSlide, planDeck, type DeckPlan } from './slides';

export interface PptxOptions {
  readonly steps?: readonly StoryStep[];
  /** The platform's DEFLATE for the package (the command line passes Node's zlib). */
  readonly deflate?: DeflatePart;
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
  forgetMeasures();
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
  // pptxgenjs stores every part uncompressed (write() ignores `compression` with an output type);
  // the package is compressed once, when it is finished.
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const bytes = finishPackage(
    stored,
    deck.slides.map((s) => ({ step: s.step, key: s.key })),
    options.deflate,
  );
  forgetMeasures();
  return { bytes, slides: deck.slides.length };
}

/** The slide plan of an outline, for tests and for the task pane's preview of the slide count. */
export function planSlides(outline: Outline, options: PptxOptions = {}): DeckPlan {
  try {
    return planDeck(prepareOutline(outline, options));
  } finally {
    forgetMeasures();
  }
}
