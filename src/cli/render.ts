// `kap render <file> -o <out.pptx|out.docx> [--step 1-6] [--lang de|en] [--customer-safe] [--review]`
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Localized } from '../plan/messages';
import { checkPlan } from '../plan/rules';
import type { Step } from '../plan/schema';
import { buildStory } from '../story';
import { deflatePart } from './deflate';
import { formatFindings } from './format';
import type { CliIo } from './io';
import { errnoCode, pickLanguage, readPlanFile } from './load';
import { parseLanguage, UsageError } from './options';
import { RENDER_HELP } from './usage';

type Format = 'pptx' | 'docx';

function parseFormat(output: string): Format {
  const ext = extname(output).toLowerCase();
  if (ext === '.pptx' || ext === '.docx') return ext.slice(1) as Format;
  throw new UsageError(
    `the output must end in .pptx or .docx (got "${basename(output)}").`,
    RENDER_HELP,
  );
}

function parseStep(value: string | undefined): Step | undefined {
  if (value === undefined) return undefined;
  if (/^[1-6]$/.test(value)) return Number(value) as Step;
  throw new UsageError(`--step must be a number from 1 to 6, got "${value}".`, RENDER_HELP);
}

// The temporary file's name holds at most this much of the target's name: file names end at
// 255 bytes on the common file systems, and a long target name must not fail on its temporary.
const TEMP_NAME_BYTES = 100;

/** `.name.<random>.tmp` beside the target, with the name cut at a character's end if long. */
function temporaryName(path: string): string {
  let name = basename(path);
  while (Buffer.byteLength(name) > TEMP_NAME_BYTES) {
    name = Array.from(name).slice(0, -1).join('');
  }
  return join(dirname(path), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Writes next to the target and renames: a reader (or a crash) never sees half a file, and an
 * existing file stays untouched until the new one is complete. The new file gets the old one's
 * permissions (a private deck stays private), and Ctrl-C while writing leaves no temporary file.
 */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  const mode = existing?.isFile() ? existing.mode & 0o7777 : undefined;
  const temp = temporaryName(path);
  // On a signal the process ends before any await could resume: clean up synchronously, then
  // end the way the signal would have ended it.
  const interrupted = (signal: NodeJS.Signals) => {
    try {
      unlinkSync(temp);
    } catch {
      // Not written yet, or already renamed.
    }
    for (const name of SIGNALS) process.removeListener(name, interrupted);
    process.kill(process.pid, signal);
  };
  for (const name of SIGNALS) process.once(name, interrupted);
  try {
    // Private until complete; then the old file's permissions.
    await writeFile(temp, bytes, { flag: 'wx', mode: mode === undefined ? 0o666 : 0o600 });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    for (const name of SIGNALS) process.removeListener(name, interrupted);
  }
}

/** What stands in the way of writing `target`, checked before the plan is rendered. */
async function targetProblem(source: string, target: string): Promise<Localized | undefined> {
  const [existing, input] = await Promise.all([
    stat(target).catch(() => undefined),
    stat(source).catch(() => undefined),
  ]);
  if (!existing) return undefined;
  // Same file, also through a link or another spelling of the path: the rename would replace
  // the user's plan with the deck.
  if (input && existing.dev === input.dev && existing.ino === input.ino) {
    return {
      de: 'das ist die Plan-Datei selbst; sie würde überschrieben',
      en: 'that is the plan file itself; it would be overwritten',
    };
  }
  if (existing.isDirectory()) return { de: 'das ist ein Ordner', en: 'that is a folder' };
  // Renaming over a file ignores its permissions: respect a file the user made read-only.
  if ((existing.mode & 0o222) === 0) {
    return { de: 'die Datei ist schreibgeschützt', en: 'the file is read-only' };
  }
  return undefined;
}

/** Why writing failed, in words, not as the temporary file's errno text. */
function writeFailure(error: unknown, target: string): Localized {
  const code = errnoCode(error);
  const folder = dirname(target);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return {
      de: `der Ordner ${folder} existiert nicht`,
      en: `the folder ${folder} does not exist`,
    };
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return {
      de: `keine Schreibrechte im Ordner ${folder}`,
      en: `no permission to write in the folder ${folder}`,
    };
  }
  if (code === 'ENOSPC') return { de: 'der Datenträger ist voll', en: 'the disk is full' };
  const reason = error instanceof Error ? error.message : String(error);
  return { de: reason, en: reason };
}

