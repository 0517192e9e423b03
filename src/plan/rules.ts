// The red-thread rules of the method (plan-format.md, "Red-thread rules"): pure functions over a
// valid plan. Each finding names the step it belongs to and the raw ids involved, so that the
// command line, the task pane and the written document can all point at the same items.
import { isInWindow, planWindow, today as localToday, type PlanWindow } from './dates';
import type { Finding, Severity } from './findings';
import { SEVERITIES } from './findings';
import type { Localized } from './messages';
import type { Language, Plan, Step } from './schema';

export const MAX_OPPORTUNITIES = 5;
export const MAX_RISKS = 5;
export const MAX_GOALS = 3;

/** Every rule code with its severity and step; codes are stable and documented in the README. */
export const RULES = {
  'too-many-opportunities': { severity: 'error', step: 3 },
  'too-many-risks': { severity: 'error', step: 3 },
  'too-many-goals': { severity: 'error', step: 4 },
  'so-what-without-fact': { severity: 'error', step: 2 },
  'goal-without-basis': { severity: 'error', step: 4 },
  'goal-without-strategy': { severity: 'error', step: 5 },
  'strategy-without-action': { severity: 'error', step: 6 },
  'action-without-owner': { severity: 'error', step: 6 },
  'action-without-due': { severity: 'error', step: 6 },
  'fact-not-used': { severity: 'warning', step: 1 },
  'gap-not-closed': { severity: 'warning', step: 1 },
  'focus-without-so-what': { severity: 'warning', step: 3 },
  'goal-not-smart': { severity: 'warning', step: 4 },
  'strategy-without-fact': { severity: 'warning', step: 5 },
  'strategy-without-lever': { severity: 'warning', step: 5 },
  'action-outside-window': { severity: 'warning', step: 6 },
  'action-without-link': { severity: 'warning', step: 6 },
  'focus-not-addressed': { severity: 'info', step: 3 },
  'plan-without-gaps': { severity: 'info', step: 1 },
  // Format version 2.
  'relationship-gap': { severity: 'warning', step: 1 },
  'action-starts-after-due': { severity: 'warning', step: 6 },
  'review-overdue': { severity: 'warning', step: 6 },
  'goal-without-baseline': { severity: 'info', step: 4 },
} as const satisfies Record<string, { severity: Severity; step: Step }>;

export type RuleCode = keyof typeof RULES;

function finding(code: RuleCode, ids: readonly string[], message: Localized): Finding {
  const { severity, step } = RULES[code];
  return { code, severity, step, ids, message };
}

/** Names an item in a message: its label (the raw id unless the caller labels), in one language. */
export type LabelOf = (id: string, language: Language) => string;

interface RuleContext {
  readonly window: PlanWindow;
  /** YYYY-MM-DD: what "in the past" means for the next review. */
  readonly today: string;
  /** `A3 “Present the capacity guarantee…”`: the label and enough text to recognise the item. */
  readonly named: (id: string, text: string) => Localized;
  readonly list: (ids: readonly string[]) => Localized;
}

function context(plan: Plan, labelOf: LabelOf, today: string): RuleContext {
  const named = (id: string, text: string): Localized => {
    const clean = text.replace(/\s+/g, ' ').trim();
    const short = clean.length > 48 ? `${clean.slice(0, 47)}…` : clean;
    const one = (language: Language): string => {
      const label = labelOf(id, language);
      return short === '' ? label : `${label} “${short}”`;
    };
    return { de: one('de'), en: one('en') };
  };
  const list = (ids: readonly string[]): Localized => ({
    de: ids.map((id) => labelOf(id, 'de')).join(', '),
    en: ids.map((id) => labelOf(id, 'en')).join(', '),
  });
  return { window: planWindow(plan), today, named, list };
}

type Rule = (plan: Plan, context: RuleContext) => Finding[];

