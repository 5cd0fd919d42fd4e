import { TRANSITION_KINDS } from '../../domain/schema/transition';
import './canvas.css';
import { MOVE_KEY_LABELS } from '../../domain/labels';

/** The three arrow styles, drawn as the canvas draws them: advancement solid, lateral dashed, entry dotted. */
export function MoveKey() {
  return (
    <ul className="map-legend__list" aria-label="Arrow styles">
      {TRANSITION_KINDS.map((kind) => (
        <li key={kind} className="map-legend__item">
          <svg className="move-key__sample" width="30" height="10" aria-hidden="true" focusable="false">
            <line className={`move-key__line move-key__line--${kind}`} x1="1" y1="5" x2="22" y2="5" />
            <path className="move-key__head" d="M22 1 L29 5 L22 9 Z" />
          </svg>
          {MOVE_KEY_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
