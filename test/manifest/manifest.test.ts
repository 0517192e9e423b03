// The add-in manifest: valid against Microsoft's schemas (offline, with xmllint), and the facts
// the schema cannot see — both hosts, the Home-tab button in each, German overrides, icons that
// exist with the pixel sizes the manifest claims, no host API set in the base requirements.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { productionManifest } from '../../scripts/manifest.js';
import { describeWith, toolPath } from '../support/tools';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
const SCHEMA = path.resolve(
  __dirname,
  '../../../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd',
);
const DEV_ORIGIN = 'https://localhost:3000/';

interface XmlElement {
  /** Local name, without the namespace prefix. */
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      // xsi:type values keep their prefix in the text; only the name is made local.
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (!root) throw new Error('manifest.xml has no root element');
  return root;
}

function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) {
    if (c.name === name) out.push(c);
    out.push(...descendants(c, name));
  }
  return out;
}

function germanOverride(element: XmlElement): string | undefined {
  return children(element, 'Override').find((o) => o.attributes.Locale === 'de-DE')?.attributes
    .Value;
}

/** Width and height from a PNG's IHDR chunk, which the format requires to come first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The local file a development URL of the manifest is served from (see webpack.config.js). */
function localFileOf(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

const manifest = parseXml(readFileSync(MANIFEST, 'utf8'));
const overrides = child(manifest, 'VersionOverrides');
const resources = child(overrides, 'Resources');

function resource(kind: 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings', id: string) {
  const found = child(resources, kind).children.find((r) => r.attributes.id === id);
  if (!found) throw new Error(`no ${kind} resource ${id}`);
  return found;
}

describeWith(['xmllint'], 'manifest.xml', () => {
  it('validates against the Office add-in manifest schema 1.1', () => {
    expect(existsSync(SCHEMA)).toBe(true);
    const xmllint = toolPath('xmllint') ?? 'xmllint';
    // execFileSync throws with xmllint's messages on stderr when the manifest is invalid.
    const output = execFileSync(xmllint, ['--noout', '--nonet', '--schema', SCHEMA, MANIFEST], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toBe('');
  });

  it('is one task-pane add-in for Word and PowerPoint', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes.type).toBe('TaskPaneApp');
    expect(child(manifest, 'Id').text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(child(manifest, 'ProviderName').text.trim()).not.toBe('');
    expect(child(manifest, 'DefaultLocale').text).toBe('en-US');
    expect(child(manifest, 'Permissions').text).toBe('ReadWriteDocument');
    const hosts = children(child(manifest, 'Hosts'), 'Host').map((h) => h.attributes.Name);
    expect(hosts.sort()).toEqual(['Document', 'Presentation']);
    expect(
      child(child(manifest, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue,
    ).toBe('https://localhost:3000/taskpane.html');
  });

  it('checks the host APIs at run time, not in the base requirements', () => {
    const requirements = manifest.children.find((c) => c.name === 'Requirements');
    const named = requirements
      ? descendants(requirements, 'Set').map((s) => s.attributes.Name)
      : [];
    for (const name of named) expect(name).not.toMatch(/^(PowerPointApi|WordApi)/);
  });

  it('has a German name and description', () => {
    const name = child(manifest, 'DisplayName');
    const description = child(manifest, 'Description');
    expect(name.attributes.DefaultValue).toBe('Key Account Planner');
    expect(germanOverride(name)).toBeTruthy();
    expect(germanOverride(description)).toBeTruthy();
    expect(germanOverride(description)).not.toBe(description.attributes.DefaultValue);
  });

  it.each(['Presentation', 'Document'])(
    'puts a button that opens the task pane on the Home tab of %s',
    (hostType) => {
      const host = children(child(overrides, 'Hosts'), 'Host').find(
        (h) => h.attributes.type === hostType,
      );
      if (!host) throw new Error(`no VersionOverrides host ${hostType}`);
      const tabs = descendants(host, 'OfficeTab');
      expect(tabs.map((t) => t.attributes.id)).toEqual(['TabHome']);
      const buttons = descendants(tabs[0]!, 'Control').filter(
        (c) => c.attributes.type === 'Button',
      );
      expect(buttons).toHaveLength(1);
      const action = child(buttons[0]!, 'Action');
      expect(action.attributes.type).toBe('ShowTaskpane');
      const url = resource('Urls', child(action, 'SourceLocation').attributes.resid!);
      expect(url.attributes.DefaultValue).toBe('https://localhost:3000/taskpane.html');
      const sizes = children(child(buttons[0]!, 'Icon'), 'Image').map((i) => i.attributes.size);
      expect(sizes).toEqual(['16', '32', '80']);
    },
  );

  it('has a German override for every ribbon and get-started string', () => {
    const strings = [
      ...child(resources, 'ShortStrings').children,
      ...child(resources, 'LongStrings').children,
    ];
    expect(strings.length).toBeGreaterThan(0);
    const used = new Set(
      descendants(child(overrides, 'Hosts'), 'Label')
        .concat(descendants(child(overrides, 'Hosts'), 'Title'))
        .concat(descendants(child(overrides, 'Hosts'), 'Description'))
        .map((e) => e.attributes.resid),
    );
    for (const string of strings) {
      const german = children(string, 'Override').find((o) => o.attributes.Locale === 'de-DE');
      expect({ id: string.attributes.id, german: german?.attributes.Value }).toEqual({
        id: string.attributes.id,
        german: expect.stringMatching(/\S/) as unknown,
      });
    }
    const ids = strings.map((s) => s.attributes.id);
    for (const resid of used) expect(ids).toContain(resid);
  });

  it('points every icon at an existing PNG of the claimed size', () => {
    const checks: { url: string; size: number }[] = [
      { url: child(manifest, 'IconUrl').attributes.DefaultValue!, size: 32 },
      { url: child(manifest, 'HighResolutionIconUrl').attributes.DefaultValue!, size: 64 },
    ];
    for (const image of descendants(child(overrides, 'Hosts'), 'Image')) {
      checks.push({
        url: resource('Images', image.attributes.resid!).attributes.DefaultValue!,
        size: Number(image.attributes.size),
      });
    }
    expect(checks.map((c) => c.size).sort((a, b) => a - b)).toEqual(
      expect.arrayContaining([16, 32, 64, 80]),
    );
    for (const { url, size } of checks) {
      const file = localFileOf(url);
      expect(existsSync(file)).toBe(true);
      expect({ file: path.basename(file), ...pngSize(file) }).toEqual({
        file: path.basename(file),
        width: size,
        height: size,
      });
    }
  });
});

describeWith(['xmllint'], 'the production manifest (ADDIN_BASE_URL)', () => {
  const BASE = 'https://kap.example.com/planner';
  const xml = productionManifest(readFileSync(MANIFEST, 'utf8'), `${BASE}/`);
  const production = parseXml(xml);
  const urls = (element: XmlElement): string[] => [
    ...Object.values(element.attributes).filter((v) => /^https?:/.test(v)),
    ...(/^https?:/.test(element.text.trim()) ? [element.text.trim()] : []),
    ...element.children.flatMap(urls),
  ];

  it('validates against the Office add-in manifest schema 1.1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kap-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      writeFileSync(file, xml);
      const xmllint = toolPath('xmllint') ?? 'xmllint';
      const output = execFileSync(xmllint, ['--noout', '--nonet', '--schema', SCHEMA, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('points every URL at the host, none at localhost', () => {
    expect(xml).not.toMatch(/localhost/i);
    const all = urls(production);
    expect(all.length).toBeGreaterThan(8);
    // Namespace names are http:// identifiers, not addresses Office loads.
    for (const url of all.filter((u) => u.startsWith('https://'))) {
      expect(url.startsWith(`${BASE}/`)).toBe(true);
    }
    expect(child(production, 'SupportUrl').attributes.DefaultValue).toBe(`${BASE}/taskpane.html`);
    expect(child(production, 'IconUrl').attributes.DefaultValue).toBe(`${BASE}/assets/icon-32.png`);
    expect(
      child(child(production, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue,
    ).toBe(`${BASE}/taskpane.html`);
  });

  it('names no AppDomain that repeats the source location’s domain', () => {
    const domains = production.children.find((c) => c.name === 'AppDomains');
    const origin = new URL(BASE).origin;
    for (const domain of domains ? children(domains, 'AppDomain') : []) {
      expect(new URL(domain.text.trim()).origin).not.toBe(origin);
    }
    // Another domain the add-in really uses stays.
    const withOther = readFileSync(MANIFEST, 'utf8').replace(
      '<Hosts>',
      '<AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n    <AppDomain>https://login.example.org</AppDomain>\n  </AppDomains>\n  <Hosts>',
    );
    const kept = parseXml(productionManifest(withOther, BASE));
    expect(children(child(kept, 'AppDomains'), 'AppDomain').map((d) => d.text)).toEqual([
      'https://login.example.org',
    ]);
  });

  it('refuses a base URL Office cannot load from', () => {
    const dev = readFileSync(MANIFEST, 'utf8');
    expect(() => productionManifest(dev, 'http://kap.example.com')).toThrow(/https/);
    expect(() => productionManifest(dev, 'kap.example.com')).toThrow(/not a URL/);
    expect(() => productionManifest(dev, 'https://kap.example.com/?v=2')).toThrow(/query/);
  });
});
