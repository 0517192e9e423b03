// Typography of the written plan, once for every renderer: the story sets every text with these
// rules, so the deck, the Word document and the Word writer in Office show the same characters.
//   - no-break spaces where a line must not break: between a number and its unit (25 %, 4,2 Mio. €),
//     inside a date (31 Mar 2027, März 2027), after an abbreviation (Dr. Weber, S. 12), between a
//     label and its text (F3 Der Einkauf …), in a German ordinal (3. Quartal);
//   - German dashes: a spaced dash is the en dash (Halbgeviertstrich), bound to the word before
//     it so that it never starts a line; a year range takes the en dash without spaces (2027–2029);
//   - the typographic apostrophe and the language's quotation marks;
//   - German month abbreviations as German typesetting writes them (Jan., Feb., März, … Sept.);
//   - counts with the right singular or plural noun from the product's glossary.
// The rules only bind what is already there or swap a character for its typographic form: they
// never add or drop a word, so a reader finds every text of the plan as it was written.
import { ITEM_NOUNS } from '../plan/glossary';
import type { Collection, Language } from '../plan/schema';
import { LABEL_PREFIXES } from './labels';

export const NBSP = '\u00A0';
/** The narrow no-break space, inside German abbreviations of two letters ("z. B."). */
export const NNBSP = '\u202F';

/** The language tags a written plan can carry: Word and PowerPoint check spelling by them. */
export type Locale = 'de-DE' | 'en-GB' | 'en-US';

export const DEFAULT_LOCALE: Readonly<Record<Language, Locale>> = { de: 'de-DE', en: 'en-GB' };

export function localeLanguage(locale: Locale): Language {
  return locale === 'de-DE' ? 'de' : 'en';
}

/**
 * Month abbreviations. German typesetting abbreviates with a full stop and keeps the short names
 * whole (Duden: Jan., Febr./Feb., März, Apr., Mai, Juni, Juli, Aug., Sept., Okt., Nov., Dez.);
 * English writes the three-letter forms without a stop, as British and American style guides do.
 */
