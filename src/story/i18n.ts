// Every word the written plan adds to the user's own text, in German and English. One object per
// language with the same shape, so a missing translation is a type error, not a blank slide.
import { AREA_NAMES, KIND_NAMES, LEVER_NAMES, STATUS_NAMES, wordsIn } from '../plan/glossary';
import type { Area, Language, Lever, SoWhatKind, Status } from '../plan/schema';
import type { Furniture, TimelineState } from './outline';

export interface StoryTexts {
  readonly areas: Readonly<Record<Area, string>>;
  readonly kinds: Readonly<Record<SoWhatKind, string>>;
  readonly levers: Readonly<Record<Lever, string>>;
  readonly statuses: Readonly<Record<Status, string>>;
  readonly timeline: Readonly<Record<TimelineState, string>>;

  readonly step: (step: number, name: string) => string;
  /** A step's heading in the Word document: "1 Daten sammeln". */
  readonly stepHeading: (step: number, name: string) => string;
  readonly documentTitle: (account: string, period: string) => string;
  readonly furniture: Omit<Furniture, 'steps'>;

  readonly cover: {
    readonly subtitle: string;
    readonly owner: string;
    readonly period: string;
    readonly written: string;
  };
  readonly overview: {
    readonly title: string;
    readonly subtitle: string;
    readonly goal: string;
    readonly basedOn: string;
    readonly strategy: string;
    readonly nextDue: string;
    readonly target: (target: string) => string;
    readonly due: (date: string) => string;
    readonly allDone: string;
    readonly noActions: string;
    readonly noBasis: string;
    readonly noGoals: string;
    readonly more: (count: number) => string;
    readonly gapsClosed: (closed: number, total: number) => string;
  };
  readonly facts: {
    readonly title: string;
    readonly source: (source: string) => string;
    readonly none: string;
    readonly unused: string;
  };
  readonly gaps: {
    readonly title: string;
    readonly lead: string;
    readonly closedBy: string;
    readonly notClosed: string;
    readonly none: string;
  };
  readonly soWhats: {
    readonly title: string;
    readonly from: (facts: string) => string;
    readonly noFact: string;
    readonly none: string;
  };
  readonly focus: {
    readonly title: string;
    readonly opportunities: string;
    readonly risks: string;
    readonly from: (soWhats: string) => string;
    readonly addressedBy: (goals: string) => string;
    readonly notAddressed: string;
    readonly noSoWhat: string;
    readonly beyondTop: string;
    readonly none: string;
  };
  readonly goals: {
    readonly title: string;
    readonly measure: string;
    readonly target: string;
    readonly due: string;
    readonly basedOn: string;
    readonly outsideWindow: string;
    readonly none: string;
    readonly beyondTop: (labels: string) => string;
  };
  readonly strategies: {
    readonly title: string;
    readonly levers: string;
    readonly facts: string;
    readonly noStrategy: string;
    readonly noLever: string;
    readonly noFact: string;
    readonly withoutGoal: string;
  };
  readonly actions: {
    readonly title: string;
    readonly what: string;
    readonly who: string;
    readonly due: string;
    readonly serves: string;
    readonly status: string;
    readonly overdue: string;
    readonly outsideWindow: string;
    readonly noLink: string;
    readonly none: string;
  };
  readonly timelinePart: {
    readonly title: string;
    readonly asOf: (date: string) => string;
    readonly gapGroup: string;
    readonly unlinkedGroup: string;
    readonly columnsFrom: (day: number) => string;
    readonly action: string;
    readonly owner: string;
    readonly today: string;
  };
  readonly missing: {
    readonly text: string;
    readonly owner: string;
    readonly date: string;
    readonly notFound: (id: string) => string;
  };
}

