import fc from 'fast-check';
import { describe, it } from 'vitest';
import { NS, type CtdlGraph, type CtdlNode, type CtdlValue } from '../../../../src/domain/ctdl/ctdl-graph';
import { valueKey } from '../../../../src/domain/ctdl/expanded-to-graph';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';
import { ctdlText } from '../../../../src/domain/ctdl/write-ctdl';
import { FORBIDDEN_KEYS } from '../../../../src/domain/input/sanitize';
import { expectSameGraph } from './graph-equality';

const CE = NS.ceterms;
const TYPES = [`${CE}Pathway`, `${CE}CourseComponent`, `${CE}JobComponent`, `${CE}ComponentCondition`, `${NS.asn}ProgressionLevel`, `${NS.ps}Note`, 'http://example.org/vocab/Unknown'];
// Properties of each kind the context treats differently: language maps, ids, and neither.
const PROPERTIES = [`${CE}name`, `${CE}description`, `${NS.skos}prefLabel`, `${CE}hasChild`, `${CE}targetComponent`, `${NS.asn}hasProgressionModel`, `${CE}requiredNumber`, `${NS.ps}wage`, 'http://example.org/vocab/p', `${CE}subjectWebpage`];
const LANGUAGES = ['en-US', 'es', 'de', 'zh-Hant-TW', 'fr-CA'];

const uuid = fc.uuid().map((u) => `ce-${u.toLowerCase()}`);
const nodeId = fc.oneof(uuid, fc.nat(50).map((n) => `_:b${n}`), fc.nat(50).map((n) => `https://example.org/r/${n}`));
const json = fc
  .jsonValue({ maxDepth: 3 })
  .map((value) => JSON.parse(JSON.stringify(value)) as unknown)
  .filter((value) => !JSON.stringify(value).match(/"(__proto__|constructor|prototype)":/) && ![...FORBIDDEN_KEYS].some((key) => JSON.stringify(value).includes(`"${key}"`)));
const literal: fc.Arbitrary<CtdlValue> = fc.oneof(
  fc.string({ maxLength: 12 }).map((value) => ({ value })),
  fc.record({ value: fc.string({ maxLength: 12 }), language: fc.constantFrom(...LANGUAGES) }),
  fc.integer().map((value) => ({ value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)).map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc.record({ value: fc.string({ maxLength: 10 }), datatype: fc.constantFrom('http://www.w3.org/2001/XMLSchema#date', 'http://example.org/vocab/code') }),
  json.map((value) => ({ json: value })),
);

function graphFrom(ids: string[], draw: (ids: string[]) => fc.Arbitrary<CtdlNode[]>) {
  return draw(ids).map((nodes): CtdlGraph => ({ nodes }));
}

const graph: fc.Arbitrary<CtdlGraph> = fc.uniqueArray(nodeId, { minLength: 1, maxLength: 6 }).chain((ids) =>
  graphFrom(ids, (known) => {
    const ref: fc.Arbitrary<CtdlValue> = fc.oneof(fc.constantFrom(...known), fc.nat(9).map((n) => `https://example.org/ext/${n}`), fc.nat(9).map((n) => `relative-${n}`), uuid).map((id) => ({ id }));
    const webpage: fc.Arbitrary<CtdlValue> = fc.nat(9).map((n) => ({ id: `https://example.org/page/${n}` }));
    const values = (property: string) =>
      fc.uniqueArray(property.endsWith('subjectWebpage') ? webpage : fc.oneof(literal, ref), { minLength: 1, maxLength: 4, selector: valueKey });
    return fc.tuple(
      ...known.map((id) =>
        fc
          .record({
            types: fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 2 }),
            props: fc.uniqueArray(fc.constantFrom(...PROPERTIES), { maxLength: 5 }).chain((keys) => fc.tuple(...keys.map(values)).map((lists) => Object.fromEntries(keys.map((key, i) => [key, lists[i]!])))),
          })
          .map(({ types, props }): CtdlNode => ({ id, types, props: id.startsWith('ce-') ? { [`${CE}ctid`]: [{ value: id }], ...props } : props })),
      ),
    );
  }),
);

describe('readCtdl(writeCtdl(graph))', () => {
  it('gives back every node, type and value of a generated graph', async () => {
    await fc.assert(
      fc.asyncProperty(graph, async (generated) => {
        const result = await readCtdl([{ name: 'export.jsonld', text: ctdlText(generated) }]);
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expectSameGraph(result.graph, generated);
      }),
      { numRuns: 150 },
    );
  });
});
