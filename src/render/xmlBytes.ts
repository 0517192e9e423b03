// Edits of XML kept as UTF-8 bytes. A deck's slides are megabytes of XML of which a few tags
// change; decoding them to text and encoding them again took longer than the edits. The tags
// searched for are ASCII, and no byte of a multi-byte UTF-8 character is ASCII, so a match in
// the bytes is always a match of whole characters.

const encoder = new TextEncoder();

/** An ASCII pattern as bytes. */
export function ascii(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Where `pattern` next occurs in `data` at or after `from`, or -1. */
export function indexOfBytes(data: Uint8Array, pattern: Uint8Array, from = 0): number {
  const first = pattern[0] ?? 0;
  for (let at = data.indexOf(first, from); at >= 0; at = data.indexOf(first, at + 1)) {
    if (bytesAt(data, pattern, at)) return at;
  }
  return -1;
}

/** Where `pattern` last occurs in `data`, or -1. */
export function lastIndexOfBytes(data: Uint8Array, pattern: Uint8Array): number {
  const first = pattern[0] ?? 0;
  for (
    let at = data.lastIndexOf(first);
    at >= 0;
    at = at > 0 ? data.lastIndexOf(first, at - 1) : -1
  ) {
    if (bytesAt(data, pattern, at)) return at;
  }
  return -1;
}

/** True when `pattern` occurs in `data` exactly at `at`. */
export function bytesAt(data: Uint8Array, pattern: Uint8Array, at: number): boolean {
  if (at < 0 || at + pattern.length > data.length) return false;
  for (let k = 0; k < pattern.length; k++) if (data[at + k] !== pattern[k]) return false;
  return true;
}

/** A replacement of the bytes [from, to) by `insert`. */
export interface ByteEdit {
  readonly from: number;
  readonly to: number;
  readonly insert?: Uint8Array;
}

/** `data` with the edits applied; they must be in order and must not overlap. */
export function applyEdits(data: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  if (edits.length === 0) return data;
  let size = data.length;
  for (const edit of edits) size += (edit.insert?.length ?? 0) - (edit.to - edit.from);
  const out = new Uint8Array(size);
  let read = 0;
  let write = 0;
  for (const edit of edits) {
    out.set(data.subarray(read, edit.from), write);
    write += edit.from - read;
    if (edit.insert) {
      out.set(edit.insert, write);
      write += edit.insert.length;
    }
    read = edit.to;
  }
  out.set(data.subarray(read), write);
  return out;
}