export async function runRender(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      output: { type: 'string', short: 'o' },
      step: { type: 'string' },
      lang: { type: 'string' },
      'customer-safe': { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(RENDER_HELP);
    return 0;
  }
  const option = parseLanguage(values.lang, RENDER_HELP);
  const step = parseStep(values.step);
  // Combinations that would write an empty or a partial file without a word.
  if (step === 5 && values['customer-safe']) {
    throw new UsageError(
      '--customer-safe leaves out the strategies, so step 5 has nothing to show.',
      RENDER_HELP,
    );
  }
  if (step !== undefined && values.review) {
    throw new UsageError(
      '--review adds a page before the steps; it cannot be combined with --step.',
      RENDER_HELP,
    );
  }
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'needs a plan file.'
        : `takes one plan file, got ${positionals.length}.`,
      RENDER_HELP,
    );
  }
  if (values.output === undefined || values.output === '') {
    throw new UsageError('needs an output file: -o plan.pptx or -o plan.docx.', RENDER_HELP);
  }
  const format = parseFormat(values.output);
  const file = positionals[0] as string;

  const plan = await readPlanFile(file, io, pickLanguage(option, undefined, io.env));
  if (!plan) return 2;
  const language = pickLanguage(option, plan, io.env);
  const target = resolve(io.cwd, values.output);
  const cannotWrite = (reason: Localized): number => {
    io.stderr.write(
      language === 'de'
        ? `kap render: ${values.output} kann nicht geschrieben werden: ${reason.de}.\n`
        : `kap render: cannot write ${values.output}: ${reason.en}.\n`,
    );
    return 2;
  };
  const blocked = await targetProblem(resolve(io.cwd, file), target);
  if (blocked) return cannotWrite(blocked);

  const findings = checkPlan(plan).filter((f) => step === undefined || f.step === step);
  if (findings.length > 0) {
    io.stderr.write(
      language === 'de'
        ? `Warnung: ${file} ist unvollständig; der Plan wird trotzdem ausgegeben.\n`
        : `warning: ${file} is incomplete; rendering it anyway.\n`,
    );
    io.stderr.write(formatFindings(findings, language));
  }

  // The customer's version is cut from the plan before it is told (buildStory's `customer`):
  // what is not in the plan cannot reach a slide, a note or a document property.
  const outline = buildStory(plan, {
    language,
    review: values.review,
    customer: values['customer-safe'],
  });
  const options = step === undefined ? {} : { steps: [step] };
  let bytes: Uint8Array;
  let summary: string;
  // Only the renderer this command needs is loaded: each pulls in a large library.
  if (format === 'pptx') {
    const { renderDeck } = await import('../render/pptx');
    const deck = await renderDeck(outline, { ...options, deflate: deflatePart });
    bytes = deck.bytes;
    summary =
      language === 'de'
        ? `${deck.slides} ${deck.slides === 1 ? 'Folie' : 'Folien'}`
        : `${deck.slides} ${deck.slides === 1 ? 'slide' : 'slides'}`;
  } else {
    const { renderDocx } = await import('../render/docx');
    bytes = await renderDocx(outline, options);
    const parts = outline.parts.filter((p) => step === undefined || p.step === step).length;
    summary =
      language === 'de'
        ? `${parts} ${parts === 1 ? 'Abschnitt' : 'Abschnitte'}`
        : `${parts} ${parts === 1 ? 'part' : 'parts'}`;
  }

  try {
    await writeAtomically(target, bytes);
  } catch (error) {
    return cannotWrite(writeFailure(error, values.output));
  }
  io.stdout.write(
    language === 'de'
      ? `${values.output} geschrieben (${summary}).\n`
      : `wrote ${values.output} (${summary}).\n`,
  );
  return 0;
}
