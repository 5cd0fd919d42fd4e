import { describe, expect, it } from 'vitest';
import { NS } from '../../../../src/domain/ctdl/ctdl-graph';
import { CE, CTID_A, CTID_B, CTID_C, ids, node, prop, readOk } from './helpers';

const CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

describe('readCtdl: ids', () => {
  it('makes a bare CTID, a registry resource URL, a graph URL and a publisher URL with ceterms:ctid one node', async () => {
    const { graph } = await readOk([
      'ids.json',
      {
        '@context': CONTEXT,
        '@graph': [
          { '@id': 'https://example.edu/pathways/nursing', '@type': 'Pathway', 'ceterms:ctid': CTID_A, hasChild: [CTID_B, `https://sandbox.credentialengineregistry.org/graph/${CTID_C}`] },
          { '@id': `https://credentialengineregistry.org/resources/${CTID_B}`, '@type': 'CourseComponent', isChildOf: 'https://example.edu/pathways/nursing' },
          { '@id': CTID_C, '@type': 'CourseComponent', isChildOf: `https://credentialengineregistry.org/resources/${CTID_A}` },
        ],
      },
    ]);
    expect(graph.nodes.map((n) => n.id)).toEqual([CTID_A, CTID_B, CTID_C]);
    expect(ids(prop(node(graph, CTID_A), 'hasChild'))).toEqual([CTID_B, CTID_C]);
    expect(ids(prop(node(graph, CTID_B), 'isChildOf'))).toEqual([CTID_A]);
    expect(ids(prop(node(graph, CTID_C), 'isChildOf'))).toEqual([CTID_A]);
    // every node known by a CTID says so
    expect(prop(node(graph, CTID_C), 'ctid')).toEqual([{ value: CTID_C }]);
  });

  it('keeps other URLs and relative ids as written', async () => {
    const { graph } = await readOk([
      'urls.json',
      { '@context': CONTEXT, '@graph': [{ '@id': 'http://example.edu/a7f2', '@type': 'Pathway', hasChild: ['http://example.edu/b510', '1stTerm'] }] },
    ]);
    expect(ids(prop(node(graph, 'http://example.edu/a7f2'), 'hasChild'))).toEqual(['http://example.edu/b510', '1stTerm']);
  });

  it('makes nested objects nodes of their own, blank where they had no id', async () => {
    const { graph } = await readOk([
      'nested.json',
      {
        '@context': CONTEXT,
        '@id': CTID_A,
        '@type': 'CredentialComponent',
        hasCondition: {
          '@type': 'ComponentCondition',
          requiredNumber: 1,
          targetComponent: [CTID_B],
          hasCondition: [{ '@id': '_:inner', '@type': 'ComponentCondition', requiredNumber: 2, targetComponent: [CTID_B, CTID_C] }],
        },
        occupationType: [{ '@type': 'CredentialAlignmentObject', codedNotation: '29-1141', targetNodeName: { 'en-US': 'Registered Nurses' }, frameworkName: 'SOC' }],
      },
    ]);
    const outer = prop(node(graph, CTID_A), 'hasCondition');
    expect(outer).toHaveLength(1);
    const condition = node(graph, (outer[0] as { id: string }).id);
    expect(condition.id).toMatch(/^_:/);
    expect(condition.types).toEqual([`${CE}ComponentCondition`]);
    expect(ids(prop(condition, 'targetComponent'))).toEqual([CTID_B]);
    expect(ids(prop(condition, 'hasCondition'))).toEqual(['_:inner']);
    expect(ids(prop(node(graph, '_:inner'), 'targetComponent'))).toEqual([CTID_B, CTID_C]);
    const alignment = node(graph, (prop(node(graph, CTID_A), 'occupationType')[0] as { id: string }).id);
    expect(prop(alignment, 'codedNotation')).toEqual([{ value: '29-1141' }]);
    expect(prop(alignment, 'targetNodeName')).toEqual([{ value: 'Registered Nurses', language: 'en-US' }]);
  });
});

