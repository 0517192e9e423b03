// Step 2, "So what?": what follows from the data — a consequence, an opportunity or a risk —
// and the facts it follows from, picked by their text.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo } from 'react';
import { KIND_NAMES, SO_WHAT_KINDS, type SoWhat } from '../../../plan';
import { FieldStack, SelectField, TextField } from '../../components/fields';
import { AddButton } from '../../components/AddButton';
import { ItemList, type ItemEditorProps } from '../../components/ItemList';
import { ReferencePicker, type PickerOption } from '../../components/ReferencePicker';
import { TEXTS } from '../../i18n/texts';
import { useCommands, useLanguage, usePlan } from '../../state/contexts';
import { InternalField } from '../../components/commonFields';
import { StepFrame } from '../StepFrame';

const useStyles = makeStyles({
  add: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The facts as picker options: one list per plan, shared by every so-what's picker. */
export function useFactOptions(): readonly PickerOption[] {
  const plan = usePlan();
  return useMemo(() => plan.facts.map((f) => ({ id: f.id, text: f.text })), [plan.facts]);
}

const SoWhatEditor = memo(function SoWhatEditor({ item }: ItemEditorProps<SoWhat>) {
  const language = useLanguage();
  const { edit } = useCommands();
  const facts = useFactOptions();
  const kinds = useMemo(
    () => SO_WHAT_KINDS.map((kind) => ({ value: kind, text: KIND_NAMES[kind][language] })),
    [language],
  );
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="text"
        label={TEXTS.soWhatText[language]}
        multiline
        value={item.text}
        onChange={(text) =>
          edit(
            { type: 'update', collection: 'soWhats', id: item.id, patch: { text } },
            `${item.id}:text`,
          )
        }
      />
      <SelectField
        itemId={item.id}
        field="kind"
        label={TEXTS.soWhatKind[language]}
        value={item.kind}
        choices={kinds}
        onChange={(kind) =>
          kind !== '' &&
          edit({ type: 'update', collection: 'soWhats', id: item.id, patch: { kind } })
        }
      />
      <ReferencePicker
        itemId={item.id}
        field="factIds"
        label={TEXTS.soWhatFacts[language]}
        selected={item.factIds}
        options={facts}
        emptyText={TEXTS.pickerEmpty_facts[language]}
        onAdd={(target) =>
          edit({ type: 'link', collection: 'soWhats', id: item.id, field: 'factIds', target })
        }
        onRemove={(target) =>
          edit({ type: 'unlink', collection: 'soWhats', id: item.id, field: 'factIds', target })
        }
      />
      <InternalField collection="soWhats" item={item} />
    </FieldStack>
  );
});

const KindBadge = memo(function KindBadge({ item }: ItemEditorProps<SoWhat>) {
  const language = useLanguage();
  return (
    <Badge
      size="small"
      appearance="tint"
      color={
        item.kind === 'opportunity' ? 'success' : item.kind === 'risk' ? 'danger' : 'informative'
      }
    >
      {KIND_NAMES[item.kind][language]}
    </Badge>
  );
});

function soWhatSummary(soWhat: SoWhat): string {
  return soWhat.text;
}

export default function SoWhatStep() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { add } = useCommands();
  return (
    <StepFrame step={2}>
      <div className={styles.section}>
        <ItemList
          collection="soWhats"
          items={plan.soWhats}
          summary={soWhatSummary}
          Editor={SoWhatEditor}
          Extra={KindBadge}
          emptyText={TEXTS.noItems_soWhats[language]}
          footer={
            <AddButton className={styles.add} onClick={() => add('soWhats', {}, 'text')}>
              {TEXTS.add_soWhats[language]}
            </AddButton>
          }
        />
      </div>
    </StepFrame>
  );
}
