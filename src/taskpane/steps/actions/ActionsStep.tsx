// Step 6, the action plan: who does what by when, for which strategy or data gap, and how far
// it is. Sorted by due date, overdue marked, with a compact preview of the twelve months.
import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { memo, useCallback, useId, useMemo, useRef, useState } from 'react';
import { STATUS_NAMES, STATUSES, today, type Action, type Plan } from '../../../plan';
import {
  DateField,
  FieldStack,
  FOCUS_ATTRIBUTE,
  focusKey,
  SelectField,
  TextField,
  type ChoiceGroup,
} from '../../components/fields';
import { useFocusRequest } from '../../components/focus';
import { AddButton } from '../../components/AddButton';
import { ItemList, type ItemEditorProps } from '../../components/ItemList';
import { ReferencePicker } from '../../components/ReferencePicker';
import { InternalField } from '../../components/commonFields';
import { fill, TEXTS } from '../../i18n/texts';
import { useCommands, useLabels, useLanguage, usePlan } from '../../state/contexts';
import { formatDay } from '../../../story/format';
import { StepFrame } from '../StepFrame';
import { byDue, isOverdue } from './order';
import { Timeline } from './Timeline';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  add: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  missing: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
});

function useForChoices(plan: Plan): ChoiceGroup<string>[] {
  const language = useLanguage();
  const labels = useLabels();
  return useMemo(() => {
    const excerpt = (text: string) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      return clean.length > 50 ? `${clean.slice(0, 49)}…` : clean;
    };
    const goalLabel = new Map(plan.goals.map((g) => [g.id, labels.get(g.id) ?? g.id]));
    return [
      {
        label: TEXTS.actionForStrategy[language],
        choices: plan.strategies.map((s) => ({
          value: `strategy:${s.id}`,
          text: `${labels.get(s.id) ?? s.id} → ${goalLabel.get(s.goalId) ?? ''} ${excerpt(s.text)}`,
        })),
      },
      {
        label: TEXTS.actionForGap[language],
        choices: plan.gaps.map((g) => ({
          value: `gap:${g.id}`,
          text: `${labels.get(g.id) ?? g.id} ${excerpt(g.question)}`,
        })),
      },
    ].filter((group) => group.choices.length > 0);
  }, [plan.strategies, plan.gaps, plan.goals, labels, language]);
}

const ActionEditor = memo(function ActionEditor({ item }: ItemEditorProps<Action>) {
  const language = useLanguage();
  const plan = usePlan();
  const { edit } = useCommands();
  const forChoices = useForChoices(plan);
  const people = useMemo(
    () =>
      plan.people.map((p) => ({
        id: p.id,
        text: [p.name, p.role ?? ''].filter((part) => part.trim() !== '').join(' — '),
      })),
    [plan.people],
  );
  const statuses = useMemo(
    () => STATUSES.map((status) => ({ value: status, text: STATUS_NAMES[status][language] })),
    [language],
  );
  const update = (patch: Partial<Action>, field?: string) =>
    edit(
      { type: 'update', collection: 'actions', id: item.id, patch },
      field === undefined ? undefined : `${item.id}:${field}`,
    );
  const serves = item.strategyId
    ? `strategy:${item.strategyId}`
    : item.gapId
      ? `gap:${item.gapId}`
      : '';
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="what"
        label={TEXTS.actionWhat[language]}
        multiline
        value={item.what}
        onChange={(what) => update({ what }, 'what')}
      />
      <TextField
        itemId={item.id}
        field="who"
        label={TEXTS.actionWho[language]}
        value={item.who}
        onChange={(who) => update({ who }, 'who')}
      />
      <DateField
        itemId={item.id}
        field="start"
        label={TEXTS.actionStart[language]}
        hint={TEXTS.actionStartHint[language]}
        value={item.start ?? ''}
        onChange={(start) => update({ start: start === '' ? undefined : start }, 'start')}
      />
      <DateField
        itemId={item.id}
        field="due"
        label={TEXTS.actionDue[language]}
        value={item.due}
        onChange={(due) => update({ due }, 'due')}
      />
      <SelectField
        itemId={item.id}
        field="for"
        label={TEXTS.actionFor[language]}
        value={serves}
        none={TEXTS.actionForNone[language]}
        choices={forChoices}
        onChange={(value) => {
          const [kind, id] =
            value === ''
              ? []
              : [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
          update({
            strategyId: kind === 'strategy' ? id : undefined,
            gapId: kind === 'gap' ? id : undefined,
          });
        }}
      />
      <SelectField
        itemId={item.id}
        field="status"
        label={TEXTS.actionStatus[language]}
        value={item.status ?? 'open'}
        choices={statuses}
        onChange={(status) => status !== '' && update({ status })}
      />
      <ReferencePicker
        itemId={item.id}
        field="personIds"
        label={TEXTS.actionPeople[language]}
        selected={item.personIds ?? []}
        options={people}
        emptyText={TEXTS.pickerEmpty_people[language]}
        onAdd={(target) =>
          edit({ type: 'link', collection: 'actions', id: item.id, field: 'personIds', target })
        }
        onRemove={(target) =>
          edit({ type: 'unlink', collection: 'actions', id: item.id, field: 'personIds', target })
        }
      />
      <InternalField collection="actions" item={item} />
    </FieldStack>
  );
});

