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

// V8's segmenter (Node 20) spends time proportional to the position on each step, so one long
// text costs quadratic time: 80,000 characters took seconds per call, a render minutes.
// Segmenting in windows keeps it linear. Every cluster of a window but its last is complete (a
// boundary depends only on the text before it and the one character after it), so the next
// window starts where the last cluster did.
const WINDOW = 1024;

/** Text split into user-perceived characters, so emoji and combining marks stay whole. */
export function graphemes(s: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return Array.from(s);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: string[] = [];
  let start = 0;
  let size = WINDOW;
  while (start < s.length) {
    let end = start + size;
    // A cut inside a surrogate pair would show the segmenter a lone half and a false boundary.
    const last = s.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff) end++;
    const parts = Array.from(segmenter.segment(s.slice(start, end)), (part) => part.segment);
    if (end >= s.length) {
      out.push(...parts);
      break;
    }
    // One cluster fills the whole window (a long run of combining marks): widen and retry.
    if (parts.length < 2) {
      size *= 2;
      continue;
    }
    parts.pop();
    for (const part of parts) {
      out.push(part);
      start += part.length;
    }
    size = WINDOW;
  }
  return out;
}

/** Shortens a text to at most `max` graphemes, marking the cut with an ellipsis. */
export function ellipsize(s: string, max: number): string {
  // Breaking whitespace collapses; a no-break space stays what it is.
  const chars = graphemes(s.replace(/[ \t\r\n]+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : chars.join('');
}
