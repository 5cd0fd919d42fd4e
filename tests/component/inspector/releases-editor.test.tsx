import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderMapForm(initial: PathwayMap = sampleMap()) {
  const seen: { map: PathwayMap; changes: InspectorChange[] } = { map: initial, changes: [] };
  render(
    <StatefulInspector initial={initial} selection={{ kind: 'map' }} onChange={(change) => seen.changes.push(change)} onMap={(map) => (seen.map = map)} />,
  );
  return { seen, releases: () => within(screen.getByRole('group', { name: 'Releases' })) };
}

afterEach(() => vi.useRealTimers());

describe("Inspector: the map's releases", () => {
  it('records a release dated today with its title and what changed, as one undo step, and lists it', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 7, 10, 0) });
    const user = userEvent.setup();
    const { seen, releases } = renderMapForm();
    expect(releases().getByLabelText('Release date')).toHaveValue('2026-12-07');
    // No release yet: the first draft of "what changed" says so.
    expect(releases().getByRole('textbox', { name: 'What changed' })).toHaveValue('First release.');
    await user.type(releases().getByRole('textbox', { name: 'Release title' }), '2026 annual release');
    await user.click(releases().getByRole('button', { name: 'Record release' }));

    expect(seen.map.releases).toEqual([{ id: 'release-2026-12-07', date: '2026-12-07', title: '2026 annual release', changes: 'First release.' }]);
    expect(seen.map.reviewedAt).toBe('2026-12-07');
    const recorded = seen.changes.filter((change) => change.target === 'releases');
    expect(recorded).toHaveLength(1);
    expect(releases().getByRole('status')).toHaveTextContent('Recorded the release of 7 December 2026. Undo takes it back.');
    const list = within(releases().getByRole('list', { name: 'Releases, newest first' }));
    expect(list.getByText('2026 annual release (7 December 2026)')).toBeInTheDocument();
  });

  it('lists releases newest first', () => {
    const map = {
      ...sampleMap(),
      releases: [
        { id: 'r1', date: '2024-05-01', title: 'First', changes: 'Started.' },
        { id: 'r2', date: '2025-05-01', title: 'Second', changes: 'Wages.' },
      ],
    };
    const { releases } = renderMapForm(map);
    const items = within(releases().getByRole('list', { name: 'Releases, newest first' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['Second (1 May 2025)', 'First (1 May 2024)']);
  });

  it('sets how old a figure may get, 18 months unless changed', async () => {
    const user = userEvent.setup();
    const { seen, releases } = renderMapForm();
    const months = releases().getByRole('spinbutton', { name: 'Figures older than this many months are stale' });
    expect(months).toHaveValue('18');
    await user.clear(months);
    await user.type(months, '24');
    expect(seen.map.staleAfterMonths).toBe(24);
    await user.clear(months);
    await user.type(months, '0');
    expect(releases().getByText('Give a whole number of months from 1 to 240.')).toBeInTheDocument();
    expect(seen.map.staleAfterMonths).toBe(24);
    // Back to 18: the map follows the default again.
    await user.clear(months);
    await user.type(months, '18');
    expect(seen.map).not.toHaveProperty('staleAfterMonths');
  });
});
