import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { focusFirst, SkipLinks } from '../../../src/components/skip-links';

function Page() {
  return (
    <>
      <header>
        <a href="/">Pathway Studio</a>
      </header>
      <SkipLinks
        links={[
          { label: 'Skip to the map', targetId: 'map', go: () => focusFirst([document.getElementById('gone'), document.getElementById('map')]) },
          { label: 'Skip to details', targetId: 'details', go: () => focusFirst([document.getElementById('details')]) },
        ]}
      />
      <div id="map" tabIndex={-1}>
        Map
      </div>
      <button type="button" id="details">
        Details
      </button>
    </>
  );
}

describe('SkipLinks', () => {
  it('are the first things Tab reaches, before the page header, and move focus without changing the address', async () => {
    const user = userEvent.setup();
    const address = window.location.href;
    render(<Page />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to the map' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to details' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Pathway Studio' })).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Skip to the map' }));
    expect(document.getElementById('map')).toHaveFocus();
    expect(window.location.href).toBe(address);
  });

  it('work from the keyboard: Enter on a link moves focus to its target', async () => {
    const user = userEvent.setup();
    render(<Page />);
    screen.getByRole('link', { name: 'Skip to details' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Details' })).toHaveFocus();
  });

  it('are gone with the page', () => {
    const { unmount } = render(<Page />);
    unmount();
    expect(screen.queryByRole('link', { name: 'Skip to the map' })).toBeNull();
  });
});
