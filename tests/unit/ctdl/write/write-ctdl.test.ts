import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { NS, type CtdlGraph } from '../../../../src/domain/ctdl/ctdl-graph';
import { ctdlDocumentLoader } from '../../../../src/domain/ctdl/document-loader';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';
import { ctdlText, writeCtdl } from '../../../../src/domain/ctdl/write-ctdl';
import { expectSameGraph } from './graph-equality';

const CE = NS.ceterms;
const A = 'ce-0a1b2c3d-1111-4111-8111-111111111111';
const B = 'ce-0a1b2c3d-2222-4222-8222-222222222222';
const C = 'ce-0a1b2c3d-3333-4333-8333-333333333333';

// A pathway as the mapping would give it: components, a nested condition, a progression model,
// our extension namespace, and a few values of unusual shape.
const PATHWAY: CtdlGraph = {
  nodes: [
    {
      id: A,
      types: [`${CE}Pathway`],
      props: {
        [`${CE}ctid`]: [{ value: A }],
        [`${CE}name`]: [{ value: 'Nursing', language: 'en-US' }, { value: 'Enfermería', language: 'es' }],
        [`${CE}description`]: [{ value: 'From CNA to RN' }],
        [`${CE}hasChild`]: [{ id: B }],
        [`${CE}hasDestinationComponent`]: [{ id: C }],
        [`${CE}hasProgressionModel`]: [{ id: 'https://example.edu/model' }],
        [`${CE}subjectWebpage`]: [{ id: 'https://example.edu/nursing' }],
        [`${NS.ps}mapId`]: [{ value: 'map-1' }],
      },
    },
    {
      id: B,
      types: [`${CE}CredentialComponent`],
      props: {
        [`${CE}ctid`]: [{ value: B }],
        [`${CE}name`]: [{ value: 'CNA' }],
        [`${CE}precedes`]: [{ id: C }],
        [`${CE}hasCondition`]: [{ id: '_:c1' }],
        [`${CE}hasProgressionLevel`]: [{ id: '_:level1' }],
        [`${NS.ps}wage`]: [{ json: { min: 30000, max: 36000, unit: 'year' } }],
        [`${CE}creditValue`]: [{ id: '_:credit' }],
      },
    },
    { id: '_:c1', types: [`${CE}ComponentCondition`], props: { [`${CE}requiredNumber`]: [{ value: 1 }], [`${CE}targetComponent`]: [{ id: C }, { id: 'https://example.edu/course/101' }] } },
    { id: '_:credit', types: [`${CE}ValueProfile`], props: { [`${NS.ceterms}value`]: [{ value: 4.5 }], 'http://example.org/vocab/flag': [{ value: false }] } },
    {
      id: C,
      types: [`${CE}JobComponent`, 'http://example.org/vocab/Thing'],
      props: { [`${CE}ctid`]: [{ value: C }], [`${CE}name`]: [{ value: 'Registered nurse', language: 'en-US' }], [`${CE}dateEffective`]: [{ value: '2024-01-01', datatype: 'http://www.w3.org/2001/XMLSchema#date' }] },
    },
    { id: 'https://example.edu/model', types: [`${NS.asn}ProgressionModel`], props: { [`${NS.skos}hasTopConcept`]: [{ id: '_:level1' }] } },
    { id: '_:level1', types: [`${NS.asn}ProgressionLevel`], props: { [`${NS.skos}prefLabel`]: [{ value: 'Year 1', language: 'en-US' }], [`${NS.skos}inScheme`]: [{ id: 'https://example.edu/model' }] } },
  ],
};

// Values the context reads in a special way, written where they need care.
const AWKWARD: CtdlGraph = {
  nodes: [
    {
      id: '_:odd',
      types: [`${CE}BasicComponent`],
      props: {
        [`${CE}name`]: [{ value: 'plain' }, { value: 'tagged', language: 'de' }, { value: 7 }, { id: 'https://example.edu/x' }],
        [`${CE}description`]: [{ value: 'just text' }, { value: 'more text' }],
        [`${CE}hasChild`]: [{ value: 'a literal where ids go' }, { id: '_:odd' }, { id: 'relative-id' }],
        'http://example.org/vocab/json': [{ json: [1, 'two', { three: null }] }, { json: 'text' }],
        [`${CE}keyword`]: [{ value: 'a', language: 'en' }, { value: 'b' }],
      },
    },
  ],
};

