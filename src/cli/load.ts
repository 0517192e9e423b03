// Reading a plan file for a command: the problems are printed the way compilers print them
// (`file:line:column: message`), which editors and terminals turn into links.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { InputProblem } from '../plan/read';
import { readPlanText } from '../plan/read';
import type { Language, Plan } from '../plan/schema';
import type { CliIo } from './io';

export type LoadResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly problems: readonly InputProblem[] };

function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined;
}

export async function loadPlanFile(file: string, cwd: string): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
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
  const heading =
    language === 'de'
      ? `${file}: ungültiger Key-Account-Plan`
      : `${file}: not a valid key account plan`;
  io.stderr.write(`${heading}\n`);
  for (const problem of result.problems)
    io.stderr.write(`  ${formatProblem(file, problem, language)}\n`);
  return undefined;
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
