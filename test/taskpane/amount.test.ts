// Amounts as users type them in German or English, read as the plan's number.
import { parseAmount } from '../../src/taskpane/components/amount';

describe('reading an amount', () => {
  it.each([
    ['1500000', 1500000],
    ['1.500.000', 1500000],
    ['1,500,000', 1500000],
    ['1 500 000', 1500000],
    ['1.500', 1500],
    ['1,500', 1500],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['1.234.567,89', 1234567.89],
    ['1,234,567.89', 1234567.89],
    ['0', 0],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('tells nothing typed from what is not an amount', () => {
    expect(parseAmount('  ')).toBeUndefined();
    for (const text of ['-5', '12 €', 'abc', '1.2.3', '1,2,3', '1e6']) {
      expect(parseAmount(text)).toBeNull();
    }
  });
});
