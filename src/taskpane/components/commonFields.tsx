// The fields format version 2 adds to items of every kind: the "internal" mark, and the
// low / medium / high choices. One place, so every step offers them with the same words.
import { memo, useMemo } from 'react';
import type { Collection, Level } from '../../plan';
import { LEVELS } from '../../plan';
import { TEXTS } from '../i18n/texts';
import { useCommands, useLanguage } from '../state/contexts';
import { CheckboxField } from './fields';

export interface InternalFieldProps {
  readonly collection: Collection;
  readonly item: { readonly id: string; readonly internal?: boolean };
}

/** "Internal — left out of the customer version"; unticked, the mark leaves the file. */
export const InternalField = memo(function InternalField({ collection, item }: InternalFieldProps) {
  const language = useLanguage();
  const { edit } = useCommands();
  return (
    <CheckboxField
      itemId={item.id}
      field="internal"
      label={TEXTS.internal[language]}
      checked={item.internal === true}
      onChange={(checked) =>
        edit({
          type: 'update',
          collection,
          id: item.id,
          patch: { internal: checked ? true : undefined },
        })
      }
    />
  );
});

/** The three levels as choices in the pane's language. */
export function useLevelChoices() {
  const language = useLanguage();
  return useMemo(
    () => LEVELS.map((level: Level) => ({ value: level, text: TEXTS[`level_${level}`][language] })),
    [language],
  );
}
