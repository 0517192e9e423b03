// Reading a plan: text → JSON → schema → ids and references. Every problem says where it is
// (line and column, the path such as `goals[1].due`) and what was expected, in German and
// English, so that a user can fix the file without knowing the format by heart.
import { parse as parseLenient, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import {
  locatePaths,
  scanStructure,
  tooDeepAt,
  type DuplicateKey,
  type PathSegment,
} from './jsonScan';
import type { Localized } from './messages';
import {
  LAST_PERIOD_START,
  PLAN_FORMAT,
  PLAN_VERSION,
  READABLE_VERSIONS,
  planSchema,
  type Plan,
} from './schema';
import { checkIdentity } from './identity';

export type ProblemKind =
  | 'syntax'
  | 'duplicate-key'
  | 'not-an-object'
  | 'format'
  | 'version'
  | 'schema'
  | 'duplicate-id'
  | 'missing-reference'
  | 'review-order';

export interface InputProblem {
  readonly kind: ProblemKind;
  /** The field, e.g. `goals[1].due`; absent for problems of the text as a whole. */
  readonly path?: string;
  /** 1-based position in the text, when the problem was found in text. */
  readonly line?: number;
  readonly column?: number;
  readonly message: Localized;
}

export type ReadResult =
  | {
      readonly ok: true;
      readonly plan: Plan;
      /** The file's version when it was older than PLAN_VERSION and migrated in memory. */
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export type { PathSegment } from './jsonScan';

/** `goals[1].due` from ['goals', 1, 'due']. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** Line and column (both 1-based) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  return positionsIn(text)(offset);
}

/**
 * Line and column (both 1-based) of offsets in one text: the line starts are found once, so
 * that a file with thousands of problems is not scanned from its start for each of them.
 */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  // Counted first, then kept in a typed array: a file of millions of empty lines would need
  // hundreds of megabytes as an array of numbers.
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Uint32Array(lines);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  };
}

const SYNTAX_MESSAGES: Record<string, Localized> = {
  InvalidSymbol: { de: 'unerwartetes Zeichen', en: 'unexpected character' },
  InvalidNumberFormat: { de: 'ungültige Zahl', en: 'invalid number' },
  PropertyNameExpected: {
    de: 'Feldname in doppelten Anführungszeichen erwartet',
    en: 'expected a field name in double quotes',
  },
  ValueExpected: { de: 'Wert erwartet', en: 'expected a value' },
  ColonExpected: { de: '":" erwartet', en: 'expected ":"' },
  CommaExpected: { de: '"," erwartet', en: 'expected ","' },
  CloseBraceExpected: { de: '"}" erwartet', en: 'expected "}"' },
  CloseBracketExpected: { de: '"]" erwartet', en: 'expected "]"' },
  EndOfFileExpected: {
    de: 'Ende der Datei erwartet (Text nach dem Ende des JSON)',
    en: 'expected the end of the file (text after the end of the JSON)',
  },
  InvalidCommentToken: {
    de: 'Kommentare sind in JSON nicht erlaubt',
    en: 'comments are not allowed in JSON',
  },
  UnexpectedEndOfComment: { de: 'Kommentar ohne Ende', en: 'comment without end' },
  UnexpectedEndOfString: { de: 'Text ohne schließendes "', en: 'text without closing "' },
  UnexpectedEndOfNumber: { de: 'unvollständige Zahl', en: 'incomplete number' },
  InvalidUnicode: { de: 'ungültige \\u-Unicode-Folge', en: 'invalid \\u unicode escape' },
  InvalidEscapeCharacter: { de: 'ungültige \\-Escape-Folge', en: 'invalid \\ escape' },
  InvalidCharacter: {
    de: 'unzulässiges Steuerzeichen in einem Text',
    en: 'control character not allowed inside a text',
  },
};

function syntaxProblem(text: string, offset: number, what: Localized): InputProblem {
  const { line, column } = positionOf(text, offset);
  return {
    kind: 'syntax',
    line,
    column,
    message: {
      de: `Kein gültiges JSON in Zeile ${line}, Spalte ${column}: ${what.de}.`,
      en: `Not valid JSON at line ${line}, column ${column}: ${what.en}.`,
    },
  };
}

