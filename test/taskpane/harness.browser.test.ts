// The editor as PowerPoint and Word show it, in a real Chromium: test/taskpane/harness.tsx renders
// the real pane with an in-memory document session that records every request and writes only
// when the test lets it (`hold`). Edit, write, edit again, rewrite in place; the "changed since
// written" marks; a failed write; a file that replaces the document's plan, which the document
// keeps; stored copies that cannot be read; an Office that cannot write.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describeWith } from '../support/tools';
import { builtHarness, openPage, ROOT, wcagViolations, type OpenedPage } from './browser';
import type { HarnessRecord } from './harness';

const MUELLER = path.join(ROOT, 'assets/examples/mueller-maschinenbau.de.kap.json');
const WRITE_STEP = 'Write this step into the presentation';
const WRITE_PLAN = 'Write the whole plan';

function harness(page: Page): Promise<HarnessRecord> {
  return page.evaluate(() => window.kapHarness);
}

async function setHarness(page: Page, values: Partial<HarnessRecord>): Promise<void> {
  await page.evaluate((v) => Object.assign(window.kapHarness, v), values);
}

describeWith(['chromium'], 'the editor in Office (Chromium, in-memory document)', () => {
  let dir: string;
  let opened: OpenedPage | undefined;

  beforeAll(async () => {
    dir = await builtHarness();
  }, 300_000);

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(query = ''): Promise<Page> {
    opened = await openPage(dir, `harness.html${query}`, { viewport: { width: 380, height: 900 } });
    return opened.page;
  }

  it('edits, writes, edits again and rewrites in place, marking what changed since', async () => {
    const page = await open();
    await page
      .getByText('Loaded the plan for Northwind Health Systems plc from this presentation.')
      .waitFor();
    await page.getByText('Saved in this presentation').waitFor();

    // Write step 1, holding the document to see the progress.
    await setHarness(page, { hold: true });
    await page.getByRole('button', { name: WRITE_STEP }).click();
    await page.getByRole('status').getByText('Writing into the presentation: step 1 …').waitFor();
    await expect(
      page.getByRole('button', { name: WRITE_PLAN }).getAttribute('aria-disabled'),
    ).resolves.toBe('true');
    await expect(wcagViolations(page)).resolves.toEqual([]);
    await setHarness(page, { hold: false });
    await page.getByRole('status').getByText('Written into the presentation: step 1.').waitFor();

    // Edit a fact: step 1's document copy is now older than the plan.
    await page.getByRole('button', { name: /^F1 / }).click();
    const text = page.getByRole('textbox', { name: 'What we know' });
    await text.fill('Northwind plans three new hospitals by 2028');
    await page
      .getByRole('button', { name: /^Step 1 of 6, Collect data.*changed since written$/ })
      .waitFor();
    await page
      .getByText('The plan has changed since this step was written into the presentation.')
      .waitFor();
    // The document keeps which steps it shows, for the marks after reopening.
    expect(Object.keys((await harness(page)).written ?? {})).toEqual(['1']);

    // Rewrite: the new text goes in, the mark goes away.
    await page.getByRole('button', { name: WRITE_STEP }).click();
    await page.getByRole('status').getByText('Written into the presentation: step 1.').waitFor();
    await page
      .getByRole('button', {
        name: /^Step 1 of 6, Collect data, (complete|in progress)[^,]*(, \d+ \w+)*$/,
      })
      .waitFor();
    const record = await harness(page);
    expect(record.writes.map((w) => w.steps)).toEqual([[1], [1]]);
    expect(record.writes[1]!.texts).toContain('Northwind plans three new hospitals by 2028');
    expect(record.writes[0]!.texts).not.toContain('Northwind plans three new hospitals by 2028');
    // …and the edited plan is in the document.
    expect(record.stored?.facts[0]?.text).toBe('Northwind plans three new hospitals by 2028');
  });

  it('writes the whole plan once however often it is clicked, and reports a failed write', async () => {
    const page = await open();
    await page.getByText('Saved in this presentation').waitFor();
    const writePlan = page.getByRole('button', { name: WRITE_PLAN });
    await setHarness(page, { hold: true });
    await writePlan.click();
    await page
      .getByRole('status')
      .getByText('Writing into the presentation: cover and overview, steps 1–6 …')
      .waitFor();
    await writePlan.click({ force: true });
    await setHarness(page, { hold: false });
    await page
      .getByRole('status')
      .getByText('Written into the presentation: cover and overview, steps 1–6.')
      .waitFor();
    expect((await harness(page)).writes.map((w) => w.steps)).toEqual([[0, 1, 2, 3, 4, 5, 6]]);

    await setHarness(page, { failNext: true });
    await writePlan.click();
    await page
      .getByRole('alert')
      .getByText(
        'Writing into the presentation failed: PowerPoint refused to insert the slides. ' +
          'Written into the presentation: cover and overview, steps 1–4. ' +
          'Left unchanged: step 6. Possibly incomplete, please write again: step 5.',
      )
      .waitFor();
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });

  it('keeps the customer version to downloads: the document is still written the whole plan', async () => {
    const page = await open();
    await page.getByText('Saved in this presentation').waitFor();
    await page.getByRole('button', { name: 'Plan: new, open, save, download' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^Customer version/ }).click();
    await page.keyboard.press('Escape');
    // Said where the write buttons are, not left to be found out.
    await page.getByText(/^Writing into the document still writes the full plan/).waitFor();
    await page.getByRole('button', { name: /^Step 3 of 6/ }).click();
    await page.getByRole('button', { name: WRITE_STEP }).click();
    await page.getByRole('status').getByText('Written into the presentation: step 3.').waitFor();
    const record = await harness(page);
    const risk = record.stored?.risks[0]?.title ?? '';
    expect(risk).not.toBe('');
    expect(record.writes[0]!.risks).toContain(risk);
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });

  it('asks before a file replaces the plan, and the document keeps the replaced one', async () => {
    const page = await open();
    await page.getByText('Saved in this presentation').waitFor();
    await page.locator('input[type=file]').setInputFiles(MUELLER);
    const dialog = page.getByRole('alertdialog', { name: 'Replace the open plan?' });
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Müller Maschinenbau AG' }).waitFor();
    const banner = page.getByRole('region', {
      name: /^The plan for Northwind Health Systems plc that a file replaced/,
    });
    await banner.waitFor();
    expect((await harness(page)).stored?.account.name).toBe('Müller Maschinenbau AG');
    await banner.getByRole('button', { name: 'Bring it back' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Health Systems plc' }).waitFor();
    await page.getByText('The earlier plan is back.').waitFor();
    expect((await harness(page)).stored?.account.name).toBe('Northwind Health Systems plc');
  });

  it('offers a stored copy it cannot read for export, and leaves it alone', async () => {
    const page = await open('?unreadable=1');
    await page
      .getByRole('heading', { level: 2, name: 'Stored data that cannot be read' })
      .waitFor();
    await page
      .getByText('Presentation tag: This data was written by a newer version of the add-in.')
      .waitFor();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export raw data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('stored-plan-1.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(
      '{"format":"kap-envelope","version":99}',
    );
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });

  it('starts a new plan in an empty Word document and keeps it there', async () => {
    const page = await open('?host=word&stored=none');
    await page.getByRole('heading', { name: 'Start a key account plan' }).waitFor();
    await page.getByRole('textbox', { name: 'Account' }).fill('Contoso GmbH');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByText('Saved in this document').waitFor();
    expect((await harness(page)).stored?.account.name).toBe('Contoso GmbH');
    await page.getByRole('button', { name: 'Write this step into the document' }).waitFor();
  });

  it('says so where PowerPoint cannot write, and that the plan menu still downloads', async () => {
    const page = await open('?write=missing');
    await page
      .getByText(
        /^Writing into the presentation is not possible here: This version of Office cannot write slides/,
      )
      .waitFor();
    await expect(page.getByRole('button', { name: WRITE_PLAN }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: WRITE_STEP }).count()).resolves.toBe(0);
    await expect(wcagViolations(page)).resolves.toEqual([]);
  });
});
