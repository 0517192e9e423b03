// Text as the renderers receive it: every string from a plan passes through here before a
// library sees it. pptxgenjs 4.0.1 writes control characters raw (LibreOffice then refuses or
// crashes on the file) and docx 9 drops them silently; both accept lone surrogates, which no
// XML parser accepts. Cleaning once, up front, keeps both formats well-formed and identical.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// \r is allowed by XML but is folded into \n below, so only \t and \n survive from C0.
// C1 controls (U+0080–U+009F) are legal XML but discouraged and invisible; they go too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes what XML 1.0 forbids, repairs lone surrogates, unifies line breaks, NFC. */
export function safeText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .normalize('NFC');
}

/** Text split into user-perceived characters, so emoji and combining marks stay whole. */
export function graphemes(s: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(s), (part) => part.segment);
  }
  return Array.from(s);
}

/** Shortens a text to at most `max` graphemes, marking the cut with an ellipsis. */
export function ellipsize(s: string, max: number): string {
  const chars = graphemes(s.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : chars.join('');
}
