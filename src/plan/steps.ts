// The six steps and their names, as the task pane, the command line and the written plan show
// them. No zod here: the task pane's first paint needs the steps, not the schema.
import type { Localized } from './messages';

/** The six steps of the method; 0 is the cover and the overview in a written plan. */
export type Step = 1 | 2 | 3 | 4 | 5 | 6;
export const STEPS: readonly Step[] = [1, 2, 3, 4, 5, 6];

export const STEP_NAMES: Readonly<Record<Step, Localized>> = {
  1: { de: 'Daten sammeln', en: 'Collect data' },
  2: { de: 'So what?', en: 'So what?' },
  3: { de: 'Top 5 Chancen und Risiken', en: 'Top 5 opportunities and risks' },
  4: { de: 'Strategische Ziele', en: 'Strategic goals' },
  5: { de: 'Strategie', en: 'Strategy' },
  6: { de: 'Aktionsplan', en: 'Action plan' },
};