/** Parses strict JSON; on failure finds where the first syntax error is. */
function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: InputProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // jsonc's parser is recursive: far too deep a text would overflow the stack there.
    const deep = tooDeepAt(text, MAX_NESTING);
    if (deep !== undefined) return { ok: false, problem: tooDeepProblem(text, deep) };
    // JSON.parse says little about where; jsonc's parser in strict mode finds the spot.
    const errors: ParseError[] = [];
    const short = withShortBlanks(text);
    parseLenient(short.text, errors, {
      disallowComments: true,
      allowTrailingComma: false,
      allowEmptyContent: false,
    });
    const first = errors[0];
    if (first) {
      const what = SYNTAX_MESSAGES[printParseErrorCode(first.error)] ?? {
        de: 'Syntaxfehler',
        en: 'syntax error',
      };
      return { ok: false, problem: syntaxProblem(text, short.original(first.offset), what) };
    }
    if (text.trim() === '') {
      return {
        ok: false,
        problem: syntaxProblem(text, 0, { de: 'die Datei ist leer', en: 'the file is empty' }),
      };
    }
    return {
      ok: false,
      problem: syntaxProblem(text, 0, { de: 'Syntaxfehler', en: 'syntax error' }),
    };
  }
}

const KEPT_BLANKS = 64;

/**
 * WORKAROUND jsonc-parser 3.3.1: its scanner builds each run of white space into a string one
 * character at a time, which takes minutes on megabytes of spaces. It is shown the text with long
 * runs of spaces and tabs cut short (which changes no syntax error: a tab inside a text stays a
 * tab at the same place), and its offsets are mapped back. The runs are found by a plain loop:
 * V8's regular expressions run out of stack on a run of millions of spaces, with /[ \t]{65,}/
 * always and with /[ \t]+/ in a worker thread's smaller stack.
 */
function withShortBlanks(text: string): { text: string; original: (offset: number) => number } {
  // Where a run was cut in the short text, and how much was cut up to there.
  const cutAt: number[] = [];
  const cutSoFar: number[] = [];
  const pieces: string[] = [];
  let cut = 0;
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && (text.charCodeAt(end) === 0x20 || text.charCodeAt(end) === 0x09)) {
      end++;
    }
    if (end - i > KEPT_BLANKS) {
      pieces.push(text.slice(copiedTo, i + KEPT_BLANKS));
      cutAt.push(i - cut + KEPT_BLANKS);
      cut += end - i - KEPT_BLANKS;
      cutSoFar.push(cut);
      copiedTo = end;
    }
    i = end;
  }
  const short = cut === 0 ? text : pieces.join('') + text.slice(copiedTo);
  return {
    text: short,
    original: (offset) => {
      let low = 0;
      let high = cutAt.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((cutAt[mid] ?? 0) <= offset) low = mid + 1;
        else high = mid;
      }
      return offset + (low === 0 ? 0 : (cutSoFar[low - 1] ?? 0));
    },
  };
}

/**
 * A plan nests four levels deep (plan → facts → fact → factIds); unknown fields may add a few.
 * Far deeper input is junk, and recursive code after JSON.parse (JSON.stringify when the plan is
 * written again, zod) would overflow the stack on it, so it is refused, at the place where the
 * nesting goes too deep.
 */
export const MAX_NESTING = 512;

function tooDeepProblem(text: string, offset: number): InputProblem {
  const { line, column } = positionOf(text, offset);
  return {
    kind: 'syntax',
    line,
    column,
    message: {
      de: `Zeile ${line}, Spalte ${column}: hier ist die Datei mehr als ${MAX_NESTING} Ebenen tief verschachtelt; ein Plan braucht nur wenige.`,
      en: `line ${line}, column ${column}: here the file is nested more than ${MAX_NESTING} levels deep; a plan needs only a few.`,
    },
  };
}

function duplicateKeyProblem(
  position: (offset: number) => { line: number; column: number },
  duplicate: DuplicateKey,
): InputProblem {
  const { line, column } = position(duplicate.again);
  const before = position(duplicate.first);
  const path = formatPath(duplicate.path);
  const place = path === '' ? '' : `${path}: `;
  const key = duplicate.key;
  return {
    kind: 'duplicate-key',
    ...(path === '' ? {} : { path }),
    line,
    column,
    message: {
      de: `${place}das Feld "${key}" steht zweimal im selben Objekt (zuerst in Zeile ${before.line}, Spalte ${before.column}, wieder in Zeile ${line}, Spalte ${column}); JSON behält nur eines, das andere ginge verloren.`,
      en: `${place}the field "${key}" appears twice in the same object (first at line ${before.line}, column ${before.column}, again at line ${line}, column ${column}); JSON keeps only one, the other would be lost.`,
    },
  };
}

