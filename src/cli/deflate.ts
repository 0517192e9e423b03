// The .pptx parts compressed with Node's zlib: native, and several times faster than the
// JavaScript DEFLATE the renderer falls back to (which the task pane uses in the browser).
import { gzipSync } from 'node:zlib';
import type { DeflatedPart } from '../render/pptxParts';

// A gzip member is a header, the raw DEFLATE stream and a trailer of CRC-32 and size. zlib writes
// the fixed 10-byte header (no file name, no comment), and its trailer's CRC-32 is the one the zip
// entry needs, so one call gives both (zlib.crc32 arrived only in Node 20.15).
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;
const LEVEL = 6;

export function deflatePart(data: Uint8Array): DeflatedPart {
  const gzip = gzipSync(data, { level: LEVEL });
  if (gzip[3] !== 0) throw new Error('zlib wrote a gzip header with optional fields');
  return {
    deflated: gzip.subarray(GZIP_HEADER, gzip.length - GZIP_TRAILER),
    crc: gzip.readUInt32LE(gzip.length - GZIP_TRAILER),
  };
}
