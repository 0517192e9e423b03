// How much of a slide a text fills, for `kap check`: a deck continues a long text over as many
// slides as it needs, so a pasted document becomes dozens of slides. The measure is generous on
// purpose (the whole content area at the deck's smallest text size), so a text it calls too long
// is too long for any slide of the deck.
import { paraHeight } from './measure';
import { CONTENT_BOTTOM, CONTENT_TOP, CONTENT_W, STYLES } from './slides/geometry';

// The deck's smallest text: the tightest style's tables, details and notes.
const SMALLEST = Math.min(...STYLES.flatMap((style) => [style.table, style.detail, style.note]));
const AREA_H = CONTENT_BOTTOM - CONTENT_TOP;

// A text longer than this is measured by its beginning and scaled: a slide holds a few thousand
// characters, so the beginning decides, and a text of megabytes is not set line by line.
const SAMPLE = 20_000;

/** How many slides a text fills at the least; up to 1 it fits on one. */
export function slidesFilled(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const height = paraHeight(
    { runs: [{ text: sample, size: SMALLEST, color: '' }], spaceBefore: 0 },
    CONTENT_W,
  );
  return (height / AREA_H) * (text.length / Math.max(sample.length, 1));
}
