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

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[];
}

export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  }
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      count: nodes.length,
    }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.count}×) ${v.help}`);
}

/** A headless Chromium with a fresh profile, that never reaches the network. */
export async function launchChromium(profile: string, origin: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: toolPath('chromium'),
    headless: true,
    locale: 'en-US',
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

export async function openPage(dir: string, file: string): Promise<OpenedPage> {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(path.join(tmpdir(), 'kap-chromium-'));
  const context = await launchChromium(profile, origin);
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
