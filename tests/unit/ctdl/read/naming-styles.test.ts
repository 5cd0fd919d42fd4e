import { describe, expect, it } from 'vitest';
import { NS } from '../../../../src/domain/ctdl/ctdl-graph';
import { CE, CTID_A, CTID_B, ids, node, prop, readOk, texts } from './helpers';

const CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

// One pathway with one child, written three ways: the graph read must be the same.
const PREFIXED = {
  '@context': CONTEXT,
  '@graph': [
    { '@id': `https://credentialengineregistry.org/resources/${CTID_A}`, '@type': 'ceterms:Pathway', 'ceterms:ctid': CTID_A, 'ceterms:name': { 'en-US': 'Nursing' }, 'ceterms:hasChild': [`https://credentialengineregistry.org/resources/${CTID_B}`] },
    { '@id': `https://credentialengineregistry.org/resources/${CTID_B}`, '@type': 'ceterms:CredentialComponent', 'ceterms:ctid': CTID_B, 'ceterms:name': { 'en-US': 'CNA' }, 'ceterms:isChildOf': `https://credentialengineregistry.org/resources/${CTID_A}` },
  ],
};
const UNPREFIXED = {
  '@context': CONTEXT,
  '@graph': [
    { id: CTID_A, type: 'Pathway', ctid: CTID_A, name: { 'en-US': 'Nursing' }, hasChild: CTID_B },
    { id: CTID_B, type: 'CredentialComponent', ctid: CTID_B, name: { 'en-US': 'CNA' }, isChildOf: CTID_A },
  ],
};
const FULL_IRIS = {
  '@graph': [
    { '@id': CTID_A, '@type': `${CE}Pathway`, [`${CE}ctid`]: CTID_A, [`${CE}name`]: { 'en-US': 'Nursing' }, [`${CE}hasChild`]: CTID_B },
    { '@id': CTID_B, '@type': `${CE}CredentialComponent`, [`${CE}ctid`]: CTID_B, [`${CE}name`]: { 'en-US': 'CNA' }, [`${CE}isChildOf`]: CTID_A },
  ],
};

describe('readCtdl: naming styles', () => {
  it.each([
    ['prefixed terms', PREFIXED],
    ['unprefixed terms with id/type aliases', UNPREFIXED],
    ['full IRIs and no @context', FULL_IRIS],
  ])('reads %s to the same graph', async (_name, doc) => {
    const { graph, warnings } = await readOk(['pathway.jsonld', doc]);
    expect(warnings).toEqual([]);
    expect(graph.nodes.map((n) => n.id)).toEqual([CTID_A, CTID_B]);
    const pathway = node(graph, CTID_A);
    expect(pathway.types).toEqual([`${CE}Pathway`]);
    expect(prop(pathway, 'name')).toEqual([{ value: 'Nursing', language: 'en-US' }]);
    expect(prop(pathway, 'hasChild')).toEqual([{ id: CTID_B }]);
    expect(prop(pathway, 'ctid')).toEqual([{ value: CTID_A }]);
    expect(prop(node(graph, CTID_B), 'isChildOf')).toEqual([{ id: CTID_A }]);
  });

  it('reads the older namespaces (ceasn:hasChild, asn:hasProgressionModel) as ids too', async () => {
    const { graph } = await readOk([
      'old.json',
      { '@context': 'http://credreg.net/ctdl/schema/context/json?releaseID=20170929', '@id': CTID_A, '@type': 'ceterms:Pathway', 'ceasn:hasChild': CTID_B, 'asn:hasProgressionModel': CTID_B },
    ]);
    const pathway = node(graph, CTID_A);
    expect(prop(pathway, 'hasChild', NS.ceasn)).toEqual([{ id: CTID_B }]);
    expect(prop(pathway, 'hasProgressionModel', NS.asn)).toEqual([{ id: CTID_B }]);
  });

  it('accepts language maps, plain strings and the odd "@en-US" key, and keeps every language', async () => {
    const { graph } = await readOk([
      'lang.json',
      {
        '@context': CONTEXT,
        '@graph': [
          { '@id': '_:a', '@type': 'CourseComponent', name: 'Plain name', description: { 'en-US': 'English', es: 'Español' } },
          { '@id': '_:b', '@type': 'CourseComponent', name: { '@en-US': 'Course A' } },
          { '@id': '_:c', '@type': 'asn:ProgressionLevel', 'skos:prefLabel': { en: 'Level 1' } },
        ],
      },
    ]);
    expect(prop(node(graph, '_:a'), 'name')).toEqual([{ value: 'Plain name' }]);
    expect(prop(node(graph, '_:a'), 'description')).toEqual(expect.arrayContaining([{ value: 'English', language: 'en-US' }, { value: 'Español', language: 'es' }]));
    expect(prop(node(graph, '_:b'), 'name')).toEqual([{ value: 'Course A', language: 'en-US' }]);
    expect(prop(node(graph, '_:c'), 'prefLabel', NS.skos)).toEqual([{ value: 'Level 1', language: 'en' }]);
  });

  it('keeps unknown classes and properties with their IRIs, and numbers, booleans and typed values as they are', async () => {
    const { graph } = await readOk([
      'unknown.json',
      {
        '@context': CONTEXT,
        '@id': 'https://example.edu/x',
        '@type': ['ceterms:JobComponent', 'http://example.org/vocab/Apprenticeship'],
        'http://example.org/vocab/wage': 42.5,
        madeUpTerm: 'kept',
        'ceterms:requiredNumber': 2,
        'ceterms:isOpen': true,
        'ceterms:dateEffective': { '@value': '2024-01-01', '@type': 'xsd:date' },
      },
    ]);
    const job = node(graph, 'https://example.edu/x');
    expect(job.types).toEqual([`${CE}JobComponent`, 'http://example.org/vocab/Apprenticeship']);
    expect(job.props['http://example.org/vocab/wage']).toEqual([{ value: 42.5 }]);
    expect(prop(job, 'madeUpTerm')).toEqual([{ value: 'kept' }]);
    expect(prop(job, 'requiredNumber')).toEqual([{ value: 2 }]);
    expect(prop(job, 'isOpen')).toEqual([{ value: true }]);
    expect(prop(job, 'dateEffective')).toEqual([{ value: '2024-01-01', datatype: 'http://www.w3.org/2001/XMLSchema#date' }]);
  });

  it('keeps our extension namespace, @json values included', async () => {
    const { graph } = await readOk(['ext.json', { '@context': CONTEXT, '@id': CTID_A, '@type': 'JobComponent', 'ps:wage': { '@value': { min: 1, max: 2 }, '@type': '@json' } }]);
    expect(prop(node(graph, CTID_A), 'wage', NS.ps)).toEqual([{ json: { min: 1, max: 2 } }]);
  });

  it('reads texts of several values in file order', async () => {
    const { graph } = await readOk(['k.json', { '@context': CONTEXT, '@id': '_:k', '@type': 'Pathway', keyword: ['one', 'two', 'three'] }]);
    expect(texts(prop(node(graph, '_:k'), 'keyword'))).toEqual(['one', 'two', 'three']);
    expect(ids(prop(node(graph, '_:k'), 'keyword'))).toEqual([null, null, null]);
  });
});
