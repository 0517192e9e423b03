// Hooks that keep the keystroke path short: values that change only when they must.
import { useEffect, useRef, useState } from 'react';
import type { Language, Plan } from '../../plan';
import { labelsOf } from './derived';

/**
 * `value`, once it has stayed the same for `pauseMs`: a plan typed into changes with every key,
 * and what looks at the whole plan (the rules) follows when the typing pauses. The first value
 * and a change from nothing to something come through at once.
 */
export function useSettled<T>(value: T, pauseMs: number): T {
  const [settled, setSettled] = useState(value);
  const immediate = settled === null || settled === undefined;
  useEffect(() => {
    if (immediate) {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), pauseMs);
    return () => clearTimeout(timer);
  }, [value, pauseMs, immediate]);
  return immediate ? value : settled;
}

/**
 * The documents' labels of the plan's items. Typing in a field changes the plan but not its
 * labels: the same Map is returned then, so what shows labels does not re-render per key.
 */
export function useStableLabels(
  plan: Plan | null,
  language: Language,
): ReadonlyMap<string, string> {
  const previous = useRef<{ plan: Plan | null; language: Language; labels: Map<string, string> }>({
    plan: null,
    language,
    labels: new Map(),
  });
  const last = previous.current;
  if (last.plan === plan && last.language === language) return last.labels;
  const labels = plan ? labelsOf(plan, language) : new Map<string, string>();
  const same =
    last.language === language &&
    labels.size === last.labels.size &&
    [...labels].every(([id, label]) => last.labels.get(id) === label);
  previous.current = { plan, language, labels: same ? last.labels : labels };
  return previous.current.labels;
}