const tooMany: Rule = (plan, { list }) => {
  const out: Finding[] = [];
  if (plan.opportunities.length > MAX_OPPORTUNITIES) {
    const extra = plan.opportunities.slice(MAX_OPPORTUNITIES).map((o) => o.id);
    out.push(
      finding('too-many-opportunities', extra, {
        de: `${plan.opportunities.length} Chancen — der Plan fokussiert auf die Top ${MAX_OPPORTUNITIES}. Über Rang ${MAX_OPPORTUNITIES} hinaus: ${list(extra).de}.`,
        en: `${plan.opportunities.length} opportunities — the plan focuses on the top ${MAX_OPPORTUNITIES}. Beyond rank ${MAX_OPPORTUNITIES}: ${list(extra).en}.`,
      }),
    );
  }
  if (plan.risks.length > MAX_RISKS) {
    const extra = plan.risks.slice(MAX_RISKS).map((r) => r.id);
    out.push(
      finding('too-many-risks', extra, {
        de: `${plan.risks.length} Risiken — der Plan fokussiert auf die Top ${MAX_RISKS}. Über Rang ${MAX_RISKS} hinaus: ${list(extra).de}.`,
        en: `${plan.risks.length} risks — the plan focuses on the top ${MAX_RISKS}. Beyond rank ${MAX_RISKS}: ${list(extra).en}.`,
      }),
    );
  }
  if (plan.goals.length > MAX_GOALS) {
    const extra = plan.goals.slice(MAX_GOALS).map((g) => g.id);
    out.push(
      finding('too-many-goals', extra, {
        de: `${plan.goals.length} Ziele — höchstens ${MAX_GOALS} strategisch wichtige Ziele. Zu viel: ${list(extra).de}.`,
        en: `${plan.goals.length} goals — at most ${MAX_GOALS} strategic goals. Beyond that: ${list(extra).en}.`,
      }),
    );
  }
  return out;
};

const facts: Rule = (plan, { named }) => {
  const cited = new Set(plan.soWhats.flatMap((s) => s.factIds));
  const out = plan.facts
    .filter((fact) => !cited.has(fact.id))
    .map((fact) =>
      finding('fact-not-used', [fact.id], {
        de: `Fakt ${named(fact.id, fact.text).de} wird von keinem So-what genutzt: was folgt daraus? Sonst ist er Datensumpf.`,
        en: `Fact ${named(fact.id, fact.text).en} is cited by no so-what: what follows from it? Otherwise it is data swamp.`,
      }),
    );
  if (plan.gaps.length === 0) {
    out.push(
      finding('plan-without-gaps', [], {
        de: 'Der Plan hat keine einzige Datenlücke — ein Plan ohne Fragezeichen? Was wissen wir noch nicht?',
        en: 'The plan has not a single data gap — a plan without question marks? What do we not know yet?',
      }),
    );
  }
  // A dropped action closes nothing and serves nothing any more.
  const closed = new Set(
    live(plan.actions)
      .map((a) => a.gapId)
      .filter((id) => id !== undefined),
  );
  for (const gap of plan.gaps) {
    if (closed.has(gap.id)) continue;
    out.push(
      finding('gap-not-closed', [gap.id], {
        de: `Datenlücke ${named(gap.id, gap.question).de} wird von keiner Aktion geschlossen: wer klärt das bis wann?`,
        en: `Data gap ${named(gap.id, gap.question).en} is closed by no action: who finds out, by when?`,
      }),
    );
  }
  return out;
};

const soWhats: Rule = (plan, { named }) =>
  plan.soWhats
    .filter((s) => s.factIds.length === 0)
    .map((s) =>
      finding('so-what-without-fact', [s.id], {
        de: `So-what ${named(s.id, s.text).de} nennt keinen Fakt, aus dem es folgt.`,
        en: `So-what ${named(s.id, s.text).en} cites no fact it follows from.`,
      }),
    );

const focus: Rule = (plan, { named }) => {
  const out: Finding[] = [];
  const addressed = new Set(plan.goals.flatMap((g) => g.basedOn));
  const top = [
    ...plan.opportunities
      .slice(0, MAX_OPPORTUNITIES)
      .map((item) => ({ item, de: 'Chance', en: 'Opportunity' })),
    ...plan.risks.slice(0, MAX_RISKS).map((item) => ({ item, de: 'Risiko', en: 'Risk' })),
  ];
  for (const { item, de, en } of top) {
    if (item.soWhatIds.length === 0) {
      out.push(
        finding('focus-without-so-what', [item.id], {
          de: `${de} ${named(item.id, item.title).de} stützt sich auf kein So-what: woraus folgt sie?`,
          en: `${en} ${named(item.id, item.title).en} rests on no so-what: what does it follow from?`,
        }),
      );
    }
    if (!addressed.has(item.id)) {
      out.push(
        finding('focus-not-addressed', [item.id], {
          de: `${de} ${named(item.id, item.title).de} gehört zu den Top 5, aber kein Ziel greift sie auf.`,
          en: `${en} ${named(item.id, item.title).en} is in the top 5, but no goal addresses it.`,
        }),
      );
    }
  }
  return out;
};

