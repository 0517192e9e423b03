// Reading a plan file for a command: the problems are printed the way compilers print them
// (`file:line:column: message`), which editors and terminals turn into links.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputProblem } from '../plan/read';
import { positionOf, readPlanText } from '../plan/read';
import type { Localized } from '../plan/messages';
import type { Language, Plan } from '../plan/schema';
import type { CliIo } from './io';

export type LoadResult =
  | { readonly ok: true; readonly plan: Plan; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

function notUtf8(text: string, offset: number, found: Localized): InputProblem {
  const { line, column } = positionOf(text, offset);
  return {
    kind: 'syntax',
    line,
    column,
    message: {
      de: `Zeile ${line}, Spalte ${column}: die Datei ist ${found.de}; bitte als UTF-8 speichern.`,
      en: `line ${line}, column ${column}: the file is ${found.en}; please save it as UTF-8.`,
    },
  };
}

/**
 * The file as UTF-8 text, or where it is not. Node's decoder would replace every bad byte with
 * U+FFFD, and a Latin-1 "Müller" would become "M�ller" without a word, to be saved so.
 */
function decode(bytes: Uint8Array): { text: string } | { problem: InputProblem } {
  // The byte order mark of UTF-16, which Windows editors offer as "Unicode".
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return { problem: notUtf8('', 0, { de: 'UTF-16', en: 'UTF-16' }) };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = Math.max(0, lenient.indexOf('\uFFFD'));
    return { problem: notUtf8(lenient, at, { de: 'kein UTF-8', en: 'not UTF-8' }) };
  }
}

/**
 * The largest plan file read. A plan of tens of thousands of items is a few megabytes; the limit
 * keeps a wrong path (a device, a log, /dev/zero) from filling the memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
export const MAX_INPUT_TEXT = '64 MB';
const CHUNK = 4 * 1024 * 1024;

class TooLarge extends Error {}

/** The bytes of a file, or TooLarge past MAX_INPUT_BYTES, without reading more than one byte past it. */
async function readCapped(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    // A regular file says its size; devices and pipes do not, and are read up to the limit.
    if (info.isFile() && info.size > MAX_INPUT_BYTES) throw new TooLarge();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, MAX_INPUT_BYTES + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw new TooLarge();
      chunks.push(buffer.subarray(0, bytesRead));
    }
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  } finally {
    await handle.close();
  }
}

export async function loadPlanFile(file: string, cwd: string): Promise<LoadResult> {
  let text: string;
  try {
    const decoded = decode(await readCapped(resolve(cwd, file)));
    if ('problem' in decoded) return { ok: false, problems: [decoded.problem] };
    text = decoded.text;
  } catch (error) {
    if (error instanceof TooLarge) {
      return {
        ok: false,
        problems: [
          {
            kind: 'syntax',
            message: {
              de: `die Datei ist größer als ${MAX_INPUT_TEXT}; so groß ist kein Key-Account-Plan.`,
              en: `the file is larger than ${MAX_INPUT_TEXT}; no key account plan is that large.`,
            },
          },
        ],
      };
    }
    const code = errnoCode(error);
    const message =
      code === 'ENOENT'
        ? { de: 'Datei nicht gefunden.', en: 'file not found.' }
        : code === 'EISDIR'
          ? { de: 'das ist ein Ordner, keine Datei.', en: 'this is a folder, not a file.' }
          : {
              de: `Datei nicht lesbar (${code ?? 'Fehler'}).`,
              en: `cannot read the file (${code ?? 'error'}).`,
            };
    return { ok: false, problems: [{ kind: 'syntax', message }] };
  }
  return readPlanText(text);
}

export function formatProblem(file: string, problem: InputProblem, language: Language): string {
  const position =
    problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  return `${position}: ${problem.message[language]}`;
}

/** Loads a plan; on invalid input prints every problem to stderr and returns undefined. */
export async function readPlanFile(
  file: string,
  io: CliIo,
  language: Language = 'en',
): Promise<Plan | undefined> {
  const result = await loadPlanFile(file, io.cwd);
  if (result.ok) return result.plan;
  printProblems(file, result.problems, io, language);
  return undefined;
}

/** The problems of an invalid plan file on stderr, under one heading that names the file. */
export function printProblems(
  file: string,
  problems: readonly InputProblem[],
  io: CliIo,
  language: Language,
): void {
  const heading =
    language === 'de'
      ? `${file}: ungültiger Key-Account-Plan`
      : `${file}: not a valid key account plan`;
  io.stderr.write(`${heading}\n`);
  for (const problem of problems) io.stderr.write(`  ${formatProblem(file, problem, language)}\n`);
}

/** --lang wins, then the plan's own language, then the terminal's, then English. */
export function pickLanguage(
  option: Language | undefined,
  plan: Plan | undefined,
  env: CliIo['env'],
): Language {
  if (option) return option;
  if (plan?.account.language) return plan.account.language;
  const locale = env?.LC_ALL || env?.LC_MESSAGES || env?.LANG || '';
  return locale.toLowerCase().startsWith('de') ? 'de' : 'en';
}
