// Calendar dates of the plan file: YYYY-MM-DD strings, no time and no time zone. Arithmetic is
// done on year/month/day numbers so that no local time zone can shift a date by a day.
import type { Plan } from './schema';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function parseDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999 (1900 is no leap
  // year, the year 0 is one).
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** The date n months later; the day is clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(value: string, months: number): string {
  const { year, month, day } = parseDate(value);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return formatDate({
    year: newYear,
    month: newMonth,
    day: Math.min(day, daysInMonth(newYear, newMonth)),
  });
}

/** YYYY-MM-DD strings compare correctly as text; this names the intent. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The plan's 12-month window, [start, end): end is the first day after it. */
export interface PlanWindow {
  readonly start: string;
  readonly end: string;
}

export function planWindow(plan: Pick<Plan, 'account'>): PlanWindow {
  const start = plan.account.periodStart;
  return { start, end: addMonths(start, 12) };
}

export function isInWindow(window: PlanWindow, date: string): boolean {
  return compareDates(date, window.start) >= 0 && compareDates(date, window.end) < 0;
}

/** The month index (0–11) of a date inside the window, counted from the window's start month. */
export function monthOffset(window: PlanWindow, date: string): number {
  const a = parseDate(window.start);
  const b = parseDate(date);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** Today as a calendar date in the user's local time zone (what "overdue" means to a person). */
export function today(now: Date = new Date()): string {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}
