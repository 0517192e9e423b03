// Option values shared by the commands, checked with messages that say what is allowed.
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
