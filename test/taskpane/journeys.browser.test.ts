// A new user in a real Chromium, outside Office: builds a complete plan from an empty pane —
// in English with the mouse, in German with the keyboard alone — downloads the deck and the
// document and finds everything typed in them as LibreOffice reads them; reloads and finds the
// plan again; deletes what others cite and undoes it; and axe finds no WCAG A/AA violation on any
// step or dialog. Each journey has its own Chromium profile. `README_SHOTS=1` also writes the
// README's pictures of the steps into assets/readme/.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { handoffUrl } from '../../src/office/handoff';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { writePlanText } from '../../src/plan/write';
import { comparable, pdfTexts } from '../support/pdfText';
import { describeWith } from '../support/tools';
import { builtPane, openPage, ROOT, wcagViolations, type OpenedPage } from './browser';

const SHOTS = process.env.README_SHOTS === '1';
const WIDTH = 350;

/** Presses Tab until `target` has the focus: proves it is reachable by keyboard. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tabTo: no such element');
  for (let i = 0; i < limit; i++) {
    if (await handle.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`tabTo: not reached with ${limit} presses of Tab`);
}

/**
 * Waits until the navigator names the steps as expected: the red-thread rules run once the typing
 * pauses, so the states follow a moment after the last key.
 */
async function stepsSay(page: Page, expected: readonly string[]): Promise<void> {
  await page
    .waitForFunction(
      (names) => {
        if (document.querySelector('nav')?.getAttribute('aria-busy') !== 'false') return false;
        const labels = [...document.querySelectorAll('nav button')].map(
          (b) => b.getAttribute('aria-label') ?? '',
        );
        return names.every((name) => labels.includes(name));
      },
      expected,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`the steps say ${JSON.stringify(await stepNames(page))}`);
    });
}

/** The accessible name of each step in the navigator. */
async function stepNames(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation')
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
}

async function axeClean(page: Page, where: string): Promise<void> {
  // Colours are judged at rest: mid-animation a dialog is half transparent. Its motion may start
  // a few frames after it mounts, so rest means no running animation over several frames.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        let quiet = 0;
        const check = () => {
          // Spinners turn forever; what settles are the finite motions (a dialog's fade).
          const moving = document
            .getAnimations()
            .some(
              (a) =>
                a.playState === 'running' &&
                a.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY,
            );
          quiet = moving ? 0 : quiet + 1;
          if (quiet >= 5) resolve(true);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
  const violations = await wcagViolations(page);
  if (violations.length > 0) throw new Error(`${where}: ${violations.join('; ')}`);
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  // The step as it opens, at the pane's usual size, with its findings up to date.
  if (await page.locator('nav').count()) await page.locator('nav[aria-busy="false"]').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ROOT, 'assets/readme', `pane-${name}.png`) });
}

/** Downloads both documents through the plan menu; returns their paths. */
async function downloadBoth(page: Page, dir: string, menu: string, items: [string, string]) {
  const files: string[] = [];
  for (const item of items) {
    await page.getByRole('button', { name: menu }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: item }).click();
    const download = await downloading;
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    files.push(file);
  }
  return files;
}

function expectAllIn(text: string, expected: readonly string[], file: string): void {
  const have = comparable(text);
  const missing = expected.filter((item) => !have.includes(comparable(item)));
  if (missing.length > 0) throw new Error(`${file} lacks: ${missing.join(' | ')}`);
}

/** Texts of the example the customer's version leaves out, a few words each (typesetting aside). */
function customerLeftOut(plan: Plan): string[] {
  return [
    ...plan.risks.map((r) => r.title),
    ...plan.strategies.map((st) => st.text),
    ...plan.people.flatMap((p) => (p.note ? [p.note] : [])),
    ...(plan.summary?.asks ?? []),
  ].map((text) => text.split(' ').slice(0, 3).join(' '));
}

