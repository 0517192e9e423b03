// The words of the pane's first paint — the header, the step navigator, "loading" — in German
// and English. Kept apart from the editor's words (texts.ts), which load with the editor.
import type { Language, Localized } from '../../plan';

/** The pane's language from a locale (Office's display language, the browser's): de-* is German. */
export function paneLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

export const SHELL_TEXTS = {
  appName: { de: 'Key-Account-Planer', en: 'Key Account Planner' },
  starting: { de: 'Verbindung zu Office wird hergestellt …', en: 'Connecting to Office …' },
  stepsLabel: { de: 'Die sechs Schritte', en: 'The six steps' },
  stepOf: { de: 'Schritt {n} von 6', en: 'Step {n} of 6' },
  loadingEditor: { de: 'Der Editor wird geladen …', en: 'Loading the editor …' },
  editorFailed: {
    de: 'Der Editor konnte nicht geladen werden: {reason}',
    en: 'The editor could not be loaded: {reason}',
  },
  reload: { de: 'Neu laden', en: 'Reload' },

  // The step navigator and the step frame.
  stepState_empty: { de: 'leer', en: 'empty' },
  'stepState_in-progress': { de: 'in Arbeit', en: 'in progress' },
  stepState_complete: { de: 'vollständig', en: 'complete' },
  errorsCount: { de: '{n} Fehler', en: '{n} errors' },
  errorsCountOne: { de: '1 Fehler', en: '1 error' },
  warningsCount: { de: '{n} Hinweise', en: '{n} warnings' },
  warningsCountOne: { de: '1 Hinweis', en: '1 warning' },
  changedSinceWritten: { de: 'geändert seit dem Schreiben', en: 'changed since written' },
} as const satisfies Record<string, Localized>;
