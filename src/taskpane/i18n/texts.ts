// The task pane's own words, in German and English. Item names, areas, kinds, levers and
// statuses come from the plan's glossary and step names from src/plan/steps.ts, so that the
// pane, the rules, the command line and the written plan call each thing the same.
import { ITEM_NOUNS, type Collection, type Language, type Localized, type Step } from '../../plan';
import type { StoryStep } from '../../story/outline';
import { fill, SHELL_TEXTS } from './shell';

export { fill, paneLanguage } from './shell';

export const TEXTS = {
  ...SHELL_TEXTS,
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
    de: 'Schreiben {into} ist hier nicht möglich: {reason} Folien und Dokument lassen sich weiterhin über das Planmenü herunterladen.',
    en: 'Writing {into} is not possible here: {reason} The slides and the document can still be downloaded from the plan menu.',
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
  retrySave: { de: 'Erneut speichern', en: 'Try again' },
  retryingIn: {
    de: 'Nicht gespeichert — neuer Versuch in {s} s.',
    en: 'Not saved — trying again in {s} s.',
  },
  conflict: {
    de: 'Eine andere Kopie dieses Plans wurde gespeichert ({where}, {when}) — von jemand anderem oder in einem anderen Fenster. Welche gilt?',
    en: 'Another copy of this plan was saved ({where}, {when}) — by someone else or in another window. Which one counts?',
  },
  keepMine: { de: 'Meine behalten', en: 'Keep mine' },
  takeTheirs: { de: 'Die andere übernehmen', en: 'Take the other' },
  tookTheirs: {
    de: 'Die andere Kopie wird angezeigt. „Rückgängig“ holt Ihre zurück.',
    en: 'The other copy is shown. Undo brings yours back.',
  },
  replacedKept: {
    de: 'Der Plan für {account}, den eine Datei am {when} ersetzt hat, ist noch {in} gespeichert.',
    en: 'The plan for {account} that a file replaced on {when} is still kept {in}.',
  },
  bringBack: { de: 'Zurückholen', en: 'Bring it back' },
  discard: { de: 'Verwerfen', en: 'Discard' },
  broughtBack: { de: 'Der frühere Plan ist zurück.', en: 'The earlier plan is back.' },
  handoffReady: {
    de: 'Der Plan wurde aus Office übergeben, weil Office dort nichts herunterladen kann.',
    en: 'The plan was handed over from Office, which cannot download files there.',
  },
  handoffDownload: { de: '{file} herunterladen', en: 'Download {file}' },
  copyTitle: { de: 'Den Plan kopieren', en: 'Copy the plan' },
  copyPlan: { de: 'In die Zwischenablage kopieren', en: 'Copy to the clipboard' },
  copied: { de: 'Kopiert.', en: 'Copied.' },
  planText: { de: 'Der Plan als Text (.kap.json)', en: 'The plan as text (.kap.json)' },
  close: { de: 'Schließen', en: 'Close' },

  // The header: language, undo and redo, the plan menu, where the plan lives.
  paneLanguage: { de: 'Sprache der Oberfläche', en: 'Language of the pane' },
  languageName: { de: 'Deutsch', en: 'English' },
  switchLanguage: { de: 'Switch to English', en: 'Auf Deutsch umschalten' },
  undo: { de: 'Rückgängig', en: 'Undo' },
  redo: { de: 'Wiederholen', en: 'Redo' },
  undoHint: { de: 'Rückgängig (Strg+Z)', en: 'Undo (Ctrl+Z)' },
  redoHint: { de: 'Wiederholen (Strg+Y)', en: 'Redo (Ctrl+Y)' },
  undone: { de: 'Rückgängig gemacht.', en: 'Undone.' },
  redone: { de: 'Wiederholt.', en: 'Redone.' },
  planMenu: {
    de: 'Plan: neu, öffnen, speichern, herunterladen',
    en: 'Plan: new, open, save, download',
  },
  newPlan: { de: 'Neuer Plan …', en: 'New plan …' },
  openFile: { de: 'Datei öffnen …', en: 'Open file …' },
  saveAsFile: { de: 'Als Datei speichern (.kap.json)', en: 'Save as file (.kap.json)' },
  downloadDeck: { de: 'Folien herunterladen (.pptx)', en: 'Download slides (.pptx)' },
  downloadDocument: { de: 'Dokument herunterladen (.docx)', en: 'Download document (.docx)' },
  fileSaved: { de: '{file} gespeichert.', en: 'Saved {file}.' },
  livesInDocument: { de: 'Gespeichert {in}', en: 'Saved {in}' },
  livesInDocumentSaving: { de: 'Wird {in} gespeichert …', en: 'Saving {in} …' },
  livesInDocumentFailed: { de: 'Nicht gespeichert — {reason}', en: 'Not saved — {reason}' },
  livesInBrowser: {
    de: 'In diesem Browser gespeichert. Für eine Kopie: Plan → Als Datei speichern.',
    en: 'Kept in this browser. For a copy: Plan → Save as file.',
  },
  livesInBrowserFailed: {
    de: 'Nicht im Browser gespeichert — {reason} Bitte als Datei speichern.',
    en: 'Not kept in this browser — {reason} Please save it as a file.',
  },
  browserStoreFailed: {
    de: 'Der Browser hat das Speichern verweigert ({reason}).',
    en: 'The browser refused to store it ({reason}).',
  },
  browserCopyUnreadable: {
    de: 'Die im Browser gespeicherte Kopie kann nicht gelesen werden: {reason} Sie bleibt unverändert; exportieren Sie die Rohdaten, um nichts zu verlieren.',
    en: 'The copy kept in this browser cannot be read: {reason} It is left unchanged; export the raw data to keep it.',
  },
  browserRestored: {
    de: 'Plan für {account} aus diesem Browser wiederhergestellt.',
    en: 'Restored the plan for {account} from this browser.',
  },
  otherWindow: {
    de: 'Dieser Plan wurde in einem anderen Fenster geändert. Laden Sie die Seite neu, um diese Änderungen zu sehen; was Sie hier ändern, überschreibt sie.',
    en: 'This plan was changed in another window. Reload the page to see those changes; what you change here overwrites them.',
  },

  // Starting: a new plan or a file.
  startHeading: { de: 'Einen Key-Account-Plan beginnen', en: 'Start a key account plan' },
  startIntro: {
    de: 'In sechs Schritten von den Daten über den Kunden zu einem Aktionsplan für zwölf Monate — mit einem roten Faden, den jeder Leser sieht.',
    en: 'Six steps from the data about the account to a twelve-month action plan — with a red thread every reader can follow.',
  },
  newPlanHeading: { de: 'Neuer Plan', en: 'New plan' },
  planDetails: { de: 'Plandetails …', en: 'Plan details …' },
  planDetailsHeading: { de: 'Plandetails', en: 'Plan details' },
  saveDetails: { de: 'Übernehmen', en: 'Apply' },
  detailsSaved: { de: 'Plandetails geändert.', en: 'Plan details changed.' },
  accountName: { de: 'Kunde (Account)', en: 'Account' },
  accountNameHint: { de: 'z. B. Müller Maschinenbau AG', en: 'e.g. Northwind Health' },
  accountNameRequired: {
    de: 'Bitte den Namen des Kunden eingeben.',
    en: 'Please enter the account’s name.',
  },
  planOwner: { de: 'Verantwortlich für den Plan', en: 'Plan owner' },
  periodStart: { de: 'Planungszeitraum beginnt im Monat', en: 'Plan period starts in' },
  periodStartHint: {
    de: 'Der Aktionsplan umfasst die zwölf Monate ab diesem Monat.',
    en: 'The action plan covers the twelve months from this month.',
  },
  periodStartRequired: { de: 'Bitte einen Monat wählen.', en: 'Please choose a month.' },
  planLanguage: { de: 'Sprache des Plans', en: 'Language of the plan' },
  planLanguageHint: {
    de: 'In dieser Sprache werden Folien und Dokument geschrieben.',
    en: 'The slides and the document are written in this language.',
  },
  createPlan: { de: 'Plan anlegen', en: 'Create plan' },
  cancel: { de: 'Abbrechen', en: 'Cancel' },
  orOpen: { de: 'Oder einen vorhandenen Plan öffnen:', en: 'Or open an existing plan:' },
  planStarted: {
    de: 'Neuer Plan für {account} angelegt.',
    en: 'Started a new plan for {account}.',
  },
  replaceTitle: { de: 'Offenen Plan ersetzen?', en: 'Replace the open plan?' },
  replaceBody: {
    de: '„{current}“ wird durch „{next}“ ersetzt. Mit „Rückgängig“ holen Sie den bisherigen Plan zurück.',
    en: '“{current}” is replaced by “{next}”. Undo brings the current plan back.',
  },
  replace: { de: 'Ersetzen', en: 'Replace' },
  openCancelled: { de: 'Der offene Plan bleibt.', en: 'The open plan stays.' },
  changedSteps: {
    de: 'Geändert, seit sie {into} geschrieben wurden: {steps}.',
    en: 'Changed since written {into}: {steps}.',
  },
  changedSinceWrittenLong: {
    de: 'Der Plan hat sich geändert, seit dieser Schritt {into} geschrieben wurde.',
    en: 'The plan has changed since this step was written {into}.',
  },
  redThread: { de: 'Roter Faden', en: 'Red thread' },
  redThreadClear: {
    de: 'Hier ist der rote Faden ohne Bruch.',
    en: 'No break in the red thread here.',
  },
  severity_error: { de: 'Fehler', en: 'Error' },
  severity_warning: { de: 'Hinweis', en: 'Warning' },
  severity_info: { de: 'Info', en: 'Info' },
  showAll: { de: 'Alle {n} zeigen', en: 'Show all {n}' },
  showFewer: { de: 'Weniger zeigen', en: 'Show fewer' },
  goToItem: { de: 'Zum Eintrag', en: 'Go to the item' },

  // Items and fields.
  add_facts: { de: 'Fakt hinzufügen', en: 'Add a fact' },
  add_gaps: { de: 'Datenlücke hinzufügen', en: 'Add a data gap' },
  add_soWhats: { de: 'So-what hinzufügen', en: 'Add a so-what' },
  add_opportunities: { de: 'Chance hinzufügen', en: 'Add an opportunity' },
  add_risks: { de: 'Risiko hinzufügen', en: 'Add a risk' },
  add_goals: { de: 'Ziel hinzufügen', en: 'Add a goal' },
  add_strategies: { de: 'Strategie anlegen', en: 'Add the strategy' },
  add_actions: { de: 'Aktion hinzufügen', en: 'Add an action' },
  addFactIn: { de: 'Fakt zu „{area}“ hinzufügen', en: 'Add a fact on “{area}”' },
  deleteItem: { de: '{label} löschen', en: 'Delete {label}' },
  editItem: { de: '{label} bearbeiten', en: 'Edit {label}' },
  closeItem: { de: '{label} schließen', en: 'Close {label}' },
  untitled: { de: '(noch ohne Text)', en: '(no text yet)' },
  noItems_facts: { de: 'Noch keine Fakten.', en: 'No facts yet.' },
  noItems_gaps: {
    de: 'Noch keine Datenlücken: Was wissen wir noch nicht, sollten es aber?',
    en: 'No data gaps yet: what don’t we know yet but should?',
  },
  noItems_soWhats: { de: 'Noch keine So-whats.', en: 'No so-whats yet.' },
  noItems_opportunities: { de: 'Noch keine Chancen.', en: 'No opportunities yet.' },
  noItems_risks: { de: 'Noch keine Risiken.', en: 'No risks yet.' },
  noItems_goals: { de: 'Noch keine Ziele.', en: 'No goals yet.' },
  noItems_actions: { de: 'Noch keine Aktionen.', en: 'No actions yet.' },
  factText: { de: 'Was wir wissen', en: 'What we know' },
  factArea: { de: 'Bereich', en: 'Area' },
  factSource: { de: 'Quelle', en: 'Source' },
  factSourceHint: {
    de: 'Woher wissen wir das? z. B. Geschäftsbericht 2026',
    en: 'How do we know? e.g. Annual report 2026',
  },
  gapsHeading: {
    de: 'Was wir noch nicht wissen, aber wissen sollten',
    en: 'What we don’t know yet but should',
  },
  gapQuestion: { de: 'Offene Frage', en: 'Open question' },
  gapArea: { de: 'Bereich', en: 'Area' },
  gapClosedBy: { de: 'Geklärt durch {label}', en: 'Answered by {label}' },
  gapPlanAction: { de: 'Aktion zum Klären planen', en: 'Plan an action to close it' },
  gapActionTitle: { de: 'Aktion für {label}', en: 'Action for {label}' },
  gapActionWhat: { de: 'Klären: {question}', en: 'Find out: {question}' },
  gapActionCreate: { de: 'Aktion anlegen', en: 'Create action' },
  gapActionCreated: {
    de: '{label} angelegt: sie schließt die Datenlücke.',
    en: 'Created {label}: it closes the data gap.',
  },
  swampHeading: { de: 'Datensumpf-Anzeige', en: 'Data swamp meter' },
  swampMeter: {
    de: '{used} von {total} Fakten werden von einem So-what genutzt.',
    en: '{used} of {total} facts are used by a so-what.',
  },
  swampUnused: {
    de: '{n} noch ohne Folgerung — was folgt daraus? Sonst ist es Datensumpf.',
    en: '{n} without a so-what yet — what follows from them? Otherwise it is data swamp.',
  },
  swampNone: {
    de: 'Sammeln Sie nur Daten, aus denen sich etwas ableiten lässt.',
    en: 'Collect only data you can derive something from.',
  },
  soWhatText: { de: 'So what? — was folgt daraus', en: 'So what? — what follows' },
  soWhatKind: { de: 'Art', en: 'Kind' },
  soWhatFacts: { de: 'Folgt aus den Fakten', en: 'Follows from the facts' },
  pickerSearch: { de: 'Suchen …', en: 'Search …' },
  pickerMore: {
    de: '… und {n} weitere: tippen, um einzugrenzen',
    en: '… and {n} more: type to narrow down',
  },
  pickerNone: { de: 'Nichts gefunden.', en: 'Nothing found.' },
  pickerRemove: { de: '{label} entfernen', en: 'Remove {label}' },
  pickerEmpty_facts: {
    de: 'Noch keine Fakten — zuerst in Schritt 1 sammeln.',
    en: 'No facts yet — collect them in step 1 first.',
  },
  pickerEmpty_soWhats: {
    de: 'Noch keine So-whats — zuerst in Schritt 2 ableiten.',
    en: 'No so-whats yet — derive them in step 2 first.',
  },
  pickerEmpty_focus: {
    de: 'Noch keine Chancen oder Risiken — zuerst in Schritt 3 fokussieren.',
    en: 'No opportunities or risks yet — focus them in step 3 first.',
  },
  goalsHeading: { de: 'Ziele', en: 'Goals' },
  topOpportunities: { de: 'Top 5 Chancen', en: 'Top 5 opportunities' },
  topRisks: { de: 'Top 5 Risiken', en: 'Top 5 risks' },
  focusTake: { de: 'Übernehmen', en: 'Take' },
  focusTitle: { de: 'Titel', en: 'Title' },
  focusSoWhats: { de: 'Beruht auf den So-whats', en: 'Rests on the so-whats' },
  focusFromSoWhat: { de: 'Aus einem So-what übernehmen', en: 'Take from a so-what' },
  focusFromSoWhatNone: {
    de: 'Keine passenden So-whats mehr.',
    en: 'No matching so-whats left.',
  },
  limitBadge: { de: '{n} von {max}', en: '{n} of {max}' },
  rank: { de: 'Rang {n}', en: 'Rank {n}' },
  moveUp: { de: '{label} nach oben', en: 'Move {label} up' },
  moveDown: { de: '{label} nach unten', en: 'Move {label} down' },
  moved: { de: '{label} ist jetzt auf Rang {n}.', en: '{label} is now rank {n}.' },
  dragHandle: { de: '{label} verschieben', en: 'Drag {label}' },
  goalTitle: { de: 'Ziel', en: 'Goal' },
  goalMeasure: { de: 'Messgröße', en: 'Measure' },
  goalMeasureHint: { de: 'z. B. Share of Wallet', en: 'e.g. share of wallet' },
  goalTarget: { de: 'Zielwert', en: 'Target' },
  goalTargetHint: { de: 'z. B. 40 %', en: 'e.g. 40 %' },
  goalDue: { de: 'Bis wann', en: 'Due by' },
  goalBasedOn: {
    de: 'Beruht auf den Chancen und Risiken',
    en: 'Based on the opportunities and risks',
  },
  smartHeading: { de: 'SMART?', en: 'SMART?' },
  smart_S: { de: 'Spezifisch: ein Ziel mit Zielwert', en: 'Specific: a goal with a target' },
  smart_M: { de: 'Messbar: eine Messgröße', en: 'Measurable: a measure' },
  smart_A: {
    de: 'Attraktiv und erreichbar: das beurteilen Sie',
    en: 'Achievable: your judgement',
  },
  smart_R: {
    de: 'Relevant: beruht auf den Top-Chancen und -Risiken',
    en: 'Relevant: based on the top opportunities and risks',
  },
  smart_T: {
    de: 'Terminiert: fällig innerhalb der 12 Monate ({from} bis {to})',
    en: 'Time-bound: due within the 12 months ({from} to {to})',
  },
  smartHolds: { de: 'erfüllt', en: 'holds' },
  smartMissing: { de: 'fehlt', en: 'missing' },
  smartJudge: { de: 'selbst prüfen', en: 'check yourself' },
  strategyFor: { de: 'Strategie für {label}', en: 'Strategy for {label}' },
  strategyText: { de: 'Wie wir das Ziel erreichen', en: 'How we reach the goal' },
  strategyLevers: { de: 'Die Strategie …', en: 'The strategy …' },
  strategyFacts: { de: 'Baut auf den Fakten auf', en: 'Builds on the facts' },
  strategyNone: {
    de: 'Noch keine Strategie für dieses Ziel.',
    en: 'No strategy for this goal yet.',
  },
  noGoalsYet: {
    de: 'Noch keine Ziele — zuerst in Schritt 4 festlegen.',
    en: 'No goals yet — set them in step 4 first.',
  },
  actionsHeading: { de: 'Wer macht was bis wann', en: 'Who does what by when' },
  addActionFor: { de: 'Aktion für {label} hinzufügen', en: 'Add an action for {label}' },
  actionWhat: { de: 'Was', en: 'What' },
  actionWho: { de: 'Wer', en: 'Who' },
  actionDue: { de: 'Bis wann', en: 'By when' },
  actionFor: { de: 'Wofür', en: 'For' },
  actionForNone: { de: '— noch nichts gewählt —', en: '— nothing chosen yet —' },
  actionForStrategy: { de: 'Strategie', en: 'Strategy' },
  actionForGap: { de: 'Datenlücke schließen', en: 'Close a data gap' },
  actionStatus: { de: 'Status', en: 'Status' },
  overdue: { de: 'überfällig', en: 'overdue' },
  noDate: { de: 'ohne Datum', en: 'no date' },
  timelineHeading: { de: 'Die nächsten 12 Monate', en: 'The next 12 months' },
  timelineSummary: {
    de: '{total}, davon {overdue} überfällig, {outside} außerhalb der 12 Monate oder ohne Datum.',
    en: '{total}: {overdue} overdue, {outside} outside the 12 months or without a date.',
  },
  timelineDone: { de: 'erledigt', en: 'done' },
  timelineInProgress: { de: 'in Arbeit', en: 'in progress' },
  timelineOpen: { de: 'offen', en: 'open' },
  sortedByDue: { de: 'Nach Fälligkeit sortiert', en: 'Sorted by due date' },

  // Deleting with references.
  deleteTitle: { de: '{label} löschen?', en: 'Delete {label}?' },
  deleteUnlink: {
    de: '{labels} verweisen darauf; der Verweis wird entfernt.',
    en: '{labels} cite it; the reference is removed.',
  },
  deleteRemove: {
    de: '{labels} gehören dazu und werden mit gelöscht.',
    en: '{labels} belong to it and are deleted too.',
  },
  deleteUndo: {
    de: 'Mit „Rückgängig“ lässt sich das Löschen zurücknehmen.',
    en: 'Undo brings it back.',
  },
  delete: { de: 'Löschen', en: 'Delete' },
  deleted: { de: '{label} gelöscht.', en: 'Deleted {label}.' },
  // Format version 2: the people, the numbers, the progress, the reviews.
  internal: {
    de: 'Intern — nicht in der Kundenversion',
    en: 'Internal — left out of the customer version',
  },
  internalBadge: { de: 'intern', en: 'internal' },
  peopleHeading: { de: 'Buying Center', en: 'Buying centre' },
  peopleHint: {
    de: 'Wer beim Kunden entscheidet, beeinflusst, nutzt — und wie steht die Person zu uns?',
    en: 'Who at the customer decides, influences, uses — and where do they stand on us?',
  },
  add_people: { de: 'Person hinzufügen', en: 'Add a person' },
  noItems_people: { de: 'Noch keine Personen.', en: 'No people yet.' },
  personName: { de: 'Name', en: 'Name' },
  personRole: { de: 'Funktion', en: 'Role' },
  personBuyingRole: { de: 'Rolle im Buying Center', en: 'Buying role' },
  personInfluence: { de: 'Einfluss', en: 'Influence' },
  personAttitude: { de: 'Haltung zu uns', en: 'Attitude towards us' },
  personOurContact: { de: 'Unser Kontakt', en: 'Our contact' },
  personNote: { de: 'Notiz', en: 'Note' },
  notSet: { de: '— nicht angegeben —', en: '— not set —' },
  buying_decisionMaker: { de: 'Entscheider', en: 'Decision-maker' },
  buying_influencer: { de: 'Beeinflusser', en: 'Influencer' },
  buying_user: { de: 'Anwender', en: 'User' },
  buying_gatekeeper: { de: 'Gatekeeper', en: 'Gatekeeper' },
  buying_coach: { de: 'Coach', en: 'Coach' },
  level_low: { de: 'Niedrig', en: 'Low' },
  level_medium: { de: 'Mittel', en: 'Medium' },
  level_high: { de: 'Hoch', en: 'High' },
  attitude_supporter: { de: 'Befürworter', en: 'Supporter' },
  attitude_neutral: { de: 'Neutral', en: 'Neutral' },
  attitude_critic: { de: 'Kritiker', en: 'Critic' },
  attitude_unknown: { de: 'Unbekannt', en: 'Unknown' },
  rag_green: { de: 'Grün — im Plan', en: 'Green — on track' },
  rag_amber: { de: 'Gelb — gefährdet', en: 'Amber — at risk' },
  rag_red: { de: 'Rot — verfehlt', en: 'Red — off track' },
  relationshipGap: { de: 'Beziehungslücke', en: 'Relationship gap' },
  relationshipGapText: {
    de: '{name} ist {why}, aber keine Aktion spricht die Person an. Planen Sie in Schritt 6 eine Aktion, die sie adressiert.',
    en: '{name} is {why}, yet no action addresses them. Plan an action in step 6 that does.',
  },
  relationshipWhyDecider: { de: 'Entscheider', en: 'a decision-maker' },
  relationshipWhyCritic: {
    de: 'ein einflussreicher Kritiker',
    en: 'an influential critic',
  },
  planActionFor: {
    de: 'Aktion planen, die {name} anspricht',
    en: 'Plan an action that addresses {name}',
  },
  actionForPersonWhat: { de: 'Termin mit {name}', en: 'Meet {name}' },
  addressedBy: { de: 'Angesprochen durch {labels}', en: 'Addressed by {labels}' },
  focusImpact: { de: 'Auswirkung', en: 'Impact' },
  focusLikelihood: { de: 'Wahrscheinlichkeit', en: 'Likelihood' },
  focusValue: { de: 'Wert ({currency})', en: 'Value ({currency})' },
  focusValueNoCurrency: { de: 'Wert', en: 'Value' },
  focusValueHint: {
    de: 'Eine Zahl, z. B. 1500000. Die Währung steht im Überblick.',
    en: 'A number, e.g. 1500000. The currency is set in the overview.',
  },
  notANumber: {
    de: 'Bitte eine Zahl ab 0 eingeben (ohne Währung).',
    en: 'Please enter a number of 0 or more (without currency).',
  },
  goalOwner: { de: 'Verantwortlich', en: 'Owner' },
  goalBaseline: { de: 'Ausgangswert', en: 'Baseline' },
  goalBaselineHint: {
    de: 'Wo wir zu Beginn standen — ohne ihn lässt sich kein Fortschritt zeigen.',
    en: 'Where we stood at the start — without it, progress cannot be shown.',
  },
  goalCurrent: { de: 'Aktueller Wert', en: 'Current value' },
  goalRag: { de: 'Ampel', en: 'Traffic light' },
  actionStart: { de: 'Beginn', en: 'Start' },
  actionStartHint: {
    de: 'Leer: ein Meilenstein am Fälligkeitsdatum.',
    en: 'Empty: a milestone on the due date.',
  },
  actionPeople: { de: 'Spricht an (Personen)', en: 'Addresses (people)' },
  pickerEmpty_people: {
    de: 'Noch keine Personen — in Schritt 1 unter „Buying Center“ erfassen.',
    en: 'No people yet — add them in step 1 under "Buying centre".',
  },
  headline: {
    de: 'Botschaft dieses Schritts (optional)',
    en: 'Message title of this step (optional)',
  },
  headlineHint: {
    de: 'Ein Satz, der die Aussage der Folie trägt — er steht als Titel über dem Schritt.',
    en: 'One sentence that carries the slide’s point — it stands as the title above the step.',
  },
  views: { de: 'Ansicht', en: 'View' },
  viewOverview: { de: 'Überblick', en: 'Overview' },
  viewSteps: { de: 'Schritte', en: 'Steps' },
  viewReview: { de: 'Review', en: 'Review' },
  overviewHeading: {
    de: 'Überblick: Zusammenfassung und Kennzahlen',
    en: 'Overview: summary and key figures',
  },
  overviewHint: {
    de: 'Was das Management zuerst liest: Lage, Komplikation, Lösung, was wir brauchen — und die Zahlen des Accounts.',
    en: 'What management reads first: situation, complication, resolution, what we need — and the account’s numbers.',
  },
  summaryHeading: { de: 'Management-Zusammenfassung', en: 'Executive summary' },
  summarySituation: { de: 'Situation', en: 'Situation' },
  summaryComplication: { de: 'Komplikation', en: 'Complication' },
  summaryResolution: { de: 'Lösung', en: 'Resolution' },
  summaryAsks: { de: 'Was wir vom Management brauchen', en: 'What we need from management' },
  askText: { de: 'Anliegen {n}', en: 'Ask {n}' },
  addAsk: { de: 'Anliegen hinzufügen', en: 'Add an ask' },
  removeAsk: { de: 'Anliegen {n} entfernen', en: 'Remove ask {n}' },
  detailsMore: {
    de: 'Währung, Kennzahlen und das nächste Review stehen im Überblick.',
    en: 'Currency, key figures and the next review are in the overview.',
  },
  openOverview: { de: 'Überblick öffnen', en: 'Open the overview' },
  customerFileSuffix: { de: 'Kundenversion', en: 'customer version' },
  detailsHeading: { de: 'Plandetails', en: 'Plan details' },
  currency: { de: 'Währung (ISO 4217)', en: 'Currency (ISO 4217)' },
  currencyHint: {
    de: 'Drei Großbuchstaben, z. B. EUR — gilt für alle Werte im Plan.',
    en: 'Three capital letters, e.g. EUR — used for every value in the plan.',
  },
  currencyInvalid: {
    de: 'Drei Großbuchstaben wie EUR, USD oder CHF.',
    en: 'Three capital letters such as EUR, USD or CHF.',
  },
  nextReview: { de: 'Nächstes Account-Review', en: 'Next account review' },
  figuresHeading: { de: 'Kennzahlen', en: 'Key figures' },
  figureLabel: { de: 'Kennzahl {n}: Bezeichnung', en: 'Figure {n}: label' },
  figureValue: { de: 'Kennzahl {n}: Wert', en: 'Figure {n}: value' },
  figureValueHint: {
    de: 'So geschrieben, wie er erscheinen soll.',
    en: 'Written as it should appear.',
  },
  addFigure: { de: 'Kennzahl hinzufügen', en: 'Add a key figure' },
  removeFigure: { de: 'Kennzahl {n} entfernen', en: 'Remove figure {n}' },
  noFigures: { de: 'Noch keine Kennzahlen.', en: 'No key figures yet.' },
  reviewHeading: { de: 'Account-Review', en: 'Account review' },
  reviewHint: {
    de: 'Den Plan gemeinsam durchgehen: Aktionen abhaken, Ziele mit aktuellem Wert und Ampel versehen, dann das Review abschließen — der Stand wird als Schnappschuss im Plan festgehalten.',
    en: 'Go through the plan together: tick off actions, give each goal its current value and traffic light, then complete the review — the plan as it stands is kept as a snapshot.',
  },
  reviewActions: { de: 'Aktionen', en: 'Actions' },
  reviewGoals: { de: 'Ziele', en: 'Goals' },
  reviewNoActions: { de: 'Keine Aktionen im Plan.', en: 'No actions in the plan.' },
  reviewNoGoals: { de: 'Keine Ziele im Plan.', en: 'No goals in the plan.' },
  reviewStatusOf: { de: 'Status von {label}', en: 'Status of {label}' },
  reviewCurrentOf: { de: 'Aktueller Wert von {label}', en: 'Current value of {label}' },
  reviewRagOf: { de: 'Ampel von {label}', en: 'Traffic light of {label}' },
  reviewTarget: { de: 'Ziel: {target}', en: 'Target: {target}' },
  reviewBaseline: { de: 'Ausgangswert: {baseline}', en: 'Baseline: {baseline}' },
  reviewLateKept: {
    de: 'Überfällig — bleibt „In Arbeit“, bis sie erledigt oder verworfen ist.',
    en: 'Late — stays "In progress" until it is done or dropped.',
  },
  reviewDate: { de: 'Datum des Reviews', en: 'Date of the review' },
  reviewParticipants: { de: 'Teilnehmende', en: 'Participants' },
  reviewParticipantsHint: { de: 'Durch Komma getrennt', en: 'Separated by commas' },
  reviewNotes: { de: 'Notizen', en: 'Notes' },
  completeReview: { de: 'Review abschließen', en: 'Complete review' },
  reviewCompleted: {
    de: 'Review vom {date} abgeschlossen; der Stand ist im Plan festgehalten. „Rückgängig“ nimmt es zurück.',
    en: 'Review of {date} completed; the plan as it stands is kept. Undo takes it back.',
  },
  sinceHeading: { de: 'Seit dem letzten Review ({date})', en: 'Since the last review ({date})' },
  sinceCounts: {
    de: '{added} neu, {removed} entfernt, {changed} geändert.',
    en: '{added} added, {removed} removed, {changed} changed.',
  },
  sinceNothing: { de: 'Nichts geändert.', en: 'Nothing changed.' },
  sinceStatus: { de: '{label}: {before} → {after}', en: '{label}: {before} → {after}' },
  pastReviews: { de: 'Frühere Reviews', en: 'Past reviews' },
  noPastReviews: { de: 'Noch keine Reviews abgeschlossen.', en: 'No reviews completed yet.' },
  pastReview: { de: '{date} — {participants}', en: '{date} — {participants}' },
  noParticipants: { de: 'ohne Teilnehmende', en: 'no participants recorded' },
  customerVersion: {
    de: 'Kundenversion (ohne Risiken, Wettbewerb, Strategien, interne Einträge …)',
    en: 'Customer version (leaves out risks, competition, strategies, internal items…)',
  },
  customerVersionOn: {
    de: 'Kundenversion an: Downloads lassen Risiken, Wettbewerb, Strategien, die Einschätzung der Personen, die Bitten an das Management und interne Einträge weg.',
    en: 'Customer version on: downloads leave out risks, competition, strategies, what we think of people, the asks of management and internal items.',
  },
  customerVersionOffice: {
    de: 'In das Dokument wird weiterhin der vollständige Plan geschrieben: Das Dokument bewahrt den ganzen Plan, den Sie hier bearbeiten. Die Kundenversion gibt es deshalb nur als Download.',
    en: 'Writing into the document still writes the full plan: the document keeps the whole plan you edit here. The customer version is therefore offered as a download only.',
  },
  reviewVersion: {
    de: 'Review-Version (Fortschritt, Erledigtes, Verspätetes, Änderungen seit dem letzten Review)',
    en: 'Review version (progress, done, late, changes since the last review)',
  },
  customerVersionOff: { de: 'Kundenversion ausschalten', en: 'Turn the customer version off' },
  downloadOptions: { de: 'Download-Optionen', en: 'Download options' },
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

/** "12 facts", "1 data gap": a count with the glossary's noun. */
export function countOf(collection: Collection, n: number, language: Language): string {
  const noun = ITEM_NOUNS[collection];
  return `${n} ${(n === 1 ? noun.one : noun.many)[language]}`;
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
