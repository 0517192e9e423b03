// An amount of money as users type it, read without the currency: pure, for the value field.

/**
 * Reads "1500000", "1.500.000", "1,500,000", "1 500 000" and "1500000,50" / "1500000.50".
 * Undefined when nothing is typed, null when the text is not an amount.
 */
export function parseAmount(text: string): number | undefined | null {
  const clean = text.replace(/[\s\u00a0\u202f']/g, '');
  if (clean === '') return undefined;
  let normal: string;
  // A separator followed by exactly three digits is a thousands separator in German and in
  // English alike ("1.500" and "1,500"); an amount with three decimals is no amount of money.
  if (/^\d{1,3}([.,]\d{3})+$/.test(clean)) {
    normal = clean.replace(/[.,]/g, '');
  } else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(clean)) {
    normal = clean.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(clean)) {
    normal = clean.replace(/,/g, '');
  } else {
    normal = clean.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
