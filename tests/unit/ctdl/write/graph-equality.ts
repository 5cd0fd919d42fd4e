import { expect } from 'vitest';
import type { CtdlGraph, CtdlValue } from '../../../../src/domain/ctdl/ctdl-graph';
import { valueKey } from '../../../../src/domain/ctdl/expanded-to-graph';

// RDF statements have no order within one property, and jsonld.js reads a language map's
// languages sorted; so two graphs are the same when every node, type and value is, in any order of
// values within a property.
const sortedValues = (values: readonly CtdlValue[]) => [...values].sort((a, b) => (valueKey(a) < valueKey(b) ? -1 : 1));

export function normalized(graph: CtdlGraph) {
  return graph.nodes.map((node) => ({
    id: node.id,
    types: node.types,
    props: Object.fromEntries(Object.entries(node.props).filter(([, values]) => values.length > 0).map(([key, values]) => [key, sortedValues(values)])),
  }));
}

export function expectSameGraph(actual: CtdlGraph, expected: CtdlGraph): void {
  expect(normalized(actual)).toEqual(normalized(expected));
}
