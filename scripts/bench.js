// Render benchmark: a large plan (300 facts, 150 so-whats, 5 + 5 focus items, 3 goals,
// 60 actions) to .pptx and .docx, then twice that plan, against the budget: both formats under
// 1 s (median), and twice the plan at most 2.2 times the time. Also the stored sizes: the
// envelope a document keeps (and how many presentation tags it takes) and the address that
// hands the plan to the browser where downloads are blocked. Runs on the CLI build
// (`npm run build:cli`); `node scripts/bench.js [build-dir]` points it at another build.
'use strict';
const { join, resolve } = require('node:path');
const { deflateRawSync } = require('node:zlib');

const build = resolve(process.argv[2] || join(__dirname, '..', 'dist', 'node'));
const { buildStory } = require(join(build, 'story', 'index.js'));
const { largePlan } = require('./large-plan');
const { renderPptx, renderDocx } = require(join(build, 'render', 'index.js'));
const { makeEnvelope, writeEnvelopeText } = require(join(build, 'plan', 'envelope.js'));
const { writePlanText } = require(join(build, 'plan', 'write.js'));

// As in src/office/storage.ts (TAG_VALUE_LIMIT) and src/office/handoff.ts (MAX_HANDOFF_URL).
const TAG_VALUE_LIMIT = 32767;
const MAX_HANDOFF_URL = 100000;

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

function storedSizes(scale) {
  const p = largePlan(scale);
  const envelope = writeEnvelopeText(makeEnvelope(p, 'bench-plan', new Date()));
  // The handoff compresses with the browser's deflate-raw, the same format as zlib's.
  const handoff = deflateRawSync(Buffer.from(writePlanText(p))).toString('base64url').length + 60;
  return {
    envelope: envelope.length,
    tags: Math.ceil(envelope.length / TAG_VALUE_LIMIT),
    handoff,
  };
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
      ...[1, 2].map((scale) => {
        const s = storedSizes(scale);
        return `stored, plan${scale === 2 ? '×2' : '  '}: envelope ${s.envelope} characters (${s.tags} presentation tags of ≤ ${TAG_VALUE_LIMIT}), browser handoff address ≈ ${s.handoff} characters (limit ${MAX_HANDOFF_URL})`;
      }),
      '',
    ].join('\n'),
  );
  process.exitCode = withinTime && withinRatio ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
