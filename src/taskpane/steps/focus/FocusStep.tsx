// Step 3, focus: the top 5 opportunities and the top 5 risks, each resting on its so-whats,
// ranked by moving them (buttons for the keyboard, dragging for the mouse). A sixth is refused
// with the method's reason.
import {
  Button,
  Caption1,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useId, useMemo, useState } from 'react';
import { ITEM_NOUNS, LIMITS, MAX_OPPORTUNITIES, MAX_RISKS, type FocusItem } from '../../../plan';
import { FieldStack, NumberField, SelectField, TextField } from '../../components/fields';
import { AddButton } from '../../components/AddButton';
import { ItemList, type ItemEditorProps } from '../../components/ItemList';
import { LimitBadge } from '../../components/LimitBadge';
import { ReferencePicker } from '../../components/ReferencePicker';
import { TEXTS } from '../../i18n/texts';
import { useCommands, useLabels, useLanguage, usePlan } from '../../state/contexts';
import { InternalField, useLevelChoices } from '../../components/commonFields';
import { fill } from '../../i18n/texts';
import { StepFrame } from '../StepFrame';

type FocusCollection = 'opportunities' | 'risks';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  take: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, width: '100%' },
  reason: { color: tokens.colorNeutralForeground2 },
  takeRow: { display: 'flex', gap: tokens.spacingHorizontalS, minWidth: 0, width: '100%' },
  takeSelect: { flexGrow: 1, minWidth: 0 },
});

function useSoWhatOptions() {
  const plan = usePlan();
  return useMemo(() => plan.soWhats.map((s) => ({ id: s.id, text: s.text })), [plan.soWhats]);
}

function makeEditor(collection: FocusCollection) {
  return memo(function FocusEditor({ item }: ItemEditorProps<FocusItem>) {
    const language = useLanguage();
    const { edit } = useCommands();
    const soWhats = useSoWhatOptions();
    const levels = useLevelChoices();
    const plan = usePlan();
    const update = (patch: Partial<FocusItem>, field: string) =>
      edit({ type: 'update', collection, id: item.id, patch }, `${item.id}:${field}`);
    return (
      <FieldStack>
        <TextField
          itemId={item.id}
          field="title"
          label={TEXTS.focusTitle[language]}
          multiline
          value={item.title}
          onChange={(title) =>
            edit({ type: 'update', collection, id: item.id, patch: { title } }, `${item.id}:title`)
          }
        />
        <ReferencePicker
          itemId={item.id}
          field="soWhatIds"
          label={TEXTS.focusSoWhats[language]}
          selected={item.soWhatIds}
          options={soWhats}
          emptyText={TEXTS.pickerEmpty_soWhats[language]}
          onAdd={(target) =>
            edit({ type: 'link', collection, id: item.id, field: 'soWhatIds', target })
          }
          onRemove={(target) =>
            edit({ type: 'unlink', collection, id: item.id, field: 'soWhatIds', target })
          }
        />
        <SelectField
          itemId={item.id}
          field="impact"
          label={TEXTS.focusImpact[language]}
          value={item.impact ?? ''}
          none={TEXTS.notSet[language]}
          choices={levels}
          onChange={(impact) => update({ impact: impact === '' ? undefined : impact }, 'impact')}
        />
        <SelectField
          itemId={item.id}
          field="likelihood"
          label={TEXTS.focusLikelihood[language]}
          value={item.likelihood ?? ''}
          none={TEXTS.notSet[language]}
          choices={levels}
          onChange={(likelihood) =>
            update({ likelihood: likelihood === '' ? undefined : likelihood }, 'likelihood')
          }
        />
        <NumberField
          itemId={item.id}
          field="value"
          label={
            plan.account.currency
              ? fill(TEXTS.focusValue[language], { currency: plan.account.currency })
              : TEXTS.focusValueNoCurrency[language]
          }
          hint={TEXTS.focusValueHint[language]}
          invalidText={TEXTS.notANumber[language]}
          value={item.value}
          onChange={(value) => update({ value }, 'value')}
        />
        <InternalField collection={collection} item={item} />
      </FieldStack>
    );
  });
}

const EDITORS = { opportunities: makeEditor('opportunities'), risks: makeEditor('risks') };

function focusSummary(item: FocusItem): string {
  return item.title;
}

function FocusList({ collection }: { readonly collection: FocusCollection }) {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const labels = useLabels();
  const { add } = useCommands();
  const headingId = useId();
  const reasonId = useId();
  const takeId = useId();
  const [taking, setTaking] = useState('');
  const items = plan[collection];
  const max = collection === 'opportunities' ? MAX_OPPORTUNITIES : MAX_RISKS;
  const full = items.length >= max;
  const kind = collection === 'opportunities' ? 'opportunity' : 'risk';
  // So-whats of the matching kind that no top item rests on yet: the likely candidates.
  const candidates = useMemo(() => {
    const used = new Set([...plan.opportunities, ...plan.risks].flatMap((item) => item.soWhatIds));
    return plan.soWhats.filter((s) => s.kind === kind && !used.has(s.id));
  }, [plan.opportunities, plan.risks, plan.soWhats, kind]);
  const noun = collection === 'opportunities' ? TEXTS.add_opportunities : TEXTS.add_risks;

  const take = (soWhatId: string) => {
    const soWhat = plan.soWhats.find((s) => s.id === soWhatId);
    if (!soWhat) return;
    add(collection, { title: soWhat.text, soWhatIds: [soWhat.id] }, 'title');
    setTaking('');
  };

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.head}>
        {(collection === 'opportunities' ? TEXTS.topOpportunities : TEXTS.topRisks)[language]}
        <LimitBadge count={items.length} max={max} what={ITEM_NOUNS[collection].many[language]} />
      </Subtitle2>
      <ItemList
        collection={collection}
        items={items}
        summary={focusSummary}
        Editor={EDITORS[collection]}
        ranked
        labelledBy={headingId}
        emptyText={
          (collection === 'opportunities' ? TEXTS.noItems_opportunities : TEXTS.noItems_risks)[
            language
          ]
        }
        footer={
          <div className={styles.actions}>
            <AddButton
              disabledFocusable={full}
              aria-describedby={full ? reasonId : undefined}
              onClick={() => add(collection, {}, 'title')}
            >
              {noun[language]}
            </AddButton>
            {full ? (
              <Caption1 id={reasonId} className={styles.reason}>
                {LIMITS[collection]?.reason[language]}
              </Caption1>
            ) : (
              candidates.length > 0 && (
                <div className={styles.take}>
                  <label htmlFor={takeId}>
                    <Caption1>{TEXTS.focusFromSoWhat[language]}</Caption1>
                  </label>
                  {/* Chosen first, taken with the button: arrow keys in a closed select
                      fire a change on every step, which must not add items. */}
                  <div className={styles.takeRow}>
                    <Select
                      id={takeId}
                      className={styles.takeSelect}
                      value={taking}
                      onChange={(_, data) => setTaking(data.value)}
                    >
                      <option value="">—</option>
                      {candidates.map((s) => (
                        <option key={s.id} value={s.id}>
                          {labels.get(s.id) ?? s.id} {s.text}
                        </option>
                      ))}
                    </Select>
                    <Button disabled={taking === ''} onClick={() => take(taking)}>
                      {TEXTS.focusTake[language]}
                    </Button>
                  </div>
                </div>
              )
            )}
          </div>
        }
      />
    </section>
  );
}

export default function FocusStep() {
  return (
    <StepFrame step={3}>
      <FocusList collection="opportunities" />
      <FocusList collection="risks" />
    </StepFrame>
  );
}
