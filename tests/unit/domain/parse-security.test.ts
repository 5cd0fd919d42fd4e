import { afterEach, describe, expect, it } from 'vitest';
import { parseMap } from '../../../src/domain/parse';
import { serializeMap } from '../../../src/domain/serialize';
import { buildMap } from '../../support/build-map';
import { errorsOf, parseData, sampleMap, warningsOf } from './helpers';

const URL_FIELDS: Array<[string, (data: ReturnType<typeof sampleMap>, url: string) => void]> = [
  ['occupations[0].links[0].url', (d, url) => void (d.occupations[0] = { ...d.occupations[0], links: [{ label: 'More', url }] })],
  ['occupations[0].credentials[0].url', (d, url) => void (d.occupations[0] = { ...d.occupations[0], credentials: [{ name: 'CNA', kind: 'certification', url }] })],
  [
    'occupations[0].apprenticeship.programs[0].url',
    (d, url) => void (d.occupations[0] = { ...d.occupations[0], apprenticeship: { registered: true, programs: [{ name: 'Program', url }] } }),
  ],
  ['occupations[0].training[0].url', (d, url) => void (d.occupations[0] = { ...d.occupations[0], training: [{ name: 'Course', url }] })],
  ['sources[0].url', (d, url) => void (d.sources = [{ id: 'oews', label: 'OEWS', url }])],
];

const UNSAFE_URLS: Array<[string, string, string]> = [
  ['javascript:', 'javascript:alert(1)', '"javascript:" addresses are not allowed'],
  ['JaVaScRiPt:', 'JaVaScRiPt:alert(1)', '"javascript:" addresses are not allowed'],
  ['java<tab>script:', 'java\tscript:alert(1)', '"javascript:" addresses are not allowed'],
  ['leading control characters and spaces', '\u0001\u0008  javascript:alert(1)', '"javascript:" addresses are not allowed'],
  ['data:', 'data:text/html;base64,PHNjcmlwdD4=', '"data:" addresses are not allowed'],
  ['file:', 'file:///C:/Windows/win.ini', '"file:" addresses are not allowed'],
  ['vbscript:', 'vbscript:msgbox(1)', '"vbscript:" addresses are not allowed'],
  ['a relative address', '../jobs.html', 'must be a full web address starting with https:// (or a mailto: address), not "../jobs.html"'],
];

describe('parseMap: links', () => {
  for (const [path, put] of URL_FIELDS) {
    it.each(UNSAFE_URLS)(`refuses %s in ${path}`, (_label, url, reason) => {
      const data = sampleMap();
      put(data, url);
      const errors = errorsOf(parseData(data));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`${path}: `);
      expect(errors[0]).toContain(reason);
    });

    // A source is a page to read: mailto: is refused there (sources/source-references.test.ts).
    const safe = path.startsWith('sources') ? ['https://example.org/a'] : ['https://example.org/a', 'mailto:someone@example.org'];
    it(`accepts ${safe.length === 1 ? 'https:' : 'https: and mailto:'} in ${path}`, () => {
      for (const url of safe) {
        const data = sampleMap();
        put(data, url);
        expect(warningsOf(parseData(data))).toEqual([]);
      }
    });
  }
});

describe('parseMap: prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('drops __proto__ at every level and pollutes nothing', () => {
    const text = JSON.stringify(sampleMap())
      .replace('{', '{"__proto__": {"polluted": 1},')
      .replace('"id":"cna"', '"__proto__": {"polluted": 2}, "id":"cna"');
    const result = parseMap(text);
    expect(warningsOf(result)).toEqual([
      'Dropped the field "__proto__", which a map may not use',
      'occupations[0]: dropped the field "__proto__", which a map may not use',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.map)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(result.map.occupations[0])).toBe(Object.prototype);
    expect((result.map as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.map, '__proto__')).toBe(false);
  });

  it('drops constructor.prototype payloads and prototype keys', () => {
    const data = { ...sampleMap(), constructor: { prototype: { polluted: 1 } }, extra: { prototype: { polluted: 1 } } };
    const result = parseData(data);
    expect(warningsOf(result)).toEqual([
      'Dropped the field "constructor", which a map may not use',
      'extra: dropped the field "prototype", which a map may not use',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.hasOwn(result.map, 'constructor')).toBe(false);
    expect(result.ok && result.map.extra).toEqual({});
  });
});

