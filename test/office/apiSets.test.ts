// The writers must run on hosts that have only the required sets (PowerPointApi 1.3, WordApi
// 1.3). This reads @types/office-js and checks the set of every member the writers call; the
// list is kept next to the code's use (a new call means a new line here).
import * as fs from 'fs';
import * as path from 'path';

const dts = fs.readFileSync(
  path.resolve(__dirname, '../../node_modules/@types/office-js/index.d.ts'),
  'utf8',
);

/** The API set written in the doc comment of `member` in `namespace.className`. */
function apiSet(namespace: string, className: string, member: string): string | undefined {
  const ns = dts.indexOf(`declare namespace ${namespace} {`);
  const start = dts.indexOf(`class ${className} extends`, ns);
  if (ns < 0 || start < 0) return undefined;
  const end = dts.indexOf('\n    }', start);
  const body = dts.slice(start, end);
  const at = body.search(new RegExp(`\\n        (readonly )?${member}[(:?]`));
  if (at < 0) return undefined;
  const comment = body.slice(body.lastIndexOf('/**', at), at);
  return /\[Api set: (\w+ [\d.]+)/.exec(comment)?.[1];
}

function minor(set: string): number {
  return Number(set.split(' ')[1]!.split('.')[1]);
}

const USED: Record<string, readonly (readonly [string, string, number])[]> = {
  PowerPoint: [
    ['Presentation', 'slides', 3],
    ['Presentation', 'insertSlidesFromBase64', 3],
    ['Presentation', 'tags', 3],
    ['SlideCollection', 'getItem', 3],
    ['Slide', 'id', 3],
    ['Slide', 'tags', 3],
    ['Slide', 'delete', 3],
    ['TagCollection', 'add', 3],
    ['TagCollection', 'delete', 3],
    ['TagCollection', 'getItemOrNullObject', 3],
    ['Tag', 'key', 3],
    ['Tag', 'value', 3],
    // Used only where the host reports the newer set (checked with isSetSupported).
    ['Presentation', 'getSelectedSlides', 5],
    ['Presentation', 'customXmlParts', 7],
    ['CustomXmlPartCollection', 'add', 7],
    ['CustomXmlPartCollection', 'getByNamespace', 7],
    ['CustomXmlPart', 'getXml', 7],
    ['CustomXmlPart', 'delete', 7],
    ['CustomXmlPart', 'id', 7],
  ],
  Word: [
    ['Body', 'contentControls', 3],
    ['Body', 'insertParagraph', 3],
    ['ContentControl', 'tag', 3],
    ['ContentControl', 'title', 3],
    ['ContentControl', 'insertText', 3],
    ['ContentControl', 'insertParagraph', 3],
    ['ContentControl', 'insertTable', 3],
    ['ContentControl', 'paragraphs', 3],
    ['ParagraphCollection', 'getFirst', 3],
    ['Paragraph', 'styleBuiltIn', 3],
    ['Paragraph', 'font', 3],
    ['Paragraph', 'insertContentControl', 3],
    ['Paragraph', 'startNewList', 3],
    ['Paragraph', 'detachFromList', 3],
    ['Paragraph', 'parentContentControlOrNullObject', 3],
    ['Paragraph', 'text', 3],
    ['Body', 'paragraphs', 3],
    ['ParagraphCollection', 'getLast', 3],
    ['ContentControl', 'id', 3],
    ['ContentControl', 'cannotEdit', 3],
    ['ContentControl', 'getRange', 3],
    ['ContentControl', 'parentContentControlOrNullObject', 3],
    ['Document', 'getSelection', 3],
    ['Range', 'parentContentControlOrNullObject', 3],
    ['Range', 'select', 3],
    ['Table', 'font', 3],
    ['Font', 'size', 3],
    ['List', 'insertParagraph', 3],
    ['List', 'setLevelBullet', 3],
    ['List', 'setLevelNumbering', 3],
    ['Table', 'headerRowCount', 3],
    ['Table', 'styleBuiltIn', 3],
    ['Font', 'bold', 3],
    ['Font', 'italic', 3],
    // Read only where the host reports WordApi 1.4 (isSetSupported).
    ['Document', 'changeTrackingMode', 4],
  ],
};

describe.each(Object.entries(USED))('%s members the add-in calls', (namespace, members) => {
  it.each(members.map(([c, m, max]) => [`${c}.${m}`, c, m, max] as const))(
    '%s is in a set it may use',
    (_name, className, member, max) => {
      const set = apiSet(namespace, className, member);
      expect(set).toMatch(new RegExp(`^${namespace}Api 1\\.\\d+$`));
      expect(minor(set!)).toBeLessThanOrEqual(max);
    },
  );
});
