// The production pane under a strict Content-Security-Policy (no 'unsafe-eval', scripts only from
// this origin and the office.js CDN): a new plan and a fact typed in — the edit goes through zod,
// which must validate without compiling code — and a deck downloaded, which loads the renderers.
// The page itself reports every violation; none may fire, and no error may reach the console.
import { rmSync } from 'node:fs';
import { describeWith } from '../support/tools';
import { builtPane, openPage, STRICT_CSP, type OpenedPage } from './browser';

describeWith(['chromium'], 'task pane under a strict Content-Security-Policy', () => {
  let opened: OpenedPage;
  let build: { dir: string; temporary: boolean };

  beforeAll(async () => {
    build = await builtPane();
    opened = await openPage(build.dir, 'taskpane.html', {
      headers: { 'content-security-policy': STRICT_CSP },
    });
  }, 300_000);

  afterAll(async () => {
    await opened?.close();
    if (build?.temporary) rmSync(build.dir, { recursive: true, force: true });
  });

  it('serves the policy it tests, without unsafe-eval', async () => {
    const policy = await opened.page.evaluate(async () => {
      const response = await fetch(location.href);
      return response.headers.get('content-security-policy');
    });
    expect(policy).toBe(STRICT_CSP);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('creates a plan and takes a fact with no violation and no console error', async () => {
    const { page } = opened;
    await page.getByRole('textbox', { name: /^Account/ }).fill('Contoso Pharma');
    await page.getByRole('textbox', { name: 'Plan owner' }).fill('Anna Schmidt');
    await page.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('button', { name: 'Add a fact on “Account”' }).click();
    const fact = page.getByRole('textbox', { name: 'What we know' });
    await fact.fill('Purchasing reviews its suppliers every spring');
    // The edit reached the plan: it is kept in the browser (a moment after the last keystroke).
    await page.waitForFunction(() =>
      (localStorage.getItem('kap.plan') ?? '').includes('every spring'),
    );
    expect(await opened.violations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });

  it('downloads a deck (the renderers load) with no violation', async () => {
    const { page } = opened;
    await page.getByRole('button', { name: /^Plan: new, open/ }).click();
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('menuitem', { name: 'Download slides (.pptx)' }).click();
    expect((await downloading).suggestedFilename()).toMatch(/\.pptx$/);
    expect(await opened.violations()).toEqual([]);
    expect(opened.errors).toEqual([]);
  });
});
