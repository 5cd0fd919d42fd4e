import { parseMap } from '../../src/domain/parse';
import { generateMapJson } from './generate-map';
import { timeMedian } from './statistics';

/** Parse + validate times for generated files, in Node (the same code the browser runs). */
export function measureParsing(runs: number): Record<string, number> {
  const twoThousand = JSON.stringify(generateMapJson(2000), null, 2);
  const large = JSON.stringify(generateMapJson(5000), null, 2);
  for (const text of [twoThousand, large]) {
    const result = parseMap(text);
    if (!result.ok) throw new Error(`generated map is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  }
  return {
    parse2000OccupationsMs: timeMedian(runs, () => parseMap(twoThousand)),
    parse5000OccupationsMs: timeMedian(runs, () => parseMap(large)),
    parse5000OccupationsFileMb: Math.round(Buffer.byteLength(large) / 100_000) / 10,
  };
}