const de: StoryTexts = {
  // The item words come from the product's glossary, shared with the task pane and the rules.
  areas: wordsIn(AREA_NAMES, 'de'),
  kinds: wordsIn(KIND_NAMES, 'de'),
  levers: wordsIn(LEVER_NAMES, 'de'),
  statuses: wordsIn(STATUS_NAMES, 'de'),
  timeline: {
    open: 'Offen',
    'in-progress': 'In Arbeit',
    done: 'Erledigt',
    overdue: 'Überfällig',
    outside: 'Außerhalb der 12 Monate oder ohne Datum',
  },
  step: (step, name) => `Schritt ${step} · ${name}`,
  stepHeading: (step, name) => `${step}\u2002${name}`,
  documentTitle: (account, period) => `Key-Account-Plan ${account}, ${period}`,
  furniture: {
    confidential: 'vertraulich',
    page: { before: 'Seite', between: 'von' },
    contents: 'Inhalt',
    continued: '(Forts.)',
  },
  cover: {
    subtitle: 'Key-Account-Plan',
    owner: 'Verantwortlich',
    period: 'Planungszeitraum',
    written: 'Erstellt am',
  },
  overview: {
    title: 'Der rote Faden',
    subtitle: 'Von den Fakten zu den Aktionen auf einer Seite',
    goal: 'Ziel',
    basedOn: 'Beruht auf',
    strategy: 'Strategie',
    nextDue: 'Als Nächstes',
    target: (target) => `Zielwert: ${target}`,
    due: (date) => `bis ${date}`,
    allDone: 'Alle Aktionen erledigt',
    noActions: '–\u00A0keine Aktionen\u00A0–',
    noBasis: '–\u00A0beruht auf keiner Chance und keinem Risiko\u00A0–',
    noGoals: 'Noch keine Ziele: der rote Faden endet bei den Chancen und Risiken.',
    more: (count) => (count === 1 ? 'und 1 weitere Aktion' : `und ${count} weitere Aktionen`),
    gapsClosed: (closed, total) => {
      if (total === 1) {
        return closed === 1
          ? 'Die eine Datenlücke wird durch eine Aktion geschlossen.'
          : 'Die eine Datenlücke wird noch durch keine Aktion geschlossen.';
      }
      if (closed === total) {
        return total === 2
          ? 'Beide Datenlücken werden durch Aktionen geschlossen.'
          : `Alle ${total} Datenlücken werden durch Aktionen geschlossen.`;
      }
      return closed === 1
        ? `1 von ${total} Datenlücken wird durch eine Aktion geschlossen.`
        : `${closed} von ${total} Datenlücken werden durch Aktionen geschlossen.`;
    },
  },
  facts: {
    title: 'Was wir über den Account wissen',
    source: (source) => `Quelle: ${source}`,
    none: 'Noch keine Fakten gesammelt.',
    unused: 'Kein So-what nutzt diesen Fakt',
  },
  gaps: {
    title: 'Was wir noch nicht wissen, aber wissen sollten',
    lead: 'Jede offene Frage wird durch eine Aktion des Plans geklärt.',
    closedBy: 'Geklärt durch',
    notClosed: 'Keine Aktion klärt diese Frage',
    none: 'Keine offenen Fragen notiert – ein Plan ganz ohne Fragezeichen?',
  },
  soWhats: {
    title: 'Was daraus für uns folgt',
    from: (facts) => `aus ${facts}`,
    noFact: 'Beruht auf keinem Fakt',
    none: 'Noch keine So-whats abgeleitet.',
  },
  focus: {
    title: 'Top 5 Chancen und Top 5 Risiken',
    opportunities: 'Top 5 Chancen',
    risks: 'Top 5 Risiken',
    from: (soWhats) => `aus ${soWhats}`,
    addressedBy: (goals) => `→ ${goals}`,
    notAddressed: 'Kein Ziel greift dies auf',
    noSoWhat: 'Beruht auf keinem So-what',
    beyondTop: 'Jenseits der Top 5',
    none: '–\u00A0noch keine\u00A0–',
  },
  goals: {
    title: 'Unsere strategischen Ziele',
    measure: 'Messgröße',
    target: 'Zielwert',
    due: 'Bis',
    basedOn: 'Beruht auf',
    outsideWindow: 'außerhalb des Planungszeitraums',
    none: 'Noch keine Ziele formuliert.',
    beyondTop: (labels) => `Mehr als 3 Ziele – der Plan fokussiert auf höchstens 3: ${labels}.`,
  },
  strategies: {
    title: 'Wie wir die Ziele erreichen',
    levers: 'Hebel',
    facts: 'Baut auf diesen Fakten auf',
    noStrategy: 'Noch keine Strategie für dieses Ziel.',
    noLever: 'Nennt keinen Hebel.',
    noFact: 'Stützt sich auf keinen Fakt der Analyse.',
    withoutGoal: 'Strategien ohne Ziel',
  },
  actions: {
    title: 'Wer macht was bis wann',
    what: 'Was',
    who: 'Wer',
    due: 'Bis wann',
    serves: 'Für',
    status: 'Status',
    overdue: 'überfällig',
    outsideWindow: 'außerhalb der 12 Monate',
    noLink: '–\u00A0weder Ziel noch Lücke\u00A0–',
    none: 'Noch keine Aktionen geplant.',
  },
  timelinePart: {
    title: 'Die nächsten 12 Monate',
    asOf: (date) => `Stand: ${date}`,
    gapGroup: 'Datenlücken schließen',
    unlinkedGroup: 'Ohne Ziel',
    columnsFrom: (day) => `Jede Spalte beginnt am ${day}. ihres Monats.`,
    action: 'Aktion',
    owner: 'Wer',
    today: 'Heute',
  },
  missing: {
    text: '–\u00A0ohne Text\u00A0–',
    owner: '–\u00A0kein Verantwortlicher\u00A0–',
    date: '–\u00A0kein Datum\u00A0–',
    notFound: (id) => `„${id}“ (nicht im Plan)`,
  },
};

