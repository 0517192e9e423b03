// The generated decks against PresentationML's schema (ISO/IEC 29500-4:2016, pml.xsd) and the
// package rules PowerPoint checks before it opens a file: every part declared, every declared
// part present, every relationship pointing at a part. LibreOffice opens decks that break these;
// PowerPoint answers with its repair dialog, and insertSlidesFromBase64 may refuse them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { renderPptx } from '../../src/render';
import { mendContentTypes, mendParagraphs, mendPresentation } from '../../src/render/pptxMend';
import { buildStory } from '../../src/story';
import { makeV2Plan } from '../builders';
import { describeWith } from '../support/tools';
import { findAll, hostilePlan, parseXml } from './support';

const TODAY = '2027-05-15';
const PML_XSD = resolve(__dirname, '../../../shared/schemas/ooxml/ISO-IEC29500-4_2016/pml.xsd');
const examples = resolve(__dirname, '../../assets/examples');

/**
 * Where the 2016 schema disagrees with what PowerPoint itself writes and reads. Each entry is
 * one message for one value, with the reason; anything else the schema reports fails the test.
 */
const ALLOWED: readonly {
  readonly name: string;
  readonly message: RegExp;
  readonly why: string;
}[] = [
  {
    name: 'bullet size 100000',
    message:
      /Element '\{http:\/\/schemas\.openxmlformats\.org\/drawingml\/2006\/main\}buSzPct', attribute 'val': \[facet 'pattern'\] The value '100000' is not accepted by the pattern/,
    why:
      'dml-main.xsd defines ST_TextBulletSize as the union of a percentage text ("100%") and ' +
      'thousandths of a percent (25000–400000), which PowerPoint writes, but types ' +
      'a:buSzPct/@val with the text form only.',
  },
];

function example(name: string): Plan {
  const read = readPlanText(readFileSync(join(examples, name), 'utf8'));
  if (!read.ok) throw new Error(`${name}: ${read.problems[0]?.message.en ?? ''}`);
  return read.plan;
}

const decks: readonly [string, () => Promise<Uint8Array>][] = [
  [
    'german-example',
    () => renderPptx(buildStory(example('mueller-maschinenbau.de.kap.json'), { today: TODAY })),
  ],
  [
    'english-example',
    () => renderPptx(buildStory(example('northwind-health.en.kap.json'), { today: TODAY })),
  ],
  ['hostile', () => renderPptx(buildStory(hostilePlan(), { today: TODAY, language: 'de' }))],
  // Every page of format version 2: summary, people, matrix, progress, bars, the review.
  ['review', () => renderPptx(buildStory(makeV2Plan(), { today: TODAY, review: true }))],
];

/** The parts pml.xsd describes: slides, layouts, masters, notes, tags, the presentation. */
const PRESENTATION_PART =
  /^ppt\/(presentation|presProps|viewProps|tableStyles|(slides|slideLayouts|slideMasters|notesSlides|notesMasters|tags|theme)\/[^/]+)\.xml$/;

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describeWith(['xmllint'], 'generated decks against pml.xsd', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-pml-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const packages = new Map<string, Record<string, Uint8Array>>();
  beforeAll(async () => {
    for (const [name, render] of decks) packages.set(name, unzipSync(await render()));
  });

  it('validates every presentation part of every deck, in one run of xmllint', () => {
    const files: string[] = [];
    for (const [name, parts] of packages) {
      for (const [path, bytes] of Object.entries(parts)) {
        if (!PRESENTATION_PART.test(path)) continue;
        const file = join(dir, name, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, bytes);
        files.push(join(name, path));
      }
    }
    // Every kind of part is there to be checked, so a renamed folder cannot empty the test.
    for (const kind of ['slides/', 'slideLayouts/', 'slideMasters/', 'tags/', 'presentation.']) {
      expect(files.filter((f) => f.includes(`/ppt/${kind}`)).length).toBeGreaterThan(0);
    }
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', PML_XSD, ...files], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error).toBeUndefined();
    const errors = run.stderr
      .split('\n')
      .filter((line) => line.includes('Schemas validity error'))
      .filter((line) => !ALLOWED.some((allowed) => allowed.message.test(line)));
    expect(errors).toEqual([]);
    // xmllint names each file it validated; none is left out.
    const verdicts = run.stderr
      .split('\n')
      .filter((l) => / (validates|fails to validate)$/.test(l));
    expect(verdicts).toHaveLength(files.length);
  });

  it('declares every part and holds every declared part and every relationship target', () => {
    for (const [name, parts] of packages) {
      const types = parseXml(text(parts['[Content_Types].xml']!));
      const defaults = new Set(findAll(types, 'Default').map((d) => d.attrs.Extension));
      const overrides = findAll(types, 'Override').map((o) => o.attrs.PartName!.slice(1));
      const paths = Object.keys(parts).filter((p) => !p.endsWith('/'));
      expect({ name, missing: overrides.filter((p) => !(p in parts)) }).toEqual({
        name,
        missing: [],
      });
      const undeclared = paths.filter(
        (p) =>
          p !== '[Content_Types].xml' &&
          !overrides.includes(p) &&
          !defaults.has(p.slice(p.lastIndexOf('.') + 1)),
      );
      expect({ name, undeclared }).toEqual({ name, undeclared: [] });
      const dangling: string[] = [];
      for (const rels of paths.filter((p) => p.endsWith('.rels'))) {
        const source = dirname(dirname(rels));
        for (const rel of findAll(parseXml(text(parts[rels]!)), 'Relationship')) {
          if (rel.attrs.TargetMode === 'External') continue;
          const target = rel.attrs.Target!;
          const path = target.startsWith('/')
            ? target.slice(1)
            : posix.normalize(posix.join(source === '.' ? '' : source, target));
          if (!(path in parts)) dangling.push(`${rels} → ${target}`);
        }
      }
      expect({ name, dangling }).toEqual({ name, dangling: [] });
    }
  });
});

