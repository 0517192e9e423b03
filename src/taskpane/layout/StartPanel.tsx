// What a new user sees: the method in two sentences, a new plan in four fields, or a plan file
// to open.
import { Body1, Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { FolderOpenRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Language, PlanStart } from '../../plan';
import { TEXTS } from '../i18n/texts';
import { NewPlanForm } from './NewPlanForm';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  open: { alignSelf: 'flex-start' },
});

export interface StartPanelProps {
  readonly language: Language;
  readonly busy: boolean;
  readonly onCreate: (start: PlanStart) => void;
  readonly onOpen: () => void;
}

export function StartPanel({ language, busy, onCreate, onOpen }: StartPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const newId = useId();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <div className={styles.intro}>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {TEXTS.startHeading[language]}
        </Subtitle2>
        <Body1>{TEXTS.startIntro[language]}</Body1>
      </div>
      <section className={styles.section} aria-labelledby={newId}>
        <Subtitle2 as="h3" id={newId} className={styles.heading}>
          {TEXTS.newPlanHeading[language]}
        </Subtitle2>
        <NewPlanForm language={language} onCreate={onCreate} />
      </section>
      <div className={styles.section}>
        <Body1>{TEXTS.orOpen[language]}</Body1>
        <Button
          className={styles.open}
          icon={<FolderOpenRegular />}
          disabledFocusable={busy}
          onClick={onOpen}
        >
          {TEXTS.openFile[language]}
        </Button>
      </div>
    </section>
  );
}
