// Step 1, after the data gaps: the buying centre — who decides, who influences, who is for us and
// who against — as a grid of influence (rows, high first) by attitude (columns). Each person with
// their role, their buying role and our contact to them. A relationship gap is a decision-maker,
// or a critic of high influence, whom no action of the plan addresses (`personIds`): marked in
// the grid and named under it. Told only when the plan has people.
import { ATTITUDES, LEVELS, type Attitude, type Level, type Person } from '../plan/schema';
import { stepSubtitle } from './analysis';
import { isBlank, isDropped, textOr, type StoryContext } from './context';
import type { Labelled } from './labels';
import type { Block, CellLine, ListItem, Part, TableBlock, TableCell } from './outline';
import { labelled, labelList } from './typography';

/** The actions, not dropped, that address a person; in action-plan order. */
export function addressingActions(context: StoryContext, person: Person): string[] {
  return context.labels.actions.all
    .filter((a) => !isDropped(a.item) && (a.item.personIds ?? []).includes(person.id))
    .map((a) => a.label);
}

/** A person the method says we must reach: a decision-maker, or an influential critic. */
export function isKeyPerson(person: Person): boolean {
  return (
    person.buyingRole === 'decision-maker' ||
    (person.influence === 'high' && person.attitude === 'critic')
  );
}

/** Never in the customer's version: whom we fail to reach is our own judgement. */
export function isRelationshipGap(context: StoryContext, person: Person): boolean {
  return (
    !context.customer && isKeyPerson(person) && addressingActions(context, person).length === 0
  );
}

function personLines(context: StoryContext, { label, item }: Labelled<Person>): CellLine[] {
  const { t } = context;
  const lines: CellLine[] = [
    { text: labelled(label, textOr(item.name, t.missing.text)), tone: 'strong' },
  ];
  const role = [
    isBlank(item.role) ? '' : (item.role ?? ''),
    item.buyingRole === undefined ? '' : t.buyingRoles[item.buyingRole],
  ].filter((r) => r !== '');
  if (role.length > 0) lines.push({ text: role.join(' · '), tone: 'muted' });
  lines.push(
    isBlank(item.ourContact)
      ? { text: t.people.noContact, tone: 'muted' }
      : { text: t.people.contact(item.ourContact ?? ''), tone: 'muted' },
  );
  const actions = addressingActions(context, item);
  if (actions.length > 0) {
    lines.push({ text: t.people.addressedBy(labelList(actions)), tone: 'muted' });
  } else if (isRelationshipGap(context, item)) {
    lines.push({ text: t.people.gap, tone: 'warning' });
  }
  return lines;
}

function gridCell(context: StoryContext, people: readonly Labelled<Person>[]): TableCell {
  const lines = people.flatMap((p) => personLines(context, p));
  const [first, ...rest] = lines;
  if (!first) return { text: '' };
  return { ...first, ...(rest.length > 0 ? { lines: rest } : {}) };
}

/** The people by influence (rows, high first) and attitude (columns). */
function grid(context: StoryContext): TableBlock {
  const { t, labels } = context;
  const attitude = (p: Person): Attitude => p.attitude ?? 'unknown';
  const levels: (Level | undefined)[] = [...LEVELS].reverse();
  if (labels.people.all.some((p) => p.item.influence === undefined)) levels.push(undefined);
  return {
    kind: 'table',
    columns: [
      { header: t.people.influence, weight: 1.6 },
      ...ATTITUDES.map((a) => ({ header: t.attitudes[a], weight: 3 })),
    ],
    rows: levels.map((level): TableCell[] => [
      { text: level === undefined ? t.people.notRated : t.levels[level], tone: 'strong' },
      ...ATTITUDES.map((a) =>
        gridCell(
          context,
          labels.people.all.filter((p) => p.item.influence === level && attitude(p.item) === a),
        ),
      ),
    ]),
  };
}

function listItem(context: StoryContext, person: Labelled<Person>): ListItem {
  // The first line is the name, the list item's own text.
  const rest = personLines(context, person).slice(1);
  const warning = rest.find((l) => l.tone === 'warning');
  const details = rest.filter((l) => l.tone !== 'warning').map((l) => l.text);
  return {
    label: person.label,
    text: textOr(person.item.name, context.t.missing.text),
    ...(details.length > 0 ? { detail: details.join(' · ') } : {}),
    ...(warning ? { warning: warning.text } : {}),
  };
}

export function peoplePart(context: StoryContext): Part | undefined {
  const { t, labels } = context;
  if (labels.people.all.length === 0) return undefined;
  const blocks: Block[] = [];
  // Without any rating (also in the customer's version, which leaves the ratings out) a grid would
  // put everyone in one cell under the words of a rating: the people are listed instead.
  const rated = labels.people.all.some(
    (p) => p.item.influence !== undefined || p.item.attitude !== undefined,
  );
  if (rated) {
    blocks.push({ kind: 'paragraph', tone: 'lead', text: t.people.lead });
    blocks.push(grid(context));
  } else {
    blocks.push({ kind: 'list', items: labels.people.all.map((p) => listItem(context, p)) });
  }
  const gaps = labels.people.all.filter((p) => isRelationshipGap(context, p.item));
  if (gaps.length > 0) {
    blocks.push({
      kind: 'paragraph',
      tone: 'warning',
      text: t.people.gaps(
        gaps.map((g) => labelled(g.label, textOr(g.item.name, t.missing.text))).join(', '),
      ),
    });
  } else if (!context.customer && labels.people.all.some((p) => isKeyPerson(p.item))) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: t.people.noGaps });
  }
  return {
    step: 1,
    key: 'people',
    title: t.people.title,
    subtitle: stepSubtitle(context, 1),
    blocks,
  };
}
