import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand } from '../../../src/domain/commands/apply-command';
import { addOccupation } from '../../../src/domain/commands/occupations';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { useDisplayLayout } from '../../../src/features/layout/use-display-layout';
import type { LayoutResult } from '../../../src/layout/layout-client';
import { buildMap } from '../../support/build-map';

// jsdom has no Worker: the layout service's answer is what this test decides.
const layOut = vi.hoisted(() => vi.fn<(...args: unknown[]) => Promise<LayoutResult>>());
vi.mock('../../../src/features/layout/layout-service', () => ({ layOut }));

const unplacedMap = () => buildMap({ occupations: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] });
const done = (entries: [string, { x: number; y: number }][]): LayoutResult => ({ status: 'done', positions: new Map(entries), ms: 1 });

beforeEach(() => layOut.mockReset());

describe('useDisplayLayout', () => {
  it('shows the laid-out positions once elk answers, without changing the map', async () => {
    layOut.mockResolvedValue(done([['a', { x: 10, y: 20 }], ['b', { x: 300, y: 20 }]]));
    const map = unplacedMap();
    const { result } = renderHook(() => useDisplayLayout(map));
    expect(result.current.laidOut).toBe(false);
    await act(async () => undefined);
    expect(result.current.laidOut).toBe(true);
    expect(result.current.shown.occupations[0]?.position).toEqual({ x: 10, y: 20 });
    expect(map.occupations[0]?.position).toBeUndefined();
  });

  it('stops saying "Laying out…" when elk fails, and keeps the simple placement', async () => {
    layOut.mockResolvedValue({ status: 'failed', message: 'elk broke' });
    const map = unplacedMap();
    const { result } = renderHook(() => useDisplayLayout(map));
    await act(async () => undefined);
    expect(result.current.laidOut).toBe(true);
    expect(result.current.shown).toBe(map);
  });

  it('does not lay out a map whose cards all have places', () => {
    const map = buildMap({ occupations: [{ id: 'a', title: 'A', position: { x: 0, y: 0 } }] });
    const { result } = renderHook(() => useDisplayLayout(map));
    expect(result.current).toEqual({ shown: map, laidOut: true });
    expect(layOut).not.toHaveBeenCalled();
  });

  it('lays the unplaced cards out around the placed ones, which keep their saved places', async () => {
    const map = buildMap({ occupations: [{ id: 'a', title: 'A', position: { x: 500, y: 500 } }, { id: 'b', title: 'B' }] });
    layOut.mockResolvedValue(done([['a', { x: 0, y: 0 }], ['b', { x: 0, y: 200 }]]));
    const { result } = renderHook(() => useDisplayLayout(map));
    await act(async () => undefined);
    // Asked to keep the saved card where it is (elk then moves the others out of its way).
    const [, , options, pinned] = layOut.mock.calls[0]!;
    expect(options).toMatchObject({ keepPinned: true });
    expect(pinned).toEqual(new Set(['a']));
    expect(result.current.shown.occupations.map((occupation) => occupation.position)).toEqual([
      { x: 500, y: 500 },
      { x: 0, y: 200 },
    ]);
  });

  it('lays out again only when a card without a place appears, not on every change', async () => {
    layOut.mockResolvedValue(done([['a', { x: 0, y: 0 }], ['b', { x: 300, y: 0 }]]));
    const { result, rerender } = renderHook(({ map }: { map: PathwayMap }) => useDisplayLayout(map), { initialProps: { map: unplacedMap() } });
    await act(async () => undefined);
    expect(layOut).toHaveBeenCalledTimes(1);

    rerender({ map: { ...result.current.shown, title: 'Renamed', occupations: unplacedMap().occupations } });
    await act(async () => undefined);
    expect(layOut).toHaveBeenCalledTimes(1);

    layOut.mockResolvedValue(done([['a', { x: 0, y: 0 }], ['b', { x: 300, y: 0 }], ['c', { x: 600, y: 0 }]]));
    rerender({ map: applyCommand(unplacedMap(), (draft) => addOccupation(draft, { title: 'C' })).map });
    expect(result.current.laidOut).toBe(false);
    await act(async () => undefined);
    expect(layOut).toHaveBeenCalledTimes(2);
    expect(result.current.laidOut).toBe(true);
    expect(result.current.shown.occupations.find((occupation) => occupation.title === 'C')?.position).toEqual({ x: 600, y: 0 });
  });
});
