// Runs a CLI command in-process with captured output, the way a terminal would see it.
import type { CliIo } from '../../src/cli/io';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function capture(
  run: (argv: readonly string[], io: CliIo) => Promise<number>,
  argv: readonly string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
