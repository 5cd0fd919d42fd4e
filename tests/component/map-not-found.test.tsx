import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MapNotFound } from '../../src/components/map-not-found';
import { useAppStore } from '../../src/store/app-store';

const initial = useAppStore.getState();
afterEach(() => useAppStore.setState(initial, true));

const show = () =>
  render(
    <MemoryRouter>
      <MapNotFound mapId="my-map" />
    </MemoryRouter>,
  );

describe('MapNotFound', () => {
  it('waits for the maps saved on this device instead of saying a deep-linked map is missing', () => {
    useAppStore.setState({ storage: { state: 'loading' } });
    show();
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    expect(screen.queryByRole('heading', { name: 'Map not found' })).toBeNull();
  });

  it('says the map is not on this device once storage has loaded', () => {
    useAppStore.setState({ storage: { state: 'ready' } });
    show();
    expect(screen.getByRole('heading', { name: 'Map not found' })).toBeInTheDocument();
    expect(screen.getByText(/“my-map”/)).toBeInTheDocument();
  });
});