/** Reads a plan from the text of a `.kap.json` file. */
export function readPlanText(text: string): ReadResult {
  // A byte order mark is invisible in editors and not JSON; Windows tools like to write one.
  // Dropping it keeps the columns the ones an editor shows.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // JSON.parse first: it is native, and it is iterative, so it survives any nesting. Only the
  // texts it accepts are scanned again, once.
  const parsed = parseJson(body);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const structure = scanStructure(body, MAX_NESTING);
  if (structure.tooDeepAt !== undefined) {
    return { ok: false, problems: [tooDeepProblem(body, structure.tooDeepAt)] };
  }
  if (structure.duplicates.length > 0) {
    const position = positionsIn(body);
    return {
      ok: false,
      problems: structure.duplicates.map((duplicate) => duplicateKeyProblem(position, duplicate)),
    };
  }
  return validate(parsed.value, locator(body));
}

/** Validates a value that is already parsed (stored in a document, built by the task pane). */
export function validatePlanValue(value: unknown): ReadResult {
  return validate(value, () => new Map());
}

type Position = { line: number; column: number };
/** The positions of fields in the text, looked up together in one pass. */
type Locate = (paths: readonly (readonly PathSegment[])[]) => Map<readonly PathSegment[], Position>;

function locator(text: string): Locate {
  let position: ((offset: number) => Position) | undefined;
  return (paths) => {
    if (paths.length === 0) return new Map();
    position ??= positionsIn(text);
    const found = new Map<readonly PathSegment[], Position>();
    for (const [path, offset] of locatePaths(text, paths)) found.set(path, position(offset));
    return found;
  };
}

function at(
  positions: Map<readonly PathSegment[], Position>,
  path: readonly PathSegment[],
): Pick<InputProblem, 'path' | 'line' | 'column'> {
  return { path: formatPath(path), ...(positions.get(path) ?? {}) };
}

function where(problem: Pick<InputProblem, 'path' | 'line' | 'column'>): Localized {
  const place = problem.path ?? '';
  if (problem.line === undefined) return { de: place, en: place };
  return {
    de: `${place} (Zeile ${problem.line}, Spalte ${problem.column})`,
    en: `${place} (line ${problem.line}, column ${problem.column})`,
  };
}

function validate(value: unknown, locate: Locate): ReadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      problems: [
        {
          kind: 'not-an-object',
          message: {
            de: 'Die Datei enthält kein JSON-Objekt: ein Key-Account-Plan beginnt mit { "format": "kap", … }.',
            en: 'The file does not hold a JSON object: a key account plan starts with { "format": "kap", … }.',
          },
        },
      ],
    };
  }
  const record = value as Record<string, unknown>;
  // Format and version come first: a file of another kind or a newer version would otherwise
  // drown the user in field errors that are not the real problem.
  if (record.format !== PLAN_FORMAT) {
    const found = JSON.stringify(record.format) ?? 'nothing';
    const path = ['format'];
    const position = at(locate([path]), path);
    const place = where(position);
    return {
      ok: false,
      problems: [
        {
          kind: 'format',
          ...position,
          message: {
            de: `${place.de}: das ist kein Key-Account-Plan — "format" muss "kap" sein, gefunden: ${found === 'nothing' ? 'nichts' : found}.`,
            en: `${place.en}: this is not a key account plan — "format" must be "kap", found: ${found}.`,
          },
        },
      ],
    };
  }
  // Only a whole number can be a newer version: 1.5 or Infinity is simply not a version, and
  // asking the user to update the program for it would send them the wrong way.
  const version = record.version;
  if (typeof version === 'number' && Number.isSafeInteger(version) && version > PLAN_VERSION) {
    const path = ['version'];
    const position = at(locate([path]), path);
    const place = where(position);
    return {
      ok: false,
      problems: [
        {
          kind: 'version',
          ...position,
          message: {
            de: `${place.de}: der Plan hat Version ${version}, dieses Programm kennt nur bis Version ${PLAN_VERSION}. Bitte aktualisieren.`,
            en: `${place.en}: the plan is version ${version}; this program knows up to version ${PLAN_VERSION}. Please update it.`,
          },
        },
      ],
    };
  }
  // Version 1 is version 2 without the new fields: it is read as version 2, the file itself is
  // never rewritten by the reader. Anything else that is not 2 fails the schema below, which
  // names the versions this build reads.
  const migratedFrom = version === 1 ? 1 : undefined;
  const input = migratedFrom === undefined ? value : { ...record, version: PLAN_VERSION };
  const result = planSchema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      issue,
      path: issue.path.filter((s): s is PathSegment => typeof s !== 'symbol'),
    }));
    const positions = locate(issues.map((i) => i.path));
    return {
      ok: false,
      problems: issues.map(({ issue, path }) => schemaProblem(issue, path, value, positions)),
    };
  }
  keepProtoFields(value, result.data);
  const problems = checkIdentity(result.data);
  const positions = locate(problems.map((p) => p.path));
  const identity = problems.map((problem) => {
    const position = at(positions, problem.path);
    const place = where(position);
    return {
      kind: problem.kind,
      ...position,
      message: {
        de: `${place.de}: ${problem.message.de}`,
        en: `${place.en}: ${problem.message.en}`,
      },
    };
  });
  if (identity.length > 0) return { ok: false, problems: identity };
  return migratedFrom === undefined
    ? { ok: true, plan: result.data }
    : { ok: true, plan: result.data, migratedFrom };
}

