// Rasterizes assets/icon.svg into the PNG sizes the manifest names (16, 32, 64, 80 px) with the
// system Chromium, so that the PNGs follow the SVG instead of being drawn by hand.
// Run `node scripts/icons.js` after changing the SVG and commit the PNGs.
'use strict';
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80];
const ASSETS = join(__dirname, '..', 'assets');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function main() {
  const svg = readFileSync(join(ASSETS, 'icon.svg'), 'utf8');
  const profile = mkdtempSync(join(tmpdir(), 'kap-icons-'));
  // playwright wants the profile folder as an argument rather than as --user-data-dir.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage();
      await page.setViewportSize({ width: size, height: size });
      // The SVG is inlined as an <img> so that the browser scales the vector itself; a
      // transparent page keeps the icon's background transparent for dark ribbons.
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      const file = join(ASSETS, `icon-${size}.png`);
      await page.screenshot({ path: file, omitBackground: true });
      await page.close();
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
