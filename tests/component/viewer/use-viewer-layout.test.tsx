import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LayoutResult } from '../../../src/layout/layout-client';
import { useViewerLayout } from '../../../src/features/viewer/use-viewer-layout';
import { buildMap } from '../../support/build-map';

// jsdom has no Worker: the layout service's answer is what this test decides.
const layOut = vi.hoisted(() => vi.fn<() => Promise<LayoutResult>>());
vi.mock('../../../src/features/layout/layout-service', () => ({ layOut }));

const unplacedMap = () => buildMap({ occupations: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] });

describe('useViewerLayout', () => {
  it('shows the laid-out positions once elk answers, without changing the map', async () => {
    layOut.mockResolvedValue({ status: 'done', positions: new Map([['a', { x: 10, y: 20 }], ['b', { x: 300, y: 20 }]]), ms: 1 });
    const map = unplacedMap();
    const { result } = renderHook(() => useViewerLayout(map));
    expect(result.current.running).toBe(true);
    await act(async () => undefined);
    expect(result.current).toMatchObject({ running: false, laidOut: true });
    expect(result.current.shown.occupations[0]?.position).toEqual({ x: 10, y: 20 });
    expect(map.occupations[0]?.position).toBeUndefined();
  });

  it('stops saying "Laying out…" when elk fails, and keeps the simple placement', async () => {
    layOut.mockResolvedValue({ status: 'failed', message: 'elk broke' });
    const map = unplacedMap();
    const { result } = renderHook(() => useViewerLayout(map));
    await act(async () => undefined);
    expect(result.current.running).toBe(false);
    expect(result.current.shown).toBe(map);
  });
});
