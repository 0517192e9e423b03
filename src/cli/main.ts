// The `kap` command line: dispatches to the commands; every way out is an exit code of the spec.
// A command's code is loaded when it runs: `kap --help` and `kap check` never load a renderer
// (pptxgenjs and docx are most of the start-up time).
import type { CliIo } from './io';
import { UsageError } from './options';
import { MAIN_HELP } from './usage';

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

// A Map, not an object: `kap constructor` must not find Object.prototype.constructor.
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['check', async () => (await import('./check')).runCheck],
  ['render', async () => (await import('./render')).runRender],
  ['diff', async () => (await import('./diff')).runDiff],
]);

// Duck-typed: Node's errors may come from another realm (vm contexts), where instanceof fails.
function isParseArgsError(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  );
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  const load = COMMANDS.get(command);
  if (!load) {
    io.stderr.write(`kap: unknown command "${command}".\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`kap ${command}: ${error.message}\n${error.help ? `\n${error.help}` : ''}`);
      return 2;
    }
    if (isParseArgsError(error)) {
      io.stderr.write(
        `kap ${command}: ${error.message}\nRun "kap ${command} --help" for the options.\n`,
      );
      return 2;
    }
    throw error;
  }
}
