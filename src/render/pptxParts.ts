// A package's parts in memory, for the steps that finish what pptxgenjs wrote: opened once with
// fflate, each part decoded only when a step reads it as text, and compressed once at the end.
import { unzipSync, Zip, zipSync, type ZipInputFile, type Zippable } from 'fflate';

/** The parts of a package by path, in package order: bytes, or text once a step read them so. */
export type Parts = Map<string, Uint8Array | string>;

/** One part compressed: its raw DEFLATE stream and the CRC-32 of the part, which zip stores. */
export interface DeflatedPart {
  readonly deflated: Uint8Array<ArrayBuffer>;
  readonly crc: number;
}

/**
 * A platform's own DEFLATE for the parts (Node's zlib, several times faster than fflate's
 * JavaScript); without one, fflate compresses, which runs everywhere.
 */
export type DeflatePart = (data: Uint8Array) => DeflatedPart;

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A part as text; throws naming the part when pptxgenjs did not write it. */
export function partText(parts: Parts, path: string): string {
  const part = parts.get(path);
  if (part === undefined) throw new Error(`pptx: part ${path} is missing from pptxgenjs output`);
  if (typeof part === 'string') return part;
  const text = decoder.decode(part);
  parts.set(path, text);
  return text;
}

/** A part as bytes, encoded again if a step changed it as text. */
export function partBytes(parts: Parts, path: string): Uint8Array {
  const part = parts.get(path);
  if (part === undefined) throw new Error(`pptx: part ${path} is missing from pptxgenjs output`);
  return typeof part === 'string' ? encoder.encode(part) : part;
}

/** Opens a package. Folder entries (pptxgenjs writes empty ones) are no parts and are left out. */
export function readParts(bytes: Uint8Array): Parts {
  const parts: Parts = new Map();
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    if (!path.endsWith('/')) parts.set(path, data);
  }
  return parts;
}

// zlib's default level. On a deck's XML level 1 is hardly faster and gives a larger file; 9
// gains about 1 % for a third more time.
const LEVEL = 6;
// The date Office gives the parts of its packages; a fixed date also makes the same plan give the
// same bytes.
const ZIP_DATE = new Date(1980, 0, 1);
const DEFLATE_METHOD = 8;

export function writeParts(parts: Parts, deflate?: DeflatePart): Uint8Array {
  if (!deflate) {
    const files: Zippable = {};
    for (const path of parts.keys()) files[path] = partBytes(parts, path);
    return zipSync(files, { level: LEVEL, mtime: ZIP_DATE });
  }
  // fflate's streaming writer takes parts compressed elsewhere. It writes each part's sizes and
  // CRC after its data (a data descriptor), as Office's own packages do.
  const chunks: Uint8Array[] = [];
  const failures: Error[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) failures.push(error);
    else chunks.push(chunk);
  });
  for (const filename of parts.keys()) {
    const data = partBytes(parts, filename);
    const { deflated, crc } = deflate(data);
    const file: ZipInputFile = {
      filename,
      size: data.length,
      crc,
      compression: DEFLATE_METHOD,
      mtime: ZIP_DATE,
    };
    zip.add(file);
    file.ondata?.(null, deflated, true);
  }
  zip.end();
  if (failures[0]) throw failures[0];
  const out = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
