import {
  dayBefore,
  formatDay,
  formatMonth,
  formatPeriod,
  windowColumn,
  windowMonths,
  windowPosition,
  windowQuarters,
} from '../../src/story/format';
import { plain } from './outlineText';
import { planWindow } from '../../src/plan/dates';

const windowFrom = (periodStart: string) => planWindow({ account: { name: 'X', periodStart } });

describe('formatDay', () => {
  it('writes German dates day first with dots', () => {
    expect(formatDay('2027-03-31', 'de')).toBe('31.03.2027');
    expect(formatDay('2027-01-05', 'de')).toBe('05.01.2027');
  });
  it('writes English dates as day, month name, year', () => {
    expect(formatDay('2027-03-31', 'en')).toBe('31\u00A0Mar\u00A02027');
    expect(formatDay('2027-01-05', 'en')).toBe('5\u00A0Jan\u00A02027');
  });
  it('keeps anything that is not a calendar date as it is', () => {
    expect(formatDay('', 'de')).toBe('');
    expect(formatDay('2027-02-30', 'en')).toBe('2027-02-30');
  });
});

describe('months and periods', () => {
  it('abbreviates German months as German typesetting does, with the year held to the month', () => {
    expect(
      ['2027-03-01', '2027-05-01', '2027-06-01', '2027-09-01', '2027-10-01', '2027-12-01'].map(
        (d) => plain(formatMonth(d, 'de')),
      ),
    ).toEqual(['März 2027', 'Mai 2027', 'Juni 2027', 'Sept. 2027', 'Okt. 2027', 'Dez. 2027']);
    expect(formatMonth('2027-03-01', 'de')).toBe('März\u00A02027');
  });
  it('names a period that starts on the first by its months', () => {
    expect(plain(formatPeriod(windowFrom('2027-01-01'), 'de'))).toBe('Jan. 2027 – Dez. 2027');
    expect(plain(formatPeriod(windowFrom('2027-04-01'), 'en'))).toBe('Apr 2027 – Mar 2028');
  });
  it('names a period that starts mid-month by its first and last day', () => {
    expect(formatPeriod(windowFrom('2027-01-15'), 'de')).toBe('15.01.2027 – 14.01.2028');
    expect(plain(formatPeriod(windowFrom('2028-03-01'), 'en'))).toBe('Mar 2028 – Feb 2029');
  });
  it('finds the day before across month and leap-year ends', () => {
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
  it('gives twelve month columns from the start of the window', () => {
    const months = windowMonths(windowFrom('2027-04-01'), 'de');
    expect(months).toHaveLength(12);
    expect(months.map(plain).filter((_, i) => [0, 8, 11].includes(i))).toEqual([
      'Apr. 2027',
      'Dez. 2027',
      'März 2028',
    ]);
  });
});

describe('windowColumn', () => {
  it('places dates of a window from the first in their calendar month', () => {
    const window = windowFrom('2027-04-01');
    expect(windowColumn(window, '2027-04-01')).toBe(0);
    expect(windowColumn(window, '2027-12-31')).toBe(8);
    expect(windowColumn(window, '2028-03-31')).toBe(11);
  });
  it('has no column for dates outside the window or empty ones', () => {
    const window = windowFrom('2027-04-01');
    expect(windowColumn(window, '2027-03-31')).toBeUndefined();
    expect(windowColumn(window, '2028-04-01')).toBeUndefined();
    expect(windowColumn(window, '')).toBeUndefined();
  });
  it('counts columns from the start day when the window starts mid-month', () => {
    const window = windowFrom('2027-01-15');
    expect(windowColumn(window, '2027-01-15')).toBe(0);
    expect(windowColumn(window, '2027-02-14')).toBe(0);
    expect(windowColumn(window, '2027-02-15')).toBe(1);
    // Still inside the window though in a thirteenth calendar month: the last column.
    expect(windowColumn(window, '2028-01-14')).toBe(11);
    expect(windowColumn(window, '2028-01-15')).toBeUndefined();
  });
});

describe('quarters and positions in the window', () => {
  it('labels calendar quarters with the year once and where it changes', () => {
    expect(windowQuarters(windowFrom('2027-01-01')).map((q) => plain(q.label))).toEqual([
      'Q1 2027',
      'Q2',
      'Q3',
      'Q4',
    ]);
    // A window from February begins with the two months of Q1 it covers.
    expect(windowQuarters(windowFrom('2027-02-01')).map((q) => [plain(q.label), q.span])).toEqual([
      ['Q1 2027', 2],
      ['Q2', 3],
      ['Q3', 3],
      ['Q4', 3],
      ['Q1 2028', 1],
    ]);
  });
  it('places a date to the day, in months from the start', () => {
    const window = windowFrom('2027-01-01');
    expect(windowPosition(window, '2027-01-01')).toBe(0);
    expect(windowPosition(window, '2027-02-15')).toBeCloseTo(1 + 14 / 28, 9);
    expect(windowPosition(window, '2027-12-31')).toBeCloseTo(11 + 30 / 31, 9);
    expect(windowPosition(window, '2028-01-01')).toBeUndefined();
    expect(windowPosition(window, '')).toBeUndefined();
  });
});
