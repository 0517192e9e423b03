// Regenerates the README's pictures from the examples: the red thread and the Gantt chart as
// slides, a Word page, and the goal cards. Renders with the CLI build (`npm run build:cli`),
// converts with LibreOffice and rasterizes with pdftoppm; the date is fixed so the pictures only
// change when the documents do. Usage: npm run pictures
'use strict';
const { execFileSync } = require('node:child_process');
const {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const build = join(root, 'dist', 'node');
const { buildStory } = require(join(build, 'story', 'index.js'));
const { planSlides, renderPptx, renderDocx } = require(join(build, 'render', 'index.js'));
const { readPlanText } = require(join(build, 'plan', 'read.js'));

const TODAY = '2027-05-15';
const OUT = join(root, 'assets', 'readme');

function plan(name) {
  const result = readPlanText(readFileSync(join(root, 'assets', 'examples', name), 'utf8'));
  if (!result.ok) throw new Error(`${name} is not a valid plan`);
  return result.plan;
}

/** Page `page` (1-based) of a PDF as a PNG `width` pixels wide. */
function picture(pdf, page, width, target) {
  const stem = join(tmpdir(), `kap-picture-${process.pid}-${page}`);
  execFileSync('pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    '-1',
    '-png',
    '-singlefile',
    pdf,
    stem,
  ]);
  copyFileSync(`${stem}.png`, target);
  rmSync(`${stem}.png`);
  process.stdout.write(`wrote ${target}\n`);
}

/** The first page of a PDF whose text holds `needle`. */
function pageWith(pdf, needle) {
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0,
  );
  for (let page = 1; page <= pages; page++) {
    const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], {
      encoding: 'utf8',
    });
    if (text.replace(/\s+/g, ' ').includes(needle)) return page;
  }
  throw new Error(`no page of ${pdf} holds "${needle}"`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kap-pictures-'));
  try {
    const english = buildStory(plan('northwind-health.en.kap.json'), { today: TODAY });
    const german = buildStory(plan('mueller-maschinenbau.de.kap.json'), { today: TODAY });
    const files = {
      en: join(dir, 'en-deck.pptx'),
      de: join(dir, 'de-deck.pptx'),
      doc: join(dir, 'de-doc.docx'),
    };
    writeFileSync(files.en, await renderPptx(english));
    writeFileSync(files.de, await renderPptx(german));
    writeFileSync(files.doc, await renderDocx(german));
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...Object.values(files),
      ],
      { stdio: 'ignore', timeout: 240_000 },
    );
    const pdf = (file) => {
      const path = file.replace(/\.(pptx|docx)$/, '.pdf');
      // LibreOffice exits 0 even when a conversion fails.
      if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${file}`);
      return path;
    };
    const slide = (outline, key) => planSlides(outline).slides.findIndex((s) => s.key === key) + 1;
    picture(pdf(files.en), slide(english, 'overview'), 1600, join(OUT, 'red-thread.png'));
    picture(pdf(files.de), slide(german, 'timeline'), 1600, join(OUT, 'gantt.png'));
    // The red thread's page of the Word document: the subtitle stands only there, not in the contents.
    const subtitle = german.parts.find((p) => p.key === 'overview').subtitle;
    picture(pdf(files.doc), pageWith(pdf(files.doc), subtitle), 1000, join(OUT, 'word-page.png'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
