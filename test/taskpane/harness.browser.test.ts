// The task pane as PowerPoint shows it, in a real Chromium: test/taskpane/harness.tsx renders the
// real pane with a fake document session (it answers after 600 ms and records every request).
// Covers the stored plan, unreadable stored copies, writing one step and the whole plan, a failed
// write, saving an opened file into the document, and a host without the write API sets.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describeWith } from '../support/tools';
import { builtHarness, openPage, ROOT, wcagViolations, type OpenedPage } from './browser';
import type { HarnessRecord } from './harness';

const EXAMPLE = path.join(ROOT, 'assets/examples/northwind-health.en.kap.json');
const RENDER_CHUNK = /\/render(\.[0-9a-f]+)?\.js$/;
const WRITE_STEP = 'Write this step into the presentation';
const WRITE_PLAN = 'Write the whole plan';

function harness(page: Page): Promise<HarnessRecord> {
  return page.evaluate(() => window.kapHarness);
}

describeWith(['chromium'], 'task pane in Chromium (PowerPoint, fake session)', () => {
  let opened: OpenedPage;
  let dir: string;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  let requested: string[];

  beforeAll(async () => {
    dir = await builtHarness();
    opened = await openPage(dir, 'harness.html');
    ({ origin, context, page, requested } = opened);
  }, 120_000);

  afterAll(async () => {
    await opened?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const writeStep = () => page.getByRole('button', { name: WRITE_STEP });
  const writePlan = () => page.getByRole('button', { name: WRITE_PLAN });

  it('shows the plan stored in the presentation and the copy it cannot read', async () => {
    await page.getByText('PowerPoint — steps are written as slides').waitFor();
    await page.getByText('Plan loaded from this presentation').waitFor();
    await page
      .getByRole('alert')
      .getByText(/^One stored copy in this presentation cannot be read\./)
      .waitFor();
    await page
      .getByRole('heading', { level: 2, name: 'Stored data that cannot be read' })
      .waitFor();
    await page
      .getByText('Presentation tag: This data was written by a newer version of the add-in.')
      .waitFor();
    await expect(page.getByTestId('step-contents').textContent()).resolves.toMatch(/^\d+ facts/);
    // The fake session writes nothing itself: the renderers must not have loaded at start.
    expect(requested.filter((url) => RENDER_CHUNK.test(url))).toEqual([]);
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });

  it('exports the raw text of an unreadable copy as a file', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export raw data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('stored-plan-1.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      '{"format":"kap-envelope","version":99}',
    );
  });

  it('writes the selected step, with progress and the buttons disabled meanwhile', async () => {
    await page.getByRole('button', { name: 'Top 5 opportunities and risks', exact: true }).click();
    await writeStep().click();
    const status = page.getByRole('status');
    await status.getByText('Writing into the presentation: step 3 …').waitFor();
    await expect(writeStep().getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(writePlan().getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByRole('button', { name: 'Open plan file' }).isDisabled()).resolves.toBe(
      true,
    );
    await status.getByText('Written into the presentation: step 3.').waitFor();
    await expect(writeStep().getAttribute('aria-disabled')).resolves.toBeNull();
    expect((await harness(page)).writes).toEqual([[3]]);
  });

  it('writes the whole plan once, however often the button is clicked', async () => {
    await writePlan().click();
    await page
      .getByRole('status')
      .getByText('Writing into the presentation: cover and overview, steps 1–6 …')
      .waitFor();
    await expect(writePlan().getAttribute('aria-disabled')).resolves.toBe('true');
    // A click on the disabled button changes nothing.
    await writePlan().click({ force: true });
    await page
      .getByRole('status')
      .getByText('Written into the presentation: cover and overview, steps 1–6.')
      .waitFor();
    expect((await harness(page)).writes).toEqual([[3], [0, 1, 2, 3, 4, 5, 6]]);
  });

  it('has no serious accessibility violations while a write runs (spinners included)', async () => {
    await page.evaluate(() => {
      window.kapHarness.hold = true;
    });
    await writeStep().click();
    await page.getByRole('status').getByText('Writing into the presentation: step 3 …').waitFor();
    const violations = await wcagViolations(page);
    await page.evaluate(() => {
      window.kapHarness.hold = false;
    });
    expect(violations).toEqual([]);
    await page.getByRole('status').getByText('Written into the presentation: step 3.').waitFor();
  });

  it('shows a failed write in the alert region, step by step', async () => {
    await page.evaluate(() => {
      window.kapHarness.failNext = true;
    });
    await writePlan().click();
    await page
      .getByRole('alert')
      .getByText(
        'Writing into the presentation failed: PowerPoint refused to insert the slides. ' +
          'Written into the presentation: cover and overview, steps 1–4. ' +
          'Left unchanged: step 6. Possibly incomplete, please write again: step 5.',
      )
      .waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toBe('');
    await expect(writePlan().getAttribute('aria-disabled')).resolves.toBeNull();
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });

  it('keeps an opened plan file in the presentation and saves when the pane is hidden', async () => {
    const before = await harness(page);
    await page.locator('input[type=file]').setInputFiles(EXAMPLE);
    await page
      .getByRole('status')
      .getByText(/^Opened .*\(northwind-health\.en\.kap\.json\)/)
      .waitFor();
    await page.getByText('northwind-health.en.kap.json', { exact: true }).waitFor();
    const after = await harness(page);
    expect(after.saved).toEqual(['Northwind Health Systems plc']);
    expect(after.flushes).toBe(before.flushes + 1);
    await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
    expect((await harness(page)).flushes).toBe(after.flushes + 1);
  });

  it('says so where PowerPoint cannot write, and offers the downloads instead', async () => {
    const old = await context.newPage();
    await old.goto(`${origin}/harness.html?write=missing`);
    await old
      .getByText(
        /^Writing into the presentation is not possible here: This version of Office cannot write slides/,
      )
      .waitFor();
    await expect(old.getByRole('button', { name: WRITE_PLAN }).count()).resolves.toBe(0);
    await expect(old.getByRole('button', { name: WRITE_STEP }).count()).resolves.toBe(0);
    await old.getByRole('button', { name: 'Download .pptx' }).waitFor();
    await expect(wcagViolations(old)).resolves.toEqual([]);
    await old.close();
  });
});
