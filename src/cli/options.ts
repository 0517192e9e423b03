// Option values shared by the commands, checked with messages that say what is allowed.
import { parseArgs } from 'node:util';
import { LANGUAGES, type Language } from '../plan/schema';

/** Bad usage: the command prints the message and its help, and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly help: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseLanguage(value: string | undefined, help = ''): Language | undefined {
  if (value === undefined) return undefined;
  if ((LANGUAGES as readonly string[]).includes(value)) return value as Language;
  throw new UsageError(`--lang must be de or en, got "${value}".`, help);
}

/** What a reporting command (check, diff) was asked: the files, --lang, --json; or --help. */
export type ReportArgs =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly files: readonly string[];
      readonly language: Language | undefined;
      readonly json: boolean;
    };

/** The options the reporting commands share, parsed the same way for each. */
export function parseReportArgs(argv: readonly string[], help: string): ReportArgs {
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
  if (values.help) return { help: true };
  return {
    help: false,
    files: positionals,
    language: parseLanguage(values.lang, help),
    json: values.json,
  };
}
