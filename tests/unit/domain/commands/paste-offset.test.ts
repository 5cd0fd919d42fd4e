import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { clearPasteOffset, copyFragment, pasteFragment, type Fragment } from '../../../../src/domain/commands/fragment';
import { createMap } from '../../../../src/domain/commands/map-fields';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

const STEP = { x: 40, y: 40 };

function source(): PathwayMap {
  return buildMap({
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', level: 'entry', position: { x: 0, y: 0 } },
      { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle', position: { x: 300, y: 0 } },
    ],
  });
}

const pasteInto = (map: PathwayMap, fragment: Fragment, offset: { x: number; y: number }) => applyCommand(map, (draft) => pasteFragment(draft, fragment, offset));

const spots = (map: PathwayMap) => map.occupations.map((occupation) => `${occupation.position?.x},${occupation.position?.y}`);

describe('where a paste lands', () => {
  it('pastes into an empty map one step from where the cards were copied', () => {
    const fragment = copyFragment(source(), ['cna', 'lpn']);
    expect(clearPasteOffset(createMap('other', 'Other', new Date()), fragment, STEP)).toEqual(STEP);
  });

  it('moves each repeated paste one more step down and right, so no copy hides another', () => {
    const fragment = copyFragment(source(), ['cna', 'lpn']);
    let map = createMap('other', 'Other', new Date());
    for (let paste = 1; paste <= 3; paste += 1) {
      const offset = clearPasteOffset(map, fragment, STEP);
      expect(offset).toEqual({ x: 40 * paste, y: 40 * paste });
      map = pasteInto(map, fragment, offset).map;
    }
    expect(new Set(spots(map)).size).toBe(6);
  });

  it('pastes beside the originals in the same map, and beside the earlier copies after that', () => {
    let map = source();
    const fragment = copyFragment(map, ['cna']);
    map = pasteInto(map, fragment, clearPasteOffset(map, fragment, STEP)).map;
    map = pasteInto(map, fragment, clearPasteOffset(map, fragment, STEP)).map;
    expect(spots(map)).toEqual(['0,0', '300,0', '40,40', '80,80']);
  });

  it('gives cards copied without a place fresh spots too', () => {
    const unplaced = buildMap({ occupations: [{ id: 'cna', title: 'Nursing Assistant', level: 'entry' }] });
    const fragment = copyFragment(unplaced, ['cna']);
    let map = createMap('other', 'Other', new Date());
    map = pasteInto(map, fragment, clearPasteOffset(map, fragment, STEP)).map;
    map = pasteInto(map, fragment, clearPasteOffset(map, fragment, STEP)).map;
    expect(new Set(spots(map)).size).toBe(2);
  });
});
