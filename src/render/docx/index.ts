// Outline → .docx bytes with the docx library: a document to circulate. Cover page, table of
// contents, the red thread on a page of its own, then the steps under numbered headings (step →
// part → goal, no level skipped) flowing on, and the Gantt chart in a landscape section. A running
// header names the account and says "confidential", the footer "page x of y". Word flows and
// paginates the text itself; this renderer chooses structure, keeps what belongs together
// together, and wraps each part in a block-level content control whose tag names step and part,
// so the add-in can find and replace a part later.
import {
  AlignmentType,
  BuilderElement,
  Document,
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  StringValueElement,
  TabStopType,
  TableOfContents,
  XmlComponent,
  type ISectionOptions,
} from 'docx';
import type { Block, Outline, Part, StoryStep } from '../../story/outline';
import { partTag, prepareOutline } from '../prepare';
import { ellipsize } from '../text';
import { gantt } from './gantt';
import { documentStyles, LANDSCAPE_WIDTH, PAGE, PORTRAIT_WIDTH } from './styles';
import { cards, table } from './tables';
import { funnel, list, paragraph, styled, textRun, twoColumns, type Writer } from './text';

export interface DocxOptions {
  readonly steps?: readonly StoryStep[];
}

// Word shows the content control's title in its frame; very long titles only clutter it.
const ALIAS_MAX = 120;

/**
 * A block-level content control (w:sdt) around a part. docx 9 writes content controls only for
 * its own features (table of contents, check boxes), so this one is built from its elements.
 */
class PartControl extends FileChild {
  constructor(tag: string, alias: string, id: number, children: readonly FileChild[]) {
    super('w:sdt');
    this.root.push(
      new BuilderElement({
        name: 'w:sdtPr',
        children: [
          new StringValueElement('w:alias', alias),
          new StringValueElement('w:tag', tag),
          new BuilderElement<{ val: number }>({
            name: 'w:id',
            attributes: { val: { key: 'w:val', value: id } },
          }),
        ],
      }),
    );
    this.root.push(new ControlContent(children));
  }
}

/**
 * The control's content, its children added one by one: docx's BuilderElement spreads them into
 * push(), which overflows the stack for a part of tens of thousands of paragraphs.
 */
class ControlContent extends XmlComponent {
  constructor(children: readonly FileChild[]) {
    super('w:sdtContent');
    for (const child of children) this.root.push(child);
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function heading(writer: Writer, level: number, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    heading: HEADINGS[Math.min(level, 3) - 1],
    pageBreakBefore,
    children: [textRun(writer, text)],
  });
}

function blockChildren(writer: Writer, block: Block, level: number): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [heading(writer, level, block.text)];
    case 'paragraph':
      return [paragraph(writer, block)];
    case 'funnel':
      return funnel(writer, block);
    case 'list':
      return list(writer, block);
    case 'two-column':
      return twoColumns(writer, block);
    case 'table':
      return table(writer, block);
    case 'cards':
      return cards(writer, block.cards);
    case 'timeline':
      return gantt(writer, block);
  }
}

/** Whether a part is set on landscape pages: the Gantt chart needs the width. */
function landscape(part: Part): boolean {
  return part.blocks.some((b) => b.kind === 'timeline');
}

interface Placed {
  readonly part: Part;
  readonly children: FileChild[];
}

/**
 * A part's paragraphs under the right headings: the cover as a title page; step 0's red thread as
 * a first-level heading on a fresh page; a step's first part under the step's numbered heading,
 * every part's title one level below it, its own headings one further.
 */
/**
 * Appends one by one, not with push(...items): a list of tens of thousands of items would pass as
 * many arguments and overflow the stack.
 */
function pushAll<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

function partChildren(
  outline: Outline,
  writer: Writer,
  part: Part,
  opensStep: boolean,
  freshPage: boolean,
): FileChild[] {
  const out: FileChild[] = [];
  if (part.key === 'cover') {
    out.push(
      new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(writer, part.title)] }),
    );
    if (part.subtitle) out.push(styled(writer, 'Subtitle', part.subtitle));
    for (const block of part.blocks) pushAll(out, blockChildren(writer, block, 2));
    return out;
  }
  let level: number;
  if (part.step === 0) {
    out.push(heading(writer, 1, part.title, freshPage));
    if (part.subtitle) out.push(styled(writer, 'KapKicker', part.subtitle, true));
    level = 2;
  } else {
    if (opensStep) {
      out.push(heading(writer, 1, outline.furniture.steps[part.step] ?? part.title, freshPage));
    }
    out.push(heading(writer, 2, part.title, freshPage && !opensStep));
    level = 3;
  }
  for (const block of part.blocks) pushAll(out, blockChildren(writer, block, level));
  return out;
}

