import { useEffect, useState } from 'react';
import { moveOccupations } from '../../domain/commands/occupations';
import type { PathwayMap } from '../../domain/schema/map';
import { DEFAULT_LAYOUT_OPTIONS } from '../../layout/layout-options';
import { layOut } from '../layout/layout-service';

/**
 * A map without saved positions is shown laid out by elk (in the worker), without changing the
 * map: the viewer is read-only. Until the layout arrives (or if elk fails), the quick ladder
 * placement is shown.
 */
export function useViewerLayout(map: PathwayMap): { shown: PathwayMap; laidOut: boolean; running: boolean } {
  const unplaced = map.occupations.some((occupation) => occupation.position === undefined);
  const [result, setResult] = useState<{ source: PathwayMap; shown: PathwayMap } | undefined>();

  useEffect(() => {
    if (!unplaced) return;
    let current = true;
    void layOut(map, new Map(), DEFAULT_LAYOUT_OPTIONS).then((layout) => {
      if (!current || layout.status === 'superseded') return;
      // A failed layout keeps the ladder placement, and "Laying out…" ends.
      setResult({ source: map, shown: layout.status === 'done' ? moveOccupations(map, layout.positions) : map });
    });
    return () => {
      current = false;
    };
  }, [map, unplaced]);

  if (!unplaced) return { shown: map, laidOut: true, running: false };
  if (result?.source === map) return { shown: result.shown, laidOut: true, running: false };
  return { shown: map, laidOut: false, running: true };
}