const goals: Rule = (plan, { window, named }) => {
  const out: Finding[] = [];
  const withStrategy = new Set(plan.strategies.map((s) => s.goalId));
  for (const goal of plan.goals) {
    const name = named(goal.id, goal.title);
    if (goal.basedOn.length === 0) {
      out.push(
        finding('goal-without-basis', [goal.id], {
          de: `Ziel ${name.de} beruht auf keiner Chance und keinem Risiko.`,
          en: `Goal ${name.en} is based on no opportunity or risk.`,
        }),
      );
    }
    const missing: Localized[] = [];
    if (goal.measure.trim() === '') missing.push({ de: 'keine Messgröße', en: 'no measure' });
    if (goal.target.trim() === '') missing.push({ de: 'kein Zielwert', en: 'no target' });
    if (goal.due === '') missing.push({ de: 'kein Termin', en: 'no due date' });
    else if (!isInWindow(window, goal.due)) {
      missing.push({
        de: `Termin ${goal.due} außerhalb der 12 Monate (${window.start} bis vor ${window.end})`,
        en: `due ${goal.due} outside the 12 months (${window.start} to before ${window.end})`,
      });
    }
    if (missing.length > 0) {
      out.push(
        finding('goal-not-smart', [goal.id], {
          de: `Ziel ${name.de} ist nicht SMART: ${missing.map((m) => m.de).join(', ')}.`,
          en: `Goal ${name.en} is not SMART: ${missing.map((m) => m.en).join(', ')}.`,
        }),
      );
    }
    if (!withStrategy.has(goal.id)) {
      out.push(
        finding('goal-without-strategy', [goal.id], {
          de: `Ziel ${name.de} hat keine Strategie: wie soll es erreicht werden?`,
          en: `Goal ${name.en} has no strategy: how will it be reached?`,
        }),
      );
    }
  }
  return out;
};

const strategies: Rule = (plan, { named }) => {
  const out: Finding[] = [];
  const withAction = new Set(
    live(plan.actions)
      .map((a) => a.strategyId)
      .filter((id) => id !== undefined),
  );
  for (const strategy of plan.strategies) {
    const name = named(strategy.id, strategy.text);
    if (strategy.factIds.length === 0) {
      out.push(
        finding('strategy-without-fact', [strategy.id], {
          de: `Strategie ${name.de} baut auf keinem Fakt der Analyse auf.`,
          en: `Strategy ${name.en} builds on no fact of the analysis.`,
        }),
      );
    }
    if (strategy.levers.length === 0) {
      out.push(
        finding('strategy-without-lever', [strategy.id], {
          de: `Strategie ${name.de} nennt keinen Hebel (Ziele des Accounts, Veränderung beim Account, Marktveränderung, Schwäche des Wettbewerbs).`,
          en: `Strategy ${name.en} names no lever (account goals, account change, market change, competitor weakness).`,
        }),
      );
    }
    if (!withAction.has(strategy.id)) {
      out.push(
        finding('strategy-without-action', [strategy.id], {
          de: `Strategie ${name.de} hat keine Aktion: wer macht was bis wann?`,
          en: `Strategy ${name.en} has no action: who does what by when?`,
        }),
      );
    }
  }
  return out;
};

