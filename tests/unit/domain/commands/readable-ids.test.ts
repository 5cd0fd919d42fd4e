import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../../src/domain/commands/apply-command';
import { addOccupation, updateOccupation as updateDraft } from '../../../../src/domain/commands/occupations';
import { readableMapId, withReadableIds as readableDraft } from '../../../../src/domain/commands/readable-ids';
import type { Occupation, PathwayMap } from '../../../../src/domain/schema/map';
import { buildMap } from '../../../support/build-map';

const NONE = new Set<string>();

// The commands applied to a copy, as the store applies them: the map after.
const updateOccupation = (map: PathwayMap, id: string, patch: Partial<Occupation>) => applyCommand(map, (draft) => updateDraft(draft, id, patch)).map;
const withReadableIds = (map: PathwayMap, published: ReadonlySet<string>) => applyCommand(map, (draft) => readableDraft(draft, published)).map;

/** A map built as the editor does: cards added as "New occupation", then titled. */
function builtFromScratch() {
  let map = buildMap({ id: 'untitled-map', title: 'Untitled map' });
  for (let i = 0; i < 3; i++) map = applyCommand(map, (draft) => addOccupation(draft, { title: 'New occupation' })).map;
  map = { ...map, transitions: [{ id: 'new-occupation-to-new-occupation-2', from: 'new-occupation', to: 'new-occupation-2' }] };
  return map;
}

describe('readable ids: cards take their id from their first real title', () => {
  it('renames titled placeholder cards and every reference to them', () => {
    let map = builtFromScratch();
    map = updateOccupation(map, 'new-occupation', { title: 'Help Desk Technician' });
    map = updateOccupation(map, 'new-occupation-2', { title: 'Network Administrator' });
    map = {
      ...map,
      hiringEvents: [{ id: 'h1', date: '2026-01-01', employer: 'Acme', kind: 'expansion', occupationIds: ['new-occupation'] }],
      feedback: [{ id: 'f1', organization: 'Acme', kind: 'critical-vote', targetId: 'new-occupation-2', createdAt: '2026-01-01T00:00:00Z', status: 'open' }],
    };
    const readable = withReadableIds(map, NONE);
    expect(readable.occupations.map((occupation) => occupation.id)).toEqual(['help-desk-technician', 'network-administrator', 'new-occupation-3']);
    expect(readable.transitions).toEqual([{ id: 'help-desk-technician-to-network-administrator', from: 'help-desk-technician', to: 'network-administrator' }]);
    expect(readable.hiringEvents[0]?.occupationIds).toEqual(['help-desk-technician']);
    expect(readable.feedback[0]?.targetId).toBe('network-administrator');
  });

  it('keeps ids unique when two cards share a title', () => {
    let map = builtFromScratch();
    map = updateOccupation(map, 'new-occupation', { title: 'Technician' });
    map = updateOccupation(map, 'new-occupation-3', { title: 'Technician' });
    const ids = withReadableIds(map, NONE).occupations.map((occupation) => occupation.id);
    expect(ids).toEqual(['technician', 'new-occupation-2', 'technician-2']);
  });

  it('never changes an id once published (exported or imported), nor a readable one', () => {
    let map = builtFromScratch();
    map = updateOccupation(map, 'new-occupation', { title: 'Help Desk Technician' });
    const published = new Set(['new-occupation', 'new-occupation-to-new-occupation-2']);
    expect(withReadableIds(map, published)).toBe(map);
    const renamed = withReadableIds(map, NONE);
    const retitled = updateOccupation(renamed, 'help-desk-technician', { title: 'Service Desk Analyst' });
    expect(withReadableIds(retitled, NONE)).toBe(retitled);
  });

  it('leaves untitled cards and maps alone', () => {
    const map = builtFromScratch();
    expect(withReadableIds(map, NONE)).toBe(map);
    expect(readableMapId(map, false, new Set(['untitled-map']))).toBeNull();
  });
});

describe('readable ids: a map takes its id from its title', () => {
  it('until its id is published, and never one another map has', () => {
    const map = { ...buildMap({ id: 'untitled-map-2', title: 'x' }), title: 'Massachusetts IT apprenticeships' };
    expect(readableMapId(map, false, new Set(['untitled-map-2']))).toBe('massachusetts-it-apprenticeships');
    expect(readableMapId(map, false, new Set(['massachusetts-it-apprenticeships']))).toBe('massachusetts-it-apprenticeships-2');
    expect(readableMapId(map, true, new Set())).toBeNull();
    expect(readableMapId({ ...map, id: 'it-map' }, false, new Set())).toBeNull();
  });
});
