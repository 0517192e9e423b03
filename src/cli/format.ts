// Findings as a person reads them in a terminal: grouped by step in the method's order,
// severity first on each line, the ids named.
import type { Finding, Severity } from '../plan/findings';
import type { Language, Step } from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';

const SEVERITY_NAMES: Record<Severity, Record<Language, string>> = {
  error: { de: 'Fehler', en: 'error' },
  warning: { de: 'Warnung', en: 'warning' },
  info: { de: 'Hinweis', en: 'info' },
};

export function severityName(severity: Severity, language: Language): string {
  return SEVERITY_NAMES[severity][language];
}

export function formatFindings(findings: readonly Finding[], language: Language): string {
  const width = Math.max(...Object.values(SEVERITY_NAMES).map((n) => n[language].length));
  const byStep = new Map<Step, Finding[]>();
  for (const finding of findings) {
    const group = byStep.get(finding.step) ?? [];
    group.push(finding);
    byStep.set(finding.step, group);
  }
  const stepWord = language === 'de' ? 'Schritt' : 'Step';
  const lines: string[] = [];
  for (const step of [...byStep.keys()].sort((a, b) => a - b)) {
    lines.push(`${stepWord} ${step} · ${STEP_NAMES[step][language]}`);
    for (const finding of byStep.get(step) ?? []) {
      const ids = finding.ids.length > 0 ? ` [${finding.ids.join(', ')}]` : '';
      lines.push(
        `  ${severityName(finding.severity, language).padEnd(width)}  ${finding.message[language]}${ids}  (${finding.code})`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

export function summarize(findings: readonly Finding[], language: Language): string {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  if (language === 'de') {
    return `${errors} Fehler, ${warnings} ${warnings === 1 ? 'Warnung' : 'Warnungen'}, ${infos} ${infos === 1 ? 'Hinweis' : 'Hinweise'}`;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
}
