import fc from 'fast-check';
import { countOf, NBSP, NNBSP, typeset } from '../../src/story';
import { labelled, labelList, noun } from '../../src/story/typography';

// Spaces made visible: '~' is a no-break space, '^' a narrow no-break space.
const show = (text: string) => text.replace(/\u00A0/g, '~').replace(/\u202F/g, '^');
const de = (text: string) => show(typeset(text, 'de'));
const en = (text: string) => show(typeset(text, 'en'));

describe('no-break spaces', () => {
  it('hold a number to its unit and an amount to its currency', () => {
    expect(de('Müller will den Umsatz um 30 % steigern')).toBe(
      'Müller will den Umsatz um 30~% steigern',
    );
    expect(de('Lieferanteil 35 % (4,2 Mio. € Umsatz 2026)')).toBe(
      'Lieferanteil 35~% (4,2~Mio.~€ Umsatz 2026)',
    );
    expect(de('Reaktionszeit unter 24 Stunden, 170 km entfernt')).toBe(
      'Reaktionszeit unter 24~Stunden, 170~km entfernt',
    );
    expect(en('within 8 hours, EUR 5 million')).toBe('within 8~hours, EUR~5~million');
    // A word that only starts like a unit stays free.
    expect(de('10 Tagesordnungen und 3 mal')).toBe('10 Tagesordnungen und 3 mal');
  });

  it('hold the parts of a date together', () => {
    expect(en('due 31 Mar 2027, reviewed in Mar 2027')).toBe(
      'due 31~Mar~2027, reviewed in Mar~2027',
    );
    expect(de('am 15. März 2027, ab Sept. 2027, im Q3 2027')).toBe(
      'am 15.~März~2027, ab Sept.~2027, im Q3~2027',
    );
  });

  it('hold an abbreviation to what follows it', () => {
    expect(de('Gespräch mit COO Dr. Weber, S. 12, Kap. 4')).toBe(
      'Gespräch mit COO Dr.~Weber, S.~12, Kap.~4',
    );
    expect(de('z. B. Antriebe, d. h. mehr')).toBe('z.^B. Antriebe, d.^h. mehr');
    expect(de('im 3. Quartal 2027')).toBe('im 3.~Quartal 2027');
  });

  it('hold a label to its text', () => {
    expect(de('F3 Der Einkauf; SW2 und ST1 Wir positionieren uns')).toBe(
      'F3~Der Einkauf; SW2~und ST1~Wir positionieren uns',
    );
    expect(en('DG1 Which price?')).toBe('DG1~Which price?');
    expect(show(labelled('A4', 'OPC-UA abgleichen'))).toBe('A4~OPC-UA abgleichen');
  });
});

describe('dashes', () => {
  it('sets the German Gedankenstrich as a spaced en dash held to the word before it', () => {
    expect(de('Wer entscheidet — und nach welchen Kriterien?')).toBe(
      'Wer entscheidet~– und nach welchen Kriterien?',
    );
    expect(de('Antriebe - unsere Stärke')).toBe('Antriebe~– unsere Stärke');
    expect(de('Der Preis – nicht die Qualität – entscheidet')).toBe(
      'Der Preis~– nicht die Qualität~– entscheidet',
    );
  });

  it('keeps the English writer’s dash and binds only the space before it', () => {
    expect(en('we win — if we move first')).toBe('we win~— if we move first');
  });

  it('sets a range of years with the en dash and leaves hyphenated words and product names', () => {
    expect(de('Volumenplanung 2027-2029')).toBe('Volumenplanung 2027–2029');
    expect(de('OPC-UA-Schnittstelle der Reihe S7-1500')).toBe(
      'OPC-UA-Schnittstelle der Reihe S7-1500',
    );
  });
});

describe('quotes and apostrophes', () => {
  it('uses the typographic apostrophe', () => {
    expect(en("What we don't know about the account's plans and competitors' prices")).toBe(
      'What we don’t know about the account’s plans and competitors’ prices',
    );
  });
  it('uses each language’s quotation marks', () => {
    expect(de('der "Preisführer" im Markt')).toBe('der „Preisführer“ im Markt');
    expect(en('the "price leader" in the market')).toBe('the “price leader” in the market');
  });
  it('writes three full stops as an ellipsis', () => {
    expect(en('and so on...')).toBe('and so on…');
  });
});

describe('typeset', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc
      .array(
        fc.constantFrom(
          'Dr.',
          ' ',
          '30',
          '%',
          'Mio.',
          '€',
          '—',
          '-',
          '"',
          "'",
          'März',
          '2027',
          'F3',
          'z.',
          'B.',
          's',
          '\n',
          'Wort',
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join('')),
  );

  it('is idempotent and keeps every word', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('de' as const, 'en' as const), (text, language) => {
        const once = typeset(text, language);
        expect(typeset(once, language)).toBe(once);
        // Only spaces, dashes, quotes, apostrophes and full stops change.
        const words = (t: string) =>
          t
            .replace(/\.\.\./g, '…')
            .split(/[\s\u00A0\u202F"“”„'’\-–—]+/u)
            .filter((w) => w !== '');
        expect(words(once)).toEqual(words(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps line breaks', () => {
    expect(typeset('first line\nsecond - line', 'de')).toBe(`first line\nsecond${NBSP}– line`);
  });
});

describe('counts', () => {
  it('takes the singular for one and the plural otherwise', () => {
    expect(countOf('gaps', 1, 'en')).toBe(`1${NBSP}data gap`);
    expect(countOf('gaps', 2, 'en')).toBe(`2${NBSP}data gaps`);
    expect(countOf('goals', 0, 'de')).toBe(`0${NBSP}Ziele`);
    expect(countOf('goals', 1, 'de')).toBe(`1${NBSP}Ziel`);
    expect(noun('strategies', 1, 'en')).toBe('strategy');
  });

  it('joins labels as a compact cross-reference', () => {
    expect(labelList(['SW2', 'SW8'])).toBe('SW2 · SW8');
    expect(NNBSP).toBe('\u202F');
  });
});
