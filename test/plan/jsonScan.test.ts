import { locatePaths, scanStructure, tooDeepAt } from '../../src/plan/jsonScan';

describe('scanStructure', () => {
  it('tells keys from values, also when texts hold brackets, commas and escaped quotes', () => {
    const text = '{"a": "{[,\\"", "b": ["a", "a", {"a": 1}], "c": {"d": "}"}, "e": -1.5e+3}';
    expect(scanStructure(text, 10)).toEqual({ duplicates: [] });
  });

  it('finds a key written twice, also when the two are spelled with different escapes', () => {
    const text = '{"x": [0, {"k\\"": 1, "k\\u0022": 2}]}';
    expect(scanStructure(text, 10).duplicates).toEqual([
      { key: 'k"', first: text.indexOf('"k\\"'), again: text.indexOf('"k\\u0022'), path: ['x', 1] },
    ]);
  });

  it('stops at the first bracket deeper than the limit', () => {
    const text = '{"a": [[[1]]], "b": [[[[2]]]]}';
    expect(scanStructure(text, 4).tooDeepAt).toBe(text.indexOf('[[[[') + 3);
    expect(scanStructure(text, 5).tooDeepAt).toBeUndefined();
  });
});

describe('tooDeepAt on broken text', () => {
  it('counts brackets outside texts, also in a text cut off in the middle', () => {
    expect(tooDeepAt('{"a": "[[[[[[', 3)).toBeUndefined();
    expect(tooDeepAt('[[[["x', 3)).toBe(3);
  });
});

describe('locatePaths', () => {
  const text = '{\n  "a": [10, {"b": true}, "x"],\n  "c": {"d": null}\n}';

  it('finds members at their keys and elements at their values', () => {
    const paths = [['a'], ['a', 0], ['a', 1, 'b'], ['a', 2], ['c', 'd'], []] as const;
    const found = locatePaths(text, paths);
    expect(paths.map((p) => found.get(p))).toEqual([
      text.indexOf('"a"'),
      text.indexOf('10'),
      text.indexOf('"b"'),
      text.indexOf('"x"'),
      text.indexOf('"d"'),
      0,
    ]);
  });

  it('shows a missing field at the deepest part of its path that exists', () => {
    const paths = [
      ['c', 'missing'],
      ['a', 7, 'b'],
      ['nothing', 'here'],
    ] as const;
    const found = locatePaths(text, paths);
    expect(paths.map((p) => found.get(p))).toEqual([text.indexOf('"c"'), text.indexOf('"a"'), 0]);
  });
});
