import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { copyFragment, pasteFragment } from '../../../../src/domain/commands/fragment';
import { parseMap } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { citations } from '../../../../src/domain/sources/citations';
import { buildMap } from '../../../support/build-map';

const OEWS = { id: 'oews', label: 'BLS OEWS, May 2024', publisher: 'U.S. Bureau of Labor Statistics', url: 'https://www.bls.gov/oes/' };
const STANDARDS = { id: 'standards', label: 'Apprenticeship standards' };
const UNCITED = { id: 'uncited', label: 'Nobody cites this' };

function from(): PathwayMap {
  return buildMap({
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', wage: { amount: 39000, unit: 'year', sourceId: 'oews' }, highGrowthSourceId: 'oews', position: { x: 0, y: 0 } },
      { id: 'lpn', title: 'Licensed Practical Nurse', position: { x: 200, y: 0 } },
    ],
    transitions: [{ id: 'cna-to-lpn', from: 'cna', to: 'lpn', sourceIds: ['standards'], requirements: { type: 'all', of: [{ type: 'license', text: 'LPN license', sourceIds: ['oews'] }] } }],
    sources: [OEWS, STANDARDS, UNCITED],
  });
}

const pasted = (target: PathwayMap, source: PathwayMap = from()) =>
  applyCommand(target, (draft) => pasteFragment(draft, copyFragment(source, ['cna', 'lpn']), { x: 500, y: 500 })).map;

/** Every citation on the map names a source the map has (what the validator asks). */
const resolves = (map: PathwayMap) => citations(map).every((citation) => map.sources.some((source) => source.id === citation.sourceId));

describe('copied cards bring the sources they cite', () => {
  it('copies only the sources the cards and moves cite', () => {
    expect(copyFragment(from(), ['cna', 'lpn']).sources).toEqual([OEWS, STANDARDS]);
    expect(copyFragment(from(), ['lpn']).sources ?? []).toEqual([]);
  });

  it('adds the sources a map lacks, so every citation of the pasted cards resolves', () => {
    const after = pasted(buildMap({ occupations: [{ id: 'rn', title: 'Registered Nurse' }] }));
    expect(after.sources).toEqual([OEWS, STANDARDS]);
    expect(resolves(after)).toBe(true);
    expect(parseMap(JSON.stringify(after)).ok).toBe(true);
  });

  it('uses a source the map already has under the same id, adding nothing', () => {
    const after = pasted(from());
    expect(after.sources).toEqual(from().sources);
    expect(after.occupations.find((card) => card.id === 'cna-2')?.wage?.sourceId).toBe('oews');
  });

  it('renames a pasted source whose id names another source on the map, and its citations with it', () => {
    const other = { id: 'oews', label: 'Massachusetts LMI wages' };
    const after = pasted(buildMap({ occupations: [{ id: 'rn', title: 'Registered Nurse', wage: { amount: 90000, unit: 'year', sourceId: 'oews' } }], sources: [other] }));
    expect(after.sources).toEqual([other, { ...OEWS, id: 'oews-2' }, STANDARDS]);
    const cna = after.occupations.find((card) => card.title === 'Nursing Assistant');
    expect(cna?.wage?.sourceId).toBe('oews-2');
    expect(cna?.highGrowthSourceId).toBe('oews-2');
    expect(after.transitions[0]?.requirements).toMatchObject({ of: [{ text: 'LPN license', sourceIds: ['oews-2'] }] });
    expect(after.transitions[0]?.sourceIds).toEqual(['standards']);
    // The card that was there keeps its own source.
    expect(after.occupations[0]?.wage?.sourceId).toBe('oews');
    expect(resolves(after)).toBe(true);
    // Pasted again: the renamed copy is found, not added a second time.
    expect(pasted(after).sources).toEqual(after.sources);
  });

  it('finds every source a sample card or move cites, as the citations list does', () => {
    const dir = new URL('../../../../fixtures/', import.meta.url);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
      const result = parseMap(readFileSync(new URL(name, dir), 'utf8'));
      if (!result.ok) throw new Error(`${name} should parse`);
      const map = result.map;
      const cards = [...map.occupations, ...map.steps].map((card) => card.id);
      const cited = new Set(citations({ ...map, hiringEvents: [] }).map((citation) => citation.sourceId));
      expect(new Set(copyFragment(map, cards).sources?.map((source) => source.id)), name).toEqual(cited);
    }
  });
});
