// Render benchmark: a large plan (300 facts, 150 so-whats, 5 + 5 focus items, 3 goals,
// 60 actions) and twice that plan, each to .pptx and to .docx, in process, against the budget:
//   - the large plan's .pptx takes at most 1.2 times its .docx,
//   - both together take under 400 ms,
//   - twice the plan takes at most 2.1 times as long (both formats together).
// The machine is shared, so one run says little: every measurement is repeated RUNS times, the
// four renders take turns so that a busy moment slows all of them alike, and each run starts
// from a collected heap (with --expose-gc), as a fresh `kap render` does. The budget is judged
// on the minimum, the time the code needs when nothing else runs; the median is shown beside it.
// Runs on the CLI build (`npm run bench` builds it); `node scripts/bench.js [build-dir]` points
// it at another build.
'use strict';
const { join, resolve } = require('node:path');

const build = resolve(process.argv[2] || join(__dirname, '..', 'dist', 'node'));
const { buildStory } = require(join(build, 'story', 'index.js'));
const { renderPptx } = require(join(build, 'render', 'pptx.js'));
const { renderDocx } = require(join(build, 'render', 'docx.js'));
// Builds from before the command line had its own compression measure the one path there is.
const deflatePart = (() => {
  try {
    return require(join(build, 'cli', 'deflate.js')).deflatePart;
  } catch {
    return undefined;
  }
})();

const WARM_UP = 3;
const RUNS = 15;
const BUDGET_MS = 400;
const MAX_PPTX_TO_DOCX = 1.2;
const MAX_SCALING = 2.1;

const pad = (n) => String(n).padStart(3, '0');
const AREAS = ['account', 'market', 'requirements', 'competition', 'other'];

