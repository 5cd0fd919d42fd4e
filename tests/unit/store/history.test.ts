import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, HISTORY_LIMIT, recordStep, redo, undo, type Step } from '../../../src/store/history';
import { applyPatches, type Patch } from '../../../src/store/patches';
import { EMPTY_SELECTION } from '../../../src/store/selection';
import { buildMap } from '../../support/build-map';

const title = (value: string): Patch[] => [{ op: 'replace', path: ['title'], value }];
/** The step that retitles the map from "Version n" to "Version n+1". */
const v = (n: number): Step => ({
  patches: title(`Version ${n + 1}`),
  inversePatches: title(`Version ${n}`),
  selectionBefore: EMPTY_SELECTION,
  selectionAfter: EMPTY_SELECTION,
});
const titled = (n: number) => buildMap({ title: `Version ${n}` });

describe('undo history', () => {
  it('undoes and redoes changes in order', () => {
    let history = recordStep(emptyHistory(), v(0), 'join', 'a', 0);
    history = recordStep(history, v(1), 'join', 'b', 10);
    const back = undo(history, EMPTY_SELECTION);
    expect(back?.step.patches).toEqual(v(1).patches);
    const further = undo(back!.history, EMPTY_SELECTION);
    expect(further?.step.patches).toEqual(v(0).patches);
    expect(undo(further!.history, EMPTY_SELECTION)).toBeUndefined();
    const forward = redo(further!.history);
    expect(forward?.step.patches).toEqual(v(0).patches);
    expect(redo(forward!.history)?.step.patches).toEqual(v(1).patches);
    expect(redo(redo(forward!.history)!.history)).toBeUndefined();
  });

  it('makes one step of a typing burst in one field', () => {
    let history = recordStep(emptyHistory(), v(0), 'join', 'occupation:cna:title', 0);
    history = recordStep(history, v(1), 'join', 'occupation:cna:title', 300);
    history = recordStep(history, v(2), 'join', 'occupation:cna:title', 600);
    expect(history.past).toHaveLength(1);
    const step = undo(history, EMPTY_SELECTION)!.step;
    expect(applyPatches(titled(3), step.inversePatches).title).toBe('Version 0');
    expect(applyPatches(titled(0), step.patches).title).toBe('Version 3');
  });

  it('starts a new step for another field, a pause, or a change without a key', () => {
    let history = recordStep(emptyHistory(), v(0), 'join', 'title', 0);
    history = recordStep(history, v(1), 'join', 'summary', 100);
    history = recordStep(history, v(2), 'join', 'summary', 100 + COALESCE_MS + 1);
    history = recordStep(history, v(3), 'join', undefined, 100 + COALESCE_MS + 2);
    history = recordStep(history, v(4), 'join', undefined, 100 + COALESCE_MS + 3);
    expect(history.past).toHaveLength(5);
    // 'step' never joins, even with the open step's key.
    history = recordStep(history, v(0), 'join', 'title', 200 + COALESCE_MS);
    history = recordStep(history, v(1), 'step', 'title', 201 + COALESCE_MS);
    expect(history.past).toHaveLength(7);
  });

  it('a new change after undo drops the redo steps', () => {
    const history = recordStep(emptyHistory(), v(0), 'step', undefined, 0);
    const back = undo(history, EMPTY_SELECTION)!;
    const changed = recordStep(back.history, v(1), 'step', undefined, 10);
    expect(redo(changed)).toBeUndefined();
  });

  it('no change joins a step that was undone and redone', () => {
    const history = recordStep(emptyHistory(), v(0), 'join', 'title', 0);
    const again = redo(undo(history, EMPTY_SELECTION)!.history)!.history;
    expect(recordStep(again, v(1), 'join', 'title', 10).past).toHaveLength(2);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = emptyHistory();
    for (let n = 0; n < HISTORY_LIMIT + 20; n++) history = recordStep(history, v(n % 5), 'step', undefined, n);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
