// `kap check <file> [--lang de|en] [--json]`
import { hasErrors } from '../plan/findings';
import { formatPath } from '../plan/read';
import { checkPlan } from '../plan/rules';
import type { Collection, Language, Plan } from '../plan/schema';
import { findUnknownFields } from '../plan/unknown';
import { slidesFilled } from '../render/slideCapacity';
import type { CliIo } from './io';
import { loadPlanFile, pickLanguage, printProblems } from './load';
import { formatFindings, summarize } from './format';
import { CHECK_HELP } from './usage';
import { parseReportArgs, UsageError } from './options';

/** The texts of each kind of item that the documents show. */
const TEXT_FIELDS: { readonly [C in Collection]: readonly (keyof Plan[C][number] & string)[] } = {
  facts: ['text', 'source'],
  gaps: ['question'],
  people: ['name', 'role', 'ourContact', 'note'],
  soWhats: ['text'],
  opportunities: ['title'],
  risks: ['title'],
  goals: ['title', 'measure', 'target'],
  strategies: ['text'],
  actions: ['what', 'who'],
};

export interface LongText {
  readonly path: string;
  /** How many slides the text fills at the least, rounded up. */
  readonly slides: number;
}

/** The texts longer than a slide can hold: the deck would continue each over several slides. */
export function findLongTexts(plan: Plan): LongText[] {
  const out: LongText[] = [];
  const check = (path: (string | number)[], text: unknown) => {
    if (typeof text !== 'string') return;
    const slides = slidesFilled(text);
    if (slides > 1) out.push({ path: formatPath(path), slides: Math.ceil(slides) });
  };
  check(['account', 'name'], plan.account.name);
  check(['account', 'planOwner'], plan.account.planOwner);
  for (const collection of Object.keys(TEXT_FIELDS) as Collection[]) {
    plan[collection].forEach((item: Plan[Collection][number], index) => {
      for (const field of TEXT_FIELDS[collection]) {
        check([collection, index, field], (item as Record<string, unknown>)[field]);
      }
    });
  }
  return out;
}

function longTextLine(long: LongText, language: Language): string {
  return language === 'de'
    ? `Warnung: ${long.path} ist länger, als eine Folie fassen kann (füllt etwa ${long.slides} Folien); bitte kürzen oder auf mehrere Einträge aufteilen.`
    : `warning: ${long.path} is longer than a slide can hold (it fills about ${long.slides} slides); shorten it or split it into several items.`;
}

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReportArgs(argv, CHECK_HELP);
  if (args.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const { files: positionals, language: option } = args;
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'needs a plan file.'
        : `takes one plan file, got ${positionals.length}.`,
      CHECK_HELP,
    );
  }
  const file = positionals[0] as string;
  const loaded = await loadPlanFile(file, io.cwd);
  if (!loaded.ok) {
    const language = pickLanguage(option, undefined, io.env);
    if (args.json) {
      io.stdout.write(
        `${JSON.stringify(
          {
            file,
            valid: false,
            problems: loaded.problems.map((p) => ({ ...p, text: p.message[language] })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      printProblems(file, loaded.problems, io, language);
    }
    return 2;
  }
  const plan = loaded.plan;
  const language: Language = pickLanguage(option, plan, io.env);
  const findings = checkPlan(plan);
  const unknown = findUnknownFields(plan);
  const long = findLongTexts(plan);
  if (args.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          file,
          valid: true,
          errors: findings.filter((f) => f.severity === 'error').length,
          findings: findings.map((f) => ({ ...f, text: f.message[language] })),
          unknownFields: unknown,
          longTexts: long,
          ...(loaded.migratedFrom === undefined ? {} : { migratedFrom: loaded.migratedFrom }),
        },
        null,
        2,
      )}\n`,
    );
    return hasErrors(findings) ? 1 : 0;
  }
  const lines: string[] = [`${file} — ${plan.account.name}: ${summarize(findings, language)}`];
  if (unknown.length > 0) {
    lines.push(
      language === 'de'
        ? `Warnung: unbekannte Felder (bleiben erhalten, werden aber nicht genutzt): ${unknown.join(', ')}`
        : `warning: unknown fields (kept, but not used): ${unknown.join(', ')}`,
    );
  }
  for (const text of long) lines.push(longTextLine(text, language));
  if (loaded.migratedFrom !== undefined) {
    lines.push(
      language === 'de'
        ? `Hinweis: die Datei hat Format-Version ${loaded.migratedFrom} und wurde als Version 2 gelesen; sie bleibt unverändert.`
        : `note: the file is format version ${loaded.migratedFrom} and was read as version 2; it is left unchanged.`,
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  const body = formatFindings(findings, language);
  if (body) io.stdout.write(`\n${body}`);
  return hasErrors(findings) ? 1 : 0;
}