function plan(scale) {
  const facts = Array.from({ length: 300 * scale }, (_, i) => ({
    id: `F${i + 1}`,
    area: AREAS[i % 5],
    text: `Fact ${pad(i)}: the customer consolidates suppliers in region ${i % 17} and reviews contracts every ${1 + (i % 4)} years`,
    source: `Interview ${pad(i)}`,
  }));
  const soWhats = Array.from({ length: 150 * scale }, (_, i) => ({
    id: `S${i + 1}`,
    factIds: [`F${2 * i + 1}`, `F${2 * i + 2}`],
    kind: ['opportunity', 'risk', 'consequence'][i % 3],
    text: `So what ${pad(i)}: we must prove delivery reliability before the next supplier review`,
  }));
  const focus = (prefix, title) =>
    Array.from({ length: 5 }, (_, i) => ({
      id: `${prefix}${i + 1}`,
      title: `${title} ${i + 1}`,
      soWhatIds: [`S${i + 1}`],
    }));
  const goals = Array.from({ length: 3 }, (_, i) => ({
    id: `Z${i + 1}`,
    title: `Raise share of wallet in division ${i + 1}`,
    measure: 'Share of wallet',
    target: `${30 + 5 * i}%`,
    due: '2027-12-31',
    basedOn: [`O${i + 1}`, `R${i + 1}`],
  }));
  const strategies = goals.map((goal, i) => ({
    id: `ST${i + 1}`,
    goalId: goal.id,
    text: 'Offer a capacity guarantee tied to a three-year frame contract',
    levers: ['account-goals'],
    factIds: [`F${i + 1}`],
  }));
  const actions = Array.from({ length: 60 * scale }, (_, i) => ({
    id: `A${i + 1}`,
    what: `Action ${pad(i)}: present the capacity guarantee to the plant managers`,
    who: `Owner ${i % 9}`,
    due: `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    strategyId: `ST${(i % 3) + 1}`,
    status: ['open', 'in-progress', 'done'][i % 3],
  }));
  return {
    format: 'kap',
    version: 1,
    account: {
      name: 'Bench AG',
      planOwner: 'Anna Schmidt',
      periodStart: '2027-01-01',
      language: 'en',
    },
    facts,
    gaps: [],
    soWhats,
    opportunities: focus('O', 'Win the frame contract for plant'),
    risks: focus('R', 'Lose the service business in region'),
    goals,
    strategies,
    actions,
  };
}

const collect = typeof global.gc === 'function' ? global.gc : () => undefined;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const min = (values) => Math.min(...values);

/** One render, timed from a collected heap; returns milliseconds and the file's size. */
async function timed(render, outline) {
  collect();
  const start = process.hrtime.bigint();
  const bytes = await render(outline);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, size: bytes.length };
}

async function measure() {
  const outlines = [1, 2].map((scale) => buildStory(plan(scale), { today: '2027-05-15' }));
  const series = outlines.map(() => ({ pptx: [], pane: [], docx: [], both: [], size: {} }));
  // `kap render` compresses the .pptx with Node's zlib; the task pane, in the browser, with fflate.
  const cli = (outline) => renderPptx(outline, deflatePart ? { deflate: deflatePart } : {});
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    for (const [i, outline] of outlines.entries()) {
      const pptx = await timed(cli, outline);
      const pane = await timed(renderPptx, outline);
      const docx = await timed(renderDocx, outline);
      const s = series[i];
      s.size = { pptx: pptx.size, pane: pane.size, docx: docx.size };
      if (run < WARM_UP) continue;
      s.pptx.push(pptx.ms);
      s.pane.push(pane.ms);
      s.docx.push(docx.ms);
      s.both.push(pptx.ms + docx.ms);
    }
  }
  return series;
}

async function main() {
  const [single, double] = await measure();
  const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;
  const ms = (values) =>
    `${min(values).toFixed(0).padStart(4)} ms min, ${median(values).toFixed(0).padStart(4)} ms median`;
  const ratio = (a, b, stat) => stat(a) / stat(b);
  const pptxToDocx = ratio(single.pptx, single.docx, min);
  const scaling = ratio(double.both, single.both, min);
  const checks = [
    [`pptx ≤ ${MAX_PPTX_TO_DOCX} × docx`, pptxToDocx <= MAX_PPTX_TO_DOCX],
    [`both < ${BUDGET_MS} ms`, min(single.both) < BUDGET_MS],
    [`plan×2 ≤ ${MAX_SCALING} × plan`, scaling <= MAX_SCALING],
  ];
  const lines = [
    `render benchmark: ${RUNS} runs after ${WARM_UP} warm-up runs${collect === global.gc ? ', each from a collected heap' : ' (run node with --expose-gc to start each from a collected heap)'}`,
    '',
    'plan (300 facts, 150 so-whats, 60 actions)',
    `  pptx  ${ms(single.pptx)}  (${kb(single.size.pptx)}; kap render)`,
    `  pptx  ${ms(single.pane)}  (${kb(single.size.pane)}; task pane, fflate)`,
    `  docx  ${ms(single.docx)}  (${kb(single.size.docx)})`,
    `  both  ${ms(single.both)}`,
    `  pptx / docx: ${pptxToDocx.toFixed(2)} by minimum, ${ratio(single.pptx, single.docx, median).toFixed(2)} by median`,
    'plan×2 (600 facts, 300 so-whats, 120 actions)',
    `  pptx  ${ms(double.pptx)}  (${kb(double.size.pptx)}; kap render)`,
    `  pptx  ${ms(double.pane)}  (${kb(double.size.pane)}; task pane, fflate)`,
    `  docx  ${ms(double.docx)}  (${kb(double.size.docx)})`,
    `  both  ${ms(double.both)}`,
    `  plan×2 / plan: ${scaling.toFixed(2)} by minimum, ${ratio(double.both, single.both, median).toFixed(2)} by median`,
    '',
    `budget (by minimum): ${checks.map(([name, ok]) => `${name} ${ok ? 'ok' : 'OVER'}`).join('; ')}`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
