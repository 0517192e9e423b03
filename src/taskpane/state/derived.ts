// What the pane shows about a plan besides its fields: the labels the documents use, the
// red-thread findings, and per step its state and counts. Pure and computed once per plan and
// language (the pane memoises it and computes it off the keystroke path).
import {
  checkPlan,
  STEPS,
  type Collection,
  type Finding,
  type Language,
  type Plan,
  type Step,
} from '../../plan';
import { labelPlan } from '../../story/labels';

export type StepState = 'empty' | 'in-progress' | 'complete';

export interface StepSummary {
  readonly state: StepState;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly findings: readonly Finding[];
}

/** The collections each step edits, in the order the step shows them. */
export const STEP_COLLECTIONS: Readonly<Record<Step, readonly Collection[]>> = {
  1: ['facts', 'gaps'],
  2: ['soWhats'],
  3: ['opportunities', 'risks'],
  4: ['goals'],
  5: ['strategies'],
  6: ['actions'],
};

/** The step whose view edits items of a collection. */
export const HOME_STEP: Readonly<Record<Collection, Step>> = {
  facts: 1,
  gaps: 1,
  people: 1,
  soWhats: 2,
  opportunities: 3,
  risks: 3,
  goals: 4,
  strategies: 5,
  actions: 6,
};

export interface Derived {
  readonly language: Language;
  /** The documents' label of each item (F1, S2, O1 / C1 …), by id. */
  readonly labels: ReadonlyMap<string, string>;
  /** The collection each id belongs to. */
  readonly homes: ReadonlyMap<string, Collection>;
  readonly findings: readonly Finding[];
  /** Findings that name an item, by its id. */
  readonly byItem: ReadonlyMap<string, readonly Finding[]>;
  readonly steps: Readonly<Record<Step, StepSummary>>;
  /** Facts that no so-what cites: the data swamp. */
  readonly unusedFacts: readonly string[];
}

/** The documents' label of every item, by id: cheap enough to compute on every keystroke. */
export function labelsOf(plan: Plan, language: Language): Map<string, string> {
  const labelled = labelPlan(plan, language);
  const labels = new Map<string, string>();
  for (const collection of Object.keys(labelled) as Collection[]) {
    for (const { label, item } of labelled[collection].all) {
      if (!labels.has(item.id)) labels.set(item.id, label);
    }
  }
  return labels;
}

export function derive(plan: Plan, language: Language): Derived {
  const labelled = labelPlan(plan, language);
  const labels = new Map<string, string>();
  const homes = new Map<string, Collection>();
  for (const collection of Object.keys(labelled) as Collection[]) {
    for (const { label, item } of labelled[collection].all) {
      if (!labels.has(item.id)) labels.set(item.id, label);
      if (!homes.has(item.id)) homes.set(item.id, collection);
    }
  }
  // The messages name items as the pane shows them, in each language.
  const otherLabels = labelsOf(plan, language === 'de' ? 'en' : 'de');
  const findings = checkPlan(
    plan,
    (id, lang) => (lang === language ? labels : otherLabels).get(id) ?? id,
  );
  const byItem = new Map<string, Finding[]>();
  for (const finding of findings) {
    for (const id of finding.ids) {
      const list = byItem.get(id);
      if (list) list.push(finding);
      else byItem.set(id, [finding]);
    }
  }
  const steps = Object.fromEntries(
    STEPS.map((step) => {
      const own = findings.filter((f) => f.step === step);
      const count = (severity: Finding['severity']) =>
        own.filter((f) => f.severity === severity).length;
      const errors = count('error');
      const warnings = count('warning');
      const empty = STEP_COLLECTIONS[step].every((c) => plan[c].length === 0);
      const summary: StepSummary = {
        state: empty ? 'empty' : errors + warnings === 0 ? 'complete' : 'in-progress',
        errors,
        warnings,
        infos: count('info'),
        findings: own,
      };
      return [step, summary];
    }),
  ) as Record<Step, StepSummary>;
  const cited = new Set(plan.soWhats.flatMap((s) => s.factIds));
  return {
    language,
    labels,
    homes,
    findings,
    byItem,
    steps,
    unusedFacts: plan.facts.filter((f) => !cited.has(f.id)).map((f) => f.id),
  };
}
