import { parseMap } from '../../src/domain/parse';
import type { PathwayMap } from '../../src/domain/schema/map';

/** A valid map from a few fields, through the real parser (so tests can't build an impossible map). */
export function buildMap(fields: Record<string, unknown>): PathwayMap {
  const result = parseMap(JSON.stringify({ schemaVersion: 1, id: 'test-map', title: 'Test map', ...fields }));
  if (!result.ok) throw new Error(`test map is invalid: ${JSON.stringify(result.errors)}`);
  return result.map;
}
