// The installed command: what a user runs after `npm install`, as a separate process.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';

const root = resolve(__dirname, '../..');
const example = join(root, 'assets/examples/mueller-maschinenbau.de.kap.json');

beforeAll(() => {
  // The bin runs the compiled CLI; build it from the current sources so the test sees them.
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json'],
    {
      cwd: root,
    },
  );
}, 120_000);

function kap(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [join(root, 'bin/kap.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the kap command', () => {
  it('checks the German example with exit 0, in German', () => {
    const result = kap(['check', example]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Müller Maschinenbau AG: 0 Fehler, 0 Warnungen, 0 Hinweise');
  });

  it('exits 1 on error findings and 2 on broken JSON, as a process', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kap-bin-'));
    const plan = JSON.parse(readFileSync(example, 'utf8')) as { actions: { who: string }[] };
    plan.actions[0]!.who = '';
    writeFileSync(join(dir, 'error.kap.json'), JSON.stringify(plan));
    writeFileSync(join(dir, 'broken.kap.json'), '{"format": "kap",,}');
    expect(kap(['check', 'error.kap.json', '--lang', 'en'], dir).code).toBe(1);
    const broken = kap(['check', 'broken.kap.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.kap.json:1:18: Not valid JSON at line 1, column 18');
  });

  it('prints help for --help', () => {
    const result = kap(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage:');
  });
});

describe('what a command loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-load-'));
  const main = join(root, 'dist/node/cli/main.js');

  /** Runs a command in a fresh process and returns its exit code and every module it loaded. */
  function loadedBy(args: string[]): { code: number; modules: string[] } {
    const script = `
      const { main } = require(${JSON.stringify(main)});
      const quiet = { write: () => true };
      main(${JSON.stringify(args)}, { stdout: quiet, stderr: quiet, cwd: process.cwd(), env: {} })
        .then((code) => process.stdout.write(JSON.stringify({ code, modules: Object.keys(require.cache) })));`;
    const result = spawnSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { code: number; modules: string[] };
  }

  const loads = (modules: string[], name: string) =>
    modules.some((path) => path.split(sep).join('/').includes(name));
  const PPTX = ['/node_modules/pptxgenjs/', '/dist/node/render/pptx.js'];
  const DOCX = ['/node_modules/docx/', '/dist/node/render/docx/'];

  it.each([
    ['kap --help', ['--help']],
    ['kap check', ['check', example]],
    ['kap render --help', ['render', '--help']],
  ])('%s loads neither renderer', (_, args) => {
    const { code, modules } = loadedBy(args);
    expect(code).toBe(0);
    expect(loads(modules, '/dist/node/cli/main.js')).toBe(true);
    expect([...PPTX, ...DOCX].filter((name) => loads(modules, name))).toEqual([]);
  });

  it('kap render loads only the renderer of the format it writes', () => {
    const deck = loadedBy(['render', example, '-o', 'plan.pptx']);
    expect(deck.code).toBe(0);
    expect(PPTX.filter((name) => loads(deck.modules, name))).toEqual(PPTX);
    expect(DOCX.filter((name) => loads(deck.modules, name))).toEqual([]);
    const document = loadedBy(['render', example, '-o', 'plan.docx']);
    expect(document.code).toBe(0);
    expect(DOCX.filter((name) => loads(document.modules, name))).toEqual(DOCX);
    expect(PPTX.filter((name) => loads(document.modules, name))).toEqual([]);
  });
});

describe('Ctrl-C while kap render writes', () => {
  it('leaves no temporary file and the old file as it was', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kap-signal-'));
    writeFileSync(join(dir, 'deck.pptx'), 'old deck');
    // Ctrl-C at the worst moment: the temporary file is written, the rename has not happened.
    writeFileSync(
      join(dir, 'interrupt.js'),
      `const fs = require('node:fs/promises');
       const rename = fs.rename;
       fs.rename = async (...args) => {
         process.kill(process.pid, 'SIGINT');
         await new Promise((resolve) => setTimeout(resolve, 2000));
         return rename(...args);
       };`,
    );
    const result = spawnSync(
      process.execPath,
      ['-r', './interrupt.js', join(root, 'bin/kap.js'), 'render', example, '-o', 'deck.pptx'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.signal).toBe('SIGINT');
    expect(readdirSync(dir).sort()).toEqual(['deck.pptx', 'interrupt.js']);
    expect(readFileSync(join(dir, 'deck.pptx'), 'utf8')).toBe('old deck');
  });
});
