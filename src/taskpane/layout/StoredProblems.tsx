// What could not be read: stored copies (offered for export, left untouched where they are) and
// the problems of a file that is not a valid plan, each naming its place.
import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { UnreadableCopy } from '../../office';
import type { Language } from '../../plan';
import { fill, TEXTS } from '../i18n/texts';
import type { RejectedFile } from '../state/pane';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
});

export function UnreadableCopies({
  copies,
  language,
  onExport,
}: {
  readonly copies: readonly UnreadableCopy[];
  readonly language: Language;
  readonly onExport: (copy: UnreadableCopy, index: number) => void;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {TEXTS.unreadableHeading[language]}
      </Subtitle2>
      <ul className={styles.list}>
        {copies.map((copy, index) => (
          <UnreadableItem
            key={copy.slot}
            copy={copy}
            language={language}
            onExport={() => onExport(copy, index)}
          />
        ))}
      </ul>
    </section>
  );
}

function UnreadableItem({
  copy,
  language,
  onExport,
}: {
  readonly copy: UnreadableCopy;
  readonly language: Language;
  readonly onExport: () => void;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <li className={styles.item}>
      <Body1 id={id}>
        {copy.where[language]}: {copy.message[language]}
      </Body1>
      {/* Only a download: the stored copy itself stays untouched. */}
      <Button size="small" aria-describedby={id} onClick={onExport}>
        {TEXTS.exportRaw[language]}
      </Button>
    </li>
  );
}

export function RejectedProblems({
  rejected,
  language,
}: {
  readonly rejected: RejectedFile;
  readonly language: Language;
}) {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {fill(TEXTS.problemsHeading[language], { file: rejected.fileName })}
      </Subtitle2>
      <ul className={styles.list}>
        {rejected.problems.map((problem, index) => (
          <li key={index} className={styles.item}>
            {/* The message already names the place: field path, line and column. */}
            <Body1>{problem.message[language]}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
