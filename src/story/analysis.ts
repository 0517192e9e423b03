// Steps 1–3: the facts by area, the open questions, what the facts mean ("so what?") and the
// focus on the top 5 opportunities and risks.
import { AREAS, LEVELS, type FocusItem, type Level, type Step } from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';
import { closingActions, dueText, moneyText, refs, textOr, type StoryContext } from './context';
import type { Labelled } from './labels';
import type { Block, ListBlock, ListItem, Part, TableCell } from './outline';
import { labelList } from './typography';

/** Opportunities and risks beyond this rank are shown, but marked: the method keeps five. */
const TOP = 5;

export function stepSubtitle(context: StoryContext, step: Step): string {
  return context.t.step(step, STEP_NAMES[step][context.language]);
}

export function factsPart(context: StoryContext): Part {
  const { plan, t, labels } = context;
  const cited = new Set(plan.soWhats.flatMap((s) => s.factIds));
  const blocks: Block[] = [];
  for (const area of AREAS) {
    const facts = labels.facts.all.filter((f) => f.item.area === area);
    if (facts.length === 0) continue;
    blocks.push({
      kind: 'list',
      title: t.areas[area],
      items: facts.map(({ label, item }): ListItem => {
        const source = item.source?.trim() ? { detail: t.facts.source(item.source) } : {};
        const blank = item.text.trim() === '';
        const warning = blank ? t.missing.text : cited.has(item.id) ? undefined : t.facts.unused;
        return {
          label,
          text: textOr(item.text, t.missing.text),
          ...source,
          ...(warning ? { warning } : {}),
        };
      }),
    });
  }
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', tone: 'warning', text: t.facts.none });
  return {
    step: 1,
    key: 'facts',
    title: t.facts.title,
    subtitle: stepSubtitle(context, 1),
    blocks,
  };
}

export function gapsPart(context: StoryContext): Part {
  const { t, labels } = context;
  const blocks: Block[] = [];
  if (labels.gaps.all.length === 0) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.gaps.none });
  } else {
    blocks.push({ kind: 'paragraph', tone: 'lead', text: t.gaps.lead });
    blocks.push({
      kind: 'list',
      items: labels.gaps.all.map(({ label, item }): ListItem => {
        // The closing action by label, owner and date: its full text stands in the action plan.
        const closing = closingActions(context, item).map(
          (a) =>
            `${a.label} (${textOr(a.item.who, t.missing.owner)}, ${dueText(context, a.item.due)})`,
        );
        const area = t.areas[item.area];
        return {
          label,
          text: textOr(item.question, t.missing.text),
          detail: closing.length > 0 ? `${area} · ${t.gaps.closedBy} ${closing.join(' · ')}` : area,
          ...(closing.length === 0 ? { warning: t.gaps.notClosed } : {}),
        };
      }),
    });
  }
  return {
    step: 1,
    key: 'gaps',
    title: t.gaps.title,
    subtitle: stepSubtitle(context, 1),
    blocks,
  };
}

export function soWhatsPart(context: StoryContext): Part {
  const { t, labels } = context;
  const items = labels.soWhats.all.map(({ label, item }): ListItem => {
    const kind = t.kinds[item.kind];
    const from = refs(context, item.factIds, labels.facts.get);
    return {
      label,
      text: textOr(item.text, t.missing.text),
      detail: from === '' ? kind : `${kind} · ${t.soWhats.from(from)}`,
      ...(item.factIds.length === 0 ? { warning: t.soWhats.noFact } : {}),
    };
  });
  return {
    step: 2,
    key: 'so-whats',
    title: t.soWhats.title,
    subtitle: stepSubtitle(context, 2),
    blocks:
      items.length === 0
        ? [{ kind: 'paragraph', tone: 'warning', text: t.soWhats.none }]
        : [{ kind: 'list', items }],
  };
}

