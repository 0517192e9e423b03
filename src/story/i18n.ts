// Every word the written plan adds to the user's own text, in German and English. One object per
// language with the same shape, so a missing translation is a type error, not a blank slide.
import { AREA_NAMES, KIND_NAMES, LEVER_NAMES, STATUS_NAMES, wordsIn } from '../plan/glossary';
import type {
  Area,
  Attitude,
  BuyingRole,
  Language,
  Level,
  Lever,
  Rag,
  SoWhatKind,
  Status,
} from '../plan/schema';
import type { Furniture, TimelineState } from './outline';

export interface StoryTexts {
  readonly areas: Readonly<Record<Area, string>>;
  readonly kinds: Readonly<Record<SoWhatKind, string>>;
  readonly levers: Readonly<Record<Lever, string>>;
  readonly statuses: Readonly<Record<Status, string>>;
  readonly timeline: Readonly<Record<TimelineState, string>>;

  readonly levels: Readonly<Record<Level, string>>;
  readonly attitudes: Readonly<Record<Attitude, string>>;
  readonly buyingRoles: Readonly<Record<BuyingRole, string>>;
  /** A traffic light in words: the colour and what it means. */
  readonly rags: Readonly<Record<Rag, string>>;
  /** A money value with its currency code or sign. */
  readonly money: (amount: string, currency: string | undefined) => string;

  readonly summary: {
    readonly title: string;
    readonly subtitle: string;
    readonly story: string;
    readonly situation: string;
    readonly complication: string;
    readonly resolution: string;
    readonly derived: string;
    readonly topOpportunities: (items: string) => string;
    readonly topFacts: (items: string) => string;
    readonly topRisks: (items: string) => string;
    readonly openQuestions: (items: string) => string;
    readonly goalsAndStrategies: (goals: string, strategies: number) => string;
    readonly figures: string;
    readonly noFigures: string;
    readonly goals: string;
    readonly progress: (baseline: string, target: string, due: string) => string;
    readonly noBaseline: string;
    readonly asks: string;
    readonly noAsks: string;
  };
  readonly people: {
    readonly title: string;
    readonly lead: string;
    readonly influence: string;
    readonly notRated: string;
    readonly contact: (name: string) => string;
    readonly noContact: string;
    readonly addressedBy: (actions: string) => string;
    readonly gap: string;
    readonly gaps: (people: string) => string;
    readonly noGaps: string;
  };
  readonly matrix: {
    readonly title: string;
    readonly lead: string;
    /** The customer's version, which holds no risks. */
    readonly customerTitle: string;
    readonly customerLead: string;
    readonly impact: string;
    readonly likelihood: (level: string) => string;
    readonly notRated: (labels: string) => string;
    readonly value: (money: string) => string;
  };
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
    /** The customer's version, which holds no risks. */
    readonly customerTitle: string;
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
    readonly owner: string;
    readonly baseline: string;
    readonly current: string;
    readonly rag: string;
    readonly notYet: string;
    readonly notRated: string;
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
  readonly review: {
    readonly title: string;
    readonly since: (date: string) => string;
    readonly first: string;
    readonly participants: (names: string) => string;
    readonly nextReview: (date: string) => string;
    readonly progress: string;
    readonly goal: string;
    readonly before: (value: string) => string;
    readonly noGoals: string;
    readonly actionsSince: (date: string) => string;
    readonly actionsAll: string;
    readonly done: string;
    readonly overdue: string;
    readonly dropped: string;
    readonly noActions: string;
    readonly next: (date: string) => string;
    readonly noNext: string;
    readonly changes: (date: string) => string;
    readonly noSnapshot: string;
    readonly noChanges: string;
    readonly field: string;
    readonly was: string;
    readonly now: string;
    readonly added: string;
    readonly removed: string;
    readonly rank: string;
    readonly planDetails: string;
    readonly yes: string;
    readonly no: string;
    readonly none: string;
    readonly fields: Readonly<Record<string, string>>;
  };
  readonly missing: {
    readonly text: string;
    readonly owner: string;
    readonly date: string;
    readonly notFound: (id: string) => string;
  };
}

