import { describe, expect, it } from 'vitest';
import { NS } from '../../../../src/domain/ctdl/ctdl-graph';
import { ctdlText } from '../../../../src/domain/ctdl/write-ctdl';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';
import { expectSameGraph } from '../write/graph-equality';
import { CE, ids, node, prop, readOk } from './helpers';

// A pathway in the shape the CTDL handbook describes, hand-made: every component subclass, a
// destination, conditions with nested conditions and a constraint, credit values, an occupation
// code, progression levels in a model published in the same graph.
const RES = 'https://credentialengineregistry.org/resources/';
const ctid = (n: number) => `ce-5b1c0a8e-0000-4000-8000-${String(n).padStart(12, '0')}`;
const KINDS = ['JobComponent', 'CredentialComponent', 'CourseComponent', 'AssessmentComponent', 'CompetencyComponent', 'WorkExperienceComponent', 'BasicComponent', 'CocurricularComponent', 'ExtracurricularComponent', 'SelectionComponent', 'MultiComponent'];

const published = {
  '@context': 'https://credreg.net/ctdl/schema/context/json',
  '@graph': [
    {
      '@id': RES + ctid(0),
      '@type': 'ceterms:Pathway',
      'ceterms:ctid': ctid(0),
      'ceterms:name': { 'en-US': 'Health care pathway' },
      'ceterms:subjectWebpage': 'https://example.edu/health',
      'ceterms:hasDestinationComponent': [RES + ctid(1)],
      'ceterms:hasChild': [RES + ctid(1)],
      'ceterms:hasProgressionModel': RES + ctid(99),
      'ceterms:ownedBy': [RES + ctid(98)],
    },
    ...KINDS.map((kind, i) => ({
      '@id': RES + ctid(i + 1),
      '@type': `ceterms:${kind}`,
      'ceterms:ctid': ctid(i + 1),
      'ceterms:name': { 'en-US': `${kind} ${i + 1}` },
      'ceterms:isPartOf': RES + ctid(0),
      ...(i === 0 ? { 'ceterms:isDestinationComponentOf': RES + ctid(0) } : { 'ceterms:isChildOf': RES + ctid(i) }),
      ...(i + 2 <= KINDS.length ? { 'ceterms:hasChild': [RES + ctid(i + 2)], 'ceterms:precededBy': [RES + ctid(i + 2)] } : {}),
      'ceterms:hasProgressionLevel': [`_:level${i % 2}`],
      ...(kind === 'CredentialComponent' ? { 'ceterms:proxyFor': RES + ctid(97), 'ceterms:credentialType': 'ceterms:Certification' } : {}),
      ...(kind === 'JobComponent'
        ? { 'ceterms:occupationType': [{ '@type': 'ceterms:CredentialAlignmentObject', 'ceterms:codedNotation': '29-1141', 'ceterms:targetNodeName': { 'en-US': 'Registered Nurses' }, 'ceterms:frameworkName': { 'en-US': 'Standard Occupational Classification' }, 'ceterms:framework': 'https://www.bls.gov/soc/' }] }
        : {}),
      ...(kind === 'CourseComponent' ? { 'ceterms:creditValue': [{ '@type': 'ceterms:ValueProfile', 'ceterms:value': 3, 'ceterms:creditUnitType': ['creditUnit:SemesterHour'] }], 'ceterms:codedNotation': 'NUR 101' } : {}),
    })),
    {
      '@id': '_:cond',
      '@type': 'ceterms:ComponentCondition',
      'ceterms:name': { 'en-US': 'Two of three' },
      'ceterms:requiredNumber': 2,
      'ceterms:targetComponent': [RES + ctid(3), RES + ctid(4), RES + ctid(5)],
      'ceterms:hasCondition': [{ '@id': '_:inner', '@type': 'ceterms:ComponentCondition', 'ceterms:requiredNumber': 1, 'ceterms:targetComponent': [RES + ctid(6)] }],
      'ceterms:hasConstraint': [{ '@type': 'ceterms:Constraint', 'ceterms:comparator': 'comparator:greaterThanOrEqualTo', 'ceterms:leftSource': ['ceterms:creditValue'], 'ceterms:rightSource': ['12'] }],
    },
    { '@id': RES + ctid(99), '@type': 'asn:ProgressionModel', 'ceterms:ctid': ctid(99), 'ceasn:name': { 'en-US': 'Years' }, 'skos:hasTopConcept': ['_:level0', '_:level1'] },
    { '@id': '_:level0', '@type': 'asn:ProgressionLevel', 'skos:prefLabel': { 'en-US': 'Year 1' }, 'skos:inScheme': RES + ctid(99) },
    { '@id': '_:level1', '@type': 'asn:ProgressionLevel', 'skos:prefLabel': { 'en-US': 'Year 2' }, 'skos:inScheme': RES + ctid(99), 'skos:broader': '_:level0' },
  ],
};

describe('readCtdl: a pathway in the published shape', () => {
  it('reads every component kind, condition, constraint, alignment and level without a warning', async () => {
    const { graph, warnings } = await readOk(['health.jsonld', published]);
    expect(warnings).toEqual([]);
    for (const [i, kind] of KINDS.entries()) expect(node(graph, ctid(i + 1)).types).toEqual([CE + kind]);
    expect(ids(prop(node(graph, ctid(0)), 'hasDestinationComponent'))).toEqual([ctid(1)]);
    expect(ids(prop(node(graph, ctid(0)), 'subjectWebpage'))).toEqual(['https://example.edu/health']);
    expect(ids(prop(node(graph, ctid(2)), 'proxyFor'))).toEqual([ctid(97)]);
    const alignment = node(graph, (prop(node(graph, ctid(1)), 'occupationType')[0] as { id: string }).id);
    expect(prop(alignment, 'codedNotation')).toEqual([{ value: '29-1141' }]);
    expect(ids(prop(alignment, 'framework'))).toEqual(['https://www.bls.gov/soc/']);
    expect(ids(prop(node(graph, '_:cond'), 'targetComponent'))).toEqual([ctid(3), ctid(4), ctid(5)]);
    expect(ids(prop(node(graph, '_:cond'), 'hasCondition'))).toEqual(['_:inner']);
    const constraint = node(graph, (prop(node(graph, '_:cond'), 'hasConstraint')[0] as { id: string }).id);
    expect(constraint.types).toEqual([`${CE}Constraint`]);
    expect(ids(prop(node(graph, '_:level1'), 'broader', NS.skos))).toEqual(['_:level0']);
    expect(prop(node(graph, '_:level0'), 'prefLabel', NS.skos)).toEqual([{ value: 'Year 1', language: 'en-US' }]);
  });

  it('writes it back and reads the same graph again', async () => {
    const { graph } = await readOk(['health.jsonld', published]);
    const again = await readCtdl([{ name: 'export.jsonld', text: ctdlText(graph) }]);
    expect(again.ok).toBe(true);
    if (again.ok) expectSameGraph(again.graph, graph);
  });
});
