import type { StepKind } from '../../domain/schema/map';
import { STEP_KIND_LABELS } from '../../domain/steps/step-words';
import './step-card.css';

/** The step kinds a map has, each with a small box bordered as its cards are (step-card.css); nothing when it has none. */
export function StepKindKey({ kinds }: { kinds: readonly StepKind[] }) {
  if (kinds.length === 0) return null;
  return (
    <ul className="map-legend__list" aria-label="Step cards">
      {kinds.map((kind) => (
        <li key={kind} className="map-legend__item">
          <span className={`step-key__sample step-key__sample--${kind}`} aria-hidden="true" />
          {STEP_KIND_LABELS[kind]}
        </li>
      ))}
    </ul>
  );
}
