import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ViewerCanvas } from '../../../src/features/viewer/viewer-canvas';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { openTestMap, viewerTestMap } from './viewer-test-map';

const WINDOW_HEIGHT = 664;
const scrollIntoView = vi.fn();

/**
 * Puts the canvas this far down the page, 430 px tall. jsdom lays nothing out, so every box is given
 * the canvas's (a glide across a pane of no size would compute NaN).
 */
function canvasAt(top: number): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(DOMRect.fromRect({ x: 8, y: top, width: 374, height: 430 }));
}

function prefersReducedMotion(reduce: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query.includes('prefers-reduced-motion'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

/** Waits until the canvas is at rest: fitted, and any glide to a card over (it says so with aria-busy). */
async function canvasAtRest(): Promise<void> {
  const canvas = screen.getByRole('region', { name: /^Pathway map:/ });
  await waitFor(() => expect(canvas).toHaveAttribute('aria-busy', 'false'), { timeout: 3_000 });
}

async function chooseOnCanvas(occupationId: string): Promise<void> {
  await screen.findByRole('button', { name: 'Registered Nurse' });
  act(() => useViewerStore.getState().selectOccupation(occupationId, { centre: true }));
}

beforeEach(() => {
  openTestMap();
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
  vi.stubGlobal('innerHeight', WINDOW_HEIGHT);
  prefersReducedMotion(false);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a card asked for (e.g. a search result) when the canvas is off screen', () => {
  it('scrolls the page to the canvas, gliding, once per request', async () => {
    canvasAt(614); // below the fold, as on a phone
    const { unmount } = render(<ViewerCanvas map={viewerTestMap} />);
    await chooseOnCanvas('lpn');
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalledTimes(1));
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'smooth' });
    const scrolled = scrollIntoView.mock.contexts[0] as Element;
    expect(scrolled.contains(screen.getByRole('button', { name: 'Licensed Practical Nurse' }))).toBe(true);

    // Drawn again (e.g. back from the outline view), the old request does not scroll the page again.
    await canvasAtRest(); // the glide ends first
    unmount();
    render(<ViewerCanvas map={viewerTestMap} />);
    await screen.findByRole('button', { name: 'Registered Nurse' });
    // Once fitted (when a request would be acted on) and at rest, the page has not been scrolled again.
    await canvasAtRest();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);

    // A new request does.
    act(() => useViewerStore.getState().selectOccupation('rn', { centre: true }));
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalledTimes(2));
  });

  it('jumps there for a reader who prefers reduced motion', async () => {
    prefersReducedMotion(true);
    canvasAt(614);
    render(<ViewerCanvas map={viewerTestMap} />);
    await chooseOnCanvas('cna');
    await waitFor(() => expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' }));
  });

  it('leaves the page where it is when the canvas is already in view', async () => {
    canvasAt(180);
    render(<ViewerCanvas map={viewerTestMap} />);
    await chooseOnCanvas('rn');
    await waitFor(() => expect(useViewerStore.getState().selectedOccupationId).toBe('rn'));
    await canvasAtRest(); // centred: the glide to the card is over
    expect(scrollIntoView).not.toHaveBeenCalled();
  });
});
