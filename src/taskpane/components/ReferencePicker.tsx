// Picks the items another item rests on (the facts a so-what follows from, the so-whats of a top
// opportunity, the opportunities and risks a goal is based on) by their text, searchable, never
// by id. The chosen ones are tags with the documents' labels; a tag's ✕ (or Backspace) unlinks.
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  makeStyles,
  tokens,
  type TagPickerProps,
} from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { fill, TEXTS } from '../i18n/texts';
import { useLabels, useLanguage } from '../state/contexts';
import { FOCUS_ATTRIBUTE, focusKey } from './fields';

export interface PickerOption {
  readonly id: string;
  readonly text: string;
}

export interface ReferencePickerProps {
  readonly label: string;
  readonly hint?: string;
  readonly itemId: string;
  readonly field: string;
  readonly selected: readonly string[];
  readonly options: readonly PickerOption[];
  /** Shown instead of the picker when there is nothing to pick from yet. */
  readonly emptyText: string;
  readonly onAdd: (id: string) => void;
  readonly onRemove: (id: string) => void;
}

/** At most this many options are listed at once; typing narrows them down. */
const SHOWN = 40;

const useStyles = makeStyles({
  tag: { maxWidth: '100%', minWidth: 0 },
  tagText: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  optionLabel: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  more: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
});

/** Lower case without accents: "Müller" is found by "muller". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

function excerpt(text: string, length = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

export const ReferencePicker = memo(function ReferencePicker(props: ReferencePickerProps) {
  const styles = useStyles();
  const language = useLanguage();
  const labels = useLabels();
  const [query, setQuery] = useState('');
  const byId = useMemo(() => new Map(props.options.map((o) => [o.id, o])), [props.options]);
  const matching = useMemo(() => {
    const q = folded(query.trim());
    const chosen = new Set(props.selected);
    return props.options.filter(
      (option) =>
        !chosen.has(option.id) &&
        (q === '' ||
          folded(option.text).includes(q) ||
          folded(labels.get(option.id) ?? '').startsWith(q)),
    );
  }, [query, props.options, props.selected, labels]);

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_, data) => {
    if (data.value === undefined) return;
    if (props.selected.includes(data.value)) props.onRemove(data.value);
    else props.onAdd(data.value);
    setQuery('');
  };

  if (props.options.length === 0 && props.selected.length === 0) {
    return (
      <Field label={props.label} hint={props.hint}>
        <span
          className={styles.empty}
          {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
          tabIndex={-1}
        >
          {props.emptyText}
        </span>
      </Field>
    );
  }

  return (
    <Field label={props.label} hint={props.hint}>
      <TagPicker
        selectedOptions={[...props.selected]}
        onOptionSelect={onOptionSelect}
        // The list is rendered next to its input, not in a portal at the end of the page, so
        // it stays inside the pane's reading order and its theme.
        inline
      >
        <TagPickerControl>
          <TagPickerGroup aria-label={props.label}>
            {props.selected.map((id) => {
              const label = labels.get(id) ?? id;
              const text = byId.get(id)?.text ?? '';
              return (
                <Tag key={id} value={id} shape="rounded" className={styles.tag} title={text}>
                  <span className={styles.tagText}>
                    {label} {excerpt(text, 40)}
                  </span>
                </Tag>
              );
            })}
          </TagPickerGroup>
          <TagPickerInput
            aria-label={props.label}
            placeholder={TEXTS.pickerSearch[language]}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
          />
        </TagPickerControl>
        <TagPickerList>
          {matching.length === 0 ? (
            <div className={styles.more}>{TEXTS.pickerNone[language]}</div>
          ) : (
            matching.slice(0, SHOWN).map((option) => {
              const label = labels.get(option.id) ?? option.id;
              return (
                <TagPickerOption key={option.id} value={option.id} text={`${label} ${option.text}`}>
                  <span className={styles.optionLabel}>{label}</span>
                  {excerpt(option.text, 90) || TEXTS.untitled[language]}
                </TagPickerOption>
              );
            })
          )}
          {matching.length > SHOWN && (
            <div className={styles.more}>
              {fill(TEXTS.pickerMore[language], { n: matching.length - SHOWN })}
            </div>
          )}
        </TagPickerList>
      </TagPicker>
    </Field>
  );
});
