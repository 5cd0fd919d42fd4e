import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, HISTORY_LIMIT, recordChange, redo, undo } from '../../../src/store/history';
import { buildMap } from '../../support/build-map';

const versions = Array.from({ length: 5 }, (_, n) => buildMap({ title: `Version ${n}` }));
const v = (n: number) => versions[n]!;

describe('undo history', () => {
  it('undoes and redoes changes in order', () => {
    let history = recordChange(emptyHistory(), v(0), 'a', 0);
    history = recordChange(history, v(1), 'b', 10);
    const back = undo(history, v(2));
    expect(back?.map).toBe(v(1));
    const further = undo(back!.history, back!.map);
    expect(further?.map).toBe(v(0));
    expect(undo(further!.history, further!.map)).toBeUndefined();
    const forward = redo(further!.history, further!.map);
    expect(forward?.map).toBe(v(1));
    expect(redo(forward!.history, forward!.map)?.map).toBe(v(2));
  });

  it('makes one step of a typing burst in one field', () => {
    let history = recordChange(emptyHistory(), v(0), 'occupation:cna:title', 0);
    history = recordChange(history, v(1), 'occupation:cna:title', 300);
    history = recordChange(history, v(2), 'occupation:cna:title', 600);
    expect(history.past).toEqual([v(0)]);
    expect(undo(history, v(3))?.map).toBe(v(0));
  });

  it('starts a new step for another field, a pause, or a change without a key', () => {
    let history = recordChange(emptyHistory(), v(0), 'title', 0);
    history = recordChange(history, v(1), 'summary', 100);
    history = recordChange(history, v(2), 'summary', 100 + COALESCE_MS + 1);
    history = recordChange(history, v(3), undefined, 100 + COALESCE_MS + 2);
    history = recordChange(history, v(4), undefined, 100 + COALESCE_MS + 3);
    expect(history.past).toHaveLength(5);
  });

  it('a new change after undo drops the redo steps', () => {
    const history = recordChange(emptyHistory(), v(0), undefined, 0);
    const back = undo(history, v(1))!;
    const changed = recordChange(back.history, back.map, undefined, 10);
    expect(redo(changed, v(2))).toBeUndefined();
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let history = emptyHistory();
    for (let n = 0; n < HISTORY_LIMIT + 20; n++) history = recordChange(history, v(n % 5), undefined, n);
    expect(history.past).toHaveLength(HISTORY_LIMIT);
  });
});
