import type { PathwayMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';
import { downloadText } from '../io/download';
import { useAppStore } from '../store/app-store';

/**
 * A failed save is never silent: it says why (storage refused or missing, full, deleted under us, a
 * damaged stored copy) and offers the map as a file, while it stays in memory. Shown in every view of
 * a map this device keeps, the viewer included (an imported or shared map opens there). Saves are
 * retried while it shows (persistence.ts), so it goes once storage works again.
 */
export function SaveFailedBanner({ map }: { map: PathwayMap }) {
  const status = useAppStore((state) => state.saveStatus[map.id]);
  const storage = useAppStore((state) => state.storage);
  const isDeviceMap = useAppStore((state) => state.entries[map.id]?.source === 'device');
  const message =
    status?.kind === 'failed'
      ? status.message
      : isDeviceMap && storage.state === 'unavailable' && status?.kind !== 'saved'
        ? storage.message
        : undefined;
  if (message === undefined) return null;
  return (
    <div className="banner banner--problem" role="alert">
      <p>Not saved: {message}</p>
      <button type="button" onClick={() => downloadText(`${map.id}-backup.json`, serializeMap(map), 'application/json')}>
        Download a backup
      </button>
    </div>
  );
}