async function roundTrip(graph: CtdlGraph): Promise<CtdlGraph> {
  const result = await readCtdl([{ name: 'export.jsonld', text: ctdlText(graph) }]);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  expect(result.warnings).toEqual([]);
  return result.graph;
}

describe('writeCtdl', () => {
  it('writes one registry-style document: its context URL, prefixed terms, CTIDs as registry URLs with ceterms:ctid', () => {
    const doc = writeCtdl(PATHWAY) as { '@context': string; '@graph': Array<Record<string, unknown>> };
    expect(doc['@context']).toBe('https://credreg.net/ctdl/schema/context/json');
    expect(doc['@graph'][0]).toEqual({
      '@id': `https://credentialengineregistry.org/resources/${A}`,
      '@type': 'ceterms:Pathway',
      'ceterms:ctid': A,
      'ceterms:name': { 'en-US': 'Nursing', es: 'Enfermería' },
      'ceterms:description': 'From CNA to RN',
      'ceterms:hasChild': `https://credentialengineregistry.org/resources/${B}`,
      'ceterms:hasDestinationComponent': `https://credentialengineregistry.org/resources/${C}`,
      'ceterms:hasProgressionModel': 'https://example.edu/model',
      'ceterms:subjectWebpage': 'https://example.edu/nursing',
      'ps:mapId': 'map-1',
    });
    expect(doc['@graph'][1]!['ps:wage']).toEqual({ '@value': { min: 30000, max: 36000, unit: 'year' }, '@type': '@json' });
    expect(doc['@graph'][2]!['@id']).toBe('_:c1');
  });

  it('gives the same text for the same graph', () => {
    expect(ctdlText(structuredClone(PATHWAY))).toBe(ctdlText(PATHWAY));
  });

  it.each([
    ['a pathway', PATHWAY],
    ['awkward values', AWKWARD],
  ])('reads back %s as it was', async (_name, graph) => {
    expectSameGraph(await roundTrip(graph), graph);
  });

  it('expands with jsonld.js through the bundled context without loss', async () => {
    const expanded = (await jsonld.expand(writeCtdl(PATHWAY) as jsonld.JsonLdDocument, {
      documentLoader: ctdlDocumentLoader,
    } as unknown as jsonld.Options.Expand)) as Array<Record<string, unknown>>;
    expect(expanded).toHaveLength(PATHWAY.nodes.length);
    const pathway = expanded[0]!;
    expect(pathway['@id']).toBe(`https://credentialengineregistry.org/resources/${A}`);
    expect(pathway['@type']).toEqual([`${CE}Pathway`]);
    expect(pathway[`${CE}hasChild`]).toEqual([{ '@id': `https://credentialengineregistry.org/resources/${B}` }]);
    expect(pathway[`${CE}name`]).toEqual(expect.arrayContaining([{ '@value': 'Nursing', '@language': 'en-us' }, { '@value': 'Enfermería', '@language': 'es' }]));
    expect(pathway[`${NS.ps}mapId`]).toEqual([{ '@value': 'map-1' }]);
    const statements = (node: Record<string, unknown>) => Object.entries(node).filter(([key]) => !key.startsWith('@')).reduce((sum, [, values]) => sum + (values as unknown[]).length, 0);
    const written = PATHWAY.nodes.reduce((sum, node) => sum + Object.values(node.props).reduce((n, values) => n + values.length, 0), 0);
    expect(expanded.reduce((sum, node) => sum + statements(node), 0)).toBe(written);
  });

  it('adds ceterms:ctid to a node known by its CTID that lacks it, as the registry requires', async () => {
    const graph: CtdlGraph = { nodes: [{ id: A, types: [`${CE}Pathway`], props: {} }] };
    expect((writeCtdl(graph) as { '@graph': Array<Record<string, unknown>> })['@graph'][0]!['ceterms:ctid']).toBe(A);
    const back = await roundTrip(graph);
    expect(back.nodes[0]!.props[`${CE}ctid`]).toEqual([{ value: A }]);
  });
});

describe('writeCtdl: values JSON-LD cannot say as given', () => {
  it('keeps the language of text that also names a datatype, so the document stays valid', async () => {
    const graph: CtdlGraph = { nodes: [{ id: '_:x', types: [`${CE}BasicComponent`], props: { 'http://example.org/vocab/p': [{ value: 'Hallo', language: 'de', datatype: 'http://example.org/vocab/code' }] } }] };
    const back = await roundTrip(graph);
    expect(back.nodes[0]!.props['http://example.org/vocab/p']).toEqual([{ value: 'Hallo', language: 'de' }]);
  });
});
