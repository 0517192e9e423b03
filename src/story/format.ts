// Localized calendar dates for the written plan. Dates are formatted from their YYYY-MM-DD parts,
// never through Date and a time zone, and never through Intl: the output must be the same in
// Node, in every browser and in Office's webviews, and tests pin it exactly.
//   de: 31.03.2027   (the German numeric form; day first, no ambiguity for German readers)
//   en: 31 Mar 2027  (day, month name, year: unambiguous for British and American readers alike)
import { addMonths, isInWindow, parseDate, type PlanWindow } from '../plan/dates';
import { isCalendarDate, type Language } from '../plan/schema';

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function monthName(month: number, language: Language): string {
  return MONTHS[language][month - 1] ?? String(month);
}

/** A YYYY-MM-DD date as a reader expects it; anything that is not a calendar date is kept as is. */
export function formatDay(value: string, language: Language): string {
  if (!isCalendarDate(value)) return value;
  const { year, month, day } = parseDate(value);
  if (language === 'de') {
    return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  }
  return `${day} ${monthName(month, language)} ${year}`;
}

/** The month a date lies in, e.g. 'Mär 2027' / 'Mar 2027'. */
export function formatMonth(value: string, language: Language): string {
  const { year, month } = parseDate(value);
  return `${monthName(month, language)} ${year}`;
}

/** The day before a calendar date (the last day of a [start, end) window). */
export function dayBefore(value: string): string {
  const { year, month, day } = parseDate(value);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day - 1);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The plan period: 'Jan 2027 – Dez 2027' when the window starts on the first of a month. A
 * window from the 15th covers parts of 13 calendar months, and month names alone would hide
 * that, so it is given as first and last day instead.
 */
export function formatPeriod(window: PlanWindow, language: Language): string {
  if (parseDate(window.start).day === 1) {
    return `${formatMonth(window.start, language)} – ${formatMonth(addMonths(window.start, 11), language)}`;
  }
  return `${formatDay(window.start, language)} – ${formatDay(dayBefore(window.end), language)}`;
}

/** The twelve column labels of the timeline, one per month of the window. */
export function windowMonths(window: PlanWindow, language: Language): string[] {
  return Array.from({ length: 12 }, (_, i) => formatMonth(addMonths(window.start, i), language));
}

/**
 * The timeline column (0–11) of a date, or undefined when the date is empty or outside the
 * window. Column i runs from start + i months to start + i + 1 months, so that a window from
 * the 15th still has exactly twelve columns and every date inside the window has one.
 */
export function windowColumn(window: PlanWindow, value: string): number | undefined {
  if (!isCalendarDate(value) || !isInWindow(window, value)) return undefined;
  const a = parseDate(window.start);
  const b = parseDate(value);
  let column = (b.year - a.year) * 12 + (b.month - a.month);
  if (value < addMonths(window.start, column)) column -= 1;
  return Math.min(Math.max(column, 0), 11);
}