describe('parseMap: limits', () => {
  it('refuses 50,000-deep nesting with a message, not a stack overflow', () => {
    const errors = errorsOf(parseMap('['.repeat(50_000) + ']'.repeat(50_000)));
    expect(errors).toEqual([
      'The file is nested too deeply: more than 64 levels of brackets (at line 1, column 65). A map never needs that many.',
    ]);
  });

  it('refuses deep nesting hidden in an unknown field', () => {
    const data = sampleMap();
    data.extra = JSON.parse('['.repeat(70) + ']'.repeat(70));
    expect(errorsOf(parseData(data))[0]).toMatch(/^The file is nested too deeply: more than 64 levels/);
  });

  it('does not count brackets inside text', () => {
    const data = sampleMap();
    data.description = '['.repeat(200);
    expect(warningsOf(parseData(data))).toEqual([]);
  });

  it('refuses a 200,000-character string, naming the field and the limit', () => {
    const data = sampleMap();
    data.occupations[1] = { ...data.occupations[1], summary: 'x'.repeat(200_000) };
    expect(errorsOf(parseData(data))).toEqual(['occupations[1].summary: is too long: 200,000 characters; the limit is 10,000']);
  });

  it('refuses over-long strings in unknown fields too', () => {
    const data = { ...sampleMap(), notes: { long: 'y'.repeat(10_001) } };
    expect(errorsOf(parseData(data))).toEqual(['notes.long: is too long: 10,001 characters; the limit is 10,000']);
  });

  it('refuses 6,000 occupations, naming the limit', () => {
    const data = sampleMap();
    data.occupations = Array.from({ length: 6_000 }, (_, i) => ({ id: `o${i}`, title: `Occupation ${i}` }));
    data.transitions = [];
    expect(errorsOf(parseData(data))).toEqual(['occupations: has 6,000 occupations; a map can have at most 5,000']);
  });

  it('refuses more than 20,000 transitions, naming the limit', () => {
    const data = sampleMap();
    data.transitions = Array.from({ length: 20_001 }, (_, i) => ({ id: `t${i}`, from: 'cna', to: 'lpn' }));
    expect(errorsOf(parseData(data))[0]).toBe('transitions: has 20,001 transitions; a map can have at most 20,000');
  });

  it('refuses a file over 20 MB, saying the limit', () => {
    const data = { ...sampleMap(), padding: Array.from({ length: 2_100 }, () => 'z'.repeat(10_000)) };
    expect(errorsOf(parseData(data))).toEqual(['The file is too large (21 MB); a map file can be at most 20 MB.']);
  });

  it('says the exact byte counts when megabytes would round to the limit', () => {
    const base = serializeMap(buildMap({ id: 'padded', title: 'Padded' }));
    const text = `${base.slice(0, -2)},\n  "padding": "${'z'.repeat(20_000_001 - base.length - 18)}"\n}\n`;
    expect(new TextEncoder().encode(text).length).toBe(20_000_001);
    expect(errorsOf(parseMap(text))).toEqual([
      'The file is too large (20,000,001 bytes); a map file can be at most 20,000,000 bytes (20 MB).',
    ]);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    // 7.5 million three-byte characters: 22.5 MB in UTF-8 though only 7.5 million UTF-16 units.
    const data = { ...sampleMap(), padding: Array.from({ length: 750 }, () => '€'.repeat(10_000)) };
    expect(errorsOf(parseData(data))[0]).toMatch(/^The file is too large \(22\.5 MB\)/);
  });

  it('refuses coordinates of 4e14, saying the range', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], position: { x: 4e14, y: 10 } };
    expect(errorsOf(parseData(data))).toEqual(['occupations[0].position.x: must be between -1,000,000 and 1,000,000, not 400000000000000']);
  });

  it('accepts positions within the range', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], position: { x: -1_000_000, y: 999_999.5 } };
    expect(warningsOf(parseData(data))).toEqual([]);
  });
});

describe('parseMap: text is text', () => {
  it('accepts HTML in titles as plain text, unchanged', () => {
    const data = sampleMap();
    data.title = '<img src=x onerror=alert(1)><b>Nurses</b>';
    const result = parseData(data);
    expect(result.ok && result.map.title).toBe('<img src=x onerror=alert(1)><b>Nurses</b>');
  });

  it('accepts right-to-left overrides and lone surrogates as text', () => {
    const data = sampleMap();
    data.title = 'Nurse \u202Egnp.exe\u202C';
    data.occupations[0] = { ...data.occupations[0], summary: 'broken \uD800 pair \uDC00' };
    const result = parseData(data);
    expect(result.ok && result.map.title).toBe('Nurse \u202Egnp.exe\u202C');
    expect(result.ok && result.map.occupations[0]?.summary).toBe('broken \uD800 pair \uDC00');
  });

  it('accepts raw (unescaped) lone surrogates in the text itself', () => {
    const text = JSON.stringify(sampleMap()).replace('Healthcare careers', 'Healthcare \uDBFF careers');
    const result = parseMap(text);
    expect(result.ok && result.map.title).toBe('Healthcare \uDBFF careers');
  });

  it('shows invisible characters as escapes when it quotes a bad value', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], level: 'entry\u202E\u001b[31m' };
    expect(errorsOf(parseData(data))).toEqual([
      'occupations[0].level: names the level "entry\\u202e\\u001b[31m", which isn\'t in levels',
    ]);
  });
});
