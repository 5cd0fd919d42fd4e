import { useState } from 'react';
import type { ReleaseEdit } from '../../../domain/commands/releases';
import { changesSinceLastRelease } from '../../../domain/releases/change-summary';
import { releasesNewestFirst } from '../../../domain/releases/release-order';
import { IsoDate } from '../../../domain/schema/fields';
import type { PathwayMap } from '../../../domain/schema/map';
import { DEFAULT_STALE_AFTER_MONTHS, StaleAfterMonths } from '../../../domain/schema/release';
import { dateLabel } from '../../../domain/session/dates';
import { DraftField } from './fields';
import { localDay } from '../../../domain/local-day';

type Props = { map: PathwayMap; onReleases: (edit: ReleaseEdit, field: string) => void };

// Recording and removing are each their own undo step (a key used once); typing the setting joins.
let structuralEdits = 0;
const once = (what: string) => `map:releases:${what}#${(structuralEdits += 1)}`;


const asText = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The map's validated releases: record one (dated today unless changed, with a first draft of what
 * changed), the list newest first, and how old a figure may get before the health check calls it stale.
 */
export function ReleasesEditor({ map, onReleases }: Props) {
  const [date, setDate] = useState(() => localDay());
  const [title, setTitle] = useState('');
  const [changes, setChanges] = useState(() => changesSinceLastRelease(map));
  const [notice, setNotice] = useState<string | undefined>(undefined);

  const record = () => {
    if (!IsoDate.safeParse(date).success) return setNotice('Give the release a date first.');
    onReleases({ op: 'record', release: { date, title, changes } }, once('record'));
    setTitle('');
    setChanges('');
    setNotice(`Recorded the release of ${dateLabel(date)}. Undo takes it back.`);
  };

  return (
    <div className="inspector-list">
      <DraftField
        kind="number"
        label="Figures older than this many months are stale"
        value={map.staleAfterMonths ?? DEFAULT_STALE_AFTER_MONTHS}
        hint={`The health check flags wage and labor figures older than this (${DEFAULT_STALE_AFTER_MONTHS} unless changed).`}
        apply={(value) => {
          // An emptied field is someone about to type: nothing changes until a number is there.
          if (value === undefined) return undefined;
          if (!StaleAfterMonths.safeParse(value).success) return 'Give a whole number of months from 1 to 240.';
          // The default is stored as no setting, so a map that never chose one follows the default.
          const months = value === DEFAULT_STALE_AFTER_MONTHS ? undefined : (value as number);
          if (months !== map.staleAfterMonths) onReleases({ op: 'stale-after', months }, 'map:staleAfterMonths');
          return undefined;
        }}
      />
      <fieldset className="inspector-row">
        <legend>Record a release</legend>
        <DraftField kind="date" label="Release date" value={date} optional={false} apply={(value) => (setDate(asText(value)), undefined)} />
        <DraftField label="Release title" value={title} hint='e.g. "2026 annual release".' apply={(value) => (setTitle(asText(value)), undefined)} />
        <DraftField kind="textarea" label="What changed" value={changes} hint="Since the last release, in plain words." apply={(value) => (setChanges(asText(value)), undefined)} />
        <button type="button" onClick={record}>
          Record release
        </button>
      </fieldset>
      <p role="status" className="inspector-list__notice">
        {notice}
      </p>
      <ReleaseList map={map} onRemove={(id) => onReleases({ op: 'remove', id }, once('remove'))} />
    </div>
  );
}

function ReleaseList({ map, onRemove }: { map: PathwayMap; onRemove: (id: string) => void }) {
  const releases = releasesNewestFirst(map);
  if (releases.length === 0) return <p className="inspector-hint">No release recorded yet.</p>;
  return (
    <ol className="requirement-group__list" aria-label="Releases, newest first">
      {releases.map((release) => {
        const name = release.title ? `${release.title} (${dateLabel(release.date)})` : dateLabel(release.date);
        return (
          <li key={release.id}>
            <p className="inspector-row__note">
              <strong>{name}</strong>
            </p>
            <p className="inspector-row__note releases-editor__changes">{release.changes.trim() || 'No changes recorded.'}</p>
            <button type="button" className="inspector-row__remove" onClick={() => onRemove(release.id)}>
              Remove release {name}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