describe('readCtdl: several files and documents', () => {
  const pathway = { '@context': CONTEXT, '@graph': [{ '@id': CTID_A, '@type': 'Pathway', hasProgressionModel: CTID_C, hasChild: '_:b0' }, { '@id': '_:b0', '@type': 'BasicComponent', name: 'first' }] };
  const model = {
    '@context': 'https://credreg.net/ctdlasn/schema/context/json',
    '@graph': [
      { '@id': `https://credentialengineregistry.org/resources/${CTID_C}`, '@type': 'asn:ProgressionModel', 'ceterms:ctid': CTID_C, 'skos:hasTopConcept': ['_:b0'] },
      { '@id': '_:b0', '@type': 'asn:ProgressionLevel', 'skos:prefLabel': { 'en-US': 'Year 1' }, 'skos:inScheme': CTID_C },
    ],
  };

  it('reads a separate progression-model file into the same graph, blank nodes kept apart', async () => {
    const { graph } = await readOk(['pathway.jsonld', pathway], ['model.jsonld', model]);
    expect(ids(prop(node(graph, CTID_A), 'hasProgressionModel'))).toEqual([CTID_C]);
    expect(node(graph, CTID_C).types).toEqual([`${NS.asn}ProgressionModel`]);
    const [level] = ids(prop(node(graph, CTID_C), 'hasTopConcept', NS.skos));
    expect(level).not.toBe('_:b0'); // the pathway file's _:b0 is another node
    expect(node(graph, level!).types).toEqual([`${NS.asn}ProgressionLevel`]);
    expect(node(graph, '_:b0').types).toEqual([`${CE}BasicComponent`]);
    expect(ids(prop(node(graph, level!), 'inScheme', NS.skos))).toEqual([CTID_C]);
  });

  it.each([
    ['concatenated', (a: string, b: string) => `${a}${b}`],
    ['newline-delimited', (a: string, b: string) => `${a}\n${b}\n`],
  ])('reads several documents in one file (%s)', async (_name, join) => {
    const { graph } = await readOk(['both.jsonld', join(JSON.stringify(pathway), JSON.stringify(model))]);
    expect(graph.nodes.map((n) => n.id)).toEqual([CTID_A, '_:b0', CTID_C, '_:b0-2']);
  });

  it('reads a top-level array as one document', async () => {
    const { graph } = await readOk(['array.json', [{ '@id': '_:x', '@type': 'Pathway', hasChild: '_:y' }, { '@id': '_:y', '@type': 'JobComponent' }]]);
    expect(ids(prop(node(graph, '_:x'), 'hasChild'))).toEqual(['_:y']);
    expect(graph.nodes).toHaveLength(2);
  });

  it('merges a node described in two files, keeping each statement once', async () => {
    const { graph } = await readOk(
      ['one.json', { '@context': CONTEXT, '@id': CTID_A, '@type': 'Pathway', name: 'Nursing', hasChild: CTID_B }],
      ['two.json', { '@context': CONTEXT, '@id': `https://credentialengineregistry.org/resources/${CTID_A}`, '@type': ['Pathway', 'ps:Map'], name: 'Nursing', description: 'More' }],
    );
    expect(graph.nodes).toHaveLength(1);
    const merged = node(graph, CTID_A);
    expect(merged.types).toEqual([`${CE}Pathway`, `${NS.ps}Map`]);
    expect(prop(merged, 'name')).toEqual([{ value: 'Nursing' }]);
    expect(prop(merged, 'description')).toEqual([{ value: 'More' }]);
    expect(ids(prop(merged, 'hasChild'))).toEqual([CTID_B]);
  });

  it("reads the registry's named-graph documents", async () => {
    const { graph } = await readOk(['graph.json', { '@context': CONTEXT, '@id': `https://credentialengineregistry.org/graph/${CTID_A}`, '@graph': [{ '@id': CTID_A, '@type': 'Pathway' }] }]);
    expect(graph.nodes.map((n) => n.id)).toEqual([CTID_A]);
  });
});

describe('readCtdl: CTIDs', () => {
  it('reads CTIDs without regard to case, as the registry writes them (lower case)', async () => {
    const upper = CTID_A.toUpperCase().replace('CE-', 'ce-');
    const { graph } = await readOk(['case.json', { '@context': CONTEXT, '@graph': [{ '@id': 'https://example.edu/p', '@type': 'Pathway', 'ceterms:ctid': upper, hasChild: `https://credentialengineregistry.org/resources/${CTID_B.toUpperCase()}` }, { '@id': CTID_B, '@type': 'JobComponent', isChildOf: CTID_A }] }]);
    expect(graph.nodes.map((n) => n.id)).toEqual([CTID_A, CTID_B]);
    expect(prop(node(graph, CTID_A), 'ctid')).toEqual([{ value: CTID_A }]);
    expect(ids(prop(node(graph, CTID_A), 'hasChild'))).toEqual([CTID_B]);
  });

  it('warns when ceterms:ctid is not a CTID and keeps the node under its id', async () => {
    const { graph, warnings } = await readOk(['bad.json', { '@context': CONTEXT, '@id': 'https://example.edu/p', '@type': 'Pathway', 'ceterms:ctid': 'abc' }]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['https://example.edu/p']);
    expect(warnings).toEqual(['bad.json: https://example.edu/p.ceterms:ctid: "abc" is not a CTID ("ce-" and a UUID), so the node keeps the id "https://example.edu/p"']);
  });
});
