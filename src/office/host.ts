// Start-up: the one Office.onReady of the add-in, and what the host can do. Host null means the
// page runs outside Office, and the task pane then offers files to download instead. A start
// that went wrong in Office says so (`problem`) instead of passing for a browser: office.js
// that did not load, an onReady that failed, a host that has not answered in time — and a host
// that answers after that time is still taken, through `onLateHost`. Nothing here throws.
import type { Localized } from '../plan/messages';

export type HostName = 'powerpoint' | 'word';

export type Capability = { readonly ok: true } | { readonly ok: false; readonly reason: Localized };

/**
 * How the pane can hand the user a file: a normal (blob) download; the system browser, because
 * the add-in's web view blocks downloads (Office on Mac and iPad, office-js#2700, #3385) and
 * OpenBrowserWindowApi 1.1 exists; or not at all.
 */
export type DownloadRoute = 'blob' | 'browser-window' | 'none';

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
  readonly download: DownloadRoute;
}

/** Office's platform as onReady reports it: 'PC', 'OfficeOnline', 'Mac', 'iOS', 'Android', … */
export type Platform = string;

/** A start in Office that did not go as it should; the pane shows `message`. */
export interface StartProblem {
  /** 'late': Office has not answered yet (onLateHost follows if it does); 'failed': it broke. */
  readonly kind: 'late' | 'failed';
  readonly message: Localized;
}

export interface HostInfo {
  readonly host: HostName | null;
  readonly capabilities: Capabilities;
  /** Office's display language (e.g. "de-DE"), when Office gave one: the pane speaks it. */
  readonly displayLanguage?: string;
  /** Office's theme, where Office gives one (Microsoft 365): the pane follows it. */
  readonly theme?: OfficeThemeInfo;
  readonly platform?: Platform;
  /** Set when the page runs in Office (or seems to) but Office did not start it properly. */
  readonly problem?: StartProblem;
}

export interface OfficeThemeInfo {
  /** The task pane's background as Office paints it, a CSS colour. */
  readonly background: string;
  /** True when that background is dark (Office's dark and black themes). */
  readonly dark: boolean;
}

/** Relative luminance below this is a dark background (WCAG's formula; mid-grey is ~0.2). */
const DARK_LUMINANCE = 0.2;

function luminance(hex: string): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const value = parseInt(match[1]!, 16);
  const channel = (shift: number): number => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** Office's theme as the pane needs it; undefined where the host gives none or gives garbage. */
export function themeFrom(
  theme: { bodyBackgroundColor?: string } | undefined,
): OfficeThemeInfo | undefined {
  const background = theme?.bodyBackgroundColor;
  if (typeof background !== 'string') return undefined;
  const l = luminance(background);
  return l === undefined ? undefined : { background, dark: l < DARK_LUMINANCE };
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

/** Blob downloads do nothing in the web views of Office on Mac and iPad (#2700, #3385). */
function downloadRoute(platform: Platform | undefined, supports: IsSetSupported): DownloadRoute {
  if (platform !== 'Mac' && platform !== 'iOS') return 'blob';
  return supports('OpenBrowserWindowApi', '1.1') ? 'browser-window' : 'none';
}

export function capabilitiesFor(
  host: HostName | null,
  supports: IsSetSupported,
  platform?: Platform,
): Capabilities {
  const download = host === null ? 'blob' : downloadRoute(platform, supports);
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
      download,
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
      download,
    };
  }
  const outside: Capability = { ok: false, reason: NOT_IN_OFFICE };
  return {
    write: outside,
    store: outside,
    selection: false,
    presentationXmlParts: false,
    changeTracking: false,
    download,
  };
}

const STANDALONE: HostInfo = { host: null, capabilities: capabilitiesFor(null, () => false) };

/** The parts of the Office global start-up needs (a test passes a fake). */
export type OfficeGlobal = Pick<typeof Office, 'onReady' | 'HostType'> & {
  readonly context?: {
    readonly requirements?: { isSetSupported: IsSetSupported };
    readonly displayLanguage?: string;
    readonly officeTheme?: { bodyBackgroundColor?: string };
  };
};

