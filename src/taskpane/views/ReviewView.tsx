// The account review, a focused view of the plan: the actions to tick off (done, dropped; a late
// one stays in progress and shows as late), each goal's current value and traffic light, who
// took part and what was said — then "Complete review", one undoable edit that keeps a snapshot
// of the plan in the plan, wherever the plan lives.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import {
  diffPlans,
  isCalendarDate,
  isUnchanged,
  lastReview,
  snapshotOf,
  STATUS_NAMES,
  STATUSES,
  today,
  type Action,
  type Goal,
  type Status,
} from '../../plan';
import { formatDay } from '../../story/format';
import { DateField, FieldStack, SelectField, TextField } from '../components/fields';
import { useViewStyles } from '../components/styles';
import { fill, TEXTS } from '../i18n/texts';
import { useCommands, useLabels, useLanguage, usePlan } from '../state/contexts';
import { byDue, isOverdue } from '../steps/actions/order';
import { GoalProgressFields } from '../steps/goals/GoalsStep';
import { NextReviewField } from './OverviewView';

const useStyles = makeStyles({
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  meta: { color: tokens.colorNeutralForeground2 },
  late: { color: tokens.colorPaletteRedForeground1 },
  complete: { alignSelf: 'flex-start' },
});

function ReviewAction({ action, on }: { readonly action: Action; readonly on: string }) {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const labels = useLabels();
  const { edit } = useCommands();
  const label = labels.get(action.id) ?? action.id;
  const late = isOverdue(action, on);
  const statuses = useMemo(
    () => STATUSES.map((status) => ({ value: status, text: STATUS_NAMES[status][language] })),
    [language],
  );
  return (
    <li className={view.box}>
      <Body1 className={styles.title}>
        <span className={styles.label}>{label}</span>
        <span>{action.what.trim() || TEXTS.untitled[language]}</span>
        {late && (
          <Badge size="small" appearance="filled" color="danger">
            {TEXTS.overdue[language]}
          </Badge>
        )}
      </Body1>
      <Caption1 className={styles.meta}>
        {[action.who.trim(), action.due === '' ? '' : formatDay(action.due, language)]
          .filter((part) => part !== '')
          .join(' · ')}
      </Caption1>
      <SelectField
        itemId={action.id}
        field="review-status"
        label={fill(TEXTS.reviewStatusOf[language], { label })}
        value={action.status ?? 'open'}
        choices={statuses}
        onChange={(status) =>
          status !== '' &&
          edit({ type: 'update', collection: 'actions', id: action.id, patch: { status } })
        }
      />
      {late && <Caption1 className={styles.late}>{TEXTS.reviewLateKept[language]}</Caption1>}
    </li>
  );
}

function ReviewGoal({ goal }: { readonly goal: Goal }) {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const labels = useLabels();
  const label = labels.get(goal.id) ?? goal.id;
  return (
    <li className={view.box}>
      <Body1 className={styles.title}>
        <span className={styles.label}>{label}</span>
        <span>{goal.title.trim() || TEXTS.untitled[language]}</span>
      </Body1>
      <Caption1 className={styles.meta}>
        {[
          goal.target.trim() === ''
            ? ''
            : fill(TEXTS.reviewTarget[language], { target: goal.target }),
          (goal.baseline ?? '').trim() === ''
            ? ''
            : fill(TEXTS.reviewBaseline[language], { baseline: goal.baseline ?? '' }),
        ]
          .filter((part) => part !== '')
          .join(' · ')}
      </Caption1>
      <GoalProgressFields goal={goal} labelled={label} />
    </li>
  );
}

