import { readFileSync } from 'node:fs';
import { parseMap } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';

/** The bundled healthcare sample (11 occupations in 5 groups, no feedback yet), through the real parser. */
export function healthcare(): PathwayMap {
  const result = parseMap(readFileSync(new URL('../../../../fixtures/healthcare-pioneer-valley.json', import.meta.url), 'utf8'));
  if (!result.ok) throw new Error('the healthcare sample should parse');
  return result.map;
}

/** A map as the file it would be saved as is still valid: what every session change must keep. */
export function stillValid(map: PathwayMap): boolean {
  return parseMap(JSON.stringify(map)).ok;
}

/** The map of a result that must have succeeded; fails the test with the reason otherwise. */
export function okMap(result: { ok: true; map: PathwayMap } | { ok: false; reason: string }): PathwayMap {
  if (!result.ok) throw new Error(`expected success, got: ${result.reason}`);
  return result.map;
}

/** The reason of a result that must have been refused. */
export function reasonOf(result: { ok: true; map: PathwayMap } | { ok: false; reason: string }): string {
  if (result.ok) throw new Error('expected a refusal, but the change was made');
  return result.reason;
}

export const NOW = '2026-11-23T15:04:05.000Z';
export const LATER = '2026-11-23T16:10:00.000Z';
