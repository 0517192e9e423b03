import fc from 'fast-check';
import { safeText, toBase64 } from '../../src/render';
import { ellipsize, graphemes } from '../../src/render/text';

// What an XML 1.0 parser accepts (the Char production, with \r folded away by safeText).
const XML_CHAR = /^[\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('safeText', () => {
  it('removes the C0 controls except tab and newline, DEL, C1 controls and U+FFFE/U+FFFF', () => {
    expect(safeText('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\u007Fg\u0085h\uFFFEi\uFFFFj')).toBe(
      'abcdefghij',
    );
    expect(safeText('tab\there\nnewline')).toBe('tab\there\nnewline');
  });

  it('unifies line breaks to \\n', () => {
    expect(safeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', () => {
    expect(safeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(safeText('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
    expect(safeText('😀 \uD83D\uDE00')).toBe('😀 😀');
  });

  it('normalises to NFC', () => {
    expect(safeText('Mu\u0308ller')).toBe('Müller');
  });

  it('gives text every XML parser accepts, for any input, and is idempotent', () => {
    const anyText = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    });
    fc.assert(
      fc.property(anyText, (text) => {
        const clean = safeText(text);
        expect(clean).toMatch(XML_CHAR);
        expect(safeText(clean)).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });
});

describe('graphemes', () => {
  const whole = (s: string) =>
    Array.from(
      new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s),
      (p) => p.segment,
    );

  it('splits long texts exactly as one pass of the segmenter would, across window edges', () => {
    // Pieces whose clusters span several code units, so that window edges fall inside them.
    const piece = fc.constantFrom(
      'a',
      ' ',
      '👩🏽‍💻',
      '🇩🇪',
      '🇺',
      'e\u0301',
      '\r\n',
      '각',
      'ü',
      '\u0308',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 500, maxLength: 1500 }), (pieces) => {
        const text = pieces.join('');
        expect(graphemes(text)).toEqual(whole(text));
      }),
      { numRuns: 40 },
    );
    const marks = `x${'\u0301'.repeat(3000)}y`;
    expect(graphemes(marks)).toEqual([`x${'\u0301'.repeat(3000)}`, 'y']);
  });

  it('takes linear time on a long text (the segmenter alone is quadratic)', () => {
    const text = 'ü'.repeat(400_000);
    const started = Date.now();
    expect(graphemes(text)).toHaveLength(400_000);
    // One pass of the segmenter over this text takes tens of seconds on Node 20.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('ellipsize', () => {
  it('never cuts an emoji in half', () => {
    expect(ellipsize('ab👩🏽‍💻cd', 4)).toBe('ab👩🏽‍💻…');
  });
});

describe('toBase64', () => {
  it('matches Node for every length remainder', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });
});
