// What JSON.parse does not tell about a text: how deep it nests, which keys an object has twice
// (JSON.parse keeps the last one and drops the first without a word), and where a field is. One
// regular expression finds the strings and the structural characters and skips white space,
// numbers and literals natively, so a file of megabytes of spaces passes in a fraction of a
// second. (jsonc-parser's scanner builds each run of white space into a string one character at
// a time; on such a file it took minutes.)

export type PathSegment = string | number;

// A string (to its closing quote, or to the end of an unterminated one, so that a broken text
// never makes the expression backtrack), a number or literal, or a structural character.
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*(?:"|$)|-?\d[\d.eE+-]*|true|false|null|[{}[\],]/g;

interface Frame {
  /** The keys seen so far with their offsets; null for an array. */
  readonly keys: Map<string, number> | null;
  /** The key of the member being read (objects), or the index of the element (arrays). */
  key: string | undefined;
  index: number;
  /** Objects: the next string is a key. Arrays: the next value starts an element. */
  expect: boolean;
}

export interface DuplicateKey {
  readonly key: string;
  /** Offsets of the first and the repeated key. */
  readonly first: number;
  readonly again: number;
  /** The object that holds both. */
  readonly path: readonly PathSegment[];
}

export interface JsonStructure {
  /** Offset of the first bracket that opens deeper than the limit. */
  readonly tooDeepAt?: number;
  readonly duplicates: readonly DuplicateKey[];
}

function keyOf(token: string): string {
  return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
}

function pathOf(frames: readonly Frame[], depth: number): PathSegment[] {
  const path: PathSegment[] = [];
  for (let i = 0; i < depth; i++) {
    const frame = frames[i] as Frame;
    path.push(frame.keys ? (frame.key ?? '') : frame.index);
  }
  return path;
}

/**
 * Walks the tokens of a text, calling `onKey` for each key of an object and `onElement` for the
 * start of each array element, with the open containers. Stops at the first bracket that opens
 * deeper than `maxDepth` and returns its offset.
 */
function walk(
  text: string,
  maxDepth: number,
  onKey: ((frames: readonly Frame[], key: string, offset: number) => void) | undefined,
  onElement: ((frames: readonly Frame[], offset: number) => void) | undefined,
): number | undefined {
  const frames: Frame[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const token = match[0];
    const offset = match.index;
    const top = frames.at(-1);
    const first = token.charCodeAt(0);
    if (first === 0x7d /* } */ || first === 0x5d /* ] */) {
      frames.pop();
      continue;
    }
    if (first === 0x2c /* , */) {
      if (top) {
        top.expect = true;
        if (!top.keys) top.index++;
      }
      continue;
    }
    if (top?.keys && top.expect) {
      // A string right after "{" or "," in an object is a key.
      top.expect = false;
      if (first === 0x22 /* " */) {
        const key = keyOf(token);
        top.key = key;
        onKey?.(frames, key, offset);
      }
      continue;
    }
    if (top && !top.keys && top.expect) {
      top.expect = false;
      onElement?.(frames, offset);
    }
    if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
      if (frames.length >= maxDepth) return offset;
      frames.push({
        keys: first === 0x7b ? new Map() : null,
        key: undefined,
        index: 0,
        expect: true,
      });
    }
  }
  return undefined;
}

/** Depth and duplicate keys of a text that JSON.parse accepted. */
export function scanStructure(text: string, maxDepth: number): JsonStructure {
  const duplicates: DuplicateKey[] = [];
  const tooDeepAt = walk(
    text,
    maxDepth,
    (frames, key, offset) => {
      const keys = (frames.at(-1) as Frame).keys as Map<string, number>;
      const first = keys.get(key);
      if (first === undefined) keys.set(key, offset);
      else duplicates.push({ key, first, again: offset, path: pathOf(frames, frames.length - 1) });
    },
    undefined,
  );
  return tooDeepAt === undefined ? { duplicates } : { tooDeepAt, duplicates };
}

/** Where a text of any kind, JSON or not, first nests deeper than `maxDepth`. */
export function tooDeepAt(text: string, maxDepth: number): number | undefined {
  return walk(text, maxDepth, undefined, undefined);
}

interface Wanted {
  offset?: number;
  readonly children: Map<PathSegment, Wanted>;
}

/**
 * Where fields are, found in one pass: for each path the offset of the deepest part of it that is
 * in the text (a missing field is shown at the object that lacks it). An object member is found
 * at its key, an array element at its value, the whole text at its first character.
 */
export function locatePaths(
  text: string,
  paths: readonly (readonly PathSegment[])[],
): Map<readonly PathSegment[], number> {
  const root: Wanted = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let child = node.children.get(segment);
      if (!child) {
        child = { children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
  }
  root.offset = Math.max(0, text.search(/\S/));
  // The requested node of each open container: a container at depth d sits at the current key or
  // index of the container at depth d - 1, which cannot move on while the inner one is open.
  const nodes = new WeakMap<Frame, Wanted | undefined>();
  const nodeOf = (frames: readonly Frame[], depth: number): Wanted | undefined => {
    const frame = frames[depth] as Frame;
    if (nodes.has(frame)) return nodes.get(frame);
    const parent = depth === 0 ? undefined : (frames[depth - 1] as Frame);
    const node = parent
      ? nodeOf(frames, depth - 1)?.children.get(parent.keys ? (parent.key ?? '') : parent.index)
      : root;
    nodes.set(frame, node);
    return node;
  };
  const found = (frames: readonly Frame[], segment: PathSegment, offset: number) => {
    const node = nodeOf(frames, frames.length - 1)?.children.get(segment);
    if (node && node.offset === undefined) node.offset = offset;
  };
  walk(
    text,
    Number.MAX_SAFE_INTEGER,
    (frames, key, offset) => found(frames, key, offset),
    (frames, offset) => found(frames, (frames.at(-1) as Frame).index, offset),
  );
  const out = new Map<readonly PathSegment[], number>();
  for (const path of paths) {
    let node: Wanted | undefined = root;
    let offset = root.offset;
    for (const segment of path) {
      node = node.children.get(segment);
      if (node?.offset === undefined) break;
      offset = node.offset;
    }
    out.set(path, offset);
  }
  return out;
}
