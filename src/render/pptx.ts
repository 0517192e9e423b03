// Outline → .pptx bytes: the slide plan (slides.ts) drawn with pptxgenjs, then the package
// finished with what pptxgenjs cannot write (slide tags) and compressed (pptxPackage.ts).
import PptxGenJS from 'pptxgenjs';
import type { Outline, StoryStep } from '../story/outline';
import type { Para } from './measure';
import { prepareOutline } from './prepare';
import {
  CELL_PAD_X,
  CELL_PAD_Y,
  COLOR,
  CONTENT_W,
  GEOMETRY,
  MARGIN_X,
  SIZE,
  SLIDE_H,
  SLIDE_W,
  planDeck,
  type Box,
  type DeckPlan,
  type SlidePlan,
} from './slides';
import { finishPackage } from './pptxPackage';
import type { DeflatePart } from './pptxParts';

export interface PptxOptions {
  readonly steps?: readonly StoryStep[];
  /** The platform's DEFLATE for the package (the command line passes Node's zlib). */
  readonly deflate?: DeflatePart;
}

// Arial is the theme's font: present on every Office installation and metric-compatible with
// Liberation Sans, so the layout's measurements hold on Windows, macOS and LibreOffice alike.
// Texts carry no font of their own, so "use destination theme" gives a deck the user's fonts.
const THEME_FONT = 'Arial';

type TextProps = PptxGenJS.TextPropsOptions;

function textRuns(paras: readonly Para[]): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  paras.forEach((para, p) => {
    para.runs.forEach((run, r) => {
      const last = r === para.runs.length - 1 && p < paras.length - 1;
      const options: TextProps = {
        fontSize: run.size,
        color: run.color,
        bold: run.bold ?? false,
        italic: run.italic ?? false,
        paraSpaceBefore: para.spaceBefore,
        paraSpaceAfter: 0,
        ...(para.bullet ? { bullet: { indent: 18 } } : {}),
        ...(last ? { breakLine: true } : {}),
      };
      out.push({ text: run.text, options });
    });
  });
  return out;
}

const TEXT_BOX: TextProps = { margin: 0, valign: 'top', fit: 'none', wrap: true };

function drawBox(slide: PptxGenJS.Slide, box: Box): void {
  switch (box.kind) {
    case 'text':
      slide.addText(textRuns(box.paras), { ...TEXT_BOX, x: box.x, y: box.y, w: box.w, h: box.h });
      return;
    case 'card':
      slide.addShape('rect', {
        x: box.x,
        y: box.y,
        w: 0.06,
        h: box.h,
        fill: { color: COLOR.accent },
        line: { type: 'none' },
      });
      slide.addText(textRuns(box.paras), {
        ...TEXT_BOX,
        shape: 'rect',
        x: box.x + 0.06,
        y: box.y,
        w: box.w - 0.06,
        h: box.h,
        margin: 11,
        fill: { color: COLOR.accent, transparency: 92 },
      });
      return;
    case 'table': {
      const rows: PptxGenJS.TableRow[] = box.rows.map((cells) =>
        cells.map((cell): PptxGenJS.TableCell => ({
          text: cell.text,
          options: {
            fontSize: cell.size,
            color: cell.color,
            bold: cell.bold ?? false,
            align: cell.align ?? 'left',
            valign: 'top',
            ...(cell.colspan ? { colspan: cell.colspan } : {}),
            ...(cell.fill
              ? { fill: { color: cell.fill, transparency: cell.fillTransparency ?? 0 } }
              : {}),
          },
        })),
      );
      slide.addTable(rows, {
        x: box.x,
        y: box.y,
        w: box.w,
        colW: [...box.colW],
        rowH: [...box.rowH],
        margin: [CELL_PAD_Y, CELL_PAD_X, CELL_PAD_Y, CELL_PAD_X],
        border: { type: 'solid', pt: 0.5, color: COLOR.rule },
        autoPage: false,
      });
      return;
    }
  }
}

function drawSlide(pptx: PptxGenJS, deck: DeckPlan, plan: SlidePlan): void {
  const slide = pptx.addSlide();
  if (plan.cover) {
    slide.addShape('rect', {
      x: 0,
      y: 0,
      w: 0.3,
      h: SLIDE_H,
      fill: { color: COLOR.accent },
      line: { type: 'none' },
    });
    if (plan.kicker) {
      slide.addText(plan.kicker, {
        ...TEXT_BOX,
        x: MARGIN_X,
        y: 1.85,
        w: CONTENT_W,
        h: 0.35,
        fontSize: SIZE.kicker + 2,
        bold: true,
        color: COLOR.accent,
      });
    }
    slide.addText(plan.title, {
      ...TEXT_BOX,
      x: MARGIN_X,
      y: 2.3,
      w: CONTENT_W,
      h: plan.titleH,
      fontSize: plan.titleSize,
      bold: true,
      color: COLOR.title,
    });
  } else {
    if (plan.kicker) {
      slide.addText(plan.kicker, {
        ...TEXT_BOX,
        x: MARGIN_X,
        y: GEOMETRY.KICKER_Y,
        w: CONTENT_W,
        h: 0.25,
        fontSize: SIZE.kicker,
        bold: true,
        color: COLOR.accent,
      });
    }
    slide.addText(plan.title, {
      ...TEXT_BOX,
      x: MARGIN_X,
      y: GEOMETRY.TITLE_Y,
      w: CONTENT_W,
      h: plan.titleH,
      fontSize: plan.titleSize,
      bold: true,
      color: COLOR.title,
    });
    slide.addShape('rect', {
      x: MARGIN_X,
      y: Math.min(GEOMETRY.TITLE_Y + plan.titleH + 0.12, GEOMETRY.CONTENT_TOP - 0.2),
      w: 1.1,
      h: 0.05,
      fill: { color: COLOR.accent },
      line: { type: 'none' },
    });
  }
  for (const box of plan.boxes) drawBox(slide, box);
  slide.addText(deck.footer, {
    ...TEXT_BOX,
    x: MARGIN_X,
    y: GEOMETRY.FOOTER_Y,
    w: CONTENT_W - 1.5,
    h: 0.25,
    fontSize: SIZE.footer,
    color: COLOR.muted,
  });
  slide.slideNumber = {
    x: SLIDE_W - MARGIN_X - 1,
    y: GEOMETRY.FOOTER_Y,
    w: 1,
    h: 0.25,
    fontSize: SIZE.footer,
    color: COLOR.muted,
    align: 'right',
    margin: 0,
  };
}

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
  pptx.author = 'Key Account Planner';
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
  return { bytes, slides: deck.slides.length };
}

/** The slide plan of an outline, for tests and for the task pane's preview of the slide count. */
export function planSlides(outline: Outline, options: PptxOptions = {}): DeckPlan {
  return planDeck(prepareOutline(outline, options));
}
