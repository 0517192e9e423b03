// Handing the user a file where the add-in cannot download one. Office on Mac and iPad runs the
// task pane in a web view that ignores blob downloads (office-js#2700, #3385); Microsoft's
// advice there is Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1) to a page that
// downloads in the real browser. The add-in's own page is that page: the plan travels in the
// address's fragment — compressed, and never sent to a server, since browsers keep the fragment
// to themselves — and the page, running standalone in the browser, opens the plan and offers
// the file. Where Office cannot open a browser either, the pane says plainly what to do.
import type { Localized } from '../plan/messages';
import type { DownloadRoute } from './host';

export type FileFormat = 'pptx' | 'docx';

/** The fragment key the page looks for. */
export const HANDOFF_KEY = 'kap-plan';

/**
 * The longest address handed to the browser. Browsers take far longer ones (Chromium 2 MB);
 * the operating system passes it on, and no limit is documented there, so the add-in stays
 * well below what is known to work. A plan too big for it is offered as text to copy.
 */
export const MAX_HANDOFF_URL = 100_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const output = new Blob([bytes.slice()]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
}

/**
 * The plan's text for an address fragment: 'z' + deflated base64url where the web view can
 * compress (CompressionStream), else 'j' + plain base64url.
 */
export async function encodePlan(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (typeof CompressionStream === 'function') {
    return `z${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  }
  return `j${toBase64Url(bytes)}`;
}

/** The plan's text back from encodePlan's form; undefined for anything else. */
export async function decodePlan(encoded: string): Promise<string | undefined> {
  try {
    const kind = encoded[0];
    const bytes = fromBase64Url(encoded.slice(1));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    if (kind === 'j') return decoder.decode(bytes);
    if (kind === 'z') {
      return decoder.decode(await pipe(bytes, new DecompressionStream('deflate-raw')));
    }
    return undefined;
  } catch {
    return undefined;
  }
}

/** Which version of the plan the file is to be: the customer's, the review's. */
export interface HandoffOptions {
  readonly customer?: boolean;
  readonly review?: boolean;
}

/** The page's address that opens `planText` and offers it as `format`, in that version. */
export async function handoffUrl(
  pageUrl: string,
  planText: string,
  format: FileFormat,
  options: HandoffOptions = {},
): Promise<string> {
  const base = pageUrl.split('#')[0]!;
  const version = `${options.customer ? '&customer=1' : ''}${options.review ? '&review=1' : ''}`;
  return `${base}#${HANDOFF_KEY}=${await encodePlan(planText)}&format=${format}${version}`;
}

/** What the page was handed in its address: the plan's text and the file to offer. */
export async function readHandoff(hash: string): Promise<
  | {
      readonly planText: string;
      readonly format?: FileFormat;
      readonly options: HandoffOptions;
    }
  | undefined
> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const encoded = params.get(HANDOFF_KEY);
  if (!encoded) return undefined;
  const planText = await decodePlan(encoded);
  if (planText === undefined) return undefined;
  const format = params.get('format');
  const options: HandoffOptions = {
    ...(params.get('customer') === '1' ? { customer: true } : {}),
    ...(params.get('review') === '1' ? { review: true } : {}),
  };
  return format === 'pptx' || format === 'docx'
    ? { planText, format, options }
    : { planText, options };
}

export type OfferResult =
  /** Handed to the download (blob) or to the system browser: nothing more to say. */
  | { readonly kind: 'downloaded' }
  | { readonly kind: 'browser'; readonly message: Localized }
  /** No way to hand over a file: the pane shows `message` and offers `planText` to copy. */
  | { readonly kind: 'manual'; readonly message: Localized; readonly planText: string };

export interface OfferRequest {
  readonly route: DownloadRoute;
  readonly format: FileFormat;
  readonly fileName: string;
  /** The plan as a .kap.json text, for the browser (and to copy, unless `copyText` is given). */
  readonly planText: string;
  /**
   * The plan as offered to copy where neither a download nor a browser works. The browser's page
   * is this add-in on the user's own machine and gets the whole plan with the version to make of
   * it; a text to copy may go anywhere, so the customer's version is its cut.
   */
  readonly copyText?: string;
  /** The version the file is to be, told to the browser's page with the plan. */
  readonly options?: HandoffOptions;
  /** The add-in page's address (location.href). */
  readonly pageUrl: string;
  /** Makes the file; only called for a blob download. */
  readonly render: () => Promise<Blob>;
  /** The browser's download, as the pane does it. */
  readonly saveBlob: (blob: Blob, fileName: string) => void;
  /** Office.context.ui.openBrowserWindow (see officeBrowser). */
  readonly openBrowser?: (url: string) => void;
}

const COPY_INSTEAD: Localized = {
  de: 'Dieses Office kann aus dem Add-in keine Dateien speichern und keinen Browser öffnen. Bitte den Plan kopieren, in eine Textdatei mit der Endung .kap.json einfügen und diese Seite in einem Browser öffnen: {url} — dort „Plan öffnen“ und herunterladen. Oder den Plan direkt in das Dokument schreiben.',
  en: 'This Office cannot save files from the add-in or open a browser. Please copy the plan into a text file ending in .kap.json and open this page in a browser: {url} — choose "Open plan" there and download. Or write the plan straight into the document.',
};

function withUrl(message: Localized, url: string): Localized {
  return { de: message.de.replace('{url}', url), en: message.en.replace('{url}', url) };
}

/** Hands the user the file the best way the host allows. */
export async function offerFile(request: OfferRequest): Promise<OfferResult> {
  const page = request.pageUrl.split(/[?#]/)[0]!;
  if (request.route === 'blob') {
    request.saveBlob(await request.render(), request.fileName);
    return { kind: 'downloaded' };
  }
  if (request.route === 'browser-window' && request.openBrowser) {
    const url = await handoffUrl(page, request.planText, request.format, request.options);
    if (url.length <= MAX_HANDOFF_URL) {
      request.openBrowser(url);
      return {
        kind: 'browser',
        message: {
          de: `Office lädt hier keine Dateien herunter: ${request.fileName} wird im Browser angeboten, der sich jetzt öffnet.`,
          en: `Office does not download files here: ${request.fileName} is offered in the browser that opens now.`,
        },
      };
    }
  }
  return {
    kind: 'manual',
    message: withUrl(COPY_INSTEAD, page),
    planText: request.copyText ?? request.planText,
  };
}
