import { parseMap } from '../../src/domain/parse';
import { generateMapJson } from './generate-map';
import { generateMixedMapJson } from './generate-mixed-map';
import { timeMedian } from './statistics';

/** Parse + validate times for generated files, in Node (the same code the browser runs). */
export function measureParsing(runs: number): Record<string, number> {
  const twoThousand = JSON.stringify(generateMapJson(2000), null, 2);
  const large = JSON.stringify(generateMapJson(5000), null, 2);
  // 2,000 cards of mixed kinds, with requirement trees naming cards (checked for dangling ids and loops).
  const mixed = JSON.stringify(generateMixedMapJson(2000), null, 2);
  for (const text of [twoThousand, large, mixed]) {
    const result = parseMap(text);
    if (!result.ok) throw new Error(`generated map is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  return {
    parse2000OccupationsMs: timeMedian(runs, () => parseMap(twoThousand)),
    parse2000MixedCardsMs: timeMedian(runs, () => parseMap(mixed)),
    parse2000MixedCardsFileMb: Math.round(Buffer.byteLength(mixed) / 100_000) / 10,
    parse5000OccupationsMs: timeMedian(runs, () => parseMap(large)),
    parse5000OccupationsFileMb: Math.round(Buffer.byteLength(large) / 100_000) / 10,
  };
}

// `npx tsx tests/bench/parse-figures.ts` prints these figures alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(measureParsing(7));
