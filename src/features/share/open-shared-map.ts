import type { ParseIssue } from '../../domain/parse';
import type { PathwayMap } from '../../domain/schema/map';
import { useAppStore } from '../../store/app-store';
import { useImportReportStore } from '../../store/import-report-store';
import { placeSharedMap } from './place-shared-map';

/**
 * Puts a shared map (already validated) into this device's library, or finds the identical map
 * already there, and returns the id to open. A new map is reported like any import.
 */
export function addSharedMap({ map, warnings }: { map: PathwayMap; warnings: readonly ParseIssue[] }): string {
  const library = useAppStore.getState();
  const placement = placeSharedMap(
    library.order.flatMap((id) => library.entries[id]?.map ?? []),
    map,
  );
  if (placement.kind === 'open') return placement.mapId;

  const mapId = library.addMap(map);
  useImportReportStore.getState().show({
    outcome: 'imported',
    fileName: 'shared link',
    mapId,
    title: map.title,
    occupationCount: map.occupations.length,
    warnings: mapId === map.id ? [...warnings] : [...warnings, { path: 'id', message: copyMessage(map.id, mapId) }],
  });
  return mapId;
}

function copyMessage(originalId: string, copyId: string): string {
  return `Your library already has a different map with the id "${originalId}", so the shared map was added beside it with the id "${copyId}". Nothing was overwritten.`;
}
