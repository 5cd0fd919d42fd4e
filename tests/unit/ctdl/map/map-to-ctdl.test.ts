import { describe, expect, it } from 'vitest';
import type { CtdlNode } from '../../../../src/domain/ctdl/ctdl-graph';
import { mapToCtdl } from '../../../../src/domain/ctdl/map-to-ctdl';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { iri } from './support/graph-builder';

const C = (n: number) => `ce-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const needs = { type: 'any' as const, count: 1, of: [{ type: 'credential' as const, cardId: 'lic' }, { type: 'program' as const, cardId: 'prog' }] };
const map = {
  schemaVersion: 2,
  id: 'nursing',
  title: 'Nursing',
  pathwayCtid: C(1),
  levels: [{ id: 'entry', label: 'Entry level' }, { id: 'licensed', label: 'Licensed' }],
  groups: [],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', socCode: '31-1131.00', level: 'entry', componentCtid: C(2), wage: { unit: 'hour', amount: 19 } },
    { id: 'rn', title: 'Registered Nurse', socCode: '29-1141', level: 'licensed' },
  ],
  steps: [
    { id: 'lic', kind: 'credential', title: 'RN License', credentialType: 'license', ctid: C(99), componentCtid: C(3), toGetIn: { type: 'all', of: [{ type: 'program', cardId: 'prog' }] } },
    { id: 'prog', kind: 'program', title: 'ADN', programType: 'training', componentCtid: C(4) },
  ],
  transitions: [
    { id: 't1', from: 'cna', to: 'rn', kind: 'advancement', requirements: needs, typicalMonths: 24 },
    { id: 't2', from: 'lic', to: 'rn', requirements: needs },
    { id: 't3', from: 'prog', to: 'lic' },
  ],
  hiringEvents: [],
  feedback: [],
  sources: [],
  goalId: 'rn',
} as PathwayMap;

const graph = mapToCtdl(map);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const get = (node: CtdlNode | undefined, prop: string) => node?.props[iri(prop)] ?? [];
const refIds = (node: CtdlNode | undefined, prop: string) => get(node, prop).map((v) => ('id' in v ? v.id : '?'));

describe('mapToCtdl', () => {
  const pathway = byId.get(C(1));
  const rn = graph.nodes.find((n) => get(n, 'ceterms:name').some((v) => 'value' in v && v.value === 'Registered Nurse'));

  it('writes the pathway: CTID, name, every component as a child, the destination, the progression model', () => {
    expect(pathway?.types).toEqual([iri('ceterms:Pathway')]);
    expect(get(pathway, 'ceterms:ctid')).toEqual([{ value: C(1) }]);
    expect(refIds(pathway, 'ceterms:hasChild')).toEqual([C(2), rn?.id, C(3), C(4)]);
    expect(refIds(pathway, 'ceterms:hasDestinationComponent')).toEqual([rn?.id]);
    const model = byId.get(refIds(pathway, 'ceterms:hasProgressionModel')[0] ?? '');
    expect(model?.types).toEqual([iri('asn:ProgressionModel')]);
    const labels = refIds(model, 'skos:hasTopConcept').map((id) => get(byId.get(id), 'skos:prefLabel'));
    expect(labels).toEqual([[{ value: 'Entry level' }], [{ value: 'Licensed' }]]);
  });

  it('writes a job as a JobComponent with its SOC code as an occupationType alignment, and mints a stable CTID for a card with none', () => {
    expect(rn?.types).toEqual([iri('ceterms:JobComponent')]);
    expect(get(rn, 'ps:mintedCtid')).toEqual([{ value: true }]);
    expect(mapToCtdl(map).nodes.find((n) => n.id === rn?.id)).toBeDefined();
    const alignment = byId.get(refIds(rn, 'ceterms:occupationType')[0] ?? '');
    expect(alignment?.types).toEqual([iri('ceterms:CredentialAlignmentObject')]);
    expect(get(alignment, 'ceterms:codedNotation')).toEqual([{ value: '29-1141' }]);
  });

  it('folds the identical requirements of the moves into a job into one condition', () => {
    const conditions = refIds(rn, 'ceterms:hasCondition');
    expect(conditions).toHaveLength(1);
    const condition = byId.get(conditions[0] ?? '');
    expect(condition?.types).toEqual([iri('ceterms:ComponentCondition')]);
    expect(get(condition, 'ceterms:requiredNumber')).toEqual([{ value: 1 }]);
    expect(refIds(condition, 'ceterms:targetComponent')).toEqual([C(3), C(4)]);
  });

  it("writes a step's way in as its condition, its class, credential type and CTID, and moves as precedes", () => {
    const license = byId.get(C(3));
    expect(license?.types).toEqual([iri('ceterms:CredentialComponent')]);
    expect(refIds(license, 'ceterms:credentialType')).toEqual([iri('ceterms:License')]);
    expect(refIds(license, 'ceterms:proxyFor')).toEqual([`https://credentialengineregistry.org/resources/${C(99)}`]);
    const condition = byId.get(refIds(license, 'ceterms:hasCondition')[0] ?? '');
    expect(refIds(condition, 'ceterms:targetComponent')).toEqual([C(4)]);
    expect(refIds(byId.get(C(4)), 'ceterms:precedes')).toEqual([C(3)]);
    expect(byId.get(C(4))?.types).toEqual([iri('ceterms:CourseComponent')]);
  });

  it('keeps what CTDL cannot hold in ps: JSON (wages, moves\' months)', () => {
    const cna = byId.get(C(2));
    expect(get(cna, 'ps:card')).toEqual([{ json: expect.objectContaining({ wage: { unit: 'hour', amount: 19 } }) }]);
    const psMap = get(pathway, 'ps:map')[0] as { json: { rest: { transitions: unknown[] } } };
    expect(psMap.json.rest.transitions[0]).toMatchObject({ id: 't1', typicalMonths: 24 });
  });

  it('mints condition and level CTIDs the same way every time', () => {
    expect(mapToCtdl(structuredClone(map))).toEqual(graph);
  });
});
