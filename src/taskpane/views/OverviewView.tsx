// The overview before step 1: what management reads first — the executive summary (situation,
// complication, resolution, the asks) — and the account's numbers: its currency, key figures and
// the next review. Every field is an edit of the plan, undone like any other.
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useId, useState } from 'react';
import type { Plan } from '../../plan';
import { DateField, FieldStack, TextField } from '../components/fields';
import { useViewStyles } from '../components/styles';
import { fill, TEXTS } from '../i18n/texts';
import { useCommands, useLanguage, usePlan } from '../state/contexts';

const useStyles = makeStyles({
  entry: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  grow: { flexGrow: 1, minWidth: 0 },
  add: { alignSelf: 'flex-start' },
});

type Figure = NonNullable<Plan['account']['figures']>[number];

function Summary() {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { edit } = useCommands();
  const headingId = useId();
  const summary = plan.summary ?? {};
  const asks = summary.asks ?? [];
  const text = (field: 'situation' | 'complication' | 'resolution') => (value: string) =>
    edit(
      { type: 'summary', patch: { [field]: value === '' ? undefined : value } },
      `summary:${field}`,
    );
  const setAsks = (next: readonly string[], typing?: string) =>
    edit({ type: 'summary', patch: { asks: next.length === 0 ? undefined : [...next] } }, typing);
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={view.heading}>
        {TEXTS.summaryHeading[language]}
      </Subtitle2>
      <FieldStack>
        <TextField
          itemId="summary"
          field="situation"
          label={TEXTS.summarySituation[language]}
          multiline
          value={summary.situation ?? ''}
          onChange={text('situation')}
        />
        <TextField
          itemId="summary"
          field="complication"
          label={TEXTS.summaryComplication[language]}
          multiline
          value={summary.complication ?? ''}
          onChange={text('complication')}
        />
        <TextField
          itemId="summary"
          field="resolution"
          label={TEXTS.summaryResolution[language]}
          multiline
          value={summary.resolution ?? ''}
          onChange={text('resolution')}
        />
      </FieldStack>
      <Subtitle2 as="h4" className={view.heading}>
        {TEXTS.summaryAsks[language]}
      </Subtitle2>
      {asks.length === 0 ? null : (
        <ul className={view.list}>
          {asks.map((ask, index) => (
            <li key={index} className={styles.entry}>
              <div className={styles.grow}>
                <TextField
                  itemId="summary"
                  field={`ask-${index}`}
                  label={fill(TEXTS.askText[language], { n: index + 1 })}
                  value={ask}
                  onChange={(value) =>
                    setAsks(
                      asks.map((a, i) => (i === index ? value : a)),
                      `summary:ask-${index}`,
                    )
                  }
                />
              </div>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={fill(TEXTS.removeAsk[language], { n: index + 1 })}
                title={fill(TEXTS.removeAsk[language], { n: index + 1 })}
                onClick={() => setAsks(asks.filter((_, i) => i !== index))}
              />
            </li>
          ))}
        </ul>
      )}
      <Button
        className={styles.add}
        appearance="subtle"
        size="small"
        icon={<AddRegular />}
        onClick={() => setAsks([...asks, ''])}
      >
        {TEXTS.addAsk[language]}
      </Button>
    </section>
  );
}

/** The currency code: kept as typed until it is three capital letters (or empty). */
function CurrencyField() {
  const language = useLanguage();
  const plan = usePlan();
  const { edit } = useCommands();
  const stored = plan.account.currency ?? '';
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const valid = draft === '' || /^[A-Z]{3}$/.test(draft.trim().toUpperCase());
  return (
    <TextField
      itemId="account"
      field="currency"
      label={TEXTS.currency[language]}
      hint={TEXTS.currencyHint[language]}
      value={draft}
      validation={valid ? undefined : TEXTS.currencyInvalid[language]}
      validationState={valid ? 'none' : 'error'}
      onChange={(value) => {
        setDraft(value);
        const code = value.trim().toUpperCase();
        if (code === '') edit({ type: 'account', patch: { currency: undefined } });
        else if (/^[A-Z]{3}$/.test(code)) edit({ type: 'account', patch: { currency: code } });
      }}
    />
  );
}

function Details() {
  const styles = useStyles();
  const view = useViewStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { edit } = useCommands();
  const headingId = useId();
  const figures = plan.account.figures ?? [];
  const setFigures = (next: readonly Figure[], typing?: string) =>
    edit(
      { type: 'account', patch: { figures: next.length === 0 ? undefined : [...next] } },
      typing,
    );
  const change = (index: number, patch: Partial<Figure>, field: string) =>
    setFigures(
      figures.map((f, i) => (i === index ? { ...f, ...patch } : f)),
      `figure:${index}:${field}`,
    );
  return (
    <section className={view.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={view.heading}>
        {TEXTS.detailsHeading[language]}
      </Subtitle2>
      <FieldStack>
        <CurrencyField />
        <NextReviewField />
      </FieldStack>
      <Subtitle2 as="h4" className={view.heading}>
        {TEXTS.figuresHeading[language]}
      </Subtitle2>
      {figures.length === 0 ? (
        <Caption1 className={view.empty}>{TEXTS.noFigures[language]}</Caption1>
      ) : (
        <ul className={view.list}>
          {figures.map((figure, index) => (
            <li key={index} className={view.box}>
              <TextField
                itemId="figures"
                field={`label-${index}`}
                label={fill(TEXTS.figureLabel[language], { n: index + 1 })}
                value={figure.label}
                onChange={(label) => change(index, { label }, 'label')}
              />
              <div className={styles.entry}>
                <div className={styles.grow}>
                  <TextField
                    itemId="figures"
                    field={`value-${index}`}
                    label={fill(TEXTS.figureValue[language], { n: index + 1 })}
                    hint={TEXTS.figureValueHint[language]}
                    value={figure.value}
                    onChange={(value) => change(index, { value }, 'value')}
                  />
                </div>
                <Button
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={fill(TEXTS.removeFigure[language], { n: index + 1 })}
                  title={fill(TEXTS.removeFigure[language], { n: index + 1 })}
                  onClick={() => setFigures(figures.filter((_, i) => i !== index))}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Button
        className={styles.add}
        appearance="subtle"
        size="small"
        icon={<AddRegular />}
        onClick={() => setFigures([...figures, { label: '', value: '' }])}
      >
        {TEXTS.addFigure[language]}
      </Button>
    </section>
  );
}

/** The date of the next account review: set in the overview, and again as a review closes. */
export function NextReviewField() {
  const language = useLanguage();
  const plan = usePlan();
  const { edit } = useCommands();
  return (
    <DateField
      itemId="account"
      field="nextReview"
      label={TEXTS.nextReview[language]}
      value={plan.account.nextReview ?? ''}
      onChange={(nextReview) =>
        edit({
          type: 'account',
          patch: { nextReview: nextReview === '' ? undefined : nextReview },
        })
      }
    />
  );
}

export function OverviewView() {
  const view = useViewStyles();
  const language = useLanguage();
  const headingId = useId();
  return (
    <section className={view.frame} aria-labelledby={headingId}>
      <div className={view.head}>
        <Subtitle2 as="h2" id={headingId} className={view.heading}>
          {TEXTS.overviewHeading[language]}
        </Subtitle2>
        <Body1 className={view.hint}>{TEXTS.overviewHint[language]}</Body1>
      </div>
      <Summary />
      <Details />
    </section>
  );
}
