// Helpers for the task pane's Chromium tests: building the page (the production pane or the
// test harness), serving it, a Chromium without network, and axe.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { toolPath } from '../support/tools';

export const ROOT = path.resolve(__dirname, '../..');
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_LOCAL = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(target).map((entry) => newestMtime(path.join(target, entry))),
  );
}

/** What the production pane is built from. */
const PANE_INPUTS = [
  'src',
  'assets',
  'manifest.xml',
  'webpack.config.js',
  'tsconfig.json',
  'package-lock.json',
];
/** Production builds for the tests, one per state of the inputs, shared by the test files. */
const PANE_CACHE = path.join(ROOT, 'node_modules/.cache/kap-pane');

function files(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((entry) => files(path.join(target, entry)));
}

/** A digest of the inputs' paths and contents: equal digests build the same pane. */
function inputsDigest(): string {
  const hash = createHash('sha256');
  for (const file of PANE_INPUTS.flatMap((input) => files(path.join(ROOT, input)))) {
    hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * dist/ when `npm run build` wrote it after the last change to anything it is built from, else
 * a production build of the inputs as they are now (the test must see the code as it is). That
 * build is kept under node_modules/.cache and shared: the browser test files of one run build
 * the pane once, not once each. `temporary` is always false; the cache replaces its builds.
 */
export async function builtPane(): Promise<{ dir: string; temporary: boolean }> {
  const dist = path.join(ROOT, 'dist');
  const page = path.join(dist, 'taskpane.html');
  if (
    existsSync(page) &&
    statSync(page).mtimeMs > Math.max(...PANE_INPUTS.map((i) => newestMtime(path.join(ROOT, i))))
  ) {
    return { dir: dist, temporary: false };
  }
  const key = inputsDigest();
  const dir = path.join(PANE_CACHE, key);
  if (!existsSync(path.join(dir, 'taskpane.html'))) {
    mkdirSync(PANE_CACHE, { recursive: true });
    const built = await webpackBuild(['--mode', 'production'], PANE_CACHE);
    try {
      renameSync(built, dir);
    } catch (error) {
      // Another test process finished the same build first: its copy is as good.
      rmSync(built, { recursive: true, force: true });
      if (!existsSync(path.join(dir, 'taskpane.html'))) throw error;
    }
    // Builds of earlier inputs are of no more use (a build in progress has no digest name).
    for (const entry of readdirSync(PANE_CACHE)) {
      if (/^[0-9a-f]{16}$/.test(entry) && entry !== key) {
        rmSync(path.join(PANE_CACHE, entry), { recursive: true, force: true });
      }
    }
  }
  return { dir, temporary: false };
}

/** The test harness (test/taskpane/harness.tsx) in a temp dir; a development build is faster. */
export function builtHarness(): Promise<string> {
  return webpackBuild(['--mode', 'development', '--env', 'harness']);
}

async function webpackBuild(args: string[], parent = tmpdir()): Promise<string> {
  const dir = mkdtempSync(path.join(parent, 'kap-pane-'));
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  await promisify(execFile)(
    process.execPath,
    [cli, ...args, '--env', `output=${dir}`, '--no-stats'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return dir;
}

/**
 * The strictest Content-Security-Policy under which the pane and office.js run. Scripts only
 * from this origin and the office.js CDN, and no 'unsafe-eval' (zod validates jitless, see
 * src/taskpane/session/jitless.ts). Style elements: Griffel and the FluentProvider create empty
 * <style> elements and fill them through the CSSOM, which CSP does not govern, so the hash of the
 * empty text is all they need. Style attributes cannot run code; the page's <body> has one and
 * office.js sets one on the frame it makes, whose text changes with each office.js release, so
 * they are allowed inline. `style-src` is the fallback for engines without style-src-elem/-attr
 * (Safari before 15.4, Office on older Macs). office.js frames Microsoft's telemetry proxy.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  `script-src 'self' ${new URL(OFFICE_CDN).origin}`,
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
  "style-src-attr 'unsafe-inline'",
  'frame-src https://telemetryservice.firstpartyapps.oaspapps.com',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Serves a built folder on loopback; `headers` go with every response (a CSP, say). */
export function serve(
  dir: string,
  headers: Readonly<Record<string, string>> = {},
): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'content-type': type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Routes office.js and its satellites to the npm copy; everything off-machine is refused. */
export async function offline(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.continue();
    } else if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_LOCAL, new URL(url).pathname.slice('/lib/1/hosted/'.length));
      if (existsSync(file)) await route.fulfill({ path: file, contentType: 'text/javascript' });
      else await route.fulfill({ status: 404 });
    } else {
      await route.abort();
    }
  });
}

interface AxeNode {
  html: string;
  target: unknown[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[];
}

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every violation of a WCAG 2.x A or AA rule on the page, whatever its impact, with the elements.
 * One known false positive is left out by name: Fluent's focus manager (tabster) puts focusable
 * sentinels marked `data-tabster-dummy` and aria-hidden around focus scopes, on purpose — they
 * hand the focus on at once and must stay silent for screen readers (microsoft/tabster#288).
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<AxeResult> };
      }
    ).axe;
    const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => n.html),
    }));
  }, WCAG_AA);
  return result
    .map((v) => ({
      ...v,
      nodes:
        v.id === 'aria-hidden-focus'
          ? v.nodes.filter((html) => !html.includes('data-tabster-dummy'))
          : v.nodes,
    }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) => `${v.impact}: ${v.id} (${v.nodes.length}×) ${v.help} — ${v.nodes[0]!.slice(0, 160)}`,
    );
}

/** How a page is served and shown: headers, the browser's language, size and colours. */
export interface PageOptions {
  /** Response headers for everything served (a Content-Security-Policy, say). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly locale?: string;
  readonly viewport?: { width: number; height: number };
  readonly colorScheme?: 'light' | 'dark';
  readonly forcedColors?: 'active' | 'none';
}

/** A headless Chromium with a fresh profile, that never reaches the network. */
export async function launchChromium(
  profile: string,
  origin: string,
  options: PageOptions = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: toolPath('chromium'),
    headless: true,
    locale: options.locale ?? 'en-US',
    ...(options.viewport ? { viewport: options.viewport } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.forcedColors ? { forcedColors: options.forcedColors } : {}),
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await offline(context, origin);
  // Shorter than jest's own timeout, so that a failure names the element it waited for.
  context.setDefaultTimeout(10_000);
  return context;
}

/** A built folder served on loopback with one page open in a fresh Chromium profile. */
export interface OpenedPage {
  readonly origin: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every URL the page requested, in order. */
  readonly requested: string[];
  /** Console errors and uncaught exceptions of the page, in order. */
  readonly errors: string[];
  /** The Content-Security-Policy violations the page saw so far (its own event, in the page). */
  violations(): Promise<string[]>;
  /** Closes the browser and the server and removes the profile (not the served folder). */
  close(): Promise<void>;
}

/** Installed in every page before its scripts: keeps the page's CSP violation events. */
function recordViolations(): void {
  const seen: string[] = [];
  Object.defineProperty(window, '__cspViolations', { value: seen });
  window.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where}`);
    },
    true,
  );
}

export async function openPage(
  dir: string,
  file: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const server = await serve(dir, options.headers);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'kap-chromium-'));
  const context = await launchChromium(profile, origin, options);
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/${file}`);
  return {
    origin,
    context,
    page,
    requested,
    errors,
    violations: () =>
      page.evaluate(() => [
        ...(window as unknown as { __cspViolations: string[] }).__cspViolations,
      ]),
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