/** What changed since the last review's snapshot: the counts and the actions' statuses. */
function SinceLast() {
  const view = useViewStyles();
  const language = useLanguage();
  const plan = usePlan();
  const labels = useLabels();
  const headingId = useId();
  const last = lastReview(plan);
  const snapshot = last?.snapshot;
  const diff = useMemo(
    () => (snapshot ? diffPlans(snapshot, snapshotOf(plan)) : undefined),
    [snapshot, plan],
  );
  if (!last || !diff) return null;
  const count = (change: 'added' | 'removed' | 'changed') =>
    diff.items.filter((item) => item.change === change).length;
  const status = (value: string) =>
    (STATUSES as readonly string[]).includes(value)
      ? STATUS_NAMES[value as Status][language]
      : value;
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={view.heading}>
        {fill(TEXTS.sinceHeading[language], { date: formatDay(last.date, language) })}
      </Subtitle2>
      <Body1>
        {isUnchanged(diff)
          ? TEXTS.sinceNothing[language]
          : fill(TEXTS.sinceCounts[language], {
              added: count('added'),
              removed: count('removed'),
              // A changed summary, message title or account field counts as a change too.
              changed: count('changed') + diff.plan.length,
            })}
      </Body1>
      {diff.statuses.length > 0 && (
        <ul className={view.list} aria-labelledby={headingId}>
          {diff.statuses.map((change) => (
            <li key={change.id}>
              <Caption1>
                {fill(TEXTS.sinceStatus[language], {
                  label: labels.get(change.id) ?? change.id,
                  before: status(change.before),
                  after: status(change.after),
                })}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PastReviews() {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const plan = usePlan();
  const headingId = useId();
  const reviews = plan.reviews ?? [];
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={view.heading}>
        {TEXTS.pastReviews[language]}
      </Subtitle2>
      {reviews.length === 0 ? (
        <Caption1 className={view.empty}>{TEXTS.noPastReviews[language]}</Caption1>
      ) : (
        <ul className={view.list} aria-labelledby={headingId}>
          {[...reviews].reverse().map((review) => (
            <li key={review.id}>
              <Body1>
                {fill(TEXTS.pastReview[language], {
                  date: formatDay(review.date, language),
                  participants:
                    review.participants && review.participants.length > 0
                      ? review.participants.join(', ')
                      : TEXTS.noParticipants[language],
                })}
              </Body1>
              {review.notes && <Caption1 className={styles.meta}>{review.notes}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReviewView() {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { edit, announce } = useCommands();
  const headingId = useId();
  const actionsId = useId();
  const goalsId = useId();
  const on = today();
  const [date, setDate] = useState(on);
  const [participants, setParticipants] = useState('');
  const [notes, setNotes] = useState('');
  const actions = useMemo(() => byDue(plan.actions), [plan.actions]);
  const valid = isCalendarDate(date);

  const complete = () => {
    if (!valid) return;
    edit({
      type: 'complete-review',
      record: {
        date,
        participants: participants.split(/[,;\n]/),
        notes,
      },
    });
    setParticipants('');
    setNotes('');
    announce(fill(TEXTS.reviewCompleted[language], { date: formatDay(date, language) }));
  };

  return (
    <section className={view.frame} aria-labelledby={headingId}>
      <div className={view.head}>
        <Subtitle2 as="h2" id={headingId} className={view.heading}>
          {TEXTS.reviewHeading[language]}
        </Subtitle2>
        <Body1 className={view.hint}>{TEXTS.reviewHint[language]}</Body1>
      </div>
      <SinceLast />
      <section className={view.section} aria-labelledby={actionsId}>
        <Subtitle2 as="h3" id={actionsId} className={view.heading}>
          {TEXTS.reviewActions[language]}
        </Subtitle2>
        {actions.length === 0 ? (
          <Caption1 className={view.empty}>{TEXTS.reviewNoActions[language]}</Caption1>
        ) : (
          <ul className={view.list} aria-labelledby={actionsId}>
            {actions.map((action) => (
              <ReviewAction key={action.id} action={action} on={on} />
            ))}
          </ul>
        )}
      </section>
      <section className={view.section} aria-labelledby={goalsId}>
        <Subtitle2 as="h3" id={goalsId} className={view.heading}>
          {TEXTS.reviewGoals[language]}
        </Subtitle2>
        {plan.goals.length === 0 ? (
          <Caption1 className={view.empty}>{TEXTS.reviewNoGoals[language]}</Caption1>
        ) : (
          <ul className={view.list} aria-labelledby={goalsId}>
            {plan.goals.map((goal) => (
              <ReviewGoal key={goal.id} goal={goal} />
            ))}
          </ul>
        )}
      </section>
      <FieldStack>
        <DateField
          itemId="review"
          field="date"
          label={TEXTS.reviewDate[language]}
          value={date}
          onChange={setDate}
        />
        <TextField
          itemId="review"
          field="participants"
          label={TEXTS.reviewParticipants[language]}
          hint={TEXTS.reviewParticipantsHint[language]}
          value={participants}
          onChange={setParticipants}
        />
        <TextField
          itemId="review"
          field="notes"
          label={TEXTS.reviewNotes[language]}
          multiline
          value={notes}
          onChange={setNotes}
        />
        {/* Set at the review, as the meeting closes: the next one. */}
        <NextReviewField />
        <Button
          className={styles.complete}
          appearance="primary"
          icon={<CheckmarkRegular />}
          disabledFocusable={!valid}
          onClick={complete}
        >
          {TEXTS.completeReview[language]}
        </Button>
      </FieldStack>
      <PastReviews />
    </section>
  );
}
