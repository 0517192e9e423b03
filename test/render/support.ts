// Shared by the render tests: generated plans (large, hostile) and a small XML reader over the
// packages the renderers write, so tests assert on parsed structure instead of XML strings.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { Action, Fact, FocusItem, Goal, Plan, SoWhat, Strategy } from '../../src/plan/schema';
import type { Outline } from '../../src/story/outline';
import { makeAction, makeFact, makeGoal, makePlan, makeStrategy } from '../builders';

export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

/** Parses strictly (saxes throws on anything not well-formed) into a small tree. */
export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser();
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attrs: { ...(tag.attributes as Record<string, string>) },
      children: [],
      text: '',
    };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1];
    if (top) top.text += text;
  });
  parser.write(xml).close();
  return root;
}

export function findAll(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const child of node.children) {
    if (child.name === name) out.push(child);
    findAll(child, name, out);
  }
  return out;
}

export function textOf(node: XmlNode, textElement: string): string {
  return findAll(node, textElement)
    .map((t) => t.text)
    .join('');
}

/** Every XML part of a package, parsed; throws naming the part that is not well-formed. */
export async function readPackage(bytes: Uint8Array): Promise<Map<string, XmlNode>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, XmlNode>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/.test(path)) continue;
    const xml = await file.async('string');
    try {
      parts.set(path, parseXml(xml));
    } catch (error) {
      throw new Error(`${path} is not well-formed: ${String(error)}`);
    }
  }
  return parts;
}

export function part(parts: Map<string, XmlNode>, path: string): XmlNode {
  const found = parts.get(path);
  if (!found) throw new Error(`missing part ${path}`);
  return found;
}

export interface SlideInfo {
  readonly path: string;
  readonly step: string | undefined;
  readonly part: string | undefined;
  readonly text: string;
  readonly xml: XmlNode;
}

/** The slides in presentation order, with their tags read through the relationships. */
export function slidesOf(parts: Map<string, XmlNode>): SlideInfo[] {
  const presentation = part(parts, 'ppt/presentation.xml');
  const rels = findAll(part(parts, 'ppt/_rels/presentation.xml.rels'), 'Relationship');
  const target = (id: string) => rels.find((r) => r.attrs.Id === id)?.attrs.Target ?? '';
  return findAll(presentation, 'p:sldId').map((sldId) => {
    const path = `ppt/${target(sldId.attrs['r:id'] ?? '')}`;
    const slide = part(parts, path);
    const slideRels = findAll(
      part(parts, path.replace('slides/', 'slides/_rels/') + '.rels'),
      'Relationship',
    );
    const tagsRef = findAll(slide, 'p:tags')[0]?.attrs['r:id'];
    const tagTarget = slideRels.find((r) => r.attrs.Id === tagsRef)?.attrs.Target ?? '';
    const tags = tagTarget
      ? findAll(part(parts, `ppt/${tagTarget.replace('../', '')}`), 'p:tag')
      : [];
    const tag = (name: string) => tags.find((t) => t.attrs.name === name)?.attrs.val;
    return {
      path,
      step: tag('KAP_STEP'),
      part: tag('KAP_PART'),
      text: textOf(slide, 'a:t'),
      xml: slide,
    };
  });
}

// WORKAROUND pptxgenjs 4.0.1: when process.release.name is 'node' it starts
// `import('node:fs')` for media on every write, even for a deck without media, and does not
// await it. Jest's CommonJS sandbox rejects dynamic import without --experimental-vm-modules, and
// the unhandled rejection fails the test. Jest gives each test file its own copy of `process`, so
// renaming the release here only affects the test file that imports this module. Plain Node (the
// CLI) and browsers are unaffected.
Object.defineProperty(process, 'release', { value: { ...process.release, name: 'jest-sandbox' } });

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

/**
 * A big plan with the given multiples: 300 facts, 150 so-whats, 5+5 focus items, 3 goals,
 * 3 strategies and 60 actions at scale 1. Every text carries a unique token (fact042x) so tests
 * can find each item in extracted text.
 */
