import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import type { InspectorChange, InspectorSelection } from '../../../src/features/editor/inspector/inspector';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderInspector(initial: PathwayMap = sampleMap(), selection: InspectorSelection = { kind: 'map' }) {
  const seen: { map: PathwayMap; changes: InspectorChange[] } = { map: initial, changes: [] };
  render(
    <StatefulInspector initial={initial} selection={selection} onChange={(change) => seen.changes.push(change)} onMap={(map) => (seen.map = map)} />,
  );
  return seen;
}

const withEvent = (): PathwayMap => ({
  ...sampleMap(),
  hiringEvents: [{ id: 'mercy', date: '2025-02-01', employer: 'Mercy Medical', kind: 'layoff', jobs: 12, occupationIds: ['cna'] }],
});

describe("Inspector: the map's hiring events", () => {
  it('adds an event, then its jobs, occupations and source, each change its own undo key', async () => {
    const user = userEvent.setup();
    const seen = renderInspector();
    const section = screen.getByRole('group', { name: 'Hiring events' });
    await user.click(within(section).getByRole('button', { name: 'Add hiring event' }));
    expect(within(section).getByText('Give the new event its employer, date and kind first.')).toHaveRole('status');
    expect(seen.map.hiringEvents).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: "New event's employer" }), 'Baystate Health');
    await user.type(screen.getByLabelText("New event's date"), '2026-03-01');
    await user.selectOptions(screen.getByRole('combobox', { name: "New event's kind" }), 'Expansion');
    await user.click(screen.getByRole('button', { name: 'Add hiring event' }));
    expect(screen.getByLabelText('Date of event 1')).toHaveFocus();

    await user.type(screen.getByRole('spinbutton', { name: 'Jobs affected of event 1' }), '40');
    await user.click(within(screen.getByRole('group', { name: 'Occupations affected by event 1' })).getByRole('checkbox', { name: 'Nursing Assistant' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Source of event 1' }), 'OEWS May 2024');
    expect(seen.map.hiringEvents).toEqual([
      { id: 'baystate-health-2026-03-01', date: '2026-03-01', employer: 'Baystate Health', kind: 'expansion', jobs: 40, occupationIds: ['cna'], sourceId: 'oews' },
    ]);
    // Typing "40" is one undo step (one key); adding, ticking and choosing are a step each.
    const keys = [...new Set(seen.changes.filter((change) => change.target === 'hiringEvents').map((change) => change.field))];
    expect(keys).toEqual([
      expect.stringMatching(/^map:hiringEvents:add#\d+$/),
      'map:hiringEvents[baystate-health-2026-03-01].jobs',
      'map:hiringEvents[baystate-health-2026-03-01].occupationIds:cna=true',
      'map:hiringEvents[baystate-health-2026-03-01].sourceId',
    ]);
  });

  it('clears the jobs when the field is emptied (not known), and refuses a negative count', async () => {
    const user = userEvent.setup();
    const seen = renderInspector(withEvent());
    const jobs = screen.getByRole('spinbutton', { name: 'Jobs affected of event 1' });
    await user.clear(jobs);
    expect(seen.map.hiringEvents[0]).not.toHaveProperty('jobs');
    await user.type(jobs, '-3');
    expect(screen.getByText("Jobs affected can't be negative (-3).")).toBeInTheDocument();
    expect(seen.map.hiringEvents[0]).not.toHaveProperty('jobs');
  });

  it('removes an event', async () => {
    const user = userEvent.setup();
    const seen = renderInspector(withEvent());
    await user.click(screen.getByRole('button', { name: 'Remove event 1' }));
    expect(seen.map.hiringEvents).toEqual([]);
    expect(within(screen.getByRole('group', { name: 'Hiring events' })).getByText('Removed the event of Mercy Medical. Undo brings it back.')).toHaveRole('status');
  });

  it("lists, read-only, the events that name the selected occupation", () => {
    renderInspector(withEvent(), { kind: 'occupation', id: 'cna' });
    const section = screen.getByRole('group', { name: 'Hiring events' });
    expect(within(section).getByRole('listitem')).toHaveTextContent('1 February 2025 · Lay-off · Mercy Medical · 12 jobs affected');
    expect(within(section).queryByRole('textbox')).toBeNull();
  });

  it('imports a hiring events sheet into the map in one step, or lists each bad row and imports nothing', async () => {
    const user = userEvent.setup();
    const seen = renderInspector(withEvent());
    const section = screen.getByRole('group', { name: 'Hiring events' });
    const file = (text: string) => new File([text], 'events.csv', { type: 'text/csv' });

    await user.upload(screen.getByLabelText('Import hiring events CSV'), file('date,kind,employer,jobs,occupations\n2026-03-01,expansion,Baystate,oops,Nursing Assistant\n'));
    // The file is read asynchronously; a loaded machine may take more than the default second.
    const later = { timeout: 5000 };
    expect(await within(section).findByRole('list', { name: 'Problems in the hiring events sheet' }, later)).toHaveTextContent(
      'Row 2, jobs: must be a whole number of jobs, or blank when not known, not "oops"',
    );
    expect(seen.map.hiringEvents).toHaveLength(1);

    await user.upload(screen.getByLabelText('Import hiring events CSV'), file('id,date,kind,employer,jobs,occupations\nmercy,2025-02-01,layoff,Mercy Medical,15,cna\n,2026-03-01,expansion,Baystate,,Nursing Assistant\n'));
    expect(await within(section).findByText('Imported 1 new event, 1 event replaced. Undo takes the import back.', {}, later)).toHaveRole('status');
    expect(seen.map.hiringEvents).toEqual([
      { id: 'mercy', date: '2025-02-01', employer: 'Mercy Medical', kind: 'layoff', jobs: 15, occupationIds: ['cna'] },
      { id: 'baystate-2026-03-01', date: '2026-03-01', employer: 'Baystate', kind: 'expansion', occupationIds: ['cna'] },
    ]);
    expect(seen.changes.filter((change) => change.target === 'hiringEvents')).toHaveLength(1);
  });
});
