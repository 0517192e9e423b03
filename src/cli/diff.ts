// `kap diff <old> <new> [--json] [--lang de|en]`: what changed between two plans, item by item.
import {
  diffPlans,
  itemName,
  type FieldChange,
  type ItemChange,
  type PlanDiff,
} from '../plan/diff';
import { ITEM_NOUNS } from '../plan/glossary';
import type { Language, Plan } from '../plan/schema';
import type { CliIo } from './io';
import { pickLanguage, readPlanFile } from './load';
import { parseReportArgs, UsageError } from './options';
import { DIFF_HELP } from './usage';

/** A value as the reader wrote it: texts quoted, lists and objects as compact JSON. */
function shown(value: unknown, language: Language): string {
  if (value === undefined) return language === 'de' ? '(leer)' : '(empty)';
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

function fieldLine(change: FieldChange, language: Language): string {
  return `${change.field}: ${shown(change.before, language)} → ${shown(change.after, language)}`;
}

function itemLines(change: ItemChange, language: Language): string[] {
  const noun = ITEM_NOUNS[change.collection].one[language];
  const item = change.after ?? change.before ?? {};
  const name = itemName(change.collection, item);
  const head = `${change.id} (${noun})${name.trim() === '' ? '' : ` “${name}”`}`;
  if (change.change === 'added') return [`+ ${head}`];
  if (change.change === 'removed') return [`- ${head}`];
  const lines = [`~ ${head}`];
  if (change.moved) {
    lines.push(
      language === 'de'
        ? `    Position ${change.moved.before + 1} → ${change.moved.after + 1}`
        : `    position ${change.moved.before + 1} → ${change.moved.after + 1}`,
    );
  }
  for (const field of change.fields) lines.push(`    ${fieldLine(field, language)}`);
  return lines;
}

function counted(diff: PlanDiff, language: Language): string {
  const count = (kind: ItemChange['change']) => diff.items.filter((i) => i.change === kind).length;
  const [added, removed, changed] = [count('added'), count('removed'), count('changed')];
  const statuses = diff.statuses.length;
  if (language === 'de') {
    return `${added} hinzugefügt, ${removed} entfernt, ${changed} geändert, ${statuses} ${statuses === 1 ? 'Statusänderung' : 'Statusänderungen'}`;
  }
  return `${added} added, ${removed} removed, ${changed} changed, ${statuses} status ${statuses === 1 ? 'change' : 'changes'}`;
}

/** The diff as text lines, the way `kap diff` prints it. */
export function formatDiff(
  diff: PlanDiff,
  names: { readonly before: string; readonly after: string },
  language: Language,
): string {
  const lines = [`${names.before} → ${names.after}: ${counted(diff, language)}`];
  if (diff.plan.length > 0) {
    lines.push('', language === 'de' ? 'Plan:' : 'Plan:');
    for (const change of diff.plan) lines.push(`~ ${fieldLine(change, language)}`);
  }
  if (diff.items.length > 0) {
    lines.push('', language === 'de' ? 'Einträge:' : 'Items:');
    for (const change of diff.items) lines.push(...itemLines(change, language));
  }
  if (diff.statuses.length > 0) {
    lines.push('', language === 'de' ? 'Status:' : 'Status:');
    for (const status of diff.statuses) {
      lines.push(`${status.id}: ${status.before} → ${status.after}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function runDiff(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseReportArgs(argv, DIFF_HELP);
  if (args.help) {
    io.stdout.write(DIFF_HELP);
    return 0;
  }
  const { files: positionals, language: option } = args;
  if (positionals.length !== 2) {
    throw new UsageError(
      `needs two plan files, the older first; got ${positionals.length}.`,
      DIFF_HELP,
    );
  }
  const [beforeFile, afterFile] = positionals as [string, string];
  const early = pickLanguage(option, undefined, io.env);
  // Both files are read before either is given up on, so that every problem is shown at once.
  const [before, after]: (Plan | undefined)[] = await Promise.all([
    readPlanFile(beforeFile, io, early),
    readPlanFile(afterFile, io, early),
  ]);
  if (!before || !after) return 2;
  const language = pickLanguage(option, after, io.env);
  const diff = diffPlans(before, after);
  if (args.json) {
    io.stdout.write(
      `${JSON.stringify({ before: beforeFile, after: afterFile, ...diff }, null, 2)}\n`,
    );
  } else {
    io.stdout.write(formatDiff(diff, { before: beforeFile, after: afterFile }, language));
  }
  return 0;
}
