// The form fields every step uses: each has a visible label, carries a focus key so a finding
// can move the focus to it, and turns the user's input into an edit of the plan.
import {
  Caption1,
  Checkbox,
  Field,
  Input,
  Label,
  Select,
  Textarea,
  makeStyles,
  tokens,
  type FieldProps,
} from '@fluentui/react-components';
import { memo, useEffect, useId, useState, type ReactNode } from 'react';
import type { Localized } from '../../plan';
import { useLanguage } from '../state/contexts';
import { parseAmount } from './amount';

/** The attribute a finding's "go to" looks for: `${itemId}:${field}`. */
export const FOCUS_ATTRIBUTE = 'data-focus-key';

export function focusKey(id: string, field: string): string {
  return `${id}:${field}`;
}

/** Moves the focus to an item's field (or its first one); true when something took it. */
export function focusField(root: ParentNode, id: string, field: string | undefined): boolean {
  const escape = (value: string) =>
    typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
      ? CSS.escape(value)
      : value.replace(/["\\]/g, '\\$&');
  const selector =
    field === undefined
      ? `[${FOCUS_ATTRIBUTE}^="${escape(`${id}:`)}"]`
      : `[${FOCUS_ATTRIBUTE}="${escape(focusKey(id, field))}"]`;
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'nearest' });
  return true;
}

const useStyles = makeStyles({
  field: { minWidth: 0 },
  control: { width: '100%', minWidth: 0 },
});

interface Common {
  readonly label: string;
  readonly hint?: string;
  /** The item's id and the field's name, for focus requests. */
  readonly itemId: string;
  readonly field: string;
  readonly validation?: FieldProps['validationMessage'];
  readonly validationState?: FieldProps['validationState'];
  readonly required?: boolean;
}

export interface TextFieldProps extends Common {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly placeholder?: string;
}

/** A text or a longer text; every keystroke is an edit (the editor joins them for undo). */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const styles = useStyles();
  const key = focusKey(props.itemId, props.field);
  const common = {
    className: styles.control,
    value: props.value,
    placeholder: props.placeholder,
    [FOCUS_ATTRIBUTE]: key,
  };
  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationMessage={props.validation}
      validationState={props.validationState}
    >
      {props.multiline ? (
        <Textarea
          {...common}
          resize="vertical"
          onChange={(_, data) => props.onChange(data.value)}
        />
      ) : (
        <Input {...common} onChange={(_, data) => props.onChange(data.value)} />
      )}
    </Field>
  );
});

export interface Choice<V extends string> {
  readonly value: V;
  readonly text: string;
}

export interface ChoiceGroup<V extends string> {
  readonly label: string;
  readonly choices: readonly Choice<V>[];
}

export interface SelectFieldProps<V extends string> extends Common {
  readonly value: V | '';
  readonly choices: readonly (Choice<V> | ChoiceGroup<V>)[];
  /** Text of the empty choice; without it there is none. */
  readonly none?: string;
  readonly onChange: (value: V | '') => void;
}

/** A native select: fast with many options, and what screen readers and phones know best. */
export function SelectField<V extends string>(props: SelectFieldProps<V>) {
  const styles = useStyles();
  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={props.hint}
      validationMessage={props.validation}
      validationState={props.validationState}
    >
      <Select
        className={styles.control}
        value={props.value}
        {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
        onChange={(_, data) => props.onChange(data.value as V | '')}
      >
        {props.none !== undefined && <option value="">{props.none}</option>}
        {props.choices.map((choice) =>
          'choices' in choice ? (
            <optgroup key={choice.label} label={choice.label}>
              {choice.choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.text}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={choice.value} value={choice.value}>
              {choice.text}
            </option>
          ),
        )}
      </Select>
    </Field>
  );
}

export interface DateFieldProps extends Common {
  /** YYYY-MM-DD or '' while not decided. */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A calendar date. The browser's date input gives YYYY-MM-DD or '' (while a date is typed only
 * in part), which is exactly what the plan holds, so a half-typed date never reaches the plan.
 */
export const DateField = memo(function DateField(props: DateFieldProps) {
  const styles = useStyles();
  // The input's own value: while the user types a date in parts it reports '', which must not
  // wipe a date the plan has until the input holds a whole new one or is cleared on purpose.
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={props.hint}
      validationMessage={props.validation}
      validationState={props.validationState}
    >
      <Input
        className={styles.control}
        type="date"
        value={draft}
        {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
        onChange={(event, data) => {
          setDraft(data.value);
          const input = event.currentTarget;
          // '' with a bad input is a date typed in part: wait for the rest.
          if (data.value !== '' || !input.validity.badInput) props.onChange(data.value);
        }}
      />
    </Field>
  );
});