export const MONTH_ABBREVIATIONS: Readonly<Record<Language, readonly string[]>> = {
  de: [
    'Jan.',
    'Feb.',
    'März',
    'Apr.',
    'Mai',
    'Juni',
    'Juli',
    'Aug.',
    'Sept.',
    'Okt.',
    'Nov.',
    'Dez.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

const MONTH_WORDS = [
  ...MONTH_ABBREVIATIONS.de,
  ...MONTH_ABBREVIATIONS.en,
  'Januar',
  'Februar',
  'Mär',
  'Jun',
  'Jul',
  'Sep',
  'Okt',
  'Dez',
  'Oktober',
  'November',
  'Dezember',
  'September',
  'August',
  'April',
  'January',
  'February',
  'March',
  'June',
  'July',
  'October',
  'December',
]
  .map((m) => m.replace('.', '\\.'))
  .sort((a, b) => b.length - a.length);
const MONTH = `(?:${Array.from(new Set(MONTH_WORDS)).join('|')})`;

// Units and currencies that follow a number. Longest first, so that "Mio." wins over "m".
const UNITS = [
  '%',
  '‰',
  '€',
  '\\$',
  '£',
  '°C',
  'km',
  'cm',
  'mm',
  'm²',
  'm³',
  'm',
  'kg',
  'kWh',
  'kW',
  't',
  'h',
  'min',
  'Mio\\.',
  'Mrd\\.',
  'Tsd\\.',
  'Mio',
  'Mrd',
  'Std\\.',
  'Stunden',
  'Stunde',
  'Minuten',
  'Tage',
  'Tagen',
  'Tag',
  'Wochen',
  'Woche',
  'Monate',
  'Monaten',
  'Monat',
  'Jahre',
  'Jahren',
  'Jahr',
  'Prozent',
  'Euro',
  'EUR',
  'USD',
  'Stück',
  'Stk\\.',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'million',
  'billion',
  'bn',
  'percent',
  'per cent',
  'pieces',
  'units',
].sort((a, b) => b.length - a.length);

// After a number: the unit, not followed by a letter or digit (so "10 Tagesordnungen" stays free).
const NUMBER_UNIT = new RegExp(`(\\d)[ \\t]+(${UNITS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
// A unit of quantity followed by its currency: "Mio. €", "Mrd. EUR".
const AMOUNT_CURRENCY = /(Mio\.|Mrd\.|Tsd\.|Mio|Mrd|million|billion|bn)[ \t]+(€|\$|£|EUR|USD)/gu;
// A currency before its number: "€ 5", "EUR 5".
const CURRENCY_NUMBER = /(€|\$|£|EUR|USD)[ \t]+(?=\d)/gu;
// Abbreviations that belong to the word or number after them.
const ABBREVIATION =
  /(?<![\p{L}\p{N}])(Dr|Prof|Dipl|Ing|Hr|Fr|Mr|Mrs|Ms|St|S|Kap|Nr|Abs|Art|Bd|Abb|Tab|Tel|ca|p|pp|No|Vol|Fig)\.[ \t]+(?=[\p{L}\p{N}])/gu;
// German abbreviations of two letters with stops: "z. B.", "d. h.", "u. a.", "o. Ä.", "i. d. R.".
const SHORT_ABBREVIATION = /(?<![\p{L}\p{N}])(\p{Ll}\.)[ \t]+(?=\p{L}\.)/gu;
// German ordinals of one or two digits before a word: "3. Quartal", "15. März".
const ORDINAL = /(?<![\p{L}\p{N}.])(\d{1,2}\.)[ \t]+(?=\p{L})/gu;
// Dates: "31 Mar 2027", "15. März 2027", "März 2027", "Q1 2027".
const DAY_MONTH = new RegExp(`(\\d{1,2}\\.?)[ \\t]+(?=${MONTH}(?![\\p{L}]))`, 'gu');
const MONTH_YEAR = new RegExp(`(${MONTH})[ \\t]+(?=\\d{4}(?!\\d))`, 'gu');
const QUARTER_YEAR = /(?<![\p{L}\p{N}])(Q[1-4])[ \t]+(?=\d{4}(?!\d))/gu;
// A range of years: the en dash, without spaces (2027–2029).
const YEAR_RANGE = /(?<![\p{N}-])((?:19|20)\d{2})[ \t]*[-–][ \t]*((?:19|20)\d{2})(?![\p{N}-])/gu;
// A spaced dash between words: hyphen, en dash or em dash with a space on either side.
const SPACED_DASH = /[ \t\u00A0]+[-–—][ \t]+/gu;
// A closing dash at the end of a text or before punctuation: held to the word before it.
const CLOSING_DASH = /[ \t]+([–—])(?=$|[.,;:!?)\n])/gu;
// An apostrophe inside or at the end of a word: don't, account's, competitors'.
const APOSTROPHE = /(?<=\p{L})'(?=\p{L})|(?<=\p{L}s)'(?=[\s.,;:!?)]|$)/gu;
const DOUBLE_QUOTES = /"([^"\n]+)"/gu;
const ELLIPSIS = /\.\.\.(?!\.)/gu;

const QUOTES: Readonly<Record<Language, readonly [string, string]>> = {
  de: ['„', '“'],
  en: ['“', '”'],
};

function labelPattern(language: Language): RegExp {
  const prefixes = Array.from(new Set(Object.values(LABEL_PREFIXES[language]))).sort(
    (a, b) => b.length - a.length,
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])((?:${prefixes.join('|')})\\d+)[ \\t]+(?=\\S)`, 'gu');
}

const LABEL: Readonly<Record<Language, RegExp>> = {
  de: labelPattern('de'),
  en: labelPattern('en'),
};

/**
 * Sets a text by the rules of its language. Idempotent; keeps every word; line breaks stay.
 * Used on every string of the outline, the user's and the product's alike.
 */
export function typeset(text: string, language: Language): string {
  if (text === '') return text;
  const [open, close] = QUOTES[language];
  let out = text
    .replace(ELLIPSIS, '…')
    .replace(APOSTROPHE, '’')
    .replace(DOUBLE_QUOTES, `${open}$1${close}`)
    .replace(YEAR_RANGE, '$1–$2')
    .replace(NUMBER_UNIT, `$1${NBSP}$2`)
    .replace(AMOUNT_CURRENCY, `$1${NBSP}$2`)
    .replace(CURRENCY_NUMBER, `$1${NBSP}`)
    .replace(ABBREVIATION, `$1.${NBSP}`)
    .replace(DAY_MONTH, `$1${NBSP}`)
    .replace(MONTH_YEAR, `$1${NBSP}`)
    .replace(QUARTER_YEAR, `$1${NBSP}`)
    .replace(LABEL[language], `$1${NBSP}`);
  if (language === 'de') {
    out = out
      .replace(SHORT_ABBREVIATION, `$1${NNBSP}`)
      .replace(ORDINAL, `$1${NBSP}`)
      // The Gedankenstrich: en dash with spaces, held to the word before it.
      .replace(SPACED_DASH, `${NBSP}– `)
      .replace(CLOSING_DASH, `${NBSP}–`);
  } else {
    // English keeps the writer's dash; only the space before it is bound.
    out = out
      .replace(SPACED_DASH, (dash) => `${NBSP}${dash.trim()} `)
      .replace(CLOSING_DASH, `${NBSP}$1`);
  }
  return out;
}

/** A label and its text, held together on one line: "F3 Der Einkauf …". */
export function labelled(label: string, text: string): string {
  return text === '' ? label : `${label}${NBSP}${text}`;
}

/** Labels as a compact cross-reference: "SW2 · SW8". */
export function labelList(labels: readonly string[]): string {
  return labels.join(' · ');
}

/** The noun for a count of items: "1 goal", "3 goals", "1 Ziel", "3 Ziele". */
export function noun(collection: Collection, count: number, language: Language): string {
  const forms = ITEM_NOUNS[collection];
  return (count === 1 ? forms.one : forms.many)[language];
}

/** A count with its noun, held together: "3 Ziele", "1 data gap". */
export function countOf(collection: Collection, count: number, language: Language): string {
  return `${count}${NBSP}${noun(collection, count, language)}`;
}
