// Step 1, collect data: the facts by area with their sources, the data swamp meter, and the
// gaps — what we don't know yet but should — each of which becomes an action at once.
import {
  Badge,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { memo, useId, useMemo, useState } from 'react';
import {
  AREA_NAMES,
  AREAS,
  ATTITUDES,
  BUYING_ROLES,
  type Area,
  type Attitude,
  type BuyingRole,
  type Fact,
  type Gap,
  type Person,
} from '../../../plan';
import {
  DateField,
  FieldStack,
  FOCUS_ATTRIBUTE,
  focusKey,
  SelectField,
  TextField,
} from '../../components/fields';
import { AddButton } from '../../components/AddButton';
import { ItemList, type ItemEditorProps } from '../../components/ItemList';
import { InternalField, useLevelChoices } from '../../components/commonFields';
import { fill, TEXTS } from '../../i18n/texts';
import { useCommands, useDerived, useLabels, useLanguage, usePlan } from '../../state/contexts';
import { LABEL_PREFIXES } from '../../../story/labels';
import { StepFrame } from '../StepFrame';
import { addressing, relationshipGap } from './relationship';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  areaHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    gap: tokens.spacingHorizontalS,
  },
  count: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  add: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  meter: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  closeForm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  closed: { color: tokens.colorPaletteGreenForeground1 },
  gapText: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

function useAreaChoices() {
  const language = useLanguage();
  return useMemo(
    () => AREAS.map((area) => ({ value: area, text: AREA_NAMES[area][language] })),
    [language],
  );
}

const FactEditor = memo(function FactEditor({ item }: ItemEditorProps<Fact>) {
  const language = useLanguage();
  const { edit } = useCommands();
  const areas = useAreaChoices();
  const update = (patch: Partial<Fact>, field: string) =>
    edit({ type: 'update', collection: 'facts', id: item.id, patch }, `${item.id}:${field}`);
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="text"
        label={TEXTS.factText[language]}
        multiline
        value={item.text}
        onChange={(text) => update({ text }, 'text')}
      />
      <SelectField
        itemId={item.id}
        field="area"
        label={TEXTS.factArea[language]}
        value={item.area}
        choices={areas}
        onChange={(area) => area !== '' && update({ area }, 'area')}
      />
      <TextField
        itemId={item.id}
        field="source"
        label={TEXTS.factSource[language]}
        placeholder={TEXTS.factSourceHint[language]}
        value={item.source ?? ''}
        // An emptied source is no source: the field leaves the file.
        onChange={(source) => update({ source: source === '' ? undefined : source }, 'source')}
      />
      <InternalField collection="facts" item={item} />
    </FieldStack>
  );
});

function factSummary(fact: Fact): string {
  return fact.source ? `${fact.text} — ${fact.source}` : fact.text;
}

function AreaFacts({ area, facts }: { readonly area: Area; readonly facts: readonly Fact[] }) {
  const styles = useStyles();
  const language = useLanguage();
  const { add } = useCommands();
  const headingId = useId();
  const name = AREA_NAMES[area][language];
  return (
    <div className={styles.section}>
      <h4 id={headingId} className={styles.areaHeading}>
        {name}
        <span className={styles.count}>({facts.length})</span>
      </h4>
      <ItemList
        collection="facts"
        items={facts}
        summary={factSummary}
        Editor={FactEditor}
        labelledBy={headingId}
        emptyText={TEXTS.noItems_facts[language]}
        footer={
          <AddButton className={styles.add} onClick={() => add('facts', { area }, 'text')}>
            {fill(TEXTS.addFactIn[language], { area: name })}
          </AddButton>
        }
      />
    </div>
  );
}

function SwampMeter({ total, unused }: { readonly total: number; readonly unused: number }) {
  const styles = useStyles();
  const language = useLanguage();
  const used = total - unused;
  return (
    <Field
      className={styles.meter}
      label={TEXTS.swampHeading[language]}
      hint={
        total === 0
          ? TEXTS.swampNone[language]
          : unused > 0
            ? fill(TEXTS.swampUnused[language], { n: unused })
            : TEXTS.swampNone[language]
      }
      validationState={unused > 0 ? 'warning' : total > 0 ? 'success' : 'none'}
      validationMessage={total > 0 ? fill(TEXTS.swampMeter[language], { used, total }) : undefined}
    >
      <ProgressBar
        value={total === 0 ? 0 : used / total}
        color={unused > 0 ? 'warning' : 'success'}
        thickness="large"
      />
    </Field>
  );
}

/** The action that closes a gap, if any. */
function useClosingAction(gapId: string) {
  const plan = usePlan();
  return plan.actions.find((a) => a.gapId === gapId);
}