describeWith(['xmllint'], 'what pptxgenjs writes, and the repairs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-pml-raw-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function validate(name: string, xml: string): string[] {
    const file = join(dir, name);
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', PML_XSD, file], {
      encoding: 'utf8',
    });
    return run.stderr.split('\n').filter((line) => line.includes('Schemas validity error'));
  }

  // pptxgenjs itself, without this project's renderer: if a new version writes valid parts,
  // these tests say the repairs can go.
  let raw: Record<string, Uint8Array>;
  beforeAll(async () => {
    const pptx = new PptxGenJS();
    const slide = pptx.addSlide();
    slide.addText(
      [
        { text: 'Goal: ', options: { bold: true, paraSpaceBefore: 6, breakLine: false } },
        { text: 'raise the share of wallet', options: { paraSpaceBefore: 6 } },
      ],
      { x: 1, y: 1, w: 4, h: 1 },
    );
    pptx.addSlide().addText('second', { x: 1, y: 1, w: 4, h: 1 });
    raw = unzipSync((await pptx.write({ outputType: 'uint8array' })) as Uint8Array);
  });

  it('pptxgenjs writes a second a:pPr after a run; the repair keeps every run and the first', () => {
    const xml = text(raw['ppt/slides/slide1.xml']!);
    expect(validate('raw-slide.xml', xml).join('\n')).toContain(
      "Element '{http://schemas.openxmlformats.org/drawingml/2006/main}pPr': This element is not expected",
    );
    const mended = text(mendParagraphs(raw['ppt/slides/slide1.xml']!));
    expect(validate('mended-slide.xml', mended)).toEqual([]);
    const paragraph = (x: string) => findAll(parseXml(x), 'a:p')[0]!;
    const before = paragraph(xml);
    const after = paragraph(mended);
    expect(after.children.map((c) => c.name)).toEqual(['a:pPr', 'a:r', 'a:r', 'a:endParaRPr']);
    expect(findAll(after, 'a:t').map((t) => t.text)).toEqual([
      'Goal: ',
      'raise the share of wallet',
    ]);
    expect(after.children[0]).toEqual(before.children[0]);
  });

  it('pptxgenjs orders notesMasterIdLst after sldIdLst; the repair moves it before', () => {
    const xml = text(raw['ppt/presentation.xml']!);
    expect(validate('raw-presentation.xml', xml).join('\n')).toContain('notesMasterIdLst');
    const mended = mendPresentation(xml);
    expect(validate('mended-presentation.xml', mended)).toEqual([]);
    const names = findAll(parseXml(mended), 'p:presentation')[0]!.children.map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['p:sldMasterIdLst', 'p:notesMasterIdLst', 'p:sldIdLst']);
    expect(findAll(parseXml(mended), 'p:sldId')).toHaveLength(2);
  });

  it('pptxgenjs declares a slide master per slide; the repair keeps the declared parts that exist', () => {
    const xml = text(raw['[Content_Types].xml']!);
    const declared = (x: string) =>
      findAll(parseXml(x), 'Override').map((o) => o.attrs.PartName!.slice(1));
    expect(declared(xml)).toContain('ppt/slideMasters/slideMaster2.xml');
    const mended = declared(mendContentTypes(xml, (path) => path in raw));
    expect(mended).not.toContain('ppt/slideMasters/slideMaster2.xml');
    expect(mended).toEqual(declared(xml).filter((path) => path in raw));
    expect(mended).toContain('ppt/slides/slide2.xml');
  });
});

describe('the paragraph repair on the bytes of a slide', () => {
  const bytes = (xml: string) => new TextEncoder().encode(xml);

  it('drops every a:pPr after the first child, in any form, and keeps all text', () => {
    const xml =
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>Müller · 👩🏽‍💻 &lt;a:pPr&gt;</a:t></a:r>' +
      '<a:br/><a:pPr marL="0"/><a:r><a:t>x</a:t></a:r><a:pPr\nindent="0"><a:buNone/></a:pPr>' +
      '<a:endParaRPr/></a:p><a:p><a:pPrX/><a:r><a:t>y</a:t></a:r></a:p>';
    expect(text(mendParagraphs(bytes(xml)))).toBe(
      '<a:p><a:pPr algn="l"><a:buNone/></a:pPr><a:r><a:t>Müller · 👩🏽‍💻 &lt;a:pPr&gt;</a:t></a:r>' +
        '<a:br/><a:r><a:t>x</a:t></a:r><a:endParaRPr/></a:p><a:p><a:pPrX/><a:r><a:t>y</a:t></a:r></a:p>',
    );
  });

  it('leaves a slide without a later a:pPr as it is', () => {
    const xml = bytes(
      '<a:p><a:pPr/><a:r><a:t>ok</a:t></a:r></a:p><a:p><a:r><a:t>ok</a:t></a:r></a:p>',
    );
    expect(mendParagraphs(xml)).toBe(xml);
  });
});
