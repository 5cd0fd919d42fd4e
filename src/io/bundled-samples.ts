import type { PathwayMap } from '../domain/schema/map';
import { parseMap } from '../domain/parse';
import advancedManufacturing from '../../fixtures/advanced-manufacturing-pioneer-valley.json?raw';
import construction from '../../fixtures/construction-massachusetts.json?raw';
import earlyEducation from '../../fixtures/early-education-pioneer-valley.json?raw';
import healthcarePioneerValley from '../../fixtures/healthcare-pioneer-valley.json?raw';
import informationTechnology from '../../fixtures/information-technology-massachusetts.json?raw';

/** The id of the sample the app opens on. */
export const DEFAULT_SAMPLE_ID = 'healthcare-pioneer-valley';

// Samples travel the same way in as any user file, so a broken fixture fails loudly in tests.
// The regional blueprint's priority groupings first, then the state's apprenticeship pathway maps.
const SAMPLE_TEXTS: readonly string[] = [
  healthcarePioneerValley,
  advancedManufacturing,
  earlyEducation,
  informationTechnology,
  construction,
];

export function loadBundledSamples(): PathwayMap[] {
  return SAMPLE_TEXTS.map((text) => {
    const result = parseMap(text);
    if (!result.ok) throw new Error(`A bundled sample map is invalid: ${result.errors[0]?.message}`);
    return result.map;
  });
}
