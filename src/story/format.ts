// Localized calendar dates for the written plan. Dates are formatted from their YYYY-MM-DD parts,
// never through Date and a time zone, and never through Intl: the output must be the same in
// Node, in every browser and in Office's webviews, and tests pin it exactly.
//   de: 31.03.2027   (the German numeric form; day first, no ambiguity for German readers)
//   en: 31 Mar 2027  (day, month name, year: unambiguous for British and American readers alike)
// The parts of a date are held together by no-break spaces: a date never breaks over two lines.
import { addMonths, isInWindow, parseDate, type PlanWindow } from '../plan/dates';
import { isCalendarDate, type Language } from '../plan/schema';
import { MONTH_ABBREVIATIONS, NBSP } from './typography';

function monthName(month: number, language: Language): string {
  return MONTH_ABBREVIATIONS[language][month - 1] ?? String(month);
}

/** A YYYY-MM-DD date as a reader expects it; anything that is not a calendar date is kept as is. */
export function formatDay(value: string, language: Language): string {
  if (!isCalendarDate(value)) return value;
  const { year, month, day } = parseDate(value);
  if (language === 'de') {
    return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  }
  return `${day}${NBSP}${monthName(month, language)}${NBSP}${year}`;
}

/** The month a date lies in, e.g. 'März 2027' / 'Mar 2027'. */
export function formatMonth(value: string, language: Language): string {
  const { year, month } = parseDate(value);
  return `${monthName(month, language)}${NBSP}${year}`;
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

/** The same months without their year: 'Jan.', 'Feb.', 'März' / 'Jan', 'Feb', 'Mar'. */
export function windowMonthNames(window: PlanWindow, language: Language): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    monthName(parseDate(addMonths(window.start, i)).month, language),
  );
}

/**
 * Calendar quarters over the twelve columns, labelled 'Q1 2027', 'Q2', 'Q3', 'Q4', 'Q1 2028':
 * the year once, and again where it changes. A window that starts inside a quarter begins with
 * the part of that quarter it covers.
 */
export function windowQuarters(
  window: PlanWindow,
): { label: string; from: number; span: number }[] {
  const out: { label: string; from: number; span: number; year: number; quarter: number }[] = [];
  for (let i = 0; i < 12; i++) {
    const { year, month } = parseDate(addMonths(window.start, i));
    const quarter = Math.floor((month - 1) / 3) + 1;
    const last = out[out.length - 1];
    if (last && last.year === year && last.quarter === quarter) last.span += 1;
    else {
      const showYear = !last || last.year !== year;
      out.push({
        label: showYear ? `Q${quarter}${NBSP}${year}` : `Q${quarter}`,
        from: i,
        span: 1,
        year,
        quarter,
      });
    }
  }
  return out.map(({ label, from, span }) => ({ label, from, span }));
}

/**
 * Where a date lies in the window, in months from its start to the day: 2.5 is halfway through
 * the third column. Undefined for an empty date or one outside the window.
 */
export function windowPosition(window: PlanWindow, value: string): number | undefined {
  const column = windowColumn(window, value);
  if (column === undefined) return undefined;
  const from = addMonths(window.start, column);
  const to = addMonths(window.start, column + 1);
  const days = (a: string, b: string) => (utc(b) - utc(a)) / 86_400_000;
  return column + days(from, value) / days(from, to);
}

function utc(value: string): number {
  const { year, month, day } = parseDate(value);
  return Date.UTC(year, month - 1, day);
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

/** A calendar date `days` days later (earlier when negative). */
export function addDays(value: string, days: number): string {
  const { year, month, day } = parseDate(value);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A number with the language's group and decimal marks, at most two decimals: 1.500.000 /
 * 1,500,000, 12,5 / 12.5. Written by hand, not through Intl, for the reason dates are.
 */
export function formatNumber(value: number, language: Language): string {
  const { group, decimal } = STORY_NUMBER[language];
  const rounded = Math.round(value * 100) / 100;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const cents = fraction === undefined || fraction === '00' ? '' : `${decimal}${fraction}`;
  return `${rounded < 0 ? '-' : ''}${grouped}${cents}`;
}

const STORY_NUMBER: Readonly<Record<Language, { group: string; decimal: string }>> = {
  de: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};
