import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CtdlNode, CtdlValue } from '../../../../src/domain/ctdl/ctdl-graph';
import { ctdlToMap } from '../../../../src/domain/ctdl/ctdl-to-map';
import { mapToCtdl } from '../../../../src/domain/ctdl/map-to-ctdl';
import { formatIssue } from '../../../../src/domain/parse';
import { iri } from './support/graph-builder';

// Random graphs made of CTDL's own terms, pointing anywhere (themselves, missing nodes, loops):
// the import either makes a valid map or says why, and what it makes exports again.

const ids = ['_:a', '_:b', '_:c', '_:d', 'ce-00000000-0000-4000-8000-000000000001', 'https://example.org/x'];
const types = ['ceterms:Pathway', 'ceterms:JobComponent', 'ceterms:CredentialComponent', 'ceterms:CourseComponent', 'ceterms:ComponentCondition', 'asn:ProgressionModel', 'asn:ProgressionLevel', 'ceterms:Mystery', 'ceterms:SelectionComponent'].map(iri);
const props = [
  'ceterms:name', 'ceterms:hasChild', 'ceterms:precedes', 'ceterms:precededBy', 'ceterms:prerequisite', 'ceterms:isChildOf', 'ceterms:hasCondition',
  'ceterms:targetComponent', 'ceterms:requiredNumber', 'ceterms:hasDestinationComponent', 'ceterms:hasProgressionModel', 'ceterms:hasProgressionLevel',
  'skos:prefLabel', 'skos:hasTopConcept', 'ceterms:occupationType', 'ceterms:codedNotation', 'ceterms:credentialType', 'ceterms:subjectWebpage', 'ps:card', 'ps:map',
].map(iri); // prettier-ignore

const value: fc.Arbitrary<CtdlValue> = fc.oneof(
  fc.constantFrom(...ids).map((id) => ({ id })),
  fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -3, max: 9 }), fc.constant('29-1141'), fc.constant('javascript:x')).map((v) => ({ value: v })),
  fc.jsonValue({ maxDepth: 2 }).map((json) => ({ json })),
);
const node: fc.Arbitrary<CtdlNode> = fc.record({
  id: fc.constantFrom(...ids),
  types: fc.subarray(types, { maxLength: 2 }),
  props: fc.dictionary(fc.constantFrom(...props), fc.array(value, { minLength: 1, maxLength: 3 }), { maxKeys: 6 }),
});

let okCount = 0;
describe('ctdlToMap on any graph', () => {
  it('never throws: a valid map that exports and imports again, or located errors', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 8 }), (nodes) => {
        const result = ctdlToMap({ nodes });
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          return;
        }
        okCount++;
        const again = ctdlToMap(mapToCtdl(result.map));
        if (!again.ok) throw new Error(again.errors.map(formatIssue).join('\n'));
      }),
      { numRuns: 400 },
    );
    // Most random graphs hold a pathway or a component: the test must reach the export, not only the refusals.
    expect(okCount).toBeGreaterThan(100);
  });
});
