import { INCLUDE_NOT_KNOWN_LABEL } from '../../../domain/filters/filter-words';
import { useViewerStore } from '../viewer-store';

/**
 * "Include cards with no figure on file": on, a card a filter cannot judge stays lit, marked "not
 * known"; off, it is dimmed with the non-matches (and still said to be not known, not a non-match).
 */
export function IncludeNotKnownToggle() {
  const include = useViewerStore((state) => state.includeNotKnown);
  const setInclude = useViewerStore((state) => state.setIncludeNotKnown);
  return (
    <button type="button" className="filter-bar__toggle filter-bar__include" aria-pressed={include} onClick={() => setInclude(!include)}>
      {INCLUDE_NOT_KNOWN_LABEL}
    </button>
  );
}
