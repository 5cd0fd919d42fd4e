import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderMapForm(initial: PathwayMap = sampleMap()) {
  const seen: { map: PathwayMap; changes: InspectorChange[] } = { map: initial, changes: [] };
  render(
    <StatefulInspector
      initial={initial}
      selection={{ kind: 'map' }}
      onChange={(change) => seen.changes.push(change)}
      onMap={(map) => (seen.map = map)}
    />,
  );
  return seen;
}

describe("Inspector: the map's sources", () => {
  it('creates a source and edits its fields, typing in one field joining into one undo step', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    await user.type(screen.getByRole('textbox', { name: 'New source title' }), 'Occupational Outlook Handbook');
    await user.click(screen.getByRole('button', { name: 'Add source' }));
    expect(screen.getByRole('textbox', { name: 'Title of source 2' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Publisher of source 2' }), 'BLS');
    await user.type(screen.getByRole('textbox', { name: 'Web address of source 2' }), 'https://www.bls.gov/ooh/');
    expect(seen.map.sources[1]).toEqual({
      id: 'occupational-outlook-handbook',
      label: 'Occupational Outlook Handbook',
      publisher: 'BLS',
      url: 'https://www.bls.gov/ooh/',
    });
    const publisherKeys = new Set(seen.changes.filter((c) => c.target === 'sources' && c.edit.op === 'update' && 'publisher' in c.edit.patch).map((c) => c.field));
    expect([...publisherKeys]).toEqual(['map:sources[occupational-outlook-handbook].publisher']);
  });

  it('keeps a web address that is not http(s) out of the map, saying why', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    await user.type(screen.getByRole('textbox', { name: 'Web address of source 1' }), 'javascript:alert(1)');
    expect(screen.getByText(/must be a web address starting with https:\/\//)).toBeInTheDocument();
    expect(seen.map.sources[0]?.url).toBeUndefined();
  });

  it('shows where a source is cited and refuses to remove it while cited', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm();
    const source = screen.getByRole('group', { name: 'OEWS May 2024' });
    expect(within(source).getByText('Cited by 1 figure or card')).toBeInTheDocument();
    expect(within(source).getByText('Wage of Nursing Assistant')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove source 1' }));
    expect(within(screen.getByRole('group', { name: 'Sources' })).getByRole('status')).toHaveTextContent("“OEWS May 2024” can't be removed: it is cited once (Wage of Nursing Assistant).");
    expect(seen.map.sources).toHaveLength(1);
  });

  it('removes a source nobody cites', async () => {
    const user = userEvent.setup();
    const seen = renderMapForm({ ...sampleMap(), sources: [...sampleMap().sources, { id: 'spare', label: 'Spare notes' }] });
    expect(within(screen.getByRole('group', { name: 'Spare notes' })).getByText('Not cited yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove source 2' }));
    expect(seen.map.sources.map((source) => source.id)).toEqual(['oews']);
  });
});
