// Goal cards (step 4) and the red thread's funnel line (step 0).
import type { Card, CardsBlock, FunnelBlock } from '../../story/outline';
import { longestWord, parasHeight, splitParas, type Para } from '../measure';
import { COLOR, RAG_COLOR } from '../theme';
import { dropLeadingSpace, para, run, type Box, type ShapeBox } from './boxes';
import { Flow, type Frame, type Placeable, type Row } from './flow';
import { CARD_GAP, CARD_PAD, type Style } from './geometry';

const PER_ROW = 3;

function cardParas(card: Card, style: Style, titleSize: number): Para[] {
  const paras: Para[] = [
    para([
      run(`${card.label}\u00A0\u00A0`, titleSize, COLOR.accent, { bold: true }),
      run(card.title, titleSize, COLOR.title, { bold: true }),
    ]),
  ];
  for (const field of card.fields) {
    paras.push(para([run(field.label, style.detail, COLOR.muted, { bold: true })], 8));
    paras.push(
      para(
        [
          field.rag === undefined
            ? run(field.value, style.item - 1, COLOR.text)
            : run(field.value, style.item - 1, RAG_COLOR[field.rag], { bold: true }),
        ],
        1,
      ),
    );
  }
  return paras;
}

/** The title size at which a card's longest word fits its width. */
function titleSize(card: Card, style: Style, inner: number): number {
  let size = style.cardTitle;
  // The label is held to the title's first word: they are measured as the one word they are.
  while (size > 11 && longestWord(`${card.label}\u00A0\u00A0${card.title}`, size, true) > inner) {
    size -= 1;
  }
  return size;
}

/** Cards three to a row, all of a row as tall as its tallest; fewer than three are centred. */
export function cardsPlaceable(block: CardsBlock, style: Style, frame: Frame): Placeable {
  const w = (frame.w - (PER_ROW - 1) * CARD_GAP) / PER_ROW;
  const inner = (width: number) => width - 2 * CARD_PAD;
  const rows: (Row & { build: (y: number) => Box[] })[] = [];
  for (let i = 0; i < block.cards.length; i += PER_ROW) {
    const cards = block.cards.slice(i, i + PER_ROW);
    const paras = cards.map((card) => cardParas(card, style, titleSize(card, style, inner(w))));
    const height = Math.max(...paras.map((p) => parasHeight(p, inner(w)) + 2 * CARD_PAD));
    const offset = (frame.w - cards.length * w - (cards.length - 1) * CARD_GAP) / 2;
    if (height <= Flow.full) {
      rows.push({
        height: height + (i + PER_ROW < block.cards.length ? CARD_GAP : 0),
        build: (y) =>
          cards.map((_, c) => ({
            kind: 'card',
            x: frame.x + offset + c * (w + CARD_GAP),
            y,
            w,
            h: height,
            paras: paras[c] ?? [],
          })),
      });
      continue;
    }
    // A card too tall for a slide spreads over the full width and continues on the next slides.
    for (const card of cards) {
      const full = cardParas(card, style, titleSize(card, style, inner(frame.w)));
      const lead = [para([run(`${card.label} …`, style.detail, COLOR.accent, { bold: true })])];
      splitParas(full, inner(frame.w), Flow.full - 2 * CARD_PAD, lead).forEach((group) => {
        const h = parasHeight(group, inner(frame.w)) + 2 * CARD_PAD;
        rows.push({
          height: h + CARD_GAP,
          build: (y) => [
            { kind: 'card', x: frame.x, y, w: frame.w, h, paras: dropLeadingSpace(group) },
          ],
        });
      });
    }
  }
  return (flow) =>
    flow.place({
      rows,
      overhead: () => 0,
      build: (y, start, end) => {
        const out: Box[] = [];
        let cursor = y;
        for (const row of rows.slice(start, end)) {
          out.push(...row.build(cursor));
          cursor += row.height;
        }
        return out;
      },
    });
}

const FUNNEL_H = 0.62;

/**
 * The red thread's counts as a row of chevrons, from the facts to the actions; each stage a
 * little stronger in the accent colour than the one before it.
 */
export function funnelPlaceable(block: FunnelBlock, frame: Frame): Placeable {
  const weights = block.stages.map((s) => (s.counts.length > 1 ? 1.7 : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const overlap = 0.12;
  const boxes = (y: number): Box[] => {
    let x = frame.x;
    return block.stages.map((stage, i): ShapeBox => {
      const w = ((weights[i] as number) / total) * (frame.w + overlap * (block.stages.length - 1));
      const transparency = Math.round(60 - (60 * i) / Math.max(1, block.stages.length - 1));
      const color = transparency >= 35 ? COLOR.title : COLOR.onAccent;
      const box: ShapeBox = {
        kind: 'shape',
        shape: i === 0 ? 'homePlate' : 'chevron',
        x,
        y,
        w,
        h: FUNNEL_H,
        fill: COLOR.accent,
        fillTransparency: transparency,
        inset: 2,
        paras: [
          para(
            [run(stage.counts.map((c) => String(c.value)).join(' · '), 16, color, { bold: true })],
            0,
            { align: 'center' },
          ),
          para([run(stage.counts.map((c) => c.noun).join(' · '), 10, color)], 0, {
            align: 'center',
          }),
        ],
      };
      x += w - overlap;
      return box;
    });
  };
  return (flow) =>
    flow.place({
      rows: [{ height: FUNNEL_H, weight: 0 }],
      overhead: () => 0,
      build: (y) => boxes(y),
    });
}
