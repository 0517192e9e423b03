// Start-up: the one Office.onReady of the add-in, and what the host can do. Host null means the
// page runs outside Office — also when office.js did not load at all — and the task pane then
// offers files to download instead. Nothing here throws.
import type { Localized } from '../plan/messages';

export type HostName = 'powerpoint' | 'word';

export type Capability = { readonly ok: true } | { readonly ok: false; readonly reason: Localized };

export interface Capabilities {
  /** Writing steps into the open document. */
  readonly write: Capability;
  /** Keeping the plan inside the document. */
  readonly store: Capability;
  /** PowerPoint: the first write goes after the selected slide (PowerPointApi 1.5). */
  readonly selection: boolean;
  /** PowerPoint: the second stored copy is a custom XML part (PowerPointApi 1.7), else a tag. */
  readonly presentationXmlParts: boolean;
  /** Word: whether track changes is on can be read (WordApi 1.4). */
  readonly changeTracking: boolean;
}

export interface HostInfo {
  readonly host: HostName | null;
  readonly capabilities: Capabilities;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

const NOT_IN_OFFICE: Localized = {
  de: 'Die Seite läuft außerhalb von Office: Folien und Dokument lassen sich als Datei herunterladen.',
  en: 'The page runs outside Office: the slides and the document can be downloaded as files.',
};

function missing(what: Localized, set: string): Capability {
  return {
    ok: false,
    reason: {
      de: `Diese Office-Version kann ${what.de} nicht (ihr fehlt ${set}). Bitte Office aktualisieren oder die Datei herunterladen.`,
      en: `This version of Office cannot ${what.en} (it lacks ${set}). Please update Office or download the file instead.`,
    },
  };
}

const OK: Capability = { ok: true };

export function capabilitiesFor(host: HostName | null, supports: IsSetSupported): Capabilities {
  if (host === 'powerpoint') {
    const api13 = supports('PowerPointApi', '1.3');
    const settings = supports('Settings', '1.1');
    return {
      write: api13
        ? OK
        : missing(
            {
              de: 'Folien in die offene Präsentation schreiben',
              en: 'write slides into the open presentation',
            },
            'PowerPointApi 1.3',
          ),
      store:
        api13 || settings
          ? OK
          : missing(
              {
                de: 'den Plan in der Präsentation speichern',
                en: 'keep the plan inside the presentation',
              },
              'PowerPointApi 1.3',
            ),
      selection: supports('PowerPointApi', '1.5'),
      presentationXmlParts: supports('PowerPointApi', '1.7'),
      changeTracking: false,
    };
  }
  if (host === 'word') {
    return {
      write: supports('WordApi', '1.3')
        ? OK
        : missing(
            {
              de: 'Abschnitte in das offene Dokument schreiben',
              en: 'write sections into the open document',
            },
            'WordApi 1.3',
          ),
      store: supports('CustomXmlParts', '1.1')
        ? OK
        : missing(
            { de: 'den Plan im Dokument speichern', en: 'keep the plan inside the document' },
            'CustomXmlParts 1.1',
          ),
      selection: false,
      presentationXmlParts: false,
      changeTracking: supports('WordApi', '1.4'),
    };
  }
  const outside: Capability = { ok: false, reason: NOT_IN_OFFICE };
  return {
    write: outside,
    store: outside,
    selection: false,
    presentationXmlParts: false,
    changeTracking: false,
  };
}

const STANDALONE: HostInfo = { host: null, capabilities: capabilitiesFor(null, () => false) };

/** The parts of the Office global start-up needs (a test passes a fake). */
export type OfficeGlobal = Pick<typeof Office, 'onReady' | 'HostType'> & {
  readonly context?: { readonly requirements?: { isSetSupported: IsSetSupported } };
};

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

/**
 * Waits for Office once. `office` defaults to the global, which is undefined when office.js
 * could not load; `timeoutMs` bounds the wait for a host that never answers.
 */
export async function startOffice(
  office: OfficeGlobal | undefined = officeGlobal(),
  timeoutMs = 15000,
): Promise<HostInfo> {
  if (!office) return STANDALONE;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const ready = await Promise.race([
      office.onReady(),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
    ]);
    const host =
      ready?.host === office.HostType.PowerPoint
        ? 'powerpoint'
        : ready?.host === office.HostType.Word
          ? 'word'
          : null;
    if (host === null) return STANDALONE;
    const requirements = office.context?.requirements;
    const supports: IsSetSupported = (name, version) => {
      try {
        return requirements?.isSetSupported(name, version) ?? false;
      } catch {
        return false;
      }
    };
    return { host, capabilities: capabilitiesFor(host, supports) };
  } catch {
    return STANDALONE;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
