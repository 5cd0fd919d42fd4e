import { describe, expect, it } from 'vitest';
import { formatIssue, parseMap } from '../../../src/domain/parse';
import { errorsOf, parseData, sampleMap, warningsOf } from './helpers';

describe('parseMap: a valid map', () => {
  it('returns the map with its content and no warnings', () => {
    const result = parseData(sampleMap());
    expect(warningsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.map.title).toBe('Healthcare careers');
    expect(result.map.occupations.map((o) => o.id)).toEqual(['cna', 'lpn', 'rn']);
    expect(result.map.occupations[0]?.wage).toMatchObject({ min: 17, amount: 19, max: 22, unit: 'hour' });
  });

  it('fills lists a file leaves out with empty lists', () => {
    const result = parseMap('{"schemaVersion": 1, "id": "m", "title": "Just a title"}');
    expect(warningsOf(result)).toEqual([]);
    expect(result.ok && result.map).toMatchObject({ groups: [], occupations: [], transitions: [], hiringEvents: [], feedback: [], sources: [] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const result = parseMap(`\uFEFF${JSON.stringify(sampleMap())}`);
    expect(warningsOf(result)).toEqual([]);
  });

  it('keeps fields it does not know, at every level, so nothing a newer tool wrote is lost', () => {
    const data = sampleMap();
    data.theme = { dark: true };
    data.occupations[0] = { ...data.occupations[0], onetInterest: ['Social'], wage: { amount: 19, unit: 'hour', percentile90: 25 } };
    const result = parseData(data);
    expect(warningsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.map.theme).toEqual({ dark: true });
    expect(result.map.occupations[0]?.onetInterest).toEqual(['Social']);
    expect(result.map.occupations[0]?.wage?.percentile90).toBe(25);
  });

  it('builds fresh objects: the same text parsed twice gives equal, unshared maps', () => {
    const text = JSON.stringify(sampleMap());
    const first = parseMap(text);
    const second = parseMap(text);
    expect(first).toEqual(second);
    if (!first.ok || !second.ok) return;
    expect(first.map.occupations[0]).not.toBe(second.map.occupations[0]);
  });
});

describe('parseMap: files that are not maps', () => {
  it.each([
    ['an empty file', ''],
    ['a file of spaces and line breaks', '  \n\t\r\n  '],
    ['a byte-order mark alone', '\uFEFF'],
  ])('says %s is empty', (_label, text) => {
    expect(errorsOf(parseMap(text))).toEqual(['The file is empty.']);
  });

  it.each([
    ['null', 'null', 'null'],
    ['a list', '[{"title": "x"}]', 'a list'],
    ['text', '"a map"', 'a piece of text'],
    ['a number', '42', 'a number'],
    ['true', 'true', 'a boolean'],
  ])('refuses %s at the top level, saying a JSON object was expected', (_label, text, found) => {
    expect(errorsOf(parseMap(text))).toEqual([
      `This isn't a Pathway Studio map: expected a JSON object ({ … }), but the file holds ${found}.`,
    ]);
  });

  it("says another program's JSON isn't a Pathway Studio map", () => {
    const errors = errorsOf(parseMap('{"name": "my-app", "version": "1.0.0", "dependencies": {}}'));
    expect(errors).toEqual([
      "This JSON file isn't a Pathway Studio map: it has none of a map's fields (schemaVersion, title, occupations).",
    ]);
  });

  it('says a PNG is an image, not a JSON map', () => {
    // The PNG signature as the browser's UTF-8 decoder hands it over: 0x89 becomes U+FFFD.
    const png = '\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000';
    expect(errorsOf(parseMap(png))).toEqual(['This looks like a PNG image, not a JSON map. Choose the .json file of a Pathway Studio map.']);
  });

  it('says other binary files are binary', () => {
    const errors = errorsOf(parseMap('\u0000\u0001\u0002binary\uFFFD\uFFFD'));
    expect(errors[0]).toMatch(/^This looks like an image or other binary file, not a JSON map/);
  });

  it('says a UTF-16 file must be saved as UTF-8', () => {
    const utf16 = '\uFFFD\uFFFD{\u0000"\u0000t\u0000';
    expect(errorsOf(parseMap(utf16))).toEqual(['This file is saved as UTF-16 text; save it as UTF-8 and try again.']);
  });

  it('says an HTML page is not a JSON map', () => {
    expect(errorsOf(parseMap('<!doctype html><html></html>'))[0]).toMatch(/^This looks like an HTML or XML file/);
  });
});

describe('parseMap: broken JSON', () => {
  it('says a truncated file ends too early, and where', () => {
    const text = JSON.stringify(sampleMap(), null, 2);
    const cut = text.slice(0, text.indexOf('"lpn"') + 3);
    const line = cut.split('\n').length;
    const column = cut.length - cut.lastIndexOf('\n');
    expect(errorsOf(parseMap(cut))).toEqual([
      `The file ends too early (line ${line}, column ${column}): it looks cut off. Check that the whole file was saved or copied.`,
    ]);
  });

  it('refuses comments, saying JSON does not allow them', () => {
    const text = '{\n  "schemaVersion": 1,\n  // the title\n  "title": "x"\n}';
    expect(errorsOf(parseMap(text))).toEqual([
      "The file isn't valid JSON (line 3, column 3): JSON doesn't allow comments (// or /* */); remove the comment.",
    ]);
  });

  it('refuses block comments too', () => {
    expect(errorsOf(parseMap('{"schemaVersion": 1 /* v1 */, "title": "x"}'))[0]).toContain("JSON doesn't allow comments");
  });

  it('refuses a trailing comma in an object, pointing at the comma', () => {
    const text = '{\n  "schemaVersion": 1,\n  "title": "x",\n}';
    expect(errorsOf(parseMap(text))).toEqual([
      "The file isn't valid JSON (line 3, column 15): there's a comma just before a closing brace (}); JSON doesn't allow trailing commas. Remove the last comma.",
    ]);
  });

  it('refuses a trailing comma in a list', () => {
    const errors = errorsOf(parseMap('{"schemaVersion": 1, "title": "x", "occupations": [{"id": "a", "title": "A"},]}'));
    expect(errors[0]).toContain("there's a comma just before a closing bracket (]); JSON doesn't allow trailing commas");
  });
});

describe('parseMap: atomic and bounded', () => {
  it('reports at most 50 problems, then counts the rest', () => {
    const data = sampleMap();
    data.occupations = Array.from({ length: 80 }, (_, i) => ({ id: `o${i}`, title: `Occupation ${i}`, level: 'senior' }));
    data.transitions = [];
    const errors = errorsOf(parseData(data));
    expect(errors).toHaveLength(51);
    expect(errors[0]).toBe('occupations[0].level: names the level "senior", which isn\'t in levels');
    expect(errors[50]).toBe('…and 30 more problems');
  });

  it('caps warnings the same way', () => {
    const data = sampleMap();
    data.occupations = Array.from({ length: 52 }, (_, i) => ({ title: `Occupation ${i}` }));
    data.transitions = [];
    const warnings = warningsOf(parseData(data));
    expect(warnings).toHaveLength(51);
    expect(warnings[50]).toBe('…and 2 more warnings');
  });

  it('returns no map at all when anything is wrong', () => {
    const data = sampleMap();
    data.occupations[2] = { id: 'rn', title: '' };
    const result = parseData(data);
    expect(result).toEqual({ ok: false, errors: [{ path: 'occupations[2].title', message: "can't be empty" }] });
  });
});

describe('formatIssue', () => {
  it('puts the place before the problem', () => {
    expect(formatIssue({ path: 'occupations[3].wage.min', message: 'must be a number of dollars, not "$35,000"' })).toBe(
      'occupations[3].wage.min: must be a number of dollars, not "$35,000"',
    );
  });

  it('gives just the message for the whole file', () => {
    expect(formatIssue({ path: '', message: 'The file is empty.' })).toBe('The file is empty.');
  });
});
