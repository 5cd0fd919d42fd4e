import type { PathwayMap } from '../domain/schema/map';
import { parseMap } from '../domain/parse';
import healthcarePioneerValley from '../../fixtures/healthcare-pioneer-valley.json?raw';

/** The id of the sample the app opens on. */
export const DEFAULT_SAMPLE_ID = 'healthcare-pioneer-valley';

// Samples travel the same way in as any user file, so a broken fixture fails loudly in tests.
const SAMPLE_TEXTS: readonly string[] = [healthcarePioneerValley];

export function loadBundledSamples(): PathwayMap[] {
  return SAMPLE_TEXTS.map((text) => {
    const result = parseMap(text);
    if (!result.ok) throw new Error(`A bundled sample map is invalid: ${result.errors[0]?.message}`);
    return result.map;
  });
}
