// What a CLI command needs from its process, passed in so tests run commands in-process.
export interface Writable {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly cwd: string;
  /** The process environment; only LANG/LC_ALL are read, to pick a default language. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}
