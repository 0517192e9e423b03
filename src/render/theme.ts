// The look both renderers share: colours and the status colours of actions. Colours that mean
// "the brand" are theme slots, so a deck or document takes the user's corporate colours when
// pasted into their template; colours that carry a signal (done, overdue) are fixed values,
// because a green that turns purple in someone's theme no longer says "done".
import type { Rag } from '../plan/schema';
import type { TimelineState } from '../story/outline';

/** Theme slots as both formats name them, and fixed colours as RRGGBB. */
export const COLOR = {
  /** Titles and strong text: the theme's second dark colour. */
  title: 'tx2',
  text: 'tx1',
  accent: 'accent1',
  muted: '595959',
  warning: 'C00000',
  onAccent: 'FFFFFF',
  rule: 'BFBFBF',
  grid: 'D9D9D9',
  stripe: 'F2F2F2',
} as const;

/** An action's state as a colour: done green, in progress blue, overdue red. */
export const STATE_COLOR: Readonly<Record<TimelineState, string>> = {
  open: '7F7F7F',
  'in-progress': '2F6EBA',
  done: '2E7D32',
  dropped: 'A6A6A6',
  overdue: 'C00000',
  outside: 'B35C00',
};

/** A goal's traffic light. Never shown alone: the text beside it names the colour. */
export const RAG_COLOR: Readonly<Record<Rag, string>> = {
  green: '2E7D32',
  amber: 'BF8F00',
  red: 'C00000',
};

/** The mark before a traffic light's words (WGL4, as the state glyphs). */
export const RAG_GLYPH = '●';

/** The line that marks today on the timeline. */
export const TODAY_COLOR = 'E36C09';

// Glyphs from the WGL4 set, which Arial, Calibri and Liberation Sans all carry: every marker is
// drawn by the theme font instead of by whatever fallback font a machine picks. Shape and colour
// both differ, so the states stay apart in greyscale prints too.
export const STATE_GLYPH: Readonly<Record<TimelineState, string>> = {
  open: '◊',
  'in-progress': '♦',
  done: '♦',
  // A cross, not a diamond: a dropped action is no date to keep, and reads so in greyscale too.
  dropped: '×',
  overdue: '♦',
  outside: '♦',
};

/** The order in which legends list the states. */
export const STATES: readonly TimelineState[] = [
  'open',
  'in-progress',
  'done',
  'dropped',
  'overdue',
  'outside',
];

/** A light tint of a fixed colour (RRGGBB), for the background behind a marker or a group. */
export function tint(hex: string, amount = 0.8): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}
