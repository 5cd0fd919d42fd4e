import { describe, expect, it } from 'vitest';
import { CTDL_LIMITS } from '../../../../src/domain/ctdl/ctdl-limits';
import { ctdlDocumentLoader, isCtdlContextUrl } from '../../../../src/domain/ctdl/document-loader';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';
import { CTID_A, ids, node, prop, readErrors, readOk } from './helpers';

const CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

describe('readCtdl: hostile and broken input', () => {
  it('refuses a file over the size limit, naming the limit', async () => {
    const big = JSON.stringify({ '@context': CONTEXT, '@type': 'Pathway', description: 'x'.repeat(100) }).padEnd(CTDL_LIMITS.maxTotalBytes + 10, ' ');
    const errors = await readErrors(['big.jsonld', big]);
    expect(errors).toEqual([expect.stringMatching(/^big\.jsonld: The file is too large \(.*\); a CTDL import can be at most .*20 MB\)?\.$/)]);
  });

  it('refuses files that are too large together', async () => {
    const half = ' '.repeat(CTDL_LIMITS.maxTotalBytes / 2 + 10) + '{}';
    const errors = await readErrors(['a.json', half], ['b.json', half]);
    expect(errors[0]).toMatch(/^The files are too large/);
  });

  it('refuses nesting deeper than the limit, with where', async () => {
    const deep = `{"@context":"${CONTEXT}","@type":"Pathway","x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const errors = await readErrors(['deep.json', deep]);
    expect(errors).toEqual([expect.stringMatching(/^deep\.json: The file is nested too deeply: more than 64 levels of brackets \(at line 1, column \d+\)\. CTDL never needs that many\.$/)]);
  });

  it('drops prototype keys with a located warning and reads the rest', async () => {
    const text = `{"@context":"${CONTEXT}","@graph":[{"@id":"${CTID_A}","@type":"Pathway","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"name":"Safe"}]}`;
    const { graph, warnings } = await readOk(['proto.json', text]);
    expect(warnings).toEqual([
      'proto.json: @graph[0]: dropped the field "__proto__", which a CTDL file may not use',
      'proto.json: @graph[0]: dropped the field "constructor", which a CTDL file may not use',
    ]);
    expect(prop(node(graph, CTID_A), 'name')).toEqual([{ value: 'Safe' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(node(graph, CTID_A).props).some((key) => key.includes('proto') || key.includes('constructor'))).toBe(false);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd'])(
    'drops %j where it would become a link or a node id, with a warning',
    async (url) => {
      const { graph, warnings } = await readOk([
        'links.json',
        { '@context': CONTEXT, '@graph': [{ '@id': CTID_A, '@type': 'Pathway', subjectWebpage: [url, 'https://example.edu/ok'], hasChild: [url, '_:ok'] }, { '@id': '_:ok', '@type': 'BasicComponent' }, { '@id': url, '@type': 'JobComponent' }] },
      ]);
      const pathway = node(graph, CTID_A);
      expect(ids(prop(pathway, 'subjectWebpage'))).toEqual(['https://example.edu/ok']);
      expect(ids(prop(pathway, 'hasChild'))).toEqual(['_:ok']);
      expect(graph.nodes.some((n) => n.id === url || /script|data:|file:/i.test(n.id))).toBe(false);
      expect(warnings.length).toBeGreaterThanOrEqual(3);
      expect(warnings.join('\n')).toMatch(/only web addresses starting with https:\/\/, http:\/\/ or mailto: are kept/);
    },
  );

  it('drops an unsafe web address given as text too', async () => {
    const { graph, warnings } = await readOk(['t.json', { '@context': CONTEXT, '@id': CTID_A, '@type': 'Pathway', 'https://purl.org/ctdl/terms/subjectWebpage': { '@value': 'javascript:alert(1)' } }]);
    expect(prop(node(graph, CTID_A), 'subjectWebpage')).toEqual([]);
    expect(warnings).toEqual([`t.json: ${CTID_A}.ceterms:subjectWebpage: dropped "javascript:alert(1)": only web addresses starting with https://, http:// or mailto: are kept`]);
  });

  it('refuses a remote @context that is not the registry\'s, saying where and that nothing is fetched', async () => {
    const errors = await readErrors(['file.jsonld', { '@context': 'https://evil.example/ctx', '@type': 'Pathway' }]);
    expect(errors).toEqual([
      "file.jsonld: @context: refers to https://evil.example/ctx, which is not the CTDL context; Pathway Studio reads only the CTDL context it ships with, so nothing is fetched",
    ]);
  });

  it('refuses a remote context nested in a node or imported by an inline context', async () => {
    const nested = await readErrors(['n.jsonld', { '@context': CONTEXT, '@graph': [{ '@type': 'Pathway' }, { '@context': ['https://evil.example/a'], '@type': 'Pathway' }] }]);
    expect(nested).toEqual([expect.stringMatching(/^n\.jsonld: @graph\[1\]\.@context\[0\]: refers to https:\/\/evil\.example\/a, which is not the CTDL context/)]);
    const imported = await readErrors(['i.jsonld', { '@context': { '@version': 1.1, '@import': 'https://evil.example/b' }, '@type': 'Pathway' }]);
    expect(imported).toEqual([expect.stringMatching(/^i\.jsonld: @context: refers to https:\/\/evil\.example\/b, which is not the CTDL context/)]);
  });

  it('never fetches: the loader answers only the registry context URLs', async () => {
    expect(isCtdlContextUrl('https://credreg.net/ctdl/schema/context/json')).toBe(true);
    expect(isCtdlContextUrl('http://credreg.net/ctdlasn/schema/context/json?releaseID=20170929')).toBe(true);
    expect(isCtdlContextUrl('https://credreg.net/ctdl/schema/context/json/')).toBe(true);
    expect(isCtdlContextUrl('https://credreg.net.evil.example/ctdl/schema/context/json')).toBe(false);
    expect(isCtdlContextUrl('https://user@credreg.net/ctdl/schema/context/json')).toBe(false);
    expect(isCtdlContextUrl('file:///credreg.net/ctdl/schema/context/json')).toBe(false);
    await expect(ctdlDocumentLoader('https://example.org/context.json')).rejects.toThrow(/not the CTDL context/);
  });

  it('locates JSON syntax errors by line and column, also in a later document of a file', async () => {
    expect(await readErrors(['broken.json', '{\n  "@type": "Pathway",\n}'])).toEqual([
      "broken.json: The file isn't valid JSON (line 2, column 21): there's a comma just before a closing brace (}); JSON doesn't allow trailing commas. Remove the last comma.",
    ]);
    const second = await readErrors(['two.json', `{"@type":"Pathway"}\n{"@type": 'Pathway'}`]);
    expect(second).toEqual([expect.stringMatching(/^two\.json: The file isn't valid JSON \(line 2, column 11\): text must be in double quotes/)]);
    expect(await readErrors(['cut.json', '{"@type": "Pathway", "name": "x'])).toEqual([expect.stringMatching(/^cut\.json: The file ends too early/)]);
  });

  it('says a Pathway Studio map is not CTDL', async () => {
    const errors = await readErrors(['map.json', { schemaVersion: 2, title: 'Nursing', occupations: [] }]);
    expect(errors).toEqual(['map.json: This is a Pathway Studio map, not a CTDL file; open it with Import map… as a map.']);
  });

  it.each([
    ['other JSON', { hello: 'world' }, /has no @context, @graph, @type or @id/],
    ['a string', '"text"', /expected JSON-LD objects/],
    ['null', 'null', /expected JSON-LD objects/],
    ['an empty file', '   ', /The file is empty\./],
    ['a PNG', '\uFFFDPNG\r\n\u001a\n\u0000\u0000', /binary file/],
    ['HTML', '<!doctype html><html></html>', /HTML or XML/],
  ])('refuses %s with a plain message', async (_name, text, message) => {
    const errors = await readErrors(['x.json', text]);
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a document that says nothing', async () => {
    expect(await readErrors(['empty.json', { '@context': CONTEXT, '@graph': [] }])).toEqual([expect.stringMatching(/No CTDL statements were found/)]);
  });

  it('refuses over-long strings and numbers JSON cannot hold, with where', async () => {
    const errors = await readErrors(['long.json', `{"@type":"Pathway","@graph":[{"name":"${'x'.repeat(200_000)}","n":1e400}]}`]);
    expect(errors).toEqual(['long.json: @graph[0].name: is too long: 200,000 characters; the limit is 10,000', 'long.json: @graph[0].n: is a number too large to use (like 1e400); write an ordinary number']);
  });

  it('refuses more nodes than the limit', async () => {
    const nodes = Array.from({ length: CTDL_LIMITS.maxNodes + 1 }, (_, i) => ({ '@id': `_:n${i}`, '@type': 'BasicComponent' }));
    const result = await readCtdl([{ name: 'many.json', text: JSON.stringify({ '@context': CONTEXT, '@graph': nodes }) }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/more than 20,000 nodes/);
  });

  it('refuses too many files', async () => {
    const files = Array.from({ length: CTDL_LIMITS.maxFiles + 1 }, (_, i) => ({ name: `f${i}.json`, text: '{}' }));
    const result = await readCtdl(files);
    expect(result.ok).toBe(false);
  });

  it('refuses more documents than the limit', async () => {
    const text = '{"@type":"Pathway"}\n'.repeat(CTDL_LIMITS.maxDocuments + 1);
    expect(await readErrors(['lots.jsonl', text])).toEqual([expect.stringMatching(/more than 1,?000 JSON documents/)]);
  });
});