const GapEditor = memo(function GapEditor({ item }: ItemEditorProps<Gap>) {
  const styles = useStyles();
  const language = useLanguage();
  const labels = useLabels();
  const { edit, add, announce } = useCommands();
  const areas = useAreaChoices();
  const closing = useClosingAction(item.id);
  const [asking, setAsking] = useState(false);
  const [who, setWho] = useState('');
  const [due, setDue] = useState('');
  const [what, setWhat] = useState('');
  const label = labels.get(item.id) ?? item.id;
  const update = (patch: Partial<Gap>, field: string) =>
    edit({ type: 'update', collection: 'gaps', id: item.id, patch }, `${item.id}:${field}`);
  const open = () => {
    setWhat(fill(TEXTS.gapActionWhat[language], { question: item.question.trim() }));
    setAsking(true);
  };
  const plan = usePlan();
  const create = () => {
    // Appended to the actions, so it takes the next action label.
    const next = `${LABEL_PREFIXES[language].actions}${plan.actions.length + 1}`;
    const id = add('actions', { what, who, due, gapId: item.id }, false);
    setAsking(false);
    if (id) announce(fill(TEXTS.gapActionCreated[language], { label: next }));
  };
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="question"
        label={TEXTS.gapQuestion[language]}
        multiline
        value={item.question}
        onChange={(question) => update({ question }, 'question')}
      />
      <SelectField
        itemId={item.id}
        field="area"
        label={TEXTS.gapArea[language]}
        value={item.area}
        choices={areas}
        onChange={(area) => area !== '' && update({ area }, 'area')}
      />
      {closing ? (
        <Caption1 className={styles.closed}>
          {fill(TEXTS.gapClosedBy[language], { label: labels.get(closing.id) ?? closing.id })}
        </Caption1>
      ) : asking ? (
        <div
          className={styles.closeForm}
          role="group"
          aria-label={fill(TEXTS.gapActionTitle[language], { label })}
        >
          <Subtitle2 as="h4">{fill(TEXTS.gapActionTitle[language], { label })}</Subtitle2>
          <TextField
            itemId={item.id}
            field="close-what"
            label={TEXTS.actionWhat[language]}
            value={what}
            onChange={setWhat}
          />
          <TextField
            itemId={item.id}
            field="close-who"
            label={TEXTS.actionWho[language]}
            value={who}
            onChange={setWho}
          />
          <DateField
            itemId={item.id}
            field="close-due"
            label={TEXTS.actionDue[language]}
            value={due}
            onChange={setDue}
          />
          <div className={styles.row}>
            <Button appearance="primary" onClick={create}>
              {TEXTS.gapActionCreate[language]}
            </Button>
            <Button onClick={() => setAsking(false)}>{TEXTS.cancel[language]}</Button>
          </div>
        </div>
      ) : (
        <Button
          className={styles.add}
          icon={<AddRegular />}
          {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'plan-action') }}
          onClick={open}
        >
          {TEXTS.gapPlanAction[language]}
        </Button>
      )}
      <InternalField collection="gaps" item={item} />
    </FieldStack>
  );
});

const BUYING_ROLE_TEXT = {
  'decision-maker': TEXTS.buying_decisionMaker,
  influencer: TEXTS.buying_influencer,
  user: TEXTS.buying_user,
  gatekeeper: TEXTS.buying_gatekeeper,
  coach: TEXTS.buying_coach,
} as const satisfies Record<BuyingRole, unknown>;

const ATTITUDE_TEXT = {
  supporter: TEXTS.attitude_supporter,
  neutral: TEXTS.attitude_neutral,
  critic: TEXTS.attitude_critic,
  unknown: TEXTS.attitude_unknown,
} as const satisfies Record<Attitude, unknown>;

/** The sentence that names a person's relationship gap, or undefined when there is none. */
function useRelationshipGap(person: Person): string | undefined {
  const language = useLanguage();
  const plan = usePlan();
  const reason = relationshipGap(person, plan.actions);
  if (reason === undefined) return undefined;
  return fill(TEXTS.relationshipGapText[language], {
    name: person.name.trim() || TEXTS.untitled[language],
    why: (reason === 'decider' ? TEXTS.relationshipWhyDecider : TEXTS.relationshipWhyCritic)[
      language
    ],
  });
}

