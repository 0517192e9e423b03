// The slide layout: outline → slide plan (deck.ts), and slide plan → pptxgenjs (draw.ts).
export { planDeck } from './deck';
export { drawSlide } from './draw';
export {
  CONTENT_BOTTOM,
  CONTENT_TOP,
  CONTENT_W,
  FOOTER_Y,
  GEOMETRY,
  MARGIN_X,
  SLIDE_H,
  SLIDE_W,
} from './geometry';
export { boxText } from './boxes';
export type { Box, CellPlan, DeckPlan, ShapeBox, SlidePlan, TableBox, TextBox } from './boxes';