const DueBadge = memo(function DueBadge({ item }: ItemEditorProps<Action>) {
  const language = useLanguage();
  if (isOverdue(item, today())) {
    return (
      <Badge size="small" appearance="filled" color="danger">
        {TEXTS.overdue[language]}
      </Badge>
    );
  }
  if (item.status === 'done') {
    return (
      <Badge size="small" appearance="tint" color="success">
        {STATUS_NAMES.done[language]}
      </Badge>
    );
  }
  if (item.status === 'dropped') {
    return (
      <Badge size="small" appearance="tint" color="informative">
        {STATUS_NAMES.dropped[language]}
      </Badge>
    );
  }
  return null;
});

function useActionSummary(): (action: Action) => string {
  const language = useLanguage();
  return useCallback(
    (action: Action) =>
      [action.due === '' ? '' : formatDay(action.due, language), action.who.trim(), action.what]
        .filter((part) => part !== '')
        .join(' · '),
    [language],
  );
}

export default function ActionsStep() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const labels = useLabels();
  const { add } = useCommands();
  const actionSummary = useActionSummary();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  // The order is taken when the step opens and when actions come or go, not on every date
  // typed: a row that jumps away while it is being edited would take the focus with it.
  const [sortedAt, setSortedAt] = useState(0);
  const idsKey = plan.actions.map((a) => a.id).join('\n');
  const order = useMemo(
    () => byDue(plan.actions).map((a) => a.id),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-sorted on purpose only then
    [idsKey, sortedAt],
  );
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  const items = order.map((id) => byId.get(id)).filter((a): a is Action => a !== undefined);
  const withoutAction = plan.strategies.filter(
    (s) => !plan.actions.some((a) => a.strategyId === s.id),
  );
  const strategyIds = useMemo(() => new Set(withoutAction.map((s) => s.id)), [withoutAction]);
  useFocusRequest(
    root,
    useCallback((id: string) => strategyIds.has(id), [strategyIds]),
  );

  return (
    <StepFrame step={6}>
      <Timeline actions={plan.actions} plan={plan} />
      <div
        ref={root}
        className={styles.section}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) {
            setSortedAt((n) => n + 1);
          }
        }}
      >
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {TEXTS.actionsHeading[language]}
        </Subtitle2>
        <Caption1>{TEXTS.sortedByDue[language]}</Caption1>
        {withoutAction.length > 0 && (
          <div className={styles.missing}>
            {withoutAction.map((strategy) => (
              <Button
                key={strategy.id}
                size="small"
                icon={<AddRegular />}
                {...{ [FOCUS_ATTRIBUTE]: focusKey(strategy.id, 'add-action') }}
                onClick={() => add('actions', { strategyId: strategy.id }, 'what')}
              >
                {fill(TEXTS.addActionFor[language], {
                  label: labels.get(strategy.id) ?? strategy.id,
                })}
              </Button>
            ))}
          </div>
        )}
        <ItemList
          collection="actions"
          items={items}
          summary={actionSummary}
          Editor={ActionEditor}
          Extra={DueBadge}
          labelledBy={headingId}
          emptyText={TEXTS.noItems_actions[language]}
          footer={
            <AddButton className={styles.add} onClick={() => add('actions', {}, 'what')}>
              {TEXTS.add_actions[language]}
            </AddButton>
          }
        />
      </div>
    </StepFrame>
  );
}
