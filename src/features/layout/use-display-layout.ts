import { useEffect, useMemo, useRef, useState } from 'react';
import { applyCommand } from '../../domain/commands/apply-command';
import { cardsOf } from '../../domain/cards';
import { moveOccupations } from '../../domain/commands/occupations';
import type { PathwayMap } from '../../domain/schema/map';
import { DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type Point } from '../../layout/layout-options';
import { layOut } from './layout-service';

type Placement = { positions: ReadonlyMap<string, Point>; failedFor: string | undefined };

/** Cards with a saved place keep it; elk places the others around them. */
const AROUND_SAVED_CARDS: LayoutOptions = { ...DEFAULT_LAYOUT_OPTIONS, keepPinned: true };

/**
 * Where the read-only pages (viewer, session) draw the cards of a map they must not change. Cards
 * without a saved position are laid out by elk (in the worker) around the cards that have one, so
 * nothing overlaps; the map itself is untouched. elk runs again only when the set of unplaced cards
 * changes (a session changes the map with every remark). Until elk answers, or if it fails, the
 * quick ladder placement is shown. `laidOut` is false while elk is working ("Laying out…").
 */
export function useDisplayLayout(map: PathwayMap): { shown: PathwayMap; laidOut: boolean } {
  const [placement, setPlacement] = useState<Placement>(() => ({ positions: new Map(), failedFor: undefined }));
  const missing = cardsOf(map).filter((card) => card.position === undefined && !placement.positions.has(card.id));
  const missingKey = missing.map((card) => card.id).join('\n');

  // The map as it is when elk starts; laid out again only when the set of unplaced cards changes.
  const latest = useRef(map);
  latest.current = map;
  useEffect(() => {
    if (missingKey === '') return;
    let current = true;
    const toPlace = latest.current;
    const saved = new Set(cardsOf(toPlace).filter((card) => card.position !== undefined).map((card) => card.id));
    void layOut(toPlace, new Map(), AROUND_SAVED_CARDS, saved).then((layout) => {
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
    const unplacedIds = new Set(cardsOf(map).filter((card) => card.position === undefined).map((card) => card.id));
    const positions = new Map([...placement.positions].filter(([id]) => unplacedIds.has(id)));
    return positions.size === 0 ? map : applyCommand(map, (draft) => moveOccupations(draft, positions)).map;
  }, [map, placement]);
  return { shown, laidOut: missingKey === '' || placement.failedFor === missingKey };
}
