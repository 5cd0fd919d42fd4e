import type { PathwayMap } from '../../domain/schema/map';
import { serializeMap } from '../../domain/serialize';
import { downloadText } from '../../io/download';
import { useAppStore } from '../../store/app-store';

/** A failed save is never silent: it says why and offers the map as a file, while it stays in memory. */
export function SaveFailedBanner({ map }: { map: PathwayMap }) {
  const status = useAppStore((state) => state.saveStatus[map.id]);
  if (status?.kind !== 'failed') return null;
  return (
    <div className="banner banner--problem" role="alert">
      <p>Not saved: {status.message}</p>
      <button type="button" onClick={() => downloadText(`${map.id}-backup.json`, serializeMap(map), 'application/json')}>
        Download backup
      </button>
    </div>
  );
}
