// The task pane's own words, in German and English. Step names come from src/plan/steps.ts so
// that the pane, the command line and the written plan call each step the same.
import type { Localized } from '../plan/messages';
import type { Language, Plan, Step } from '../plan/schema';

/** The pane's language from the browser's (or Office's) locale: German for de-*, else English. */
export function paneLanguage(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const TEXTS = {
  appName: { de: 'Key-Account-Planer', en: 'Key Account Planner' },
  starting: { de: 'Verbindung zu Office wird hergestellt …', en: 'Connecting to Office …' },
  standalone: {
    de: 'Eigenständig — in PowerPoint oder Word öffnen, um in das Dokument zu schreiben',
    en: 'Standalone — open in PowerPoint or Word to write into the document',
  },
  inPowerPoint: {
    de: 'PowerPoint — die Schritte werden als Folien geschrieben',
    en: 'PowerPoint — steps are written as slides',
  },
  inWord: {
    de: 'Word — die Schritte werden als Abschnitte geschrieben',
    en: 'Word — steps are written as document sections',
  },
  stepsLabel: { de: 'Die sechs Schritte', en: 'The six steps' },
  stepOf: { de: 'Schritt {n} von 6', en: 'Step {n} of 6' },
  previous: { de: 'Zurück', en: 'Previous' },
  next: { de: 'Weiter', en: 'Next' },
  planFile: { de: 'Plandatei', en: 'Plan file' },
  openPlan: { de: 'Plandatei öffnen', en: 'Open plan file' },
  openPlanHint: {
    de: 'Eine .kap.json-Datei mit einem Key-Account-Plan',
    en: 'A .kap.json file holding a key account plan',
  },
  downloadPptx: { de: '.pptx herunterladen', en: 'Download .pptx' },
  downloadDocx: { de: '.docx herunterladen', en: 'Download .docx' },
  downloadNeedsPlan: {
    de: 'Öffnen Sie zuerst eine Plandatei.',
    en: 'Open a plan file first.',
  },
  noPlan: { de: 'Noch kein Plan geöffnet.', en: 'No plan open yet.' },
  problemsHeading: {
    de: 'Die Datei {file} ist kein gültiger Plan:',
    en: 'The file {file} is not a valid plan:',
  },
  opening: { de: '{file} wird gelesen …', en: 'Reading {file} …' },
  opened: { de: '{account} geöffnet ({file}).', en: 'Opened {account} ({file}).' },
  openFailed: {
    de: '{file} ist kein gültiger Plan ({count} Probleme).',
    en: '{file} is not a valid plan ({count} problems).',
  },
  openFailedOne: {
    de: '{file} ist kein gültiger Plan (1 Problem).',
    en: '{file} is not a valid plan (1 problem).',
  },
  readFailed: {
    de: '{file} konnte nicht gelesen werden: {reason}',
    en: 'Could not read {file}: {reason}',
  },
  rendering: { de: '{file} wird erstellt …', en: 'Creating {file} …' },
  rendered: { de: '{file} wurde heruntergeladen.', en: 'Downloaded {file}.' },
  renderFailed: {
    de: '{file} konnte nicht erstellt werden: {reason}',
    en: 'Could not create {file}: {reason}',
  },
  dismiss: { de: 'Meldung schließen', en: 'Dismiss message' },
} as const satisfies Record<string, Localized>;

/** What each step asks for, shown under its name. */
export const STEP_HINTS: Readonly<Record<Step, Localized>> = {
  1: {
    de: 'Daten über den Kunden, seinen Markt, seine Anforderungen und unsere Position gegenüber den stärksten Wettbewerbern — nur Daten, aus denen sich etwas ableiten lässt. Eine Datenlücke wird sofort zur Aufgabe.',
    en: 'Data about the account, its market, its requirements and our position against the strongest competitors — only data we can derive something from. A gap in the data becomes an action right away.',
  },
  2: {
    de: 'Was folgt aus den Daten? Konsequenzen, Chancen und Risiken.',
    en: 'What follows from the data? Consequences, opportunities and risks.',
  },
  3: {
    de: 'Die fünf wichtigsten Chancen und die fünf wichtigsten Risiken.',
    en: 'The five most important opportunities and the five most important risks.',
  },
  4: {
    de: 'Höchstens drei strategische Ziele, jedes SMART: spezifisch, messbar, terminiert.',
    en: 'At most three strategic goals, each SMART: specific, measurable, with a due date.',
  },
  5: {
    de: 'Je Ziel das Wie, aufgebaut auf der Analyse.',
    en: 'For each goal the how, built on the analysis.',
  },
  6: {
    de: 'Die nächsten zwölf Monate: wer tut was bis wann.',
    en: 'The next twelve months: who does what by when.',
  },
};

/** What the open plan holds for a step, e.g. "12 facts, 2 data gaps". */
export function stepContents(plan: Plan, step: Step, language: Language): string {
  const count = (n: number, one: Localized, many: Localized): string =>
    `${n} ${n === 1 ? one[language] : many[language]}`;
  switch (step) {
    case 1:
      return [
        count(plan.facts.length, { de: 'Fakt', en: 'fact' }, { de: 'Fakten', en: 'facts' }),
        count(
          plan.gaps.length,
          { de: 'Datenlücke', en: 'data gap' },
          { de: 'Datenlücken', en: 'data gaps' },
        ),
      ].join(', ');
    case 2:
      return count(
        plan.soWhats.length,
        { de: 'Schlussfolgerung', en: 'so-what' },
        { de: 'Schlussfolgerungen', en: 'so-whats' },
      );
    case 3:
      return [
        count(
          plan.opportunities.length,
          { de: 'Chance', en: 'opportunity' },
          { de: 'Chancen', en: 'opportunities' },
        ),
        count(plan.risks.length, { de: 'Risiko', en: 'risk' }, { de: 'Risiken', en: 'risks' }),
      ].join(', ');
    case 4:
      return count(plan.goals.length, { de: 'Ziel', en: 'goal' }, { de: 'Ziele', en: 'goals' });
    case 5:
      return count(
        plan.strategies.length,
        { de: 'Strategie', en: 'strategy' },
        { de: 'Strategien', en: 'strategies' },
      );
    case 6:
      return count(
        plan.actions.length,
        { de: 'Maßnahme', en: 'action' },
        { de: 'Maßnahmen', en: 'actions' },
      );
  }
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
