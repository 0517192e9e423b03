// `kap check <file> [--lang de|en] [--json]`
import { parseArgs } from 'node:util';
import { hasErrors } from '../plan/findings';
import { checkPlan } from '../plan/rules';
import type { Language } from '../plan/schema';
import { findUnknownFields } from '../plan/unknown';
import type { CliIo } from './io';
import { loadPlanFile, pickLanguage, printProblems } from './load';
import { formatFindings, summarize } from './format';
import { CHECK_HELP } from './usage';
import { parseLanguage, UsageError } from './options';

export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      lang: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const option = parseLanguage(values.lang, CHECK_HELP);
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
    if (values.json) {
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
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          file,
          valid: true,
          errors: findings.filter((f) => f.severity === 'error').length,
          findings: findings.map((f) => ({ ...f, text: f.message[language] })),
          unknownFields: unknown,
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
  io.stdout.write(`${lines.join('\n')}\n`);
  const body = formatFindings(findings, language);
  if (body) io.stdout.write(`\n${body}`);
  return hasErrors(findings) ? 1 : 0;
}
