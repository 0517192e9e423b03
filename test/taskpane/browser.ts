// Helpers for the task pane's Chromium tests: building the page (the production pane or the
// test harness), serving it, a Chromium without network, and axe.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/**
 * dist/ when `npm run build` wrote it after the last change to anything it is built from,
 * else a fresh production build in a temp dir (the test must see the code as it is now).
 */
export async function builtPane(): Promise<{ dir: string; temporary: boolean }> {
  const dist = path.join(ROOT, 'dist');
  const page = path.join(dist, 'taskpane.html');
  const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json'];
  if (
    existsSync(page) &&
    statSync(page).mtimeMs > Math.max(...inputs.map((i) => newestMtime(path.join(ROOT, i))))
  ) {
    return { dir: dist, temporary: false };
  }
  return { dir: await webpackBuild(['--mode', 'production']), temporary: true };
}

/** The test harness (test/taskpane/harness.tsx) in a temp dir; a development build is faster. */
export function builtHarness(): Promise<string> {
  return webpackBuild(['--mode', 'development', '--env', 'harness']);
}

async function webpackBuild(args: string[]): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kap-pane-'));
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  await promisify(execFile)(
    process.execPath,
    [cli, ...args, '--env', `output=${dir}`, '--no-stats'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return dir;
}

export function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
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

/** How a page is shown: the browser's language, the pane's size, the system's colours. */
export interface PageOptions {
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
  /** Closes the browser and the server and removes the profile (not the served folder). */
  close(): Promise<void>;
}

export async function openPage(
  dir: string,
  file: string,
  options: PageOptions = {},
): Promise<OpenedPage> {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'kap-chromium-'));
  const context = await launchChromium(profile, origin, options);
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(`${origin}/${file}`);
  return {
    origin,
    context,
    page,
    requested,
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
