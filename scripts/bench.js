// Render benchmark: a large plan (300 facts, 150 so-whats, 5 + 5 focus items, 3 goals,
// 60 actions) to .pptx and .docx, then twice that plan, against the budget: both formats under
// 1 s (median), and twice the plan at most 2.2 times the time. Runs on the CLI build
// (`npm run build:cli`); `node scripts/bench.js [build-dir]` points it at another build.
'use strict';
const { join, resolve } = require('node:path');

const build = resolve(process.argv[2] || join(__dirname, '..', 'dist', 'node'));
const { buildStory } = require(join(build, 'story', 'index.js'));
const { largePlan } = require('./large-plan');
const { renderPptx, renderDocx } = require(join(build, 'render', 'index.js'));

const RUNS = 7;
const BUDGET_MS = 1000;
const MAX_RATIO = 2.2;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function renderer(scale) {
  const outline = buildStory(largePlan(scale), { today: '2027-05-15' });
  const result = { times: [], sizes: { pptx: 0, docx: 0 } };
  const once = async () => {
    const start = process.hrtime.bigint();
    const pptx = await renderPptx(outline);
    const docx = await renderDocx(outline);
    result.sizes = { pptx: pptx.length, docx: docx.length };
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  return { once, result };
}

// The two sizes take turns, so a busy machine slows both alike and the ratio stays honest.
async function measureBoth() {
  const single = renderer(1);
  const double = renderer(2);
  for (let i = 0; i < 2; i++) {
    await single.once();
    await double.once();
  }
  for (let i = 0; i < RUNS; i++) {
    single.result.times.push(await single.once());
    double.result.times.push(await double.once());
  }
  const summary = (r) => ({ ms: median(r.times), sizes: r.sizes });
  return [summary(single.result), summary(double.result)];
}

async function main() {
  const [single, double] = await measureBoth();
  const ratio = double.ms / single.ms;
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  const line = (name, r) =>
    `${name}: ${r.ms.toFixed(0)} ms median (pptx ${kb(r.sizes.pptx)}, docx ${kb(r.sizes.docx)})`;
  const withinTime = single.ms < BUDGET_MS;
  const withinRatio = ratio <= MAX_RATIO;
  process.stdout.write(
    [
      `render benchmark, median of ${RUNS} runs after warm-up, pptx + docx together`,
      line('plan   (300 facts, 150 so-whats, 60 actions)', single),
      line('plan×2 (600 facts, 300 so-whats, 120 actions)', double),
      `ratio ×2: ${ratio.toFixed(2)} (budget ≤ ${MAX_RATIO})`,
      `time: ${withinTime ? 'within' : 'OVER'} budget (< ${BUDGET_MS} ms); scaling: ${withinRatio ? 'within' : 'OVER'} budget`,
      '',
    ].join('\n'),
  );
  process.exitCode = withinTime && withinRatio ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
