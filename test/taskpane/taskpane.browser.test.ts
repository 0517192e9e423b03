// The built task pane in a real Chromium, outside Office: it must render standalone, be usable
// by keyboard, pass axe without serious or critical violations, open plan files, and load the
// renderers only when a download asks for them. No network: office.js comes from node_modules.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describeWith, toolPath } from '../support/tools';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const OFFICE_LOCAL = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');
const EXAMPLE = path.join(ROOT, 'assets/examples/northwind-health.en.kap.json');
const STEPS_EN = [
  'Collect data',
  'So what?',
  'Top 5 opportunities and risks',
  'Strategic goals',
  'Strategy',
  'Action plan',
];
const RENDER_CHUNK = /\/render\.[0-9a-f]+\.js$/;

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
async function builtPane(): Promise<{ dir: string; temporary: boolean }> {
  const dist = path.join(ROOT, 'dist');
  const page = path.join(dist, 'taskpane.html');
  const inputs = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'package-lock.json'];
  if (
    existsSync(page) &&
    statSync(page).mtimeMs > Math.max(...inputs.map((i) => newestMtime(path.join(ROOT, i))))
  ) {
    return { dir: dist, temporary: false };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kap-pane-'));
  const cli = path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js');
  await promisify(execFile)(
    process.execPath,
    [cli, '--mode', 'production', '--env', `output=${dir}`, '--no-stats'],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return { dir, temporary: true };
}

function serve(dir: string): Promise<Server> {
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
async function offline(context: BrowserContext, origin: string): Promise<void> {
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

async function seriousViolations(page: Page): Promise<string[]> {
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

describeWith(['chromium'], 'task pane in Chromium (standalone)', () => {
  let build: { dir: string; temporary: boolean };
  let server: Server;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    build = await builtPane();
    server = await serve(build.dir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(path.join(tmpdir(), 'kap-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
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
    page = await context.newPage();
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${origin}/taskpane.html`);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (build?.temporary) rmSync(build.dir, { recursive: true, force: true });
  });

  it('renders standalone: the heading and the host line', async () => {
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Key Account Planner',
    );
    await page
      .getByText('Standalone — open in PowerPoint or Word to write into the document')
      .waitFor({ timeout: 25_000 });
    expect(requested.some((url) => url === `${OFFICE_CDN}office.js`)).toBe(true);
  });

  it('reaches all six steps by Tab, in order, and opens one with Enter', async () => {
    await page.locator('body').focus();
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.length < STEPS_EN.length; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.closest('nav') ? (element.textContent ?? '') : undefined;
      });
      if (name !== undefined) reached.push(name);
    }
    expect(reached).toEqual(STEPS_EN.map((name, index) => `${index + 1}${name}`));

    // Back to step 4 with Shift+Tab, then Enter.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    const step4 = page.getByRole('button', { name: 'Strategic goals', exact: true });
    await expect(step4.getAttribute('aria-current')).resolves.toBe('step');
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toBe(
      'Strategic goals',
    );
  });

  it('has no serious or critical accessibility violations at start', async () => {
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('shows the problems of an invalid plan file in the page and in the alert region', async () => {
    await page.locator('input[type=file]').setInputFiles({
      name: 'broken.kap.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "format": "kap", "version": 1, "account": '),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('broken.kap.json is not a valid plan').waitFor();
    await page
      .getByRole('heading', { name: 'The file broken.kap.json is not a valid plan:' })
      .waitFor();
    expect(await page.locator('section ul li').count()).toBeGreaterThan(0);
    await expect(seriousViolations(page)).resolves.toEqual([]);
  });

  it('opens a plan file without loading the renderers', async () => {
    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page
      .getByRole('status')
      .getByText(/^Opened .*\(northwind-health\.en\.kap\.json\)/)
      .waitFor();
    const plan = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { facts: unknown[] };
    await expect(page.getByTestId('step-contents').textContent()).resolves.toMatch(
      new RegExp(`^${plan.facts.length} facts`),
    );
    expect(requested.filter((url) => RENDER_CHUNK.test(url))).toEqual([]);
  });

  it('loads the renderers on download and hands over a .pptx', async () => {
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: 'Download .pptx' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(requested.filter((url) => RENDER_CHUNK.test(url))).toHaveLength(1);
    await page
      .getByRole('status')
      .getByText(/^Downloaded .*\.pptx\.$/)
      .waitFor();
  });

  it('speaks German in a German browser', async () => {
    const german = await context.newPage();
    await german.addInitScript(() => {
      Object.defineProperty(navigator, 'language', { get: () => 'de-DE' });
    });
    await german.goto(`${origin}/taskpane.html`);
    await german.getByRole('heading', { level: 1, name: 'Key-Account-Planer' }).waitFor();
    await german.getByRole('button', { name: 'Daten sammeln', exact: true }).waitFor();
    await expect(german.locator('html').getAttribute('lang')).resolves.toBe('de');
    await german.close();
  });
});
