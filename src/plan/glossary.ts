// The product's vocabulary, once: what the task pane, the red-thread rules, the command line and
// the written plan call each thing. A word changed here changes everywhere, so a user never meets
// "Maßnahme" in the pane and "Aktion" in the deck for the same item.
import type { Localized } from './messages';
import type { Area, Collection, Lever, SoWhatKind, Status } from './schema';

/** An item kind's name, singular and plural, as a heading or a count would use it. */
export interface Noun {
  readonly one: Localized;
  readonly many: Localized;
}

export const ITEM_NOUNS: Readonly<Record<Collection, Noun>> = {
  facts: { one: { de: 'Fakt', en: 'fact' }, many: { de: 'Fakten', en: 'facts' } },
  gaps: {
    one: { de: 'Datenlücke', en: 'data gap' },
    many: { de: 'Datenlücken', en: 'data gaps' },
  },
  people: { one: { de: 'Person', en: 'person' }, many: { de: 'Personen', en: 'people' } },
  soWhats: { one: { de: 'So-what', en: 'so-what' }, many: { de: 'So-whats', en: 'so-whats' } },
  opportunities: {
    one: { de: 'Chance', en: 'opportunity' },
    many: { de: 'Chancen', en: 'opportunities' },
  },
  risks: { one: { de: 'Risiko', en: 'risk' }, many: { de: 'Risiken', en: 'risks' } },
  goals: { one: { de: 'Ziel', en: 'goal' }, many: { de: 'Ziele', en: 'goals' } },
  strategies: {
    one: { de: 'Strategie', en: 'strategy' },
    many: { de: 'Strategien', en: 'strategies' },
  },
  actions: { one: { de: 'Aktion', en: 'action' }, many: { de: 'Aktionen', en: 'actions' } },
};

/** The article's data fields (step 1). */
export const AREA_NAMES: Readonly<Record<Area, Localized>> = {
  account: { de: 'Account', en: 'Account' },
  market: { de: 'Markt', en: 'Market' },
  requirements: { de: 'Anforderungen', en: 'Requirements' },
  competition: { de: 'Wettbewerb', en: 'Competition' },
  other: { de: 'Sonstiges', en: 'Other' },
};

/** What a so-what says the data means (step 2). */
export const KIND_NAMES: Readonly<Record<SoWhatKind, Localized>> = {
  opportunity: { de: 'Chance', en: 'Opportunity' },
  risk: { de: 'Risiko', en: 'Risk' },
  consequence: { de: 'Konsequenz', en: 'Consequence' },
};

/** What a strategy builds on (step 5 of the article). */
export const LEVER_NAMES: Readonly<Record<Lever, Localized>> = {
  'account-goals': {
    de: 'Unterstützt die Ziele des Accounts',
    en: "Supports the account's own goals",
  },
  'account-change': {
    de: 'Baut auf Veränderungen beim Account auf',
    en: 'Builds on changes at the account',
  },
  'market-change': { de: 'Baut auf Marktveränderungen auf', en: 'Builds on market changes' },
  'competitor-weakness': {
    de: 'Baut auf Schwächen des Wettbewerbs auf',
    en: "Builds on competitors' weaknesses",
  },
};

/** An action's progress (step 6). */
export const STATUS_NAMES: Readonly<Record<Status, Localized>> = {
  open: { de: 'Offen', en: 'Open' },
  'in-progress': { de: 'In Arbeit', en: 'In progress' },
  done: { de: 'Erledigt', en: 'Done' },
  dropped: { de: 'Verworfen', en: 'Dropped' },
};

/** One language's words of a table of localized words. */
export function wordsIn<K extends string>(
  table: Readonly<Record<K, Localized>>,
  language: keyof Localized,
): Readonly<Record<K, string>> {
  return Object.fromEntries(
    Object.entries<Localized>(table).map(([key, value]) => [key, value[language]]),
  ) as Record<K, string>;
}