/** Signs readers know; every other currency is written with its ISO code. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

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
    dropped: 'Verworfen',
    overdue: 'Überfällig',
    outside: 'Außerhalb der 12 Monate oder ohne Datum',
  },
  levels: { low: 'niedrig', medium: 'mittel', high: 'hoch' },
  attitudes: {
    supporter: 'Befürworter',
    neutral: 'Neutral',
    critic: 'Kritiker',
    unknown: 'Haltung unbekannt',
  },
  buyingRoles: {
    'decision-maker': 'Entscheider',
    influencer: 'Beeinflusser',
    user: 'Anwender',
    gatekeeper: 'Gatekeeper',
    coach: 'Coach',
  },
  rags: { green: 'Grün – im Plan', amber: 'Gelb – gefährdet', red: 'Rot – nicht im Plan' },
  money: (amount, currency) =>
    currency === undefined ? amount : `${amount}\u00A0${CURRENCY_SIGNS[currency] ?? currency}`,
  summary: {
    title: 'Auf einen Blick',
    subtitle: 'Zusammenfassung für das Management',
    story: 'Worum es geht',
    situation: 'Ausgangslage',
    complication: 'Herausforderung',
    resolution: 'Unser Weg',
    derived: 'aus dem Plan abgeleitet',
    topOpportunities: (items) => `Die größten Chancen: ${items}`,
    topFacts: (items) => `Was wir wissen: ${items}`,
    topRisks: (items) => `Die größten Risiken: ${items}`,
    openQuestions: (items) => `Noch offen: ${items}`,
    goalsAndStrategies: (goals, strategies) =>
      strategies === 0
        ? goals
        : `${goals} – über ${strategies === 1 ? 'eine Strategie' : `${strategies} Strategien`}`,
    figures: 'Kennzahlen',
    noFigures: 'Keine Kennzahlen im Plan.',
    goals: 'Ziele: vom Ausgangswert zum Zielwert',
    progress: (baseline, target, due) => `${baseline} → ${target} bis ${due}`,
    noBaseline: 'Ausgangswert offen',
    asks: 'Was wir vom Management brauchen',
    noAsks: 'Keine Anliegen an das Management notiert.',
  },
  people: {
    title: 'Wer entscheidet: das Buying Center',
    lead: 'Die Personen nach ihrem Einfluss und ihrer Haltung zu uns.',
    influence: 'Einfluss',
    notRated: 'nicht eingeschätzt',
    contact: (name) => `Unser Kontakt: ${name}`,
    noContact: 'Kein Kontakt von uns',
    addressedBy: (actions) => `Angesprochen durch ${actions}`,
    gap: 'Beziehungslücke: keine Aktion spricht diese Person an',
    gaps: (people) => `Beziehungslücken – keine Aktion spricht sie an: ${people}.`,
    noGaps:
      'Jeder Entscheider und jeder einflussreiche Kritiker wird durch eine Aktion angesprochen.',
  },
  matrix: {
    title: 'Chancen und Risiken nach Auswirkung und Wahrscheinlichkeit',
    lead: 'Die Top 5 Chancen und Top 5 Risiken, eingeordnet.',
    customerTitle: 'Chancen nach Auswirkung und Wahrscheinlichkeit',
    customerLead: 'Die Top 5 Chancen, eingeordnet.',
    impact: 'Auswirkung',
    likelihood: (level) => `Wahrscheinlichkeit ${level}`,
    notRated: (labels) => `Nicht bewertet: ${labels}`,
    value: (money) => `Wert: ${money}`,
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
    customerTitle: 'Die Top 5 Chancen',
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
    owner: 'Verantwortlich',
    baseline: 'Ausgangswert',
    current: 'Aktuell',
    rag: 'Ampel',
    notYet: '–\u00A0noch offen\u00A0–',
    notRated: 'nicht eingeschätzt',
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
  review: {
    title: 'Account-Review: was sich bewegt hat',
    since: (date) => `Seit der letzten Prüfung am ${date}`,
    first: 'Erste Prüfung: alles seit Beginn des Plans',
    participants: (names) => `Teilnehmer der letzten Prüfung: ${names}`,
    nextReview: (date) => `Nächste Prüfung: ${date}`,
    progress: 'Fortschritt je Ziel',
    goal: 'Ziel',
    before: (value) => `zuletzt: ${value}`,
    noGoals: 'Noch keine Ziele, deren Fortschritt sich zeigen ließe.',
    actionsSince: (date) => `Aktionen seit dem ${date}`,
    actionsAll: 'Aktionen seit Beginn des Plans',
    done: 'Erledigt',
    overdue: 'Überfällig',
    dropped: 'Verworfen',
    noActions: 'Keine Aktion erledigt, überfällig oder verworfen.',
    next: (date) => `Die nächsten 90 Tage (bis ${date})`,
    noNext: 'In den nächsten 90 Tagen beginnt oder endet keine offene Aktion.',
    changes: (date) => `Was sich seit dem ${date} am Plan geändert hat`,
    noSnapshot:
      'Noch keine Prüfung mit gespeichertem Stand: die Änderungen zeigt die nächste Prüfung.',
    noChanges: 'Seit der letzten Prüfung hat sich am Plan nichts geändert.',
    field: 'Änderung',
    was: 'Bisher',
    now: 'Jetzt',
    added: 'Neu',
    removed: 'Entfernt',
    rank: 'Rang',
    planDetails: 'Angaben zum Plan',
    yes: 'ja',
    no: 'nein',
    none: '–',
    fields: {
      title: 'Titel',
      text: 'Text',
      question: 'Frage',
      what: 'Was',
      who: 'Wer',
      start: 'Beginn',
      due: 'Bis',
      status: 'Status',
      measure: 'Messgröße',
      target: 'Zielwert',
      basedOn: 'Beruht auf',
      owner: 'Verantwortlich',
      baseline: 'Ausgangswert',
      current: 'Aktuell',
      rag: 'Ampel',
      soWhatIds: 'So-whats',
      factIds: 'Fakten',
      kind: 'Art',
      area: 'Bereich',
      source: 'Quelle',
      impact: 'Auswirkung',
      likelihood: 'Wahrscheinlichkeit',
      value: 'Wert',
      internal: 'Intern',
      levers: 'Hebel',
      goalId: 'Ziel',
      strategyId: 'Strategie',
      gapId: 'Datenlücke',
      personIds: 'Personen',
      name: 'Name',
      role: 'Funktion',
      buyingRole: 'Rolle im Einkauf',
      influence: 'Einfluss',
      attitude: 'Haltung',
      ourContact: 'Unser Kontakt',
      note: 'Notiz',
      'account.name': 'Account',
      'account.planOwner': 'Verantwortlich für den Plan',
      'account.periodStart': 'Beginn des Planungszeitraums',
      'account.language': 'Sprache',
      'account.currency': 'Währung',
      'account.figures': 'Kennzahlen',
      'account.nextReview': 'Nächste Prüfung',
      'summary.situation': 'Ausgangslage',
      'summary.complication': 'Herausforderung',
      'summary.resolution': 'Unser Weg',
      'summary.asks': 'Was wir vom Management brauchen',
    },
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
    dropped: 'Dropped',
    overdue: 'Overdue',
    outside: 'Outside the 12 months or no date',
  },
  levels: { low: 'low', medium: 'medium', high: 'high' },
  attitudes: {
    supporter: 'Supporter',
    neutral: 'Neutral',
    critic: 'Critic',
    unknown: 'Attitude unknown',
  },
  buyingRoles: {
    'decision-maker': 'Decision-maker',
    influencer: 'Influencer',
    user: 'User',
    gatekeeper: 'Gatekeeper',
    coach: 'Coach',
  },
  rags: { green: 'Green – on track', amber: 'Amber – at risk', red: 'Red – off track' },
  money: (amount, currency) => {
    if (currency === undefined) return amount;
    const sign = CURRENCY_SIGNS[currency];
    return sign === undefined ? `${currency}\u00A0${amount}` : `${sign}${amount}`;
  },
  summary: {
    title: 'At a glance',
    subtitle: 'Summary for management',
    story: 'What it is about',
    situation: 'Situation',
    complication: 'Complication',
    resolution: 'Resolution',
    derived: 'derived from the plan',
    topOpportunities: (items) => `The biggest opportunities: ${items}`,
    topFacts: (items) => `What we know: ${items}`,
    topRisks: (items) => `The biggest risks: ${items}`,
    openQuestions: (items) => `Still open: ${items}`,
    goalsAndStrategies: (goals, strategies) =>
      strategies === 0
        ? goals
        : `${goals} – through ${strategies === 1 ? 'one strategy' : `${strategies} strategies`}`,
    figures: 'Key figures',
    noFigures: 'No key figures in the plan.',
    goals: 'Goals: from baseline to target',
    progress: (baseline, target, due) => `${baseline} → ${target} by ${due}`,
    noBaseline: 'baseline not set',
    asks: 'What we need from management',
    noAsks: 'No requests to management noted.',
  },
  people: {
    title: 'Who decides: the buying centre',
    lead: 'The people by their influence and their attitude towards us.',
    influence: 'Influence',
    notRated: 'not rated',
    contact: (name) => `Our contact: ${name}`,
    noContact: 'No contact of ours',
    addressedBy: (actions) => `Addressed by ${actions}`,
    gap: 'Relationship gap: no action addresses this person',
    gaps: (people) => `Relationship gaps – no action addresses them: ${people}.`,
    noGaps: 'Every decision-maker and every influential critic is addressed by an action.',
  },
  matrix: {
    title: 'Opportunities and risks by impact and likelihood',
    lead: 'The top 5 opportunities and top 5 risks, placed.',
    customerTitle: 'Opportunities by impact and likelihood',
    customerLead: 'The top 5 opportunities, placed.',
    impact: 'Impact',
    likelihood: (level) => `Likelihood ${level}`,
    notRated: (labels) => `Not rated: ${labels}`,
    value: (money) => `Value: ${money}`,
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
    customerTitle: 'The top 5 opportunities',
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
    owner: 'Owner',
    baseline: 'Baseline',
    current: 'Current',
    rag: 'Status',
    notYet: '—\u00A0not yet\u00A0—',
    notRated: 'not rated',
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
  review: {
    title: 'Account review: what has moved',
    since: (date) => `Since the last review on ${date}`,
    first: 'First review: everything since the plan began',
    participants: (names) => `At the last review: ${names}`,
    nextReview: (date) => `Next review: ${date}`,
    progress: 'Progress per goal',
    goal: 'Goal',
    before: (value) => `last time: ${value}`,
    noGoals: 'No goals yet whose progress could be shown.',
    actionsSince: (date) => `Actions since ${date}`,
    actionsAll: 'Actions since the plan began',
    done: 'Done',
    overdue: 'Overdue',
    dropped: 'Dropped',
    noActions: 'No action done, overdue or dropped.',
    next: (date) => `The next 90 days (until ${date})`,
    noNext: 'No open action starts or ends in the next 90 days.',
    changes: (date) => `What has changed in the plan since ${date}`,
    noSnapshot: 'No review with a saved state yet: the next review shows the changes.',
    noChanges: 'Nothing in the plan has changed since the last review.',
    field: 'Change',
    was: 'Before',
    now: 'Now',
    added: 'New',
    removed: 'Removed',
    rank: 'Rank',
    planDetails: 'Plan details',
    yes: 'yes',
    no: 'no',
    none: '—',
    fields: {
      title: 'Title',
      text: 'Text',
      question: 'Question',
      what: 'What',
      who: 'Who',
      start: 'Start',
      due: 'By',
      status: 'Status',
      measure: 'Measure',
      target: 'Target',
      basedOn: 'Based on',
      owner: 'Owner',
      baseline: 'Baseline',
      current: 'Current',
      rag: 'Status',
      soWhatIds: 'So-whats',
      factIds: 'Facts',
      kind: 'Kind',
      area: 'Area',
      source: 'Source',
      impact: 'Impact',
      likelihood: 'Likelihood',
      value: 'Value',
      internal: 'Internal',
      levers: 'Levers',
      goalId: 'Goal',
      strategyId: 'Strategy',
      gapId: 'Data gap',
      personIds: 'People',
      name: 'Name',
      role: 'Role',
      buyingRole: 'Buying role',
      influence: 'Influence',
      attitude: 'Attitude',
      ourContact: 'Our contact',
      note: 'Note',
      'account.name': 'Account',
      'account.planOwner': 'Plan owner',
      'account.periodStart': 'Start of the plan period',
      'account.language': 'Language',
      'account.currency': 'Currency',
      'account.figures': 'Key figures',
      'account.nextReview': 'Next review',
      'summary.situation': 'Situation',
      'summary.complication': 'Complication',
      'summary.resolution': 'Resolution',
      'summary.asks': 'What we need from management',
    },
  },
  missing: {
    text: '—\u00A0no text\u00A0—',
    owner: '—\u00A0no owner\u00A0—',
    date: '—\u00A0no date\u00A0—',
    notFound: (id) => `“${id}” (not in the plan)`,
  },
};

export const STORY_TEXTS: Readonly<Record<Language, StoryTexts>> = { de, en };