const PROTO = '__proto__';

/**
 * zod leaves a field named "__proto__" out of the objects it builds (assigning it would replace
 * their prototype), so such a field would be lost on the next save. It is put back as a plain
 * field, and kap check names it like any unknown field. Values zod passes through unchanged (the
 * unknown fields) still hold their own.
 */
function keepProtoFields(input: unknown, output: unknown): void {
  if (typeof input !== 'object' || input === null || typeof output !== 'object' || output === null)
    return;
  if (input === output) return;
  if (Array.isArray(input) && Array.isArray(output)) {
    input.forEach((item, index) => keepProtoFields(item, output[index]));
    return;
  }
  if (Object.hasOwn(input, PROTO) && !Object.hasOwn(output, PROTO)) {
    Object.defineProperty(output, PROTO, {
      value: (input as Record<string, unknown>)[PROTO],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const key of Object.keys(output)) {
    if (key !== PROTO && Object.hasOwn(input, key)) {
      keepProtoFields(
        (input as Record<string, unknown>)[key],
        (output as Record<string, unknown>)[key],
      );
    }
  }
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  array: { de: 'eine Liste [ … ]', en: 'a list [ … ]' },
  object: { de: 'ein Objekt { … }', en: 'an object { … }' },
  null: { de: 'null', en: 'null' },
};

function describeValue(value: unknown): Localized {
  if (value === undefined) return { de: 'es fehlt', en: 'it is missing' };
  const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const name = TYPE_NAMES[type] ?? { de: type, en: type };
  return { de: `gefunden: ${name.de}`, en: `found: ${name.en}` };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function expectedText(issue: z.core.$ZodIssue): Localized {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? { de: issue.expected, en: issue.expected };
    case 'invalid_value': {
      if (issue.path.length === 1 && issue.path[0] === 'version') {
        const readable = READABLE_VERSIONS.join(', ');
        return { de: `eine der Versionen ${readable}`, en: `one of the versions ${readable}` };
      }
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return issue.values.length === 1
        ? { de: options, en: options }
        : { de: `einer von ${options}`, en: `one of ${options}` };
    }
    case 'too_small':
      return issue.path.at(-1) === 'name'
        ? { de: 'der Name des Accounts (nicht leer)', en: 'the account name (not empty)' }
        : { de: 'eine nicht leere Id', en: 'a non-empty id' };
    case 'custom': {
      const kind = (issue.params as { expected?: string } | undefined)?.expected;
      if (kind === 'due-date') {
        return {
          de: 'ein Kalenderdatum JJJJ-MM-TT (oder "", solange noch offen)',
          en: 'a calendar date YYYY-MM-DD (or "" while not yet decided)',
        };
      }
      if (kind === 'date') {
        return { de: 'ein Kalenderdatum JJJJ-MM-TT', en: 'a calendar date YYYY-MM-DD' };
      }
      if (kind === 'period-start') {
        return {
          de: `ein Kalenderdatum JJJJ-MM-TT, spätestens ${LAST_PERIOD_START}`,
          en: `a calendar date YYYY-MM-DD, no later than ${LAST_PERIOD_START}`,
        };
      }
      return { de: issue.message, en: issue.message };
    }
    default:
      return { de: issue.message, en: issue.message };
  }
}

function schemaProblem(
  issue: z.core.$ZodIssue,
  path: readonly PathSegment[],
  root: unknown,
  positions: Map<readonly PathSegment[], Position>,
): InputProblem {
  const position = at(positions, path);
  const place = where(position);
  const expected = expectedText(issue);
  const found = describeValue(valueAt(root, path));
  const shown = (() => {
    const value = valueAt(root, path);
    if (typeof value === 'string') return JSON.stringify(value);
    // String, not JSON.stringify: 1e999 parses to Infinity, which JSON would print as null.
    if (typeof value === 'number') return String(value);
    return undefined;
  })();
  const foundText: Localized = shown ? { de: `gefunden: ${shown}`, en: `found: ${shown}` } : found;
  return {
    kind: 'schema',
    ...position,
    message: {
      de: `${place.de || '(Datei)'}: erwartet ${expected.de}; ${foundText.de}.`,
      en: `${place.en || '(file)'}: expected ${expected.en}; ${foundText.en}.`,
    },
  };
}