const MONTHS: Readonly<Record<'de' | 'en', readonly string[]>> = {
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

export function monthName(month: number, language: 'de' | 'en'): string {
  return MONTHS[language][month - 1] ?? String(month);
}

export interface MonthFieldProps {
  readonly label: string;
  readonly hint?: string;
  readonly focusKey?: string;
  /** YYYY-MM-01 (any day is read as its month). */
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/**
 * A month as two selects. Month inputs are missing in Safari (Office on Mac and iPad), and a
 * plan period starts with a month, not a day.
 */
export function MonthField(props: MonthFieldProps) {
  const language = useLanguage();
  const styles = useMonthStyles();
  const id = useId();
  const [year, month] = props.value.split('-').map(Number) as [number, number];
  const years = Array.from({ length: 11 }, (_, i) => year - 5 + i);
  const set = (y: number, m: number) => props.onChange(`${y}-${String(m).padStart(2, '0')}-01`);
  // Not a Field: a Field gives its one id to every control inside it, and the two selects
  // must be told apart.
  return (
    <div className={styles.field}>
      <Label id={`${id}-label`}>{props.label}</Label>
      <div
        className={styles.row}
        role="group"
        aria-labelledby={`${id}-label`}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
      >
        <Select
          className={styles.month}
          aria-label={language === 'de' ? 'Monat' : 'Month'}
          value={String(month)}
          {...(props.focusKey ? { [FOCUS_ATTRIBUTE]: props.focusKey } : {})}
          onChange={(_, data) => set(year, Number(data.value))}
        >
          {MONTHS[language].map((name, index) => (
            <option key={name} value={index + 1}>
              {name}
            </option>
          ))}
        </Select>
        <Select
          className={styles.year}
          aria-label={language === 'de' ? 'Jahr' : 'Year'}
          value={String(year)}
          onChange={(_, data) => set(Number(data.value), month)}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </div>
      {props.hint && (
        <Caption1 id={`${id}-hint`} className={styles.hint}>
          {props.hint}
        </Caption1>
      )}
    </div>
  );
}

const useMonthStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, minWidth: 0 },
  month: { flexGrow: 2, minWidth: 0 },
  year: { flexGrow: 1, minWidth: 0 },
});

/** A localized text in the pane's language. */
export function useText(): (text: Localized) => string {
  const language = useLanguage();
  return (text) => text[language];
}

/** Lays out fields in a column with the house spacing. */
export function FieldStack({ children }: { readonly children: ReactNode }) {
  const styles = useStackStyles();
  return <div className={styles.stack}>{children}</div>;
}

const useStackStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
});

export interface CheckboxFieldProps {
  readonly label: string;
  readonly itemId: string;
  readonly field: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A yes-or-no field: the box and its words are one control for the mouse and the keyboard. */
export const CheckboxField = memo(function CheckboxField(props: CheckboxFieldProps) {
  return (
    <Checkbox
      label={props.label}
      checked={props.checked}
      {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
      onChange={(_, data) => props.onChange(data.checked === true)}
    />
  );
});

export interface NumberFieldProps extends Common {
  readonly value: number | undefined;
  /** A number of 0 or more, or undefined when the field was emptied. */
  readonly onChange: (value: number | undefined) => void;
  readonly invalidText: string;
}

/**
 * An amount. The text the user types is kept while it is not yet a number, so that a half-typed
 * value neither vanishes nor reaches the plan; a whole one is an edit at once.
 */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(props.value === undefined ? '' : String(props.value));
  useEffect(() => {
    setDraft((current) =>
      parseAmount(current) === props.value
        ? current
        : props.value === undefined
          ? ''
          : String(props.value),
    );
  }, [props.value]);
  const parsed = parseAmount(draft);
  return (
    <Field
      className={styles.field}
      label={props.label}
      hint={props.hint}
      validationState={parsed === null ? 'error' : 'none'}
      validationMessage={parsed === null ? props.invalidText : undefined}
    >
      <Input
        className={styles.control}
        inputMode="decimal"
        value={draft}
        {...{ [FOCUS_ATTRIBUTE]: focusKey(props.itemId, props.field) }}
        onChange={(_, data) => {
          setDraft(data.value);
          const value = parseAmount(data.value);
          if (value !== null) props.onChange(value);
        }}
      />
    </Field>
  );
});
