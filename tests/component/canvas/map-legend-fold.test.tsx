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

const groupsList = () => screen.queryByRole('list', { name: 'Groups' });

afterEach(() => {
  vi.unstubAllGlobals();
  act(() => setPrinting(false));
});

describe('the map legend', () => {
  it('starts open on a wide screen', async () => {
    windowWidth(1280);
    render(<MapCanvas map={map} />);
    await screen.findByRole('group', { name: 'Helper' });
    expect(groupsList()).toBeVisible();
  });

  it('starts folded on a phone-sized screen (below 640 px), and the reader can open it', async () => {
    windowWidth(639);
    const user = userEvent.setup();
    render(<MapCanvas map={map} />);
    await screen.findByRole('group', { name: 'Helper' });
    expect(screen.getByText('Legend')).toBeVisible();
    expect(groupsList()).not.toBeVisible();

    await user.click(screen.getByText('Legend'));
    expect(groupsList()).toBeVisible();
  });

  it('is open on paper even when folded on screen, and folded again after printing', async () => {
    windowWidth(390);
    render(<MapCanvas map={map} />);
    await screen.findByRole('group', { name: 'Helper' });
    expect(groupsList()).not.toBeVisible();

    // The toggle event of printing comes later (one, for both changes); it must not count as the reader's choice.
    const legend = screen.getByText('Legend').closest('details')!;
    const toggled = new Promise((resolve) => legend.addEventListener('toggle', resolve, { once: true }));
    act(() => setPrinting(true));
    expect(groupsList()).toBeVisible();
    act(() => setPrinting(false));
    await act(() => toggled);
    expect(groupsList()).not.toBeVisible();
  });
});
