import { describe, expect, it } from 'vitest';
import { isComponentClass } from '../../../../src/domain/ctdl/component-kinds';
import type { CtdlGraph, CtdlNode } from '../../../../src/domain/ctdl/ctdl-graph';
import { ctdlToMap } from '../../../../src/domain/ctdl/ctdl-to-map';
import { mapToCtdl } from '../../../../src/domain/ctdl/map-to-ctdl';
import { formatIssue } from '../../../../src/domain/parse';
import { iri } from './support/graph-builder';
import { ids, nursingGraph } from './support/nursing-graph';

const P = (term: string) => iri(term);

function toMapAndBack(graph: CtdlGraph): CtdlGraph {
  const result = ctdlToMap(graph);
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return mapToCtdl(result.map);
}

const texts = (node: CtdlNode | undefined, prop: string) =>
  (node?.props[P(prop)] ?? []).map((v) => ('value' in v ? String(v.value) : 'id' in v ? v.id : JSON.stringify(v.json))).sort();

/** What the round trip must keep of a component: class, CTID, name, description, conditions, level, unknown statements. */
function summary(graph: CtdlGraph) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const condition = (id: string): unknown => {
    const node = byId.get(id);
    return {
      id,
      name: texts(node, 'ceterms:name'),
      required: texts(node, 'ceterms:requiredNumber'),
      targets: texts(node, 'ceterms:targetComponent'),
      constraints: texts(node, 'ceterms:hasConstraint').map((c) => byId.get(c)?.props),
      nested: texts(node, 'ceterms:hasCondition').map(condition),
    };
  };
  return graph.nodes
    .filter((n) => n.types.some(isComponentClass))
    .map((n) => ({
      id: n.id,
      types: n.types,
      name: texts(n, 'ceterms:name'),
      description: texts(n, 'ceterms:description'),
      level: texts(n, 'ceterms:hasProgressionLevel').map((level) => texts(byId.get(level), 'skos:prefLabel')),
      conditions: texts(n, 'ceterms:hasCondition').map(condition),
      creditValue: texts(n, 'ceterms:creditValue').map((v) => byId.get(v)?.props),
      colour: texts(n, 'https://example.org/vocab/colour'),
      unheardOf: texts(n, 'ps:unheardOf'),
      proxyFor: texts(n, 'ceterms:proxyFor'),
      hasChild: texts(n, 'ceterms:hasChild'),
      prerequisite: texts(n, 'ceterms:prerequisite'),
      isChildOf: texts(n, 'ceterms:isChildOf'),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Every ordered pair of components the relations join (A precedes B, B precededBy A… all read A → B), self-loops aside. */
function orderedPairs(graph: CtdlGraph): string[] {
  const pairs = new Set<string>();
  const components = new Set(graph.nodes.filter((n) => n.types.some(isComponentClass)).map((n) => n.id));
  for (const n of graph.nodes.filter((node) => components.has(node.id))) {
    for (const to of texts(n, 'ceterms:precedes')) pairs.add(`${n.id}→${to}`);
    for (const to of texts(n, 'ceterms:isChildOf')) pairs.add(`${n.id}→${to}`);
    for (const prop of ['ceterms:precededBy', 'ceterms:prerequisite', 'ceterms:hasChild']) for (const from of texts(n, prop)) pairs.add(`${from}→${n.id}`);
  }
  return [...pairs].filter((pair) => {
    const [from = '', to = ''] = pair.split('→');
    return from !== to && components.has(from) && components.has(to);
  }).sort();
}

describe('CTDL → map → CTDL', () => {
  const original = nursingGraph();
  const exported = toMapAndBack(original);

  it('keeps every component: class, CTID, name, description, conditions (nested, with constraints), level, hierarchy and unknown statements', () => {
    expect(summary(exported)).toEqual(summary(original));
    expect(summary(original)).toHaveLength(7);
  });

  it('keeps every move as the relation it came from; a pair stated twice (precedes and precededBy) once', () => {
    expect(orderedPairs(exported)).toEqual(orderedPairs(original));
  });

  it('keeps the pathway: CTID, names in every language, destination, what it points at, the levels in order', () => {
    const pathway = exported.nodes.find((n) => n.id === ids.pathway);
    expect(pathway?.types).toEqual([P('ceterms:Pathway')]);
    expect(pathway?.props[P('ceterms:name')]).toEqual(original.nodes[0]?.props[P('ceterms:name')]); // languages too
    expect(texts(pathway, 'ceterms:hasDestinationComponent')).toEqual([ids.rn]);
    expect(texts(pathway, 'ceterms:ownedBy')).toEqual(['https://example.org/org/valley-college']);
    expect(exported.nodes.some((n) => n.id === 'https://example.org/org/valley-college')).toBe(true);
    const model = exported.nodes.find((n) => n.types.includes(P('asn:ProgressionModel')));
    const levels = (model?.props[P('skos:hasTopConcept')] ?? []).map((v) => ('id' in v ? v.id : ''));
    expect(levels).toEqual([ids.level1, ids.level2]);
    expect(texts(model, 'ceterms:name')).toEqual(['Nursing stages']);
    expect(texts(exported.nodes.find((n) => n.id === ids.level1), 'skos:definition')).toEqual(['The first year']);
  });

  it('writes each kept node once', () => {
    const seen = exported.nodes.map((n) => n.id);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('is stable: a second round trip writes the same graph', () => {
    expect(toMapAndBack(exported)).toEqual(exported);
  });
});
