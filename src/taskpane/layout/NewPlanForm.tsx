// The four things a plan starts with: the account, its owner, the month the twelve months start
// and the language the documents are written in. The same form changes them later (plan
// details).
import { Button, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type FormEvent } from 'react';
import { LANGUAGES, today, type Language, type PlanStart } from '../../plan';
import { MonthField } from '../components/fields';
import { TEXTS } from '../i18n/texts';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The first of the next month: plans are usually made for the coming year. */
function nextMonth(): string {
  const [year, month] = today().split('-').map(Number) as [number, number];
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

export interface NewPlanFormProps {
  readonly language: Language;
  /** The plan's details to change; a new plan starts empty. */
  readonly initial?: PlanStart;
  /** The submit button's words; "Create plan" by default. */
  readonly submitLabel?: string;
  readonly onCreate: (start: PlanStart) => void;
  readonly onCancel?: () => void;
  /** Focus the first field when shown (in a dialog, or when the user asked for it). */
  readonly autoFocus?: boolean;
}

export function NewPlanForm(props: NewPlanFormProps) {
  const { language, onCreate, onCancel, autoFocus, initial } = props;
  const styles = useStyles();
  const nameId = useId();
  const [name, setName] = useState(initial?.name ?? '');
  const [owner, setOwner] = useState(initial?.planOwner ?? '');
  const [start, setStart] = useState(initial?.periodStart ?? nextMonth());
  const [planLanguage, setPlanLanguage] = useState<Language>(initial?.language ?? language);
  const [tried, setTried] = useState(false);
  const missing = name.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (missing) {
      document.getElementById(nameId)?.focus();
      return;
    }
    onCreate({
      name: name.trim(),
      planOwner: owner.trim(),
      periodStart: start,
      language: planLanguage,
    });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field
        label={TEXTS.accountName[language]}
        required
        validationState={tried && missing ? 'error' : 'none'}
        validationMessage={tried && missing ? TEXTS.accountNameRequired[language] : undefined}
      >
        <Input
          id={nameId}
          value={name}
          placeholder={TEXTS.accountNameHint[language]}
          autoComplete="organization"
          autoFocus={autoFocus}
          onChange={(_, data) => setName(data.value)}
        />
      </Field>
      <Field label={TEXTS.planOwner[language]}>
        <Input value={owner} autoComplete="name" onChange={(_, data) => setOwner(data.value)} />
      </Field>
      <MonthField
        label={TEXTS.periodStart[language]}
        hint={TEXTS.periodStartHint[language]}
        value={start}
        onChange={setStart}
      />
      <Field label={TEXTS.planLanguage[language]} hint={TEXTS.planLanguageHint[language]}>
        <Select
          value={planLanguage}
          onChange={(_, data) => setPlanLanguage(data.value as Language)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {TEXTS.languageName[l]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit">
          {props.submitLabel ?? TEXTS.createPlan[language]}
        </Button>
        {onCancel && <Button onClick={onCancel}>{TEXTS.cancel[language]}</Button>}
      </div>
    </form>
  );
}
