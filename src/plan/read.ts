// Reading a plan: text → JSON → schema → ids and references. Every problem says where it is
// (line and column, the path such as `goals[1].due`) and what was expected, in German and
// English, so that a user can fix the file without knowing the format by heart.
import {
  createScanner,
  findNodeAtLocation,
  getLocation,
  parse as parseLenient,
  parseTree,
  printParseErrorCode,
  type Node as JsonNode,
  type ParseError,
} from 'jsonc-parser';
import type { z } from 'zod';
import type { Localized } from './messages';
import { LAST_PERIOD_START, PLAN_FORMAT, PLAN_VERSION, planSchema, type Plan } from './schema';
import { checkIdentity } from './identity';

export type ProblemKind =
  | 'syntax'
  | 'duplicate-key'
  | 'not-an-object'
  | 'format'
  | 'version'
  | 'schema'
  | 'duplicate-id'
  | 'missing-reference';

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
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export type PathSegment = string | number;

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
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
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
    // JSON.parse says little about where; the jsonc scanner in strict mode finds the spot.
    const errors: ParseError[] = [];
    parseLenient(text, errors, {
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
      return { ok: false, problem: syntaxProblem(text, first.offset, what) };
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

/**
 * A plan nests four levels deep (plan → facts → fact → factIds); unknown fields may add a few.
 * Far deeper input is junk, and the recursive code after JSON.parse (the jsonc tree that
 * locates problems, JSON.stringify when the plan is written again) would overflow the stack on
 * it, so it is refused here, at the place where the nesting goes too deep.
 */
export const MAX_NESTING = 512;

function tooDeep(text: string): InputProblem | undefined {
  // The scanner is iterative, unlike jsonc's parser, so it survives any depth. A token is told
  // by its first character (SyntaxKind is a const enum, out of reach with isolatedModules).
  const scanner = createScanner(text, true);
  let depth = 0;
  for (scanner.scan(); scanner.getTokenOffset() < text.length; scanner.scan()) {
    const first = text[scanner.getTokenOffset()];
    if (first === '{' || first === '[') {
      depth++;
      if (depth > MAX_NESTING) {
        const { line, column } = positionOf(text, scanner.getTokenOffset());
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
    } else if (first === '}' || first === ']') {
      depth--;
    }
  }
  return undefined;
}

/**
 * JSON.parse keeps the last of two equal keys in an object and drops the first without a word;
 * the dropped value would be lost on the next save. Run on text that parsed, so every string
 * token right after `{` or `,` inside an object is a key.
 */
function duplicateKeys(text: string): InputProblem[] {
  const problems: InputProblem[] = [];
  const position = positionsIn(text);
  const scanner = createScanner(text, true);
  // One entry per open bracket: the keys seen so far with their offsets, or null for an array.
  const open: (Map<string, number> | null)[] = [];
  let expectKey = false;
  for (scanner.scan(); scanner.getTokenOffset() < text.length; scanner.scan()) {
    const offset = scanner.getTokenOffset();
    const first = text[offset];
    const keys = open.at(-1);
    if (first === '"' && expectKey && keys) {
      const key = scanner.getTokenValue();
      const earlier = keys.get(key);
      if (earlier === undefined) keys.set(key, offset);
      else problems.push(duplicateKeyProblem(text, position, key, earlier, offset));
    }
    if (first === '{') open.push(new Map());
    else if (first === '[') open.push(null);
    else if (first === '}' || first === ']') open.pop();
    expectKey = first === '{' || (first === ',' && Boolean(keys));
  }
  return problems;
}

function duplicateKeyProblem(
  text: string,
  position: (offset: number) => { line: number; column: number },
  key: string,
  earlier: number,
  offset: number,
): InputProblem {
  const { line, column } = position(offset);
  const before = position(earlier);
  const path = formatPath(getLocation(text, offset).path.slice(0, -1));
  const place = path === '' ? '' : `${path}: `;
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
  const deep = tooDeep(body);
  if (deep) return { ok: false, problems: [deep] };
  const parsed = parseJson(body);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const duplicates = duplicateKeys(body);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  const locate = locator(body);
  return validate(parsed.value, locate);
}

/** Validates a value that is already parsed (stored in a document, built by the task pane). */
export function validatePlanValue(value: unknown): ReadResult {
  return validate(value, () => undefined);
}

type Locate = (path: readonly PathSegment[]) => { line: number; column: number } | undefined;

function locator(text: string): Locate {
  let tree: JsonNode | undefined;
  let position: ((offset: number) => { line: number; column: number }) | undefined;
  return (path) => {
    tree ??= parseTree(text);
    position ??= positionsIn(text);
    if (!tree) return undefined;
    // A missing field has no node: point at the nearest enclosing one that exists.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = findNodeAtLocation(tree, path.slice(0, depth));
      if (node) {
        // For a field, point at its value's owner property (the key), which is what editors show.
        const at = node.parent?.type === 'property' ? node.parent : node;
        return position(at.offset);
      }
    }
    return undefined;
  };
}

function at(
  locate: Locate,
  path: readonly PathSegment[],
): Pick<InputProblem, 'path' | 'line' | 'column'> {
  const position = locate(path);
  return { path: formatPath(path), ...(position ?? {}) };
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
    const place = where(at(locate, ['format']));
    return {
      ok: false,
      problems: [
        {
          kind: 'format',
          ...at(locate, ['format']),
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
    const place = where(at(locate, ['version']));
    return {
      ok: false,
      problems: [
        {
          kind: 'version',
          ...at(locate, ['version']),
          message: {
            de: `${place.de}: der Plan hat Version ${version}, dieses Programm kennt nur bis Version ${PLAN_VERSION}. Bitte aktualisieren.`,
            en: `${place.en}: the plan is version ${version}; this program knows up to version ${PLAN_VERSION}. Please update it.`,
          },
        },
      ],
    };
  }
  const result = planSchema.safeParse(value);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => schemaProblem(issue, value, locate)),
    };
  }
  const identity = checkIdentity(result.data).map((problem) => {
    const position = at(locate, problem.path);
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
  return { ok: true, plan: result.data };
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

function schemaProblem(issue: z.core.$ZodIssue, root: unknown, locate: Locate): InputProblem {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== 'symbol');
  const position = at(locate, path);
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
