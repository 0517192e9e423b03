// The built task pane in a real Chromium, outside Office: it must render standalone, be usable
// by keyboard, pass axe without serious or critical violations, open plan files, and load the
// renderers only when a download asks for them. No network: office.js comes from node_modules.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWith } from '../support/tools';
import {
  builtPane,
  OFFICE_CDN,
  openPage,
  ROOT,
  seriousViolations,
  type OpenedPage,
} from './browser';

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

describeWith(['chromium'], 'task pane in Chromium (standalone)', () => {
  let opened: OpenedPage;
  let build: { dir: string; temporary: boolean };
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  let requested: string[];

  beforeAll(async () => {
    build = await builtPane();
    opened = await openPage(build.dir, 'taskpane.html');
    ({ origin, context, page, requested } = opened);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
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
