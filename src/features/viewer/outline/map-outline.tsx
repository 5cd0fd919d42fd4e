import { useMemo } from 'react';
import { plural } from '../../../domain/describe';
import type { PathwayMap } from '../../../domain/schema/map';
import { LEVEL_LABELS } from '../../canvas/labels';
import { OutlineOccupation } from './outline-occupation';
import { outlineTree } from './outline-tree';
import './outline.css';

/**
 * The whole map as structured text, for keyboard and screen-reader users and anyone who prefers a
 * list: groups (h2) → levels (h3) → occupations (h4) with the moves out of each.
 */
export function MapOutline({ map }: { map: PathwayMap }) {
  const tree = useMemo(() => outlineTree(map), [map]);
  const titleOf = (occupationId: string) => tree.byId.get(occupationId)?.title ?? occupationId;
  return (
    <section className="map-outline" aria-label={`Outline of ${map.title}`}>
      <p className="map-outline__intro">
        {plural(map.occupations.length, 'occupation')} and {plural(map.transitions.length, 'move')}, by group and
        level. Each occupation lists where it leads.
      </p>
      {tree.groups.map(({ group, levels }) => (
        <section key={group?.id ?? ''} className="outline-group">
          <h2>{group?.label ?? 'Not in a group'}</h2>
          {levels.map(({ level, occupations }) => (
            <section key={level ?? ''} className="outline-level">
              <h3>{level ? LEVEL_LABELS[level] : 'Level not set'}</h3>
              <ul className="outline-occupations">
                {occupations.map((occupation) => (
                  <OutlineOccupation
                    key={occupation.id}
                    occupation={occupation}
                    moves={tree.movesFrom.get(occupation.id) ?? []}
                    titleOf={titleOf}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