function header(writer: Writer, outline: Outline): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'KapHeader',
        alignment: AlignmentType.RIGHT,
        children: [textRun(writer, `${outline.account} · ${outline.furniture.confidential}`)],
      }),
    ],
  });
}

function footer(writer: Writer, outline: Outline): Footer {
  const { page } = outline.furniture;
  return new Footer({
    children: [
      new Paragraph({
        style: 'KapHeader',
        tabStops: [{ type: TabStopType.RIGHT, position: writer.width }],
        children: [
          textRun(writer, outline.title),
          textRun(writer, {
            children: [
              `\t${page.before} `,
              PageNumber.CURRENT,
              ` ${page.between} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/** Renders the outline as a Word document; every part sits in a content control tagged with it. */
export async function renderDocx(outline: Outline, options: DocxOptions = {}): Promise<Uint8Array> {
  const clean = prepareOutline(outline, options);
  const portrait: Writer = { locale: clean.locale, width: PORTRAIT_WIDTH };
  const wide: Writer = { locale: clean.locale, width: LANDSCAPE_WIDTH };
  const hasCover = clean.parts[0]?.key === 'cover';

  // Parts in runs of one orientation: each run is a section of the document.
  const runs: { landscape: boolean; placed: Placed[] }[] = [];
  let previousStep: StoryStep | undefined;
  clean.parts.forEach((part, index) => {
    const wideRun = landscape(part);
    const writer = wideRun ? wide : portrait;
    const last = runs[runs.length - 1];
    const opensRun = !last || last.landscape !== wideRun;
    // A fresh page only where a part needs one: the red thread after the cover and contents, and
    // the steps after the red thread, so that it stands on a page of its own.
    const freshPage = !opensRun && part.key !== 'cover' && (part.step === 0 || previousStep === 0);
    const children = partChildren(clean, writer, part, part.step !== previousStep, freshPage);
    previousStep = part.step;
    const control = new PartControl(
      partTag(part),
      ellipsize(part.title, ALIAS_MAX) || part.key,
      index + 1,
      children,
    );
    const placed: Placed = { part, children: [control] };
    if (part.key === 'cover') {
      placed.children.push(
        new Paragraph({
          style: 'KapContentsTitle',
          pageBreakBefore: true,
          children: [textRun(writer, clean.furniture.contents)],
        }),
        new TableOfContents(clean.furniture.contents, {
          hyperlink: true,
          headingStyleRange: '1-2',
        }),
      );
    }
    if (opensRun) runs.push({ landscape: wideRun, placed: [placed] });
    else last?.placed.push(placed);
  });

  const sections: ISectionOptions[] = runs.map((run, index) => {
    const writer = run.landscape ? wide : portrait;
    const titlePage = index === 0 && hasCover;
    return {
      properties: {
        ...(titlePage ? { titlePage: true } : {}),
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: run.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      headers: {
        default: header(writer, clean),
        ...(titlePage ? { first: new Header({ children: [] }) } : {}),
      },
      footers: {
        default: footer(writer, clean),
        ...(titlePage ? { first: new Footer({ children: [] }) } : {}),
      },
      children: run.placed.flatMap((p) => p.children),
    };
  });

  const document = new Document({
    creator: clean.author ?? 'Key Account Planner',
    lastModifiedBy: clean.author ?? 'Key Account Planner',
    title: clean.title,
    description: clean.language === 'de' ? 'Key-Account-Plan' : 'Key account plan',
    styles: documentStyles(clean.locale),
    // The deck's font, metric-compatible with Liberation Sans: the column widths measured for the
    // longest words hold in Word and LibreOffice alike. Runs name the theme's fonts, not Arial, so
    // a document pasted into a corporate template takes the template's fonts.
    theme: { fonts: { headings: 'Arial', body: 'Arial' } },
    // Word hyphenates in the runs' language: long compounds in narrow columns break at syllables.
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    sections:
      sections.length > 0
        ? sections
        : [{ children: [new Paragraph({ children: [textRun(portrait, clean.title)] })] }],
  });
  return Packer.pack(document, 'uint8array');
}