const PersonEditor = memo(function PersonEditor({ item }: ItemEditorProps<Person>) {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const labels = useLabels();
  const { edit, add } = useCommands();
  const levels = useLevelChoices();
  const gap = useRelationshipGap(item);
  const shownName = item.name.trim() || (labels.get(item.id) ?? item.id);
  const roles = useMemo(
    () => BUYING_ROLES.map((role) => ({ value: role, text: BUYING_ROLE_TEXT[role][language] })),
    [language],
  );
  const attitudes = useMemo(
    () => ATTITUDES.map((value) => ({ value, text: ATTITUDE_TEXT[value][language] })),
    [language],
  );
  const addressedBy = addressing(item, plan.actions);
  const update = (patch: Partial<Person>, field: string) =>
    edit({ type: 'update', collection: 'people', id: item.id, patch }, `${item.id}:${field}`);
  // An emptied optional text is no text: the field leaves the file.
  const text = (field: 'role' | 'ourContact' | 'note') => (value: string) =>
    update({ [field]: value === '' ? undefined : value }, field);
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="name"
        label={TEXTS.personName[language]}
        value={item.name}
        onChange={(name) => update({ name }, 'name')}
      />
      <TextField
        itemId={item.id}
        field="role"
        label={TEXTS.personRole[language]}
        value={item.role ?? ''}
        onChange={text('role')}
      />
      <SelectField
        itemId={item.id}
        field="buyingRole"
        label={TEXTS.personBuyingRole[language]}
        value={item.buyingRole ?? ''}
        none={TEXTS.notSet[language]}
        choices={roles}
        onChange={(buyingRole) =>
          update({ buyingRole: buyingRole === '' ? undefined : buyingRole }, 'buyingRole')
        }
      />
      <SelectField
        itemId={item.id}
        field="influence"
        label={TEXTS.personInfluence[language]}
        value={item.influence ?? ''}
        none={TEXTS.notSet[language]}
        choices={levels}
        onChange={(influence) =>
          update({ influence: influence === '' ? undefined : influence }, 'influence')
        }
      />
      <SelectField
        itemId={item.id}
        field="attitude"
        label={TEXTS.personAttitude[language]}
        value={item.attitude ?? ''}
        none={TEXTS.notSet[language]}
        choices={attitudes}
        onChange={(attitude) =>
          update({ attitude: attitude === '' ? undefined : attitude }, 'attitude')
        }
      />
      <TextField
        itemId={item.id}
        field="ourContact"
        label={TEXTS.personOurContact[language]}
        value={item.ourContact ?? ''}
        onChange={text('ourContact')}
      />
      <TextField
        itemId={item.id}
        field="note"
        label={TEXTS.personNote[language]}
        multiline
        value={item.note ?? ''}
        onChange={text('note')}
      />
      <InternalField collection="people" item={item} />
      {gap !== undefined ? (
        <>
          <Caption1 className={styles.gapText} role="note">
            {gap}
          </Caption1>
          {/* The action opens in step 6, addressed to this person, for the rest to be said. */}
          <Button
            className={styles.add}
            icon={<AddRegular />}
            {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'plan-action') }}
            onClick={() =>
              add(
                'actions',
                {
                  what: fill(TEXTS.actionForPersonWhat[language], { name: shownName }),
                  personIds: [item.id],
                },
                'who',
              )
            }
          >
            {fill(TEXTS.planActionFor[language], { name: shownName })}
          </Button>
        </>
      ) : (
        addressedBy.length > 0 && (
          <Caption1 className={styles.closed}>
            {fill(TEXTS.addressedBy[language], {
              labels: addressedBy.map((a) => labels.get(a.id) ?? a.id).join(', '),
            })}
          </Caption1>
        )
      )}
    </FieldStack>
  );
});

/** The row's mark for a person whom the plan leaves without a relationship. */
const GapBadge = memo(function GapBadge({ item }: ItemEditorProps<Person>) {
  const language = useLanguage();
  const plan = usePlan();
  if (relationshipGap(item, plan.actions) === undefined) return null;
  return (
    <Badge size="small" appearance="tint" color="warning">
      {TEXTS.relationshipGap[language]}
    </Badge>
  );
});

function personSummary(person: Person): string {
  return [person.name, person.role ?? ''].filter((part) => part.trim() !== '').join(' — ');
}

function People() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { add } = useCommands();
  const headingId = useId();
  return (
    <div className={styles.section}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {TEXTS.peopleHeading[language]}
      </Subtitle2>
      <Caption1>{TEXTS.peopleHint[language]}</Caption1>
      <ItemList
        collection="people"
        items={plan.people}
        summary={personSummary}
        Editor={PersonEditor}
        Extra={GapBadge}
        labelledBy={headingId}
        emptyText={TEXTS.noItems_people[language]}
        footer={
          <AddButton className={styles.add} onClick={() => add('people', {}, 'name')}>
            {TEXTS.add_people[language]}
          </AddButton>
        }
      />
    </div>
  );
}

export default function CollectStep() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const derived = useDerived();
  const { add } = useCommands();
  const gapsId = useId();
  const byArea = useMemo(() => {
    const groups = new Map<Area, Fact[]>(AREAS.map((area) => [area, []]));
    for (const fact of plan.facts) groups.get(fact.area)?.push(fact);
    return groups;
  }, [plan.facts]);
  const unused = derived?.unusedFacts.length ?? 0;

  return (
    <StepFrame step={1}>
      <div className={styles.section}>
        <SwampMeter total={plan.facts.length} unused={unused} />
        {AREAS.map((area) => (
          <AreaFacts key={area} area={area} facts={byArea.get(area) ?? []} />
        ))}
        <div className={styles.section}>
          <Subtitle2 as="h3" id={gapsId} className={styles.heading}>
            {TEXTS.gapsHeading[language]}
          </Subtitle2>
          <ItemList
            collection="gaps"
            items={plan.gaps}
            summary={(gap: Gap) => gap.question}
            Editor={GapEditor}
            labelledBy={gapsId}
            emptyText={TEXTS.noItems_gaps[language]}
            footer={
              <AddButton className={styles.add} onClick={() => add('gaps', {}, 'question')}>
                {TEXTS.add_gaps[language]}
              </AddButton>
            }
          />
        </div>
        <People />
      </div>
    </StepFrame>
  );
}