const en: StoryTexts = {
  // The item words come from the product's glossary, shared with the task pane and the rules.
  areas: wordsIn(AREA_NAMES, 'en'),
  kinds: wordsIn(KIND_NAMES, 'en'),
  levers: wordsIn(LEVER_NAMES, 'en'),
  statuses: wordsIn(STATUS_NAMES, 'en'),
  timeline: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    overdue: 'Overdue',
    outside: 'Outside the 12 months or no date',
  },
  step: (step, name) => `Step ${step} · ${name}`,
  stepHeading: (step, name) => `${step}\u2002${name}`,
  documentTitle: (account, period) => `Key account plan ${account}, ${period}`,
  furniture: {
    confidential: 'confidential',
    page: { before: 'Page', between: 'of' },
    contents: 'Contents',
    continued: '(cont.)',
  },
  cover: {
    subtitle: 'Key account plan',
    owner: 'Plan owner',
    period: 'Plan period',
    written: 'Written on',
  },
  overview: {
    title: 'The red thread',
    subtitle: 'From facts to actions on one page',
    goal: 'Goal',
    basedOn: 'Based on',
    strategy: 'Strategy',
    nextDue: 'Next',
    target: (target) => `Target: ${target}`,
    due: (date) => `by ${date}`,
    allDone: 'All actions done',
    noActions: '—\u00A0no actions\u00A0—',
    noBasis: '—\u00A0based on no opportunity or risk\u00A0—',
    noGoals: 'No goals yet: the red thread ends at the opportunities and risks.',
    more: (count) => (count === 1 ? 'and 1 more action' : `and ${count} more actions`),
    gapsClosed: (closed, total) => {
      if (total === 1) {
        return closed === 1
          ? 'The one data gap has an action that closes it.'
          : 'The one data gap has no action that closes it yet.';
      }
      if (closed === total) {
        return total === 2
          ? 'Both data gaps have an action that closes them.'
          : `All ${total} data gaps have an action that closes them.`;
      }
      return closed === 1
        ? `1 of ${total} data gaps has an action that closes it.`
        : `${closed} of ${total} data gaps have an action that closes them.`;
    },
  },
  facts: {
    title: 'What we know about the account',
    source: (source) => `Source: ${source}`,
    none: 'No facts collected yet.',
    unused: 'No so-what uses this fact',
  },
  gaps: {
    title: "What we don't know yet but should",
    lead: 'Each open question is answered by an action in the plan.',
    closedBy: 'Answered by',
    notClosed: 'No action answers this question',
    none: 'No open questions noted – a plan without a single question mark?',
  },
  soWhats: {
    title: 'What it means for us',
    from: (facts) => `from ${facts}`,
    noFact: 'Based on no fact',
    none: 'No so-whats derived yet.',
  },
  focus: {
    title: 'Top 5 opportunities and top 5 risks',
    opportunities: 'Top 5 opportunities',
    risks: 'Top 5 risks',
    from: (soWhats) => `from ${soWhats}`,
    addressedBy: (goals) => `→ ${goals}`,
    notAddressed: 'No goal takes this up',
    noSoWhat: 'Based on no so-what',
    beyondTop: 'Beyond the top 5',
    none: '—\u00A0none yet\u00A0—',
  },
  goals: {
    title: 'Our strategic goals',
    measure: 'Measure',
    target: 'Target',
    due: 'By',
    basedOn: 'Based on',
    outsideWindow: 'outside the plan period',
    none: 'No goals set yet.',
    beyondTop: (labels) => `More than 3 goals – the plan focuses on at most 3: ${labels}.`,
  },
  strategies: {
    title: 'How we reach the goals',
    levers: 'Levers',
    facts: 'Builds on these facts',
    noStrategy: 'No strategy for this goal yet.',
    noLever: 'Names no lever.',
    noFact: 'Builds on no fact from the analysis.',
    withoutGoal: 'Strategies without a goal',
  },
  actions: {
    title: 'Who does what by when',
    what: 'What',
    who: 'Who',
    due: 'By when',
    serves: 'For',
    status: 'Status',
    overdue: 'overdue',
    outsideWindow: 'outside the 12 months',
    noLink: '—\u00A0neither goal nor gap\u00A0—',
    none: 'No actions planned yet.',
  },
  timelinePart: {
    title: 'The next 12 months',
    asOf: (date) => `As of ${date}`,
    gapGroup: 'Closing data gaps',
    unlinkedGroup: 'Without a goal',
    columnsFrom: (day) => `Each column starts on day ${day} of its month.`,
    action: 'Action',
    owner: 'Who',
    today: 'Today',
  },
  missing: {
    text: '—\u00A0no text\u00A0—',
    owner: '—\u00A0no owner\u00A0—',
    date: '—\u00A0no date\u00A0—',
    notFound: (id) => `“${id}” (not in the plan)`,
  },
};

export const STORY_TEXTS: Readonly<Record<Language, StoryTexts>> = { de, en };