export function largePlan(scale = 1): Plan {
  const facts: Fact[] = Array.from({ length: 300 * scale }, (_, i) => ({
    id: `F${i + 1}`,
    area:
      (['account', 'market', 'requirements', 'competition', 'other'] as const)[i % 5] ?? 'other',
    text: `fact${pad(i)}x The customer consolidates suppliers in region ${i % 17} and reviews contracts every ${1 + (i % 4)} years`,
    source: `source${pad(i)}x interview`,
  }));
  const soWhats: SoWhat[] = Array.from({ length: 150 * scale }, (_, i) => ({
    id: `S${i + 1}`,
    factIds: [`F${2 * i + 1}`, `F${2 * i + 2}`],
    kind: (['opportunity', 'risk', 'consequence'] as const)[i % 3] ?? 'consequence',
    text: `sowhat${pad(i)}x This means we must prove delivery reliability before the next review`,
  }));
  const focus = (prefix: string, word: string): FocusItem[] =>
    Array.from({ length: 5 }, (_, i) => ({
      id: `${prefix}${i + 1}`,
      title: `${word}${pad(i)}x ${word === 'opp' ? 'Win the frame contract for the new plant' : 'Lose the service business to a cheaper rival'}`,
      soWhatIds: [`S${i + 1}`],
    }));
  const goals: Goal[] = Array.from({ length: 3 }, (_, i) => ({
    id: `Z${i + 1}`,
    title: `goal${pad(i)}x Raise share of wallet in division ${i + 1}`,
    measure: 'Share of wallet',
    target: `${30 + i * 5}%`,
    due: '2027-12-31',
    basedOn: [`O${i + 1}`, `R${i + 1}`],
  }));
  const strategies: Strategy[] = goals.map((goal, i) => ({
    id: `ST${i + 1}`,
    goalId: goal.id,
    text: `strategy${pad(i)}x Offer a capacity guarantee tied to a three-year frame contract`,
    levers: ['account-goals', 'competitor-weakness'],
    factIds: [`F${i + 1}`],
  }));
  const actions: Action[] = Array.from({ length: 60 * scale }, (_, i) => ({
    id: `A${i + 1}`,
    what: `action${pad(i)}x Present the capacity guarantee to the plant managers`,
    who: `owner${pad(i)}x Schmidt`,
    due: `2027-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    strategyId: `ST${(i % 3) + 1}`,
    status: (['open', 'in-progress', 'done'] as const)[i % 3] ?? 'open',
  }));
  return makePlan({
    facts,
    gaps: [],
    soWhats,
    opportunities: focus('O', 'opp'),
    risks: focus('R', 'risk'),
    goals,
    strategies,
    actions,
  });
}

/** Many numbered words: a text far too long for one slide, whose every part can be found. */
export function longText(prefix: string, words: number): string {
  return Array.from({ length: words }, (_, i) => `${prefix}${pad(i, 4)}`).join(' ');
}

/**
 * The large plan made hostile: very long texts, control characters, emoji, right-to-left text,
 * lone surrogates and XML metacharacters in every kind of field.
 */
export function hostilePlan(): Plan {
  const plan = largePlan();
  const nasty = (token: string) =>
    `${token} <b>&amp;</b> "q" 'a' \u0001\u0008\u000B\u001F\uFFFE ctl \uD800 lone \uDC00 emoji 👩🏽‍💻🚀 rtl שלום עולם مرحبا\r\nnext line`;
  return {
    ...plan,
    account: {
      ...plan.account,
      name: `${nasty('account')} ${longText('acct', 60)}`,
      planOwner: nasty('planowner'),
    },
    facts: plan.facts.map((fact, i) =>
      i === 0
        ? { ...fact, text: longText('longfact', 1200) }
        : i % 7 === 0
          ? { ...fact, text: `${fact.text} ${nasty(`hostile${i}x`)}` }
          : fact,
    ),
    soWhats: plan.soWhats.map((s, i) =>
      i === 1 ? { ...s, text: longText('longsowhat', 900) } : s,
    ),
    opportunities: plan.opportunities.map((o, i) =>
      i === 0 ? { ...o, title: `${o.title} ${nasty('opphostile')}` } : o,
    ),
    goals: plan.goals.map((g, i) =>
      i === 0 ? { ...g, title: `${g.title} ${longText('longgoal', 400)}` } : g,
    ),
    strategies: plan.strategies.map((s, i) =>
      i === 0 ? { ...s, text: `${s.text} ${longText('longstrategy', 700)}` } : s,
    ),
    actions: plan.actions.map((a, i) =>
      i === 0
        ? { ...a, what: `${a.what} ${longText('longaction', 600)}`, who: nasty('ownerhostile') }
        : a,
    ),
  };
}

/** Whitespace-insensitive text for comparisons with extracted PDF or XML text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The ASCII word tokens of a text (at least 3 characters), for robust presence checks. */
export function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9]{3,}/g) ?? [];
}

/** An outline written by hand for renderer tests, with the furniture the story would add. */
export function makeOutline(overrides: Partial<Outline> & Pick<Outline, 'parts'>): Outline {
  const language = overrides.language ?? 'en';
  return {
    language,
    locale: language === 'de' ? 'de-DE' : 'en-GB',
    title: 'ACME plc — Jan 2027 to Dec 2027',
    account: 'ACME plc',
    furniture: {
      confidential: 'confidential',
      page: { before: 'Page', between: 'of' },
      contents: 'Contents',
      continued: '(cont.)',
      steps: { 1: '1 Collect data', 3: '3 Focus', 6: '6 Action plan' },
    },
    ...overrides,
  };
}

// Long German compounds and long names in every field a reader sees, in narrow places too: table
// cells, cards, the red thread, the Gantt chart.
export const COMPOUNDS = [
  'Qualitätssicherungsvereinbarung',
  'Rahmenvertragsverhandlungen',
  'Instandhaltungsmanagementsystem',
  'Lieferantenentwicklungsprogramm',
  'Verpackungsmaschinenhersteller',
  'Produktionsplanungsabteilung',
  'Ersatzteilversorgungskonzept',
  'Wettbewerbsbeschränkungen',
];
export const NAMES = [
  'Maximiliane Schimmelpfennig',
  'Dr. Friedemann Wolfensteinberger',
  'Konstantin Oberhollenzer',
  'Hildegard Wittelsbacher',
];

export function compoundPlan(): Plan {
  const base = makePlan({ account: { ...makePlan().account, language: 'de' } });
  const c = (i: number) => COMPOUNDS[i % COMPOUNDS.length] as string;
  const n = (i: number) => NAMES[i % NAMES.length] as string;
  return makePlan({
    account: {
      ...base.account,
      name: 'Verpackungsmaschinenhersteller Oberhollenzer AG',
      planOwner: n(0),
    },
    facts: [
      makeFact({ text: `Die ${c(0)} mit dem ${c(1)}-Team läuft aus.`, source: n(1) }),
      makeFact({ id: 'F2', area: 'competition', text: `${c(7)} im ${c(6)}`, source: n(2) }),
    ],
    goals: [
      makeGoal({
        title: `${c(0)} abschließen`,
        measure: `${c(2)} eingeführt`,
        target: `${c(3)} mit ${c(4)}`,
      }),
      makeGoal({ id: 'Z2', title: `${c(5)} gewinnen`, measure: c(6), target: c(7) }),
    ],
    strategies: [
      makeStrategy({ text: `Wir verbinden ${c(1)} mit dem ${c(3)} und dem ${c(2)}.` }),
      makeStrategy({ id: 'ST2', goalId: 'Z2', text: `${c(4)} und ${c(5)}` }),
    ],
    actions: Array.from({ length: 8 }, (_, i) =>
      makeAction({
        id: `A${i + 1}`,
        what: `${c(i)} mit ${c(i + 3)} klären`,
        who: n(i),
        due: `2027-${String(2 + i).padStart(2, '0')}-15`,
        strategyId: i % 2 === 0 ? 'ST1' : 'ST2',
      }),
    ),
  });
}
