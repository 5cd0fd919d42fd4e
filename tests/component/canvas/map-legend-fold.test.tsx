import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MapCanvas } from '../../../src/features/canvas/map-canvas';
import { setPrinting } from '../../../src/features/canvas/printing';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  title: 'Trades',
  groups: [{ id: 'electrical', label: 'Electrical' }],
  occupations: [{ id: 'helper', title: 'Helper', groupId: 'electrical' }],
  transitions: [],
});

/** A window of the given width, as far as CSS media queries on width go. */
function windowWidth(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => {
    const maxWidth = /\(max-width:\s*([\d.]+)px\)/.exec(query)?.[1];
    const minWidth = /\(min-width:\s*([\d.]+)px\)/.exec(query)?.[1];
    const matches = (maxWidth === undefined || width <= Number(maxWidth)) && (minWidth === undefined || width >= Number(minWidth));
    return { matches, media: query, addEventListener: () => {}, removeEventListener: () => {} };
  });
}

const groupsList = () => screen.queryByRole('list', { name: 'Groups', hidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => setPrinting(false));
});

const legendButton = () => screen.getByRole('button', { name: 'Legend' });

describe('the map legend', () => {
  it('starts folded on a wide screen too, a small named button, so it covers no card; the reader opens and folds it', async () => {
    windowWidth(1280);
    const user = userEvent.setup();
    render(<MapCanvas map={map} />);
    await screen.findByRole('button', { name: 'Helper' });
    expect(legendButton()).toHaveAttribute('aria-expanded', 'false');
    expect(groupsList()).not.toBeVisible();

    await user.click(legendButton());
    expect(legendButton()).toHaveAttribute('aria-expanded', 'true');
    expect(groupsList()).toBeVisible();
    await user.click(legendButton());
    expect(groupsList()).not.toBeVisible();
  });

  it('starts folded on a phone-sized screen (below 640 px), and the reader can open it', async () => {
    windowWidth(639);
    const user = userEvent.setup();
    render(<MapCanvas map={map} />);
    await screen.findByRole('button', { name: 'Helper' });
    expect(legendButton()).toBeVisible();
    expect(groupsList()).not.toBeVisible();

    await user.click(legendButton());
    expect(groupsList()).toBeVisible();
  });

  it('is open on paper even when folded on screen, and folded again after printing', async () => {
    windowWidth(390);
    render(<MapCanvas map={map} />);
    await screen.findByRole('button', { name: 'Helper' });
    expect(groupsList()).not.toBeVisible();

    act(() => setPrinting(true));
    expect(groupsList()).toBeVisible();
    act(() => setPrinting(false));
    expect(groupsList()).not.toBeVisible();
    expect(legendButton()).toHaveAttribute('aria-expanded', 'false');
  });
});
