import { describe, expect, it } from 'vitest';
import type { StoredMap } from '../../../src/io/storage-record';
import type { JournalEntry } from '../../../src/io/unload-journal';
import { planRecovery, RECOVERED_COPY_SUFFIX } from '../../../src/store/recover-unsaved';
import { buildMap } from '../../support/build-map';

const edited = buildMap({ id: 'm', title: 'Map', occupations: [{ id: 'a', title: 'Edited' }] });
const original = buildMap({ id: 'm', title: 'Map', occupations: [{ id: 'a', title: 'Original' }] });
const journal = (expectedRevision: number, tabId = 'leaving-tab'): JournalEntry[] => [{ map: edited, expectedRevision, tabId }];
const stored = (map = original, revision = 3, savedByTab = 'other-tab'): StoredMap[] => [{ map, revision, savedAt: '2026-12-06T10:00:00Z', warnings: [], savedByTab }];

describe('what the next page does with an edit kept as the last one left', () => {
  it('forgets it when storage already holds it (the last write landed after all)', () => {
    expect(planRecovery(journal(3), stored(edited, 4, 'leaving-tab'), [])).toEqual([{ kind: 'stored', mapId: 'm' }]);
  });

  it('stores it over the revision it was based on', () => {
    expect(planRecovery(journal(3), stored(), [])).toEqual([{ kind: 'replace', map: edited }]);
  });

  it('stores it over a later revision the same tab wrote (an earlier save that landed late)', () => {
    expect(planRecovery(journal(3), stored(original, 4, 'leaving-tab'), [])).toEqual([{ kind: 'replace', map: edited }]);
  });

  it('keeps it as a copy when another tab stored other work since', () => {
    const [recovery] = planRecovery(journal(3), stored(original, 4, 'other-tab'), []);
    expect(recovery).toMatchObject({ kind: 'copy', mapId: 'm', map: { title: `Map${RECOVERED_COPY_SUFFIX}` } });
  });

  it('adds it again when its map is not stored, and copies it beside a stored row that cannot be read', () => {
    expect(planRecovery(journal(0), [], [])).toEqual([{ kind: 'add', map: edited }]);
    expect(planRecovery(journal(2), [], [{ id: 'm', errors: [{ path: '', message: 'damaged' }] }])).toMatchObject([{ kind: 'copy', mapId: 'm' }]);
  });
});
