// The task pane's own words, in German and English. Step names come from src/plan/steps.ts so
// that the pane, the command line and the written plan call each step the same.
import type { Localized } from '../plan/messages';
import { ITEM_NOUNS } from '../plan/glossary';
import type { Collection, Language, Plan, Step } from '../plan/schema';
import type { StoryStep } from '../story/outline';

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
  // Writing into the open presentation or document; {into}, {from}, {in} come from PLACES.
  writeStep: { de: 'Diesen Schritt {into} schreiben', en: 'Write this step {into}' },
  writePlan: { de: 'Den ganzen Plan schreiben', en: 'Write the whole plan' },
  writeHeading: { de: 'Schreiben {into}', en: 'Write {into}' },
  cannotWrite: {
    de: 'Schreiben {into} ist hier nicht möglich: {reason} Die Schaltflächen zum Herunterladen funktionieren weiterhin.',
    en: 'Writing {into} is not possible here: {reason} The download buttons still work.',
  },
  cannotWriteNoSession: {
    de: 'Die Verbindung zum Dokument fehlt.',
    en: 'The connection to the document is missing.',
  },
  writing: { de: 'Schreiben {into}: {steps} …', en: 'Writing {into}: {steps} …' },
  written: { de: 'Geschrieben {into}: {steps}.', en: 'Written {into}: {steps}.' },
  writeUnchanged: { de: 'Unverändert: {steps}.', en: 'Left unchanged: {steps}.' },
  writeIncomplete: {
    de: 'Möglicherweise unvollständig, bitte noch einmal schreiben: {steps}.',
    en: 'Possibly incomplete, please write again: {steps}.',
  },
  writeFailed: {
    de: 'Schreiben {into} fehlgeschlagen: {reason}',
    en: 'Writing {into} failed: {reason}',
  },
  storedLoaded: {
    de: 'Plan für {account} {from} geladen.',
    en: 'Loaded the plan for {account} {from}.',
  },
  storedSource: { de: 'Plan {from} geladen', en: 'Plan loaded {from}' },
  saveFailed: {
    de: 'Der Plan ist im Aufgabenbereich noch da; bitte als Datei sichern (Download), bis das Speichern wieder klappt.',
    en: 'The plan is still in the task pane; please keep a copy as a file (download) until saving works again.',
  },
  storedFailed: {
    de: 'Der {in} gespeicherte Plan konnte nicht gelesen werden: {reason}',
    en: 'Could not read the plan stored {in}: {reason}',
  },
  storedUnreadableOne: {
    de: 'Eine gespeicherte Kopie {in} kann nicht gelesen werden. Sie bleibt unverändert; exportieren Sie die Rohdaten, um nichts zu verlieren.',
    en: 'One stored copy {in} cannot be read. It is left unchanged; export the raw data to keep it.',
  },
  storedUnreadable: {
    de: '{count} gespeicherte Kopien {in} können nicht gelesen werden. Sie bleiben unverändert; exportieren Sie die Rohdaten, um nichts zu verlieren.',
    en: '{count} stored copies {in} cannot be read. They are left unchanged; export the raw data to keep them.',
  },
  unreadableHeading: {
    de: 'Gespeicherte Daten, die nicht gelesen werden können',
    en: 'Stored data that cannot be read',
  },
  exportRaw: { de: 'Rohdaten exportieren', en: 'Export raw data' },
} as const satisfies Record<string, Localized>;

/** The open document in the three places a sentence needs it (German declines the article). */
export const PLACES = {
  powerpoint: {
    into: { de: 'in die Präsentation', en: 'into the presentation' },
    from: { de: 'aus dieser Präsentation', en: 'from this presentation' },
    in: { de: 'in dieser Präsentation', en: 'in this presentation' },
  },
  word: {
    into: { de: 'in das Dokument', en: 'into the document' },
    from: { de: 'aus diesem Dokument', en: 'from this document' },
    in: { de: 'in diesem Dokument', en: 'in this document' },
  },
} as const satisfies Record<string, Record<'into' | 'from' | 'in', Localized>>;

/** Story steps in words: 0 is the cover and overview, 1–6 the method's steps. */
export const STEP_WORDS = {
  cover: { de: 'Titel und Überblick', en: 'cover and overview' },
  step: { de: 'Schritt {n}', en: 'step {n}' },
  steps: { de: 'Schritte {list}', en: 'steps {list}' },
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

/** The collections each step edits, in the order the step shows them. */
const STEP_COLLECTIONS: Readonly<Record<Step, readonly Collection[]>> = {
  1: ['facts', 'gaps'],
  2: ['soWhats'],
  3: ['opportunities', 'risks'],
  4: ['goals'],
  5: ['strategies'],
  6: ['actions'],
};

/** What the open plan holds for a step, e.g. "12 facts, 2 data gaps", in the glossary's words. */
export function stepContents(plan: Plan, step: Step, language: Language): string {
  return STEP_COLLECTIONS[step]
    .map((collection) => {
      const n = plan[collection].length;
      const noun = ITEM_NOUNS[collection];
      return `${n} ${(n === 1 ? noun.one : noun.many)[language]}`;
    })
    .join(', ');
}

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Story steps in plain words, e.g. "cover and overview, steps 1–6" or "step 3". */
export function describeSteps(steps: readonly StoryStep[]): Localized {
  const sorted = [...new Set(steps)].sort((a, b) => a - b);
  const numbered = sorted.filter((step) => step !== 0);
  const consecutive = numbered.every(
    (step, index) => index === 0 || step === numbered[index - 1]! + 1,
  );
  const list =
    numbered.length > 2 && consecutive
      ? `${numbered[0]}–${numbered[numbered.length - 1]}`
      : numbered.join(', ');
  const words = (language: Language): string =>
    [
      ...(sorted[0] === 0 ? [STEP_WORDS.cover[language]] : []),
      ...(numbered.length === 1
        ? [fill(STEP_WORDS.step[language], { n: list })]
        : numbered.length > 1
          ? [fill(STEP_WORDS.steps[language], { list })]
          : []),
    ].join(', ');
  return { de: words('de'), en: words('en') };
}