function officeGlobal(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

export interface StartOptions {
  /** How long to wait for Office before the pane shows that it is still waiting. */
  readonly timeoutMs?: number;
  /** Told when Office answers after the timeout: the pane takes this host from then on. */
  readonly onLateHost?: (info: HostInfo) => void;
  /**
   * The page's query string. Office opens an add-in's page with `_host_Info=<Host>$<Platform>…`
   * in it, which tells a page in Office from one in a browser when office.js says nothing.
   */
  readonly search?: string;
}

/** The host and platform Office named in the page's address, if it did. */
export function hostFromAddress(
  search: string,
): { host: HostName | null; platform?: Platform } | undefined {
  const value = new URLSearchParams(search).get('_host_Info');
  if (!value) return undefined;
  const [name, platform] = value.split(/[$|]/);
  const host = /^powerpoint$/i.test(name ?? '')
    ? 'powerpoint'
    : /^word$/i.test(name ?? '')
      ? 'word'
      : null;
  return platform ? { host, platform } : { host };
}

function problemInfo(
  hint: { host: HostName | null; platform?: Platform } | undefined,
  problem: StartProblem,
): HostInfo {
  const outside: Capability = { ok: false, reason: problem.message };
  return {
    host: hint?.host ?? null,
    capabilities: {
      write: outside,
      store: outside,
      selection: false,
      presentationXmlParts: false,
      changeTracking: false,
      download: 'blob',
    },
    ...(hint?.platform ? { platform: hint.platform } : {}),
    problem,
  };
}

const NO_OFFICE_JS: StartProblem = {
  kind: 'failed',
  message: {
    de: 'Office hat das Add-in geöffnet, aber office.js konnte nicht geladen werden (keine Verbindung zu appsforoffice.microsoft.com?). Bitte die Verbindung prüfen und den Aufgabenbereich schließen und wieder öffnen.',
    en: 'Office opened the add-in, but office.js could not be loaded (no connection to appsforoffice.microsoft.com?). Please check the connection, then close the task pane and open it again.',
  },
};

function failedStart(error: unknown): StartProblem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    kind: 'failed',
    message: {
      de: `Office hat das Add-in nicht gestartet (${reason}). Bitte den Aufgabenbereich schließen und wieder öffnen.`,
      en: `Office did not start the add-in (${reason}). Please close the task pane and open it again.`,
    },
  };
}

const LATE: StartProblem = {
  kind: 'late',
  message: {
    de: 'Office hat noch nicht geantwortet. Sobald es antwortet, geht es weiter; bis dahin lassen sich Dateien öffnen und herunterladen.',
    en: 'Office has not answered yet. As soon as it does, the pane carries on; meanwhile plan files can be opened and downloaded.',
  },
};

function infoFor(
  office: OfficeGlobal,
  ready: { host?: unknown; platform?: unknown } | undefined,
): HostInfo {
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
  const platform = typeof ready?.platform === 'string' ? ready.platform : undefined;
  const capabilities = capabilitiesFor(host, supports, platform);
  const context = office.context;
  let theme: OfficeThemeInfo | undefined;
  try {
    // officeTheme is undefined, or throws, on hosts without themes (Office 2016, Mac).
    theme = themeFrom(context?.officeTheme);
  } catch {
    theme = undefined;
  }
  return {
    host,
    capabilities,
    ...(platform ? { platform } : {}),
    ...(typeof context?.displayLanguage === 'string'
      ? { displayLanguage: context.displayLanguage }
      : {}),
    ...(theme ? { theme } : {}),
  };
}

/**
 * Waits for Office once. `first` answers within the timeout (with a 'late' problem when Office
 * has not answered by then); `final` is what Office finally says, however late — it never
 * settles for a host that never answers.
 */
export function watchOffice(
  office: OfficeGlobal | undefined = officeGlobal(),
  options: StartOptions = {},
): { readonly first: Promise<HostInfo>; readonly final: Promise<HostInfo> } {
  const search =
    options.search ?? (globalThis as { location?: { search?: string } }).location?.search ?? '';
  const hint = hostFromAddress(search);
  if (!office) {
    const info = hint ? problemInfo(hint, NO_OFFICE_JS) : STANDALONE;
    return { first: Promise.resolve(info), final: Promise.resolve(info) };
  }
  // onReady may also throw rather than reject; both are a failed start.
  const ready = new Promise<{ host?: unknown; platform?: unknown } | undefined>((resolve) =>
    resolve(office.onReady()),
  );
  const final = ready.then(
    (answer) => infoFor(office, answer),
    (error: unknown) => problemInfo(hint, failedStart(error)),
  );
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const first = Promise.race([
    final,
    new Promise<HostInfo>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        resolve(problemInfo(hint, LATE));
      }, options.timeoutMs ?? 15000);
    }),
  ]).finally(() => clearTimeout(timer));
  void final.then((info) => {
    if (timedOut) options.onLateHost?.(info);
  });
  return { first, final };
}

/**
 * Waits for Office once. `office` defaults to the global, which is undefined when office.js
 * could not load; `options` bounds the wait (a number: the timeout in ms) and names who takes a
 * host that answers later.
 */
export function startOffice(
  office: OfficeGlobal | undefined = officeGlobal(),
  options: number | StartOptions = {},
): Promise<HostInfo> {
  return watchOffice(office, typeof options === 'number' ? { timeoutMs: options } : options).first;
}
