import { useEffect, useMemo, useRef, useState } from 'react';
import { moveOccupations } from '../../domain/commands/occupations';
import type { PathwayMap } from '../../domain/schema/map';
import type { Point } from '../../layout/layout-options';
import { DEFAULT_LAYOUT_OPTIONS } from '../../layout/layout-options';
import { layOut } from '../layout/layout-service';

type Placement = { positions: ReadonlyMap<string, Point>; failedFor: string | undefined };

/**
 * Cards without saved positions are shown laid out by elk, for display only: a session never moves
 * cards in the map (a layout would be an undo step between the room's remarks). Unlike the viewer,
 * the map changes with every remark, so the layout is kept and elk runs again only when a card
 * appears that has no place yet; until then (or if elk fails) the quick ladder placement is shown.
 */
export function useSessionLayout(map: PathwayMap): { shown: PathwayMap; laidOut: boolean } {
  const [placement, setPlacement] = useState<Placement>(() => ({ positions: new Map(), failedFor: undefined }));
  const missing = map.occupations.filter((occupation) => occupation.position === undefined && !placement.positions.has(occupation.id));
  const missingKey = missing.map((occupation) => occupation.id).join('\n');

  // The map as it is when elk starts; laid out again only when the set of unplaced cards changes.
  const latest = useRef(map);
  latest.current = map;
  useEffect(() => {
    if (missingKey === '') return;
    let current = true;
    void layOut(latest.current, new Map(), DEFAULT_LAYOUT_OPTIONS).then((layout) => {
      if (!current || layout.status === 'superseded') return;
      setPlacement((before) =>
        layout.status === 'done' ? { positions: layout.positions, failedFor: undefined } : { ...before, failedFor: missingKey },
      );
    });
    return () => {
      current = false;
    };
  }, [missingKey]);

  const shown = useMemo(() => {
    // Saved positions win: moveOccupations is given only the cards the map leaves unplaced.
    const unplacedIds = new Set(map.occupations.filter((o) => o.position === undefined).map((o) => o.id));
    const positions = new Map([...placement.positions].filter(([id]) => unplacedIds.has(id)));
    return positions.size === 0 ? map : moveOccupations(map, positions);
  }, [map, placement]);
  return { shown, laidOut: missingKey === '' || placement.failedFor === missingKey };
}
