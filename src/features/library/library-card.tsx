import { plural } from '../../domain/describe';
import { Link, useNavigate } from 'react-router';
import { ExportMapButton } from '../import-export/export-map-button';
import { useAppStore, type AppState } from '../../store/app-store';
import type { LibraryEntry } from '../../store/library-slice';
import { SaveStatusText } from '../../components/save-status-text';
import { ValidationBadge } from '../../components/validation-badge';
import type { Focusable } from './use-focus-after-render';

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

type Props = {
  entry: LibraryEntry;
  onRename: (id: string) => void;
  onDelete: (id: string) => void;
  /** Registers the title link and Rename button, so focus can come back to them. */
  focusable: Focusable;
};

/** One map in the library, with everything a user can do to it. */
export function LibraryCard({ entry, onRename, onDelete, focusable }: Props) {
  const { map, source } = entry;
  const duplicateMap = useAppStore((state: AppState) => state.duplicateMap);
  const navigate = useNavigate();
  const path = `/maps/${encodeURIComponent(map.id)}`;
  const changed = map.updatedAt ? new Date(map.updatedAt) : undefined;

  return (
    <li className="library-card" aria-labelledby={`map-title-${map.id}`}>
      <h2 id={`map-title-${map.id}`}>
        <Link to={path} ref={focusable(`link:${map.id}`)}>
          {map.title}
        </Link>
      </h2>
      {source === 'sample' && <p className="library-card__tag">Sample map · read-only until you edit it</p>}
      <p>{[map.sector, map.region].filter(Boolean).join(' · ') || 'No sector or region yet'}</p>
      <p>
        {plural(map.occupations.length, 'occupation')} · {plural(map.transitions.length, 'move')}
        {changed && !Number.isNaN(changed.getTime()) && ` · changed ${dateFormat.format(changed)}`}
      </p>
      <ValidationBadge map={map} />
      {source === 'device' && <SaveStatusText mapId={map.id} />}
      <div className="library-card__actions" role="group" aria-label={`Actions for ${map.title}`}>
        <Link className="button-link" to={`${path}/edit`}>
          Edit
        </Link>
        <Link className="button-link" to={`${path}/session`}>
          Run a session
        </Link>
        <button type="button" onClick={() => {
          const id = duplicateMap(map.id);
          if (id) void navigate(`/maps/${encodeURIComponent(id)}/edit`);
        }}>
          Duplicate
        </button>
        {source === 'device' && (
          <>
            <button type="button" ref={focusable(`rename:${map.id}`)} onClick={() => onRename(map.id)}>
              Rename
            </button>
            <button type="button" onClick={() => onDelete(map.id)}>
              Delete
            </button>
          </>
        )}
        <ExportMapButton map={map} />
      </div>
    </li>
  );
}
