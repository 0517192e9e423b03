import fc from 'fast-check';
import { safeText, toBase64 } from '../../src/render';
import { ellipsize } from '../../src/render/text';

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
