import { act, render, screen } from '@testing-library/react';
import type * as XyFlow from '@xyflow/react';
import type { FitViewOptions } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { busyReasons } from '../../../src/features/canvas/busy-reasons';
import { RefitOnChange } from '../../../src/features/canvas/refit-on-change';
import { RefitOnResize, RESIZE_PAUSE_MS } from '../../../src/features/canvas/refit-on-resize';
import { MapMotionContext, useMapRest } from '../../../src/features/canvas/use-map-rest';

// React Flow stand-ins: a pane of a given size, and a fitView whose animation ends when the test says.
const flow = vi.hoisted(() => ({
  pane: { width: 0, height: 0 },
  fits: [] as { options: unknown; land: () => void }[],
}));
vi.mock('@xyflow/react', async (importOriginal) => {
  const fitView = (options: unknown) => new Promise<boolean>((resolve) => flow.fits.push({ options, land: () => resolve(true) }));
  return {
    ...(await importOriginal<typeof XyFlow>()),
    useReactFlow: () => ({ fitView }),
    useStore: (select: (state: typeof flow.pane) => unknown) => select(flow.pane),
  };
});

const OPTIONS: FitViewOptions = { padding: 0.06 };
const ANIMATED: FitViewOptions = { padding: 0.06, duration: 300 };

/** A canvas region as the app draws one: busy (with its reasons) until every motion has ended. */
function Canvas({ arrangement, refit, options = OPTIONS }: { arrangement: string; refit: 'change' | 'resize'; options?: FitViewOptions }) {
  const rest = useMapRest();
  const busyWith = busyReasons(rest.kinds);
  return (
    <div role="region" aria-label="Map" aria-busy={busyWith !== ''} data-busy-with={busyWith || undefined}>
      <MapMotionContext.Provider value={rest.start}>
        {refit === 'change' ? <RefitOnChange arrangement={arrangement} options={options} /> : <RefitOnResize arrangement={arrangement} options={options} />}
      </MapMotionContext.Provider>
    </div>
  );
}

const region = () => screen.getByRole('region', { name: 'Map' });
const landFit = (index: number) => act(async () => flow.fits[index]!.land());

beforeEach(() => {
  vi.useFakeTimers();
  flow.pane = { width: 0, height: 0 };
  flow.fits = [];
});
afterEach(() => vi.useRealTimers());

describe('RefitOnChange', () => {
  it('leaves the first placement to React Flow, and refits in the same commit when the cards are placed anew, busy until the fit lands', async () => {
    const { rerender } = render(<Canvas arrangement="ladder" refit="change" />);
    expect(flow.fits).toHaveLength(0);
    expect(region()).toHaveAttribute('aria-busy', 'false');

    rerender(<Canvas arrangement="laid-out" refit="change" />);
    expect(flow.fits.map((fit) => fit.options)).toEqual([OPTIONS]);
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(region()).toHaveAttribute('data-busy-with', 'fit');

    await landFit(0);
    expect(region()).toHaveAttribute('aria-busy', 'false');
    expect(region()).not.toHaveAttribute('data-busy-with');
  });

  it('counts a fit a user interrupted (its promise never settles) as over a second after its length', async () => {
    const { rerender } = render(<Canvas arrangement="ladder" refit="change" options={ANIMATED} />);
    rerender(<Canvas arrangement="laid-out" refit="change" options={ANIMATED} />);
    await act(async () => vi.advanceTimersByTimeAsync(1_299));
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(region()).toHaveAttribute('aria-busy', 'false');
  });
});

describe('RefitOnResize', () => {
  it('fits once the resize has paused, busy from the first step until the fit lands; a newer step restarts the pause', async () => {
    flow.pane = { width: 800, height: 600 };
    const { rerender } = render(<Canvas arrangement="ladder" refit="resize" />);
    expect(region()).toHaveAttribute('data-busy-with', 'fit');

    await act(async () => vi.advanceTimersByTimeAsync(RESIZE_PAUSE_MS - 50));
    flow.pane = { width: 1920, height: 1080 };
    rerender(<Canvas arrangement="ladder" refit="resize" />);
    await act(async () => vi.advanceTimersByTimeAsync(RESIZE_PAUSE_MS - 1));
    expect(flow.fits).toHaveLength(0);
    expect(region()).toHaveAttribute('aria-busy', 'true');

    await act(async () => vi.advanceTimersByTimeAsync(1));
    expect(flow.fits.map((fit) => fit.options)).toEqual([OPTIONS]);
    expect(region()).toHaveAttribute('aria-busy', 'true');
    await landFit(0);
    expect(region()).toHaveAttribute('aria-busy', 'false');
  });

  it('does nothing until the pane has a size, and refits when the cards are placed anew', async () => {
    const { rerender } = render(<Canvas arrangement="ladder" refit="resize" />);
    await act(async () => vi.advanceTimersByTimeAsync(RESIZE_PAUSE_MS * 2));
    expect(flow.fits).toHaveLength(0);
    expect(region()).toHaveAttribute('aria-busy', 'false');

    flow.pane = { width: 800, height: 600 };
    rerender(<Canvas arrangement="laid-out" refit="resize" />);
    await act(async () => vi.advanceTimersByTimeAsync(RESIZE_PAUSE_MS));
    expect(flow.fits).toHaveLength(1);
    await landFit(0);
    expect(region()).toHaveAttribute('aria-busy', 'false');
  });
});
