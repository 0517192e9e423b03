// Slide plan → pptxgenjs calls: a translation, no decisions. Every run carries the document's
// language, so PowerPoint checks spelling in the plan's language instead of underlining every
// German word as misspelt English.
import type PptxGenJS from 'pptxgenjs';
import type { Para } from '../measure';
import { COLOR } from '../theme';
import type { Box, DeckPlan, SlidePlan } from './boxes';
import {
  CELL_PAD_X,
  CELL_PAD_Y,
  CONTENT_TOP,
  CONTENT_W,
  FOOTER_Y,
  KICKER_Y,
  MARGIN_X,
  SIZE,
  SLIDE_H,
  SLIDE_W,
  TITLE_Y,
} from './geometry';

type TextProps = PptxGenJS.TextPropsOptions;

const TEXT_BOX: TextProps = { margin: 0, valign: 'top', fit: 'none', wrap: true };

function textRuns(paras: readonly Para[], lang: string): PptxGenJS.TextProps[] {
  const out: PptxGenJS.TextProps[] = [];
  paras.forEach((para, p) => {
    para.runs.forEach((run, r) => {
      const last = r === para.runs.length - 1 && p < paras.length - 1;
      const options: TextProps = {
        lang,
        fontSize: run.size,
        color: run.color,
        bold: run.bold ?? false,
        italic: run.italic ?? false,
        paraSpaceBefore: para.spaceBefore,
        paraSpaceAfter: 0,
        align: para.align ?? 'left',
        ...(para.bullet ? { bullet: { indent: 18 } } : {}),
        ...(last ? { breakLine: true } : {}),
      };
      out.push({ text: run.text, options });
    });
  });
  return out;
}

function drawBox(slide: PptxGenJS.Slide, box: Box, lang: string): void {
  switch (box.kind) {
    case 'text':
      slide.addText(textRuns(box.paras, lang), {
        ...TEXT_BOX,
        x: box.x,
        y: box.y,
        w: box.w,
        h: box.h,
        valign: box.valign ?? 'top',
      });
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
      slide.addText(textRuns(box.paras, lang), {
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
    case 'shape': {
      const fill = box.fill
        ? { fill: { color: box.fill, transparency: box.fillTransparency ?? 0 } }
        : {};
      const line = box.line
        ? {
            line: {
              color: box.line.color,
              width: box.line.width,
              ...(box.line.dash ? { dashType: 'dash' as const } : {}),
            },
          }
        : { line: { type: 'none' as const } };
      const geometry = { x: box.x, y: box.y, w: box.w, h: box.h };
      if (box.paras) {
        slide.addText(textRuns(box.paras, lang), {
          ...TEXT_BOX,
          ...geometry,
          ...fill,
          ...line,
          shape: box.shape,
          valign: 'middle',
          margin: box.inset ?? 0,
        });
      } else {
        slide.addShape(box.shape, { ...geometry, ...fill, ...line });
      }
      return;
    }
    case 'table': {
      const rows: PptxGenJS.TableRow[] = box.rows.map((cells) =>
        cells.map((cell): PptxGenJS.TableCell => ({
          text: textRuns(cell.paras, lang),
          options: {
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

export function drawSlide(pptx: PptxGenJS, deck: DeckPlan, plan: SlidePlan): void {
  const lang = deck.locale;
  const slide = pptx.addSlide();
  const text = (value: string, options: TextProps) =>
    slide.addText([{ text: value, options: { lang } }], { ...TEXT_BOX, ...options });
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
      text(plan.kicker, {
        x: MARGIN_X,
        y: 1.85,
        w: CONTENT_W,
        h: 0.35,
        fontSize: SIZE.kicker + 2,
        bold: true,
        color: COLOR.accent,
      });
    }
    text(plan.title, {
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
      text(plan.kicker, {
        x: MARGIN_X,
        y: KICKER_Y,
        w: CONTENT_W,
        h: 0.25,
        fontSize: SIZE.kicker,
        bold: true,
        color: COLOR.accent,
      });
    }
    text(plan.title, {
      x: MARGIN_X,
      y: TITLE_Y,
      w: CONTENT_W,
      h: plan.titleH,
      fontSize: plan.titleSize,
      bold: true,
      color: COLOR.title,
    });
    slide.addShape('rect', {
      x: MARGIN_X,
      y: Math.min(TITLE_Y + plan.titleH + 0.12, CONTENT_TOP - 0.2),
      w: 1.1,
      h: 0.05,
      fill: { color: COLOR.accent },
      line: { type: 'none' },
    });
  }
  for (const box of plan.boxes) drawBox(slide, box, lang);
  text(deck.footer, {
    x: MARGIN_X,
    y: FOOTER_Y,
    w: CONTENT_W - 1.5,
    h: 0.25,
    fontSize: SIZE.footer,
    color: COLOR.muted,
  });
  slide.slideNumber = {
    x: SLIDE_W - MARGIN_X - 1,
    y: FOOTER_Y,
    w: 1,
    h: 0.25,
    fontSize: SIZE.footer,
    color: COLOR.muted,
    align: 'right',
    margin: 0,
  };
}