describeWith(['chromium', 'soffice', 'pdftotext'], 'a new user builds a plan (Chromium)', () => {
  let build: { dir: string; temporary: boolean };
  let opened: OpenedPage | undefined;
  let downloads: string;

  beforeAll(async () => {
    build = await builtPane();
    downloads = mkdtempSync(path.join(tmpdir(), 'kap-downloads-'));
  }, 180_000);

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });

  afterAll(() => {
    if (build?.temporary) rmSync(build.dir, { recursive: true, force: true });
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  async function open(language: 'en' | 'de'): Promise<Page> {
    opened = await openPage(build.dir, 'taskpane.html', {
      locale: language === 'de' ? 'de-DE' : 'en-US',
      viewport: { width: WIDTH, height: 800 },
    });
    return opened.page;
  }

  it('in English, with the mouse: all six steps, the red thread whole, both documents hold it', async () => {
    const page = await open('en');
    await page.getByRole('heading', { name: 'Start a key account plan' }).waitFor();
    await axeClean(page, 'start');
    await shot(page, 'start');

    await page.getByRole('textbox', { name: 'Account' }).fill('Northwind Health');
    await page.getByRole('textbox', { name: 'Plan owner' }).fill('Sam Lee');
    await page.getByRole('combobox', { name: 'Month' }).selectOption('1');
    await page.getByRole('combobox', { name: 'Year' }).selectOption('2027');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Northwind Health' }).waitFor();

    // Step 1: facts by area, a gap that becomes an action at once.
    await page.getByRole('button', { name: 'Add a fact on “Account”' }).click();
    await page.keyboard.type('Northwind opens two new clinics in 2027');
    await page.getByRole('textbox', { name: 'Source' }).fill('Annual report 2026');
    await page.getByRole('button', { name: 'Add a fact on “Competition”' }).click();
    await page.keyboard.type('Vitalis offers prices 5 % below ours');
    await page.getByRole('button', { name: 'Add a data gap' }).click();
    await page.keyboard.type('Which budget does the new purchasing board control?');
    await page.getByRole('button', { name: 'Plan an action to close it' }).click();
    const form = page.getByRole('group', { name: /^Action for / });
    await form.getByRole('textbox', { name: 'Who' }).fill('Sam Lee');
    await form.getByLabel('By when').fill('2027-03-15');
    await form.getByRole('button', { name: 'Create action' }).click();
    await page.getByText(/^Answered by A1$/).waitFor();
    await axeClean(page, 'step 1');
    await shot(page, 'step-1');

    // Step 2: so-whats, their facts picked by text.
    await page.getByRole('button', { name: /^Step 2 of 6/ }).click();
    for (const [text, kind, search, fact] of [
      ['New clinics need a supplier who can equip them on time', 'opportunity', 'clinics', 'F1'],
      ['The renewal comes under price pressure', 'risk', 'Vitalis', 'F2'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a so-what' }).click();
      await page.keyboard.type(text);
      const editor = page.getByRole('group', { name: /^SW\d$/ }).last();
      await editor.getByRole('combobox', { name: 'Kind' }).selectOption(kind);
      await editor.getByRole('combobox', { name: 'Follows from the facts' }).click();
      await page.keyboard.type(search);
      await page.getByRole('option', { name: new RegExp(`^${fact} `) }).click();
    }
    await stepsSay(page, ['Step 2 of 6, So what?, complete']);
    await axeClean(page, 'step 2');
    await shot(page, 'step-2');

    // Step 3: the top opportunity and risk, each taken from its so-what.
    await page.getByRole('button', { name: /^Step 3 of 6/ }).click();
    await page
      .getByRole('combobox', { name: 'Take from a so-what' })
      .first()
      .selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Take', exact: true }).first().click();
    await page.getByRole('combobox', { name: 'Take from a so-what' }).selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Take', exact: true }).click();
    await page.getByLabel('1 of 5 risks').waitFor();
    await axeClean(page, 'step 3');
    await shot(page, 'step-3');

    // Step 4: one SMART goal based on both.
    await page.getByRole('button', { name: /^Step 4 of 6/ }).click();
    await page.getByRole('button', { name: 'Add a goal' }).click();
    await page.keyboard.type('Become preferred supplier for the new clinics');
    await page.getByRole('textbox', { name: 'Measure' }).fill('Share of wallet');
    await page.getByRole('textbox', { name: 'Target' }).fill('40 %');
    await page.getByLabel('Due by').fill('2027-11-30');
    const basedOn = page.getByRole('combobox', { name: 'Based on the opportunities and risks' });
    for (const label of ['O1', 'R1']) {
      await basedOn.click();
      await page.getByRole('option', { name: new RegExp(`^${label} `) }).click();
    }
    await page
      .getByRole('list', { name: 'SMART?' })
      .getByText(/Time-bound.*— holds$/)
      .waitFor();
    await axeClean(page, 'step 4');
    await shot(page, 'step-4');

    // Step 5: the strategy, its levers and facts.
    await page.getByRole('button', { name: /^Step 5 of 6/ }).click();
    await page.getByRole('button', { name: /^Strategy for G1/ }).click();
    await page.keyboard.type('Guarantee equipment for every clinic opening, with a service level');
    await page.getByRole('checkbox', { name: "Supports the account's own goals" }).check();
    await page.getByRole('checkbox', { name: "Builds on competitors' weaknesses" }).check();
    const facts = page.getByRole('combobox', { name: 'Builds on the facts' });
    for (const label of ['F1', 'F2']) {
      await facts.click();
      await page.getByRole('option', { name: new RegExp(`^${label} `) }).click();
    }
    await axeClean(page, 'step 5');
    await shot(page, 'step-5');

    // Step 6: the action the strategy lacks.
    await page.getByRole('button', { name: /^Step 6 of 6/ }).click();
    await page.getByRole('button', { name: 'Add an action for ST1' }).click();
    await page.keyboard.type('Present the guarantee to the purchasing board');
    await page.getByRole('textbox', { name: 'Who' }).fill('Sam Lee');
    await page.getByLabel('By when', { exact: true }).fill('2027-02-20');
    await stepsSay(page, [
      'Step 1 of 6, Collect data, complete',
      'Step 2 of 6, So what?, complete',
      'Step 3 of 6, Top 5 opportunities and risks, complete',
      'Step 4 of 6, Strategic goals, complete',
      'Step 5 of 6, Strategy, complete',
      'Step 6 of 6, Action plan, complete',
    ]);
    await axeClean(page, 'step 6');
    await shot(page, 'step-6');

    // Both documents hold every item typed, and the dates in the plan's language.
    const files = await downloadBoth(page, downloads, 'Plan: new, open, save, download', [
      'Download slides (.pptx)',
      'Download document (.docx)',
    ]);
    expect(files.map((f) => path.basename(f))).toEqual([
      'Northwind Health.pptx',
      'Northwind Health.docx',
    ]);
    const texts = pdfTexts(files);
    const typed = [
      'Northwind Health',
      'Sam Lee',
      'Northwind opens two new clinics in 2027',
      'Annual report 2026',
      'Vitalis offers prices 5 % below ours',
      'Which budget does the new purchasing board control?',
      'New clinics need a supplier who can equip them on time',
      'The renewal comes under price pressure',
      'Become preferred supplier for the new clinics',
      'Share of wallet',
      '40 %',
      'Guarantee equipment for every clinic opening, with a service level',
      'Present the guarantee to the purchasing board',
      '20 Feb 2027',
      '15 Mar 2027',
      '30 Nov 2027',
    ];
    for (const file of files) expectAllIn(texts.get(file)!, typed, path.basename(file));
  }, 300_000);

  it('in German, with the keyboard alone: the steps, and a reload that loses nothing', async () => {
    const page = await open('de');
    await page.getByRole('heading', { name: 'Einen Key-Account-Plan beginnen' }).waitFor();
    await tabTo(page, page.getByRole('textbox', { name: 'Kunde (Account)' }));
    await page.keyboard.type('Müller Maschinenbau AG');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anna Schmidt');
    await tabTo(page, page.getByRole('button', { name: 'Plan anlegen' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Müller Maschinenbau AG' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');

    await tabTo(page, page.getByRole('button', { name: 'Fakt zu „Markt“ hinzufügen' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Der Kunde will bis 2028 um 30 % wachsen');
    await tabTo(page, page.getByRole('button', { name: 'Datenlücke hinzufügen' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Wer entscheidet im neuen Einkaufsgremium?');
    await tabTo(page, page.getByRole('button', { name: 'Aktion zum Klären planen' }));
    await page.keyboard.press('Enter');
    await tabTo(
      page,
      page.getByRole('group', { name: /^Aktion für / }).getByRole('textbox', { name: 'Wer' }),
    );
    await page.keyboard.type('Anna Schmidt');
    await page.keyboard.press('Tab');
    // The date field takes the digits in the locale's order (TT.MM.JJJJ).
    await page.keyboard.type('15032027');
    await tabTo(page, page.getByRole('button', { name: 'Aktion anlegen' }));
    await page.keyboard.press('Enter');
    await page.getByText(/^Geklärt durch A1$/).waitFor();

    // Step 2 by keyboard: the navigator's button, then a so-what linked to the fact.
    await tabTo(page, page.getByRole('button', { name: /^Schritt 2 von 6/ }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'So-what hinzufügen' }));
    await page.keyboard.press('Enter');
    await page.keyboard.type('Wachstum braucht mehr Kapazität bei den Lieferanten');
    await tabTo(page, page.getByRole('combobox', { name: 'Folgt aus den Fakten' }));
    await page.keyboard.type('wachsen');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page
      .getByRole('listbox', { name: 'Folgt aus den Fakten' })
      .getByRole('option', { name: /^F1 / })
      .waitFor();
    await stepsSay(page, ['Schritt 2 von 6, So what?, vollständig']);
    await axeClean(page, 'Schritt 2');

    // Reload: the plan is back, from this browser.
    await page.waitForTimeout(500); // the browser copy is written 0.3 s after the last change
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Müller Maschinenbau AG' }).waitFor();
    await page
      .getByText('Plan für Müller Maschinenbau AG aus diesem Browser wiederhergestellt.')
      .waitFor();
    await page
      .getByRole('button', { name: /^F1 Der Kunde will bis 2028 um 30 % wachsen/ })
      .waitFor();
    await page.getByRole('button', { name: /^Schritt 2 von 6/ }).click();
    await page.getByRole('button', { name: /^SW1 Wachstum braucht mehr Kapazität/ }).waitFor();
  }, 240_000);

  it('deletes a fact that others cite after asking, and undo brings all of it back', async () => {
    const page = await open('en');
    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(ROOT, 'assets/examples/northwind-health.en.kap.json'));
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Northwind' }).waitFor();
    await page.getByRole('button', { name: /^F1 / }).click();
    const deleteButton = page.getByRole('button', { name: 'Delete F1' });
    await deleteButton.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete F1?' });
    await dialog.waitFor();
    await expect(
      dialog.getByText(/cite it; the reference is removed\./).textContent(),
    ).resolves.toMatch(/^SW\d/);
    await axeClean(page, 'delete dialog');
    // Escape keeps the fact, and the focus returns to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect(deleteButton.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await deleteButton.click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Deleted F1.').waitFor();
    await page.locator('nav[aria-busy="false"]').waitFor();
    const before = await stepNames(page);
    await page.keyboard.press('Control+z');
    await page.getByRole('button', { name: /^F1 / }).waitFor();
    await page.getByText('Undone.').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await page.getByText('Redone.').waitFor();
    await stepsSay(page, before);

    // The new-plan dialog, and the question before a file replaces the plan, pass axe too.
    await page.getByRole('button', { name: 'Plan: new, open, save, download' }).click();
    await page.getByRole('menuitem', { name: 'New plan …' }).click();
    await page.getByRole('dialog', { name: 'New plan' }).waitFor();
    await axeClean(page, 'new-plan dialog');
    await page.keyboard.press('Escape');
    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(ROOT, 'assets/examples/mueller-maschinenbau.de.kap.json'));
    await page.getByRole('alertdialog', { name: 'Replace the open plan?' }).waitFor();
    await axeClean(page, 'replace dialog');
  }, 180_000);

  it('ranks by dragging, at 320 px in forced colours, without scrolling sideways', async () => {
    opened = await openPage(build.dir, 'taskpane.html', {
      viewport: { width: 320, height: 800 },
      forcedColors: 'active',
    });
    const { page } = opened;
    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(ROOT, 'assets/examples/northwind-health.en.kap.json'));
    await page.getByRole('button', { name: /^Step 3 of 6/ }).click();
    const opportunities = page.getByRole('list', { name: /^Top 5 opportunities/ });
    // The rows' texts without their label (O1…) and rank, which follow the position.
    const titles = () =>
      opportunities
        .locator(':scope > li')
        .evaluateAll((rows) =>
          rows.map((row) =>
            (row.querySelector('[data-focus-key$=":row"]')?.textContent ?? '')
              .replace(/^O\d+/, '')
              .replace(/Rank \d+$/, ''),
          ),
        );
    const before = await titles();
    expect(before.length).toBeGreaterThan(1);
    // Drag the second opportunity by its handle onto the first.
    await opportunities
      .locator('[title="Drag O2"]')
      .dragTo(opportunities.locator(':scope > li').first());
    await page.getByText('O2 is now rank 1.').waitFor({ state: 'attached' });
    const after = await titles();
    // The texts swapped places.
    expect(after).toEqual([before[1], before[0], ...before.slice(2)]);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(320);
    // In forced colours the current step keeps a mark of its own: a bar in the system's colour.
    const current = page.getByRole('button', { name: /^Step 3 of 6/ });
    const bar = await current.evaluate((b) => getComputedStyle(b).borderBottomStyle);
    expect(bar).toBe('solid');
    await axeClean(page, 'forced colours, step 3');
  });

  it('keeps the overview, a person and the review within 320 px, and they pass axe', async () => {
    opened = await openPage(build.dir, 'taskpane.html', { viewport: { width: 320, height: 800 } });
    const { page } = opened;
    await page
      .locator('input[type=file]')
      .setInputFiles(path.join(ROOT, 'assets/examples/northwind-health.en.kap.json'));
    const narrow = () =>
      expect(
        page.evaluate(() => document.documentElement.scrollWidth),
      ).resolves.toBeLessThanOrEqual(320);

    await page.getByRole('button', { name: 'Overview', exact: true }).click();
    await page.getByRole('button', { name: 'Add a key figure' }).click();
    await page.getByRole('textbox', { name: 'Figure 1: label' }).fill('Revenue 2026');
    await page.getByRole('button', { name: 'Add an ask' }).click();
    await narrow();
    await axeClean(page, 'overview');

    await page.getByRole('button', { name: /^Step 1 of 6/ }).click();
    await page.getByRole('button', { name: 'Add a person' }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr. Hoffmann');
    await page.getByRole('combobox', { name: 'Buying role' }).selectOption('decision-maker');
    await page.getByText(/is a decision-maker, yet no action addresses them/).waitFor();
    await narrow();
    await axeClean(page, 'a person in step 1');

    await page.getByRole('button', { name: 'Review', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Account review' }).waitFor();
    await page.getByRole('textbox', { name: /^Participants/ }).fill('Anna, Ben');
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page
      .getByRole('list', { name: 'Past reviews' })
      .getByText(/Anna, Ben/)
      .waitFor();
    await narrow();
    await axeClean(page, 'review');

    // The customer version, switched on in the plan menu, names itself in the file.
    await page.getByRole('button', { name: 'Plan: new, open, save, download' }).click();
    await page.getByRole('menuitemcheckbox', { name: /^Customer version/ }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Plan: new, open, save, download' }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Download document (.docx)' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/customer version\.docx$/);
  }, 180_000);

  it('opens a plan handed over from Office in the address and offers the file it was sent for', async () => {
    // Office on Mac opens the add-in's page in the system browser this way (src/office/handoff);
    // here it was sent for the customer's version: the whole plan, and the version to make.
    const read = readPlanText(
      readFileSync(path.join(ROOT, 'assets/examples/northwind-health.en.kap.json'), 'utf8'),
    );
    if (!read.ok) throw new Error('example unreadable');
    const text = writePlanText(read.plan);
    const address = await handoffUrl('http://example/taskpane.html', text, 'docx', {
      customer: true,
    });
    opened = await openPage(build.dir, `taskpane.html${address.slice(address.indexOf('#'))}`, {
      viewport: { width: 350, height: 800 },
    });
    const { page } = opened;
    await page.getByRole('heading', { level: 1, name: /^Northwind Health/ }).waitFor();
    // The fragment is taken once: a reload does not open it again.
    await expect(page.evaluate(() => location.hash)).resolves.toBe('');
    const banner = page.getByRole('region', { name: /handed over from Office/ });
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await banner.getByRole('button', { name: 'Download .docx' }).click();
    const download = await downloading;
    // The customer's version, as it was sent for: named so, and without our own marks.
    expect(download.suggestedFilename()).toMatch(/^Northwind Health.*customer version\.docx$/);
    const saved = await download.path();
    const document = strFromU8(unzipSync(readFileSync(saved))['word/document.xml']!);
    expect(document).toContain(read.plan.opportunities[0]!.title.split(' ')[0]);
    expect(document).not.toContain('No strategy for this goal yet');
    // Told goal by goal, as the pane's own download tells it.
    expect(document).not.toContain('no actions');
    for (const left of customerLeftOut(read.plan)) expect(document).not.toContain(left);
    await banner.waitFor({ state: 'detached' });
  });

  it('speaks German in a German browser, in dark colours when the system asks', async () => {
    opened = await openPage(build.dir, 'taskpane.html', {
      locale: 'de-DE',
      viewport: { width: 320, height: 700 },
      colorScheme: 'dark',
    });
    const { page } = opened;
    await page.getByRole('heading', { name: 'Einen Key-Account-Plan beginnen' }).waitFor();
    const main = page.getByRole('main');
    const colours = await main.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color];
    });
    // Fluent's dark theme: a dark background with light text.
    expect(colours[0]).not.toBe('rgb(255, 255, 255)');
    expect(colours[1]).toBe('rgb(255, 255, 255)');
    // 320 px and nothing wider than the pane.
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth),
    ).resolves.toBeLessThanOrEqual(320);
    await axeClean(page, 'dark start');
  });
});
