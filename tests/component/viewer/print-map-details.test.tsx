import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isPrinting } from '../../../src/features/canvas/printing';
import { PrintButton } from '../../../src/features/viewer/print/print-button';
import { viewerTestMap } from './viewer-test-map';

// What the cards draw while the flag is set is tested with the cards (tests/component/canvas) and in
// a real browser (tests/e2e/viewer-phone-print.spec.ts); here: the viewer sets it for the map's print only.
const printStarts = () => act(() => void window.dispatchEvent(new Event('beforeprint')));
const printEnds = () => act(() => void window.dispatchEvent(new Event('afterprint')));

afterEach(() => {
  printEnds();
  delete document.documentElement.dataset.print;
});

describe('the viewer printing its map', () => {
  it('has the cards drawn for paper from beforeprint until afterprint (the button or Ctrl+P)', () => {
    render(<PrintButton map={viewerTestMap} />);
    expect(isPrinting()).toBe(false);
    printStarts();
    expect(isPrinting()).toBe(true);
    printEnds();
    expect(isPrinting()).toBe(false);
  });

  it('leaves the cards alone when the route handout prints instead', () => {
    render(<PrintButton map={viewerTestMap} />);
    document.documentElement.dataset.print = 'route';
    printStarts();
    expect(isPrinting()).toBe(false);
  });

  it('stops when the viewer closes mid-print', () => {
    const { unmount } = render(<PrintButton map={viewerTestMap} />);
    printStarts();
    unmount();
    expect(isPrinting()).toBe(false);
  });
});
