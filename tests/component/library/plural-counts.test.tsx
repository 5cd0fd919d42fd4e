import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { LibraryPage } from '../../../src/features/library/library-page';
import { useAppStore } from '../../../src/store/app-store';
import { buildMap } from '../../support/build-map';
import { pluralMistakes } from '../../support/plural-mistakes';

const initial = useAppStore.getState();
// Counts of one everywhere: one occupation, one move.
const single = buildMap({
  id: 'single',
  title: 'One step',
  occupations: [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ],
  transitions: [{ id: 'a-to-b', from: 'a', to: 'b' }],
});
const lone = buildMap({ id: 'lone', title: 'Lone', occupations: [{ id: 'a', title: 'A' }] });

beforeEach(() => {
  useAppStore.setState(initial, true);
  useAppStore.setState({
    entries: { single: { map: single, source: 'device' }, lone: { map: lone, source: 'device' } },
    order: ['single', 'lone'],
    storage: { state: 'ready' },
  });
});

describe('counts read as English', () => {
  it('the scan finds "1 moves"-style mistakes, and only those', () => {
    expect(pluralMistakes('2 occupations · 1 moves; 1 occupations found; 11 moves; 1.5 years; 21 moves')).toEqual(['1 moves', '1 occupations']);
  });

  it('the library says "1 move" and "1 occupation", never "1 moves"', () => {
    const router = createMemoryRouter([{ path: '/', Component: LibraryPage }], { initialEntries: ['/'] });
    const { container } = render(<RouterProvider router={router} />);
    const text = container.textContent ?? '';
    expect(text).toContain('1 move');
    expect(text).toContain('1 occupation');
    expect(pluralMistakes(text)).toEqual([]);
  });
});
