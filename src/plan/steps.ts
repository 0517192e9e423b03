// The six steps' names, as the task pane, the command line and the written plan show them.
import type { Localized } from './messages';
import type { Step } from './schema';

export const STEP_NAMES: Readonly<Record<Step, Localized>> = {
  1: { de: 'Daten sammeln', en: 'Collect data' },
  2: { de: 'So what?', en: 'So what?' },
  3: { de: 'Top 5 Chancen und Risiken', en: 'Top 5 opportunities and risks' },
  4: { de: 'Strategische Ziele', en: 'Strategic goals' },
  5: { de: 'Strategie', en: 'Strategy' },
  6: { de: 'Aktionsplan', en: 'Action plan' },
};