function focusList(
  context: StoryContext,
  title: string,
  entries: readonly Labelled<FocusItem>[],
): ListBlock & { title: string } {
  const { t, labels } = context;
  const items = entries.map(({ label, item }, rank): ListItem => {
    const from = refs(context, item.soWhatIds, labels.soWhats.get);
    const goals = labels.goals.all.filter((g) => g.item.basedOn.includes(item.id));
    // "aus SW2 · SW8 → Z1": where it comes from and which goal takes it up, as labels.
    const thread = [
      from === '' ? '' : t.focus.from(from),
      goals.length === 0 ? '' : t.focus.addressedBy(labelList(goals.map((g) => g.label))),
    ]
      .filter((d) => d !== '')
      .join(' ');
    // The value is a fact of its own, not a step of the thread: set apart.
    const detail = [
      thread,
      item.value === undefined ? '' : t.matrix.value(moneyText(context, item.value)),
    ]
      .filter((d) => d !== '')
      .join(' · ');
    const warnings = [
      rank >= TOP ? t.focus.beyondTop : '',
      item.soWhatIds.length === 0 ? t.focus.noSoWhat : '',
    ].filter((w) => w !== '');
    return {
      label,
      text: textOr(item.title, t.missing.text),
      ...(detail === '' ? {} : { detail }),
      ...(warnings.length > 0 ? { warning: warnings.join(' · ') } : {}),
      ...(goals.length === 0 && rank < TOP && !context.customer
        ? { note: t.focus.notAddressed }
        : {}),
    };
  });
  return {
    kind: 'list',
    title,
    items: items.length > 0 ? items : [{ text: t.focus.none }],
  };
}

export function focusPart(context: StoryContext): Part {
  const { t, labels } = context;
  return {
    step: 3,
    key: 'focus',
    title: context.customer ? t.focus.customerTitle : t.focus.title,
    subtitle: stepSubtitle(context, 3),
    // The customer's version holds no risks: the opportunities stand alone.
    blocks: context.customer
      ? [focusList(context, t.focus.opportunities, labels.opportunities.all)]
      : [
          {
            kind: 'two-column',
            left: focusList(context, t.focus.opportunities, labels.opportunities.all),
            right: focusList(context, t.focus.risks, labels.risks.all),
          },
        ],
  };
}

/**
 * Step 3, after the lists: the top 5 opportunities and top 5 risks placed by impact (rows, high
 * first) and likelihood (columns), by label and with their value where given; the ones not yet
 * rated on both named under the grid. Told only when at least one item is rated: a plan that
 * rates nothing would get a grid of empty cells.
 */
export function matrixPart(context: StoryContext): Part | undefined {
  const { t, labels } = context;
  const top = [...labels.opportunities.all.slice(0, TOP), ...labels.risks.all.slice(0, TOP)];
  const rated = top.filter((e) => e.item.impact !== undefined && e.item.likelihood !== undefined);
  const all = [...labels.opportunities.all, ...labels.risks.all];
  if (!all.some((e) => e.item.impact !== undefined || e.item.likelihood !== undefined)) {
    return undefined;
  }
  const entry = ({ label, item }: Labelled<FocusItem>): string =>
    item.value === undefined ? label : `${label} (${moneyText(context, item.value)})`;
  const cell = (impact: Level, likelihood: Level): TableCell => {
    const here = rated.filter((e) => e.item.impact === impact && e.item.likelihood === likelihood);
    const [first, ...rest] = here.map(entry);
    if (first === undefined) return { text: '' };
    return {
      text: first,
      tone: 'strong',
      ...(rest.length > 0
        ? { lines: rest.map((text) => ({ text, tone: 'strong' as const })) }
        : {}),
    };
  };
  const impacts = [...LEVELS].reverse();
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      tone: 'lead',
      text: context.customer ? t.matrix.customerLead : t.matrix.lead,
    },
    {
      kind: 'table',
      columns: [
        { header: t.matrix.impact, weight: 2 },
        ...LEVELS.map((l) => ({ header: t.matrix.likelihood(t.levels[l]), weight: 3 })),
      ],
      rows: impacts.map((impact): TableCell[] => [
        { text: t.levels[impact], tone: 'strong' },
        ...LEVELS.map((likelihood) => cell(impact, likelihood)),
      ]),
    },
  ];
  const unrated = top.filter((e) => !rated.includes(e)).map((e) => e.label);
  if (unrated.length > 0) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.matrix.notRated(labelList(unrated)) });
  }
  return {
    step: 3,
    key: 'matrix',
    title: context.customer ? t.matrix.customerTitle : t.matrix.title,
    subtitle: stepSubtitle(context, 3),
    blocks,
  };
}
