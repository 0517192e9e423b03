// The envelope inside a custom XML part: one element in the add-in's namespace whose text is the
// envelope's JSON. Office may add an XML declaration or reformat the part; the reader accepts
// that, and CDATA, but nothing else.
export const ENVELOPE_NAMESPACE = 'urn:key-account-planner:envelope';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    switch (entity) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

export function envelopeToXml(text: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><kapEnvelope xmlns="${ENVELOPE_NAMESPACE}">${escapeXml(text)}</kapEnvelope>`;
}

/** The envelope text inside a part, or undefined when the part is not one the add-in wrote. */
export function envelopeFromXml(xml: string): string | undefined {
  const match = /<(?:(\w+):)?kapEnvelope\b[^>]*>([\s\S]*)<\/(?:\w+:)?kapEnvelope>\s*$/.exec(xml);
  if (!match) return undefined;
  const body = match[2] ?? '';
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  if (cdata) return cdata[1];
  if (body.includes('<')) return undefined;
  return unescapeXml(body);
}