const actions: Rule = (plan, { window, named }) => {
  const out: Finding[] = [];
  for (const action of live(plan.actions)) {
    const name = named(action.id, action.what);
    if (action.start && action.due !== '' && action.start > action.due) {
      out.push(
        finding('action-starts-after-due', [action.id], {
          de: `Aktion ${name.de} beginnt am ${action.start}, nach ihrem Termin ${action.due}.`,
          en: `Action ${name.en} starts on ${action.start}, after its due date ${action.due}.`,
        }),
      );
    }
    if (action.who.trim() === '') {
      out.push(
        finding('action-without-owner', [action.id], {
          de: `Aktion ${name.de} hat keinen Verantwortlichen (wer?).`,
          en: `Action ${name.en} has no owner (who?).`,
        }),
      );
    }
    if (action.due === '') {
      out.push(
        finding('action-without-due', [action.id], {
          de: `Aktion ${name.de} hat keinen Termin (bis wann?).`,
          en: `Action ${name.en} has no due date (by when?).`,
        }),
      );
    } else if (!isInWindow(window, action.due)) {
      out.push(
        finding('action-outside-window', [action.id], {
          de: `Aktion ${name.de} ist am ${action.due} fällig, außerhalb der 12 Monate (${window.start} bis vor ${window.end}).`,
          en: `Action ${name.en} is due ${action.due}, outside the 12 months (${window.start} to before ${window.end}).`,
        }),
      );
    }
    if (action.strategyId === undefined && action.gapId === undefined) {
      out.push(
        finding('action-without-link', [action.id], {
          de: `Aktion ${name.de} dient keiner Strategie und schließt keine Datenlücke: wofür ist sie?`,
          en: `Action ${name.en} serves no strategy and closes no data gap: what is it for?`,
        }),
      );
    }
  }
  return out;
};

/** The actions still meant to happen: a dropped one is history, not a plan. */
function live(list: Plan['actions']): Plan['actions'] {
  return list.filter((action) => action.status !== 'dropped');
}

/**
 * The buying centre: a decision-maker, or a critic of high influence, whom no action addresses
 * is a relationship gap — the plan would go past the person who can stop it.
 */
const people: Rule = (plan, { named }) => {
  const addressed = new Set(live(plan.actions).flatMap((a) => a.personIds ?? []));
  return plan.people
    .filter(
      (person) =>
        !addressed.has(person.id) &&
        (person.buyingRole === 'decision-maker' ||
          (person.influence === 'high' && person.attitude === 'critic')),
    )
    .map((person) => {
      const name = named(person.id, person.name);
      const why =
        person.buyingRole === 'decision-maker'
          ? { de: 'Entscheider', en: 'a decision-maker' }
          : { de: 'einflussreicher Kritiker', en: 'an influential critic' };
      return finding('relationship-gap', [person.id], {
        de: `Beziehungslücke: ${name.de} ist ${why.de}, und keine Aktion spricht die Person an.`,
        en: `Relationship gap: ${name.en} is ${why.en}, and no action addresses them.`,
      });
    });
};

const baselines: Rule = (plan, { named }) =>
  plan.goals
    .filter((goal) => (goal.baseline ?? '').trim() === '')
    .map((goal) =>
      finding('goal-without-baseline', [goal.id], {
        de: `Ziel ${named(goal.id, goal.title).de} hat keinen Ausgangswert: der Fortschritt lässt sich nicht zeigen.`,
        en: `Goal ${named(goal.id, goal.title).en} has no baseline: its progress cannot be shown.`,
      }),
    );

const review: Rule = (plan, { today }) => {
  const next = plan.account.nextReview;
  if (next === undefined || next >= today) return [];
  return [
    finding('review-overdue', [], {
      de: `Das nächste Account-Review war für den ${next} angesetzt und ist überfällig: Termin neu setzen oder das Review abschließen.`,
      en: `The next account review was due on ${next} and is overdue: set a new date or complete the review.`,
    }),
  ];
};

const ALL_RULES: readonly Rule[] = [
  facts,
  people,
  soWhats,
  tooMany,
  focus,
  goals,
  baselines,
  strategies,
  actions,
  review,
];

/**
 * All findings of a valid plan, ordered by step, then severity, then plan order. Messages name
 * items by `labelOf` — the raw id by default (the command line); the task pane passes the
 * position labels it shows beside each item. `today` (YYYY-MM-DD) decides whether the next
 * review is past.
 */
export function checkPlan(
  plan: Plan,
  labelOf: LabelOf = (id) => id,
  today: string = localToday(),
): Finding[] {
  const ctx = context(plan, labelOf, today);
  const found = ALL_RULES.flatMap((rule) => rule(plan, ctx));
  // Array.prototype.sort is stable, so plan order survives within a step and severity.
  return found.sort(
    (a, b) => a.step - b.step || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
  );
}
