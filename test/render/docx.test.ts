import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { renderDocx } from '../../src/render';
import { buildStory } from '../../src/story';
import type { Outline } from '../../src/story/outline';
import { makeAction, makePlan, makeV2Plan } from '../builders';
import { describeWith } from '../support/tools';
import {
  findAll,
  hostilePlan,
  makeOutline,
  part,
  readPackage,
  textOf,
  type XmlNode,
} from './support';

const TODAY = '2027-05-15';
const WML_XSD = resolve(__dirname, '../../../shared/schemas/ooxml/ISO-IEC29500-4_2016/wml.xsd');

const attr = (node: XmlNode | undefined, name: string) => node?.attrs[name];

/** The plan's content controls (the table of contents is a content control of Word's own). */
function controls(document: XmlNode) {
  return findAll(document, 'w:sdt')
    .map((sdt) => {
      const pr = findAll(sdt, 'w:sdtPr')[0];
      return {
        tag: attr(findAll(pr!, 'w:tag')[0], 'w:val'),
        alias: attr(findAll(pr!, 'w:alias')[0], 'w:val'),
        content: findAll(sdt, 'w:sdtContent')[0]!,
      };
    })
    .filter((c) => c.tag?.startsWith('kap:'));
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
    // Block level: the controls are children of the body, not inside paragraphs; one more is
    // the table of contents.
    expect(body.children.filter((c) => c.name === 'w:sdt')).toHaveLength(outline.parts.length + 1);
  });

  it('heads the steps with numbered first-level headings and the parts one level below', async () => {
    const parts = await readPackage(await renderDocx(outline));
    const document = part(parts, 'word/document.xml');
    const plainText = (t: string) => t.replace(/[\u00A0\u2002]/g, ' ');
    expect(paragraphsWithStyle(document, 'Heading1').map(plainText)).toEqual([
      'At a glance',
      'The red thread',
      '1 Collect data',
      '2 So what?',
      '3 Top 5 opportunities and risks',
      '4 Strategic goals',
      '5 Strategy',
      '6 Action plan',
    ]);
    const titles = outline.parts.filter((p) => p.step > 0).map((p) => p.title);
    expect(paragraphsWithStyle(document, 'Heading2')).toEqual(titles);
    const styles = findAll(part(parts, 'word/styles.xml'), 'w:style');
    const heading1 = styles.find((s) => s.attrs['w:styleId'] === 'Heading1')!;
    expect(attr(findAll(heading1, 'w:outlineLvl')[0], 'w:val')).toBe('0');
  });

  it('never skips a heading level', async () => {
    for (const plan of [makePlan(), hostilePlan()]) {
      const document = part(
        await readPackage(await renderDocx(buildStory(plan, { today: TODAY }))),
        'word/document.xml',
      );
      let level = 0;
      for (const p of findAll(document, 'w:p')) {
        const style = attr(findAll(p, 'w:pStyle')[0], 'w:val') ?? '';
        const match = /^Heading(\d)$/.exec(style);
        if (!match) continue;
        const next = Number(match[1]);
        expect({ style, after: level, skips: next > level + 1 }).toEqual({
          style,
          after: level,
          skips: false,
        });
        level = next;
      }
    }
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
    // The goal's title over its actions, kept with the first of them.
    expect(findAll(rows[1]!, 'w:tc').map((tc) => textOf(tc, 'w:t'))).toEqual([
      block.groups![0]!.title,
    ]);
    expect(findAll(rows[1]!, 'w:keepNext').length).toBeGreaterThan(0);
    expect(findAll(rows[2]!, 'w:tc').map((tc) => textOf(tc, 'w:t'))).toEqual(
      block.rows[0]!.map((c) => c.text),
    );
    // No row of a table is split over two pages.
    expect(rows.every((row) => findAll(row, 'w:cantSplit').length === 1)).toBe(true);
  });

  it('draws the timeline as a Gantt chart on a landscape page', async () => {
    const outside = makePlan({
      actions: [makeAction(), makeAction({ id: 'A2', due: '2029-01-31' })],
    });
    for (const [plan, columns] of [
      [makePlan(), 15],
      [outside, 16],
    ] as const) {
      const parts = await readPackage(await renderDocx(buildStory(plan, { today: TODAY })));
      const document = part(parts, 'word/document.xml');
      const timeline = controls(document).find((c) => c.tag === 'kap:step=6;part=timeline')!;
      const rows = findAll(timeline.content, 'w:tr');
      // Quarters over months, both repeated on every page.
      expect(
        findAll(rows[0]!, 'w:tc').map((tc) => textOf(tc, 'w:t').replace(/\u00A0/g, ' ')),
      ).toEqual(['', 'Q1 2027', 'Q2', 'Q3', 'Q4', ...(columns === 16 ? [''] : [])]);
      const months = findAll(rows[1]!, 'w:tc').map((tc) => textOf(tc, 'w:t'));
      // Action, owner, date, twelve months, and the column for what lies outside only when used.
      expect(months).toHaveLength(columns);
      expect(months.slice(3, 15)).toEqual([
        'Jan',
        'Feb',
        'Mar',
        'Apr',
        'May',
        'Jun',
        'Jul',
        'Aug',
        'Sep',
        'Oct',
        'Nov',
        'Dec',
      ]);
      expect(textOf(timeline.content, 'w:t').replace(/\u00A0/g, ' ')).toContain(
        'A1  Present the capacity guarantee to the COO',
      );
      // The chart's section is landscape; the one before it portrait.
      const sections = findAll(document, 'w:sectPr').map((s) =>
        attr(findAll(s, 'w:pgSz')[0], 'w:orient'),
      );
      expect(sections).toEqual(['portrait', 'landscape']);
    }
  });

  it('renders only the requested steps', async () => {
    const parts = await readPackage(await renderDocx(outline, { steps: [4, 5] }));
    expect(controls(part(parts, 'word/document.xml')).map((c) => c.tag)).toEqual([
      'kap:step=4;part=goals',
      'kap:step=5;part=strategies',
    ]);
  });

  it('cleans control characters and lone surrogates out of every text', async () => {
    const dirty: Outline = makeOutline({
      title: 'T\u0001',
      parts: [
        {
          step: 1,
          key: 'facts',
          title: 'Facts\u0007',
          blocks: [{ kind: 'paragraph', text: 'a\u0000b\uD800c\r\nd' }],
        },
      ],
    });
    const parts = await readPackage(await renderDocx(dirty));
    const document = part(parts, 'word/document.xml');
    expect(paragraphsWithStyle(document, 'Heading2')).toEqual(['Facts']);
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
        expect(controls(part(parts, 'word/document.xml')).length).toBe(11);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a document to circulate', () => {
  const german = makePlan({ account: { ...makePlan().account, language: 'de' } });

  it('tags every run with the plan’s language and turns on hyphenation', async () => {
    for (const [plan, lang] of [
      [german, 'de-DE'],
      [makePlan(), 'en-GB'],
    ] as const) {
      const parts = await readPackage(await renderDocx(buildStory(plan, { today: TODAY })));
      for (const [path, xml] of parts) {
        if (!/^word\/(document|header\d+|footer\d+)\.xml$/.test(path)) continue;
        const runs = findAll(xml, 'w:r');
        const other = runs
          .map((r) => attr(findAll(r, 'w:lang')[0], 'w:val'))
          .filter((value) => value !== lang);
        expect({ path, other: [...new Set(other)] }).toEqual({ path, other: [] });
      }
      const defaults = findAll(part(parts, 'word/styles.xml'), 'w:rPrDefault')[0]!;
      expect(attr(findAll(defaults, 'w:lang')[0], 'w:val')).toBe(lang);
      expect(findAll(part(parts, 'word/settings.xml'), 'w:autoHyphenation')).toHaveLength(1);
    }
  });

  it('names the plan owner as author, the account and "confidential" in the running header, and "page x of y" in the footer', async () => {
    const parts = await readPackage(await renderDocx(buildStory(german, { today: TODAY })));
    expect(textOf(part(parts, 'docProps/core.xml'), 'dc:creator')).toBe('Anna Schmidt');
    const headers = [...parts.entries()].filter(([path]) => /^word\/header\d+\.xml$/.test(path));
    expect(headers.map(([, xml]) => textOf(xml, 'w:t'))).toContain(
      'Müller Maschinenbau AG · vertraulich',
    );
    const footers = [...parts.entries()].filter(([path]) => /^word\/footer\d+\.xml$/.test(path));
    const fields = footers.map(([, xml]) =>
      findAll(xml, 'w:instrText')
        .map((t) => t.text.trim())
        .join(' '),
    );
    expect(fields).toContain('PAGE NUMPAGES');
    expect(footers.map(([, xml]) => textOf(xml, 'w:t'))).toContainEqual(
      expect.stringContaining('Seite  von '),
    );
    // The cover page has neither: the first section has a title page of its own.
    const first = findAll(part(parts, 'word/document.xml'), 'w:sectPr')[0]!;
    expect(findAll(first, 'w:titlePg')).toHaveLength(1);
  });

  it('puts the table of contents after the cover and breaks pages only where a part needs it', async () => {
    const parts = await readPackage(await renderDocx(buildStory(makePlan(), { today: TODAY })));
    const body = findAll(part(parts, 'word/document.xml'), 'w:body')[0]!;
    const order = body.children.map((c) =>
      c.name === 'w:sdt'
        ? (attr(findAll(c, 'w:tag')[0], 'w:val') ??
          (findAll(c, 'w:docPartGallery').length > 0 ? 'toc' : '?'))
        : c.name,
    );
    expect(order.slice(0, 4)).toEqual([
      'kap:step=0;part=cover',
      'w:p',
      'toc',
      'kap:step=0;part=summary',
    ]);
    const breaks = findAll(body, 'w:p')
      .filter((p) => findAll(p, 'w:pageBreakBefore').length > 0)
      .map((p) => textOf(p, 'w:t').replace(/[\u00A0\u2002]/g, ' '));
    // The contents, the summary and the red thread each on a page of its own, and the steps after
    // them; the Gantt chart starts its own landscape section.
    expect(breaks).toEqual(['Contents', 'At a glance', 'The red thread', '1 Collect data']);
  });
});

describeWith(['xmllint'], 'word/document.xml against the OOXML schema', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a complete plan', () => buildStory(makePlan(), { today: TODAY })],
    ['a large, hostile plan', () => buildStory(hostilePlan(), { today: TODAY, language: 'de' })],
    [
      'the review version of a version 2 plan',
      () => buildStory(makeV2Plan(), { today: TODAY, review: true }),
    ],
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
