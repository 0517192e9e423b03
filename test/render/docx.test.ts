import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { renderDocx } from '../../src/render';
import { buildStory } from '../../src/story';
import type { Outline } from '../../src/story/outline';
import { makePlan } from '../builders';
import { describeWith } from '../support/tools';
import { findAll, hostilePlan, part, readPackage, textOf, type XmlNode } from './support';

const TODAY = '2027-05-15';
const WML_XSD = resolve(__dirname, '../../../shared/schemas/ooxml/ISO-IEC29500-4_2016/wml.xsd');

const attr = (node: XmlNode | undefined, name: string) => node?.attrs[name];

function controls(document: XmlNode) {
  return findAll(document, 'w:sdt').map((sdt) => {
    const pr = findAll(sdt, 'w:sdtPr')[0];
    return {
      tag: attr(findAll(pr!, 'w:tag')[0], 'w:val'),
      alias: attr(findAll(pr!, 'w:alias')[0], 'w:val'),
      content: findAll(sdt, 'w:sdtContent')[0]!,
    };
  });
}

function paragraphsWithStyle(node: XmlNode, style: string): string[] {
  return findAll(node, 'w:p')
    .filter((p) => findAll(p, 'w:pStyle').some((s) => s.attrs['w:val'] === style))
    .map((p) => textOf(p, 'w:t'));
}

describe('renderDocx', () => {
  const outline = buildStory(makePlan(), { today: TODAY });

  it('wraps each part in a block-level content control tagged with step and part', async () => {
    const parts = await readPackage(await renderDocx(outline));
    const document = part(parts, 'word/document.xml');
    const body = findAll(document, 'w:body')[0]!;
    const found = controls(document);
    expect(found.map((c) => c.tag)).toEqual(
      outline.parts.map((p) => `kap:step=${p.step};part=${p.key}`),
    );
    expect(found.map((c) => c.alias)).toEqual(outline.parts.map((p) => p.title));
    // Block level: the controls are children of the body, not inside paragraphs.
    expect(body.children.filter((c) => c.name === 'w:sdt')).toHaveLength(outline.parts.length);
  });

  it('uses the built-in heading styles, with outline levels, for the part titles', async () => {
    const parts = await readPackage(await renderDocx(outline));
    const document = part(parts, 'word/document.xml');
    const titles = outline.parts.filter((p) => p.key !== 'cover').map((p) => p.title);
    expect(paragraphsWithStyle(document, 'Heading1')).toEqual(titles);
    const styles = findAll(part(parts, 'word/styles.xml'), 'w:style');
    const heading1 = styles.find((s) => s.attrs['w:styleId'] === 'Heading1')!;
    expect(attr(findAll(heading1, 'w:outlineLvl')[0], 'w:val')).toBe('0');
  });

  it('writes tables whose header row repeats on every page', async () => {
    const parts = await readPackage(await renderDocx(outline));
    const document = part(parts, 'word/document.xml');
    const actions = controls(document).find((c) => c.tag === 'kap:step=6;part=actions')!;
    const table = findAll(actions.content, 'w:tbl')[0]!;
    const rows = findAll(table, 'w:tr');
    expect(findAll(rows[0]!, 'w:tblHeader')).toHaveLength(1);
    const actionsPart = outline.parts.find((p) => p.key === 'actions')!;
    const block = actionsPart.blocks.find((b) => b.kind === 'table');
    if (block?.kind !== 'table') throw new Error('no actions table');
    expect(findAll(rows[0]!, 'w:tc').map((tc) => textOf(tc, 'w:t'))).toEqual(
      block.columns.map((c) => c.header),
    );
    expect(findAll(rows[1]!, 'w:tc').map((tc) => textOf(tc, 'w:t'))).toEqual(
      block.rows[0]!.map((c) => c.text),
    );
  });

  it('draws the timeline as a table of 12 months plus a column for dates outside them', async () => {
    const parts = await readPackage(await renderDocx(outline));
    const timeline = controls(part(parts, 'word/document.xml')).find(
      (c) => c.tag === 'kap:step=6;part=timeline',
    )!;
    const header = findAll(findAll(timeline.content, 'w:tr')[0]!, 'w:tc');
    expect(header).toHaveLength(14);
    expect(textOf(timeline.content, 'w:t')).toContain(
      'A1 Present the capacity guarantee to the COO',
    );
  });

  it('renders only the requested steps', async () => {
    const parts = await readPackage(await renderDocx(outline, { steps: [4, 5] }));
    expect(controls(part(parts, 'word/document.xml')).map((c) => c.tag)).toEqual([
      'kap:step=4;part=goals',
      'kap:step=5;part=strategies',
    ]);
  });

  it('cleans control characters and lone surrogates out of every text', async () => {
    const dirty: Outline = {
      language: 'en',
      title: 'T\u0001',
      parts: [
        {
          step: 1,
          key: 'facts',
          title: 'Facts\u0007',
          blocks: [{ kind: 'paragraph', text: 'a\u0000b\uD800c\r\nd' }],
        },
      ],
    };
    const parts = await readPackage(await renderDocx(dirty));
    const document = part(parts, 'word/document.xml');
    expect(paragraphsWithStyle(document, 'Heading1')).toEqual(['Facts']);
    expect(textOf(document, 'w:t')).toContain('ab\uFFFDc');
  });

  it('gives a well-formed document for any Unicode in any text field', async () => {
    const anyText = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, async (name, fact, who) => {
        const base = makePlan();
        const plan = makePlan({
          account: { ...base.account, name: name || 'x', planOwner: who },
          facts: [{ ...base.facts[0]!, text: fact, source: name }, base.facts[1]!],
          actions: [{ ...base.actions[0]!, what: fact, who }, base.actions[1]!],
        });
        const parts = await readPackage(await renderDocx(buildStory(plan, { today: TODAY })));
        expect(controls(part(parts, 'word/document.xml')).length).toBe(10);
      }),
      { numRuns: 25 },
    );
  });
});

describeWith(['xmllint'], 'word/document.xml against the OOXML schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a complete plan', () => buildStory(makePlan(), { today: TODAY })],
    ['a large, hostile plan', () => buildStory(hostilePlan(), { today: TODAY, language: 'de' })],
  ])('validates for %s', async (name, make) => {
    const zip = await JSZip.loadAsync(await renderDocx(make()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const file = join(dir, `${name.replace(/\W+/g, '-')}.xml`);
    writeFileSync(file, xml);
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', WML_XSD, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toBe('');
  });
});
