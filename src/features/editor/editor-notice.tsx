import { useAppStore } from '../../store/app-store';
import type { PathwayMap } from '../../domain/schema/map';
import { ConflictBanner } from '../../components/conflict-banner';
import { SaveFailedBanner } from '../../components/save-failed-banner';

/** Why the last action did nothing (e.g. a refused connection), and save problems that need a decision. */
export function EditorNotice({ map }: { map: PathwayMap }) {
  // A notice about another map (a paste that landed after leaving it) is not shown here.
  const notice = useAppStore((state) => (state.notice?.mapId === undefined || state.notice.mapId === map.id ? state.notice : undefined));
  const showNotice = useAppStore((state) => state.showNotice);
  return (
    <>
      <ConflictBanner mapId={map.id} />
      <SaveFailedBanner map={map} />
      {notice && (
        <p className={notice.tone === 'problem' ? 'banner banner--problem' : 'banner'} role={notice.tone === 'problem' ? 'alert' : 'status'}>
          {notice.text}{' '}
          <button type="button" onClick={() => showNotice(undefined)}>
            Dismiss
          </button>
        </p>
      )}
    </>
  );
}
