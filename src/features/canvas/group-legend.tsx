import type { Group } from '../../domain/schema/map';
import './canvas.css';
import { safeColour } from './safe-colour';

/**
 * The map's groups as colour swatches with their labels. A colour is drawn only if it is a plain
 * hex colour; otherwise the swatch stays neutral (and hatched, so it reads as "no colour").
 */
export function GroupLegend({ groups }: { groups: readonly Pick<Group, 'id' | 'label' | 'color'>[] }) {
  if (groups.length === 0) return null;
  return (
    <ul className="map-legend__list" aria-label="Groups">
      {groups.map((group) => {
        const colour = safeColour(group.color);
        return (
          <li key={group.id} className="map-legend__item">
            <span
              className={colour ? 'group-swatch' : 'group-swatch group-swatch--none'}
              style={colour ? { backgroundColor: colour } : undefined}
              aria-hidden="true"
            />
            {group.label}
          </li>
        );
      })}
    </ul>
  );
}
