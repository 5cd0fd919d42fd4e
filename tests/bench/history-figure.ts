import { pathToFileURL } from 'node:url';
import { updateOccupation } from '../../src/domain/commands/occupations';
import { parseMap } from '../../src/domain/parse';
import type { PathwayMap } from '../../src/domain/schema/map';
import { applyRecipe } from '../../src/store/apply-recipe';
import { emptyHistory, HISTORY_LIMIT, recordStep, type History } from '../../src/store/history';
import { EMPTY_SELECTION } from '../../src/store/selection';
import { generateMapJson } from './generate-map';

export type HistoryFigure = {
  /** The steps the history holds after the edits (at most HISTORY_LIMIT). */
  steps: number;
  /** All patches and inverse patches the history holds, as JSON: what the steps record, in KB. */
  patchesKb: number;
  /** The map itself as JSON, in KB, for scale: one whole-map copy per step would be this many times the steps. */
  mapKb: number;
};

const kb = (text: string) => Math.round(Buffer.byteLength(text) / 100) / 10;

/**
 * The undo history after 1,000 single-field edits (a title each, each its own step) on the
 * generated 2,000-occupation map, made as the store makes them (applyRecipe, then recordStep).
 * Measured in Node as the JSON length of every patch kept (the history is the same plain data in the
 * browser); a heap delta was tried and is lost in the noise of a 1.6 MB map.
 */
export function measureHistorySize(edits = 1000, occupations = 2000): HistoryFigure {
  const parsed = parseMap(JSON.stringify(generateMapJson(occupations)));
  if (!parsed.ok) throw new Error('generated map is invalid');
  let map: PathwayMap = parsed.map;
  let history: History = emptyHistory();
  for (let edit = 0; edit < edits; edit++) {
    const id = `occ-${(edit * 7) % occupations}`;
    const made = applyRecipe(map, (draft) => updateOccupation(draft, id, { title: `Edited title ${edit}` }));
    map = made.map;
    const step = { patches: made.patches, inversePatches: made.inversePatches, selectionBefore: EMPTY_SELECTION, selectionAfter: EMPTY_SELECTION };
    history = recordStep(history, step, 'step', undefined, edit);
  }
  const patches = history.past.flatMap((step) => [...step.patches, ...step.inversePatches]);
  return {
    steps: history.past.length,
    patchesKb: kb(JSON.stringify(patches)),
    mapKb: kb(JSON.stringify(map)),
  };
}

// Run alone: npx tsx tests/bench/history-figure.ts
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify({ historyLimit: HISTORY_LIMIT, ...measureHistorySize() }));
}
