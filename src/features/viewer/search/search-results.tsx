import type { MarkedOutcome } from '../../../domain/filters/filter-marks';
import { outcomeText } from '../../../domain/filters/filter-words';
import type { SearchHit } from '../../../domain/search/search-hit';
import { matchLabel } from '../../../domain/search/search-hit';

type Props = {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  optionId: (position: number) => string;
  /** Hits the filters leave out (dimmed on the map) or cannot judge ("not known"): said, so choosing one is no surprise. */
  outcomes: ReadonlyMap<string, MarkedOutcome>;
  onChoose: (hit: SearchHit) => void;
};

/** The combobox's list of matches: each title, what matched when it was not the title, and whether the filters leave it out or cannot judge it. */
export function SearchResults({ id, hits, active, optionId, outcomes, onChoose }: Props) {
  return (
    <ul id={id} className="search-results" role="listbox" aria-label="Matching cards" hidden={hits.length === 0}>
      {hits.map((hit, position) => {
        const because = matchLabel(hit.match);
        const outcome = outcomes.get(hit.occupationId);
        return (
          <li
            key={hit.occupationId}
            id={optionId(position)}
            className="search-results__option"
            role="option"
            aria-selected={position === active}
            // Keep focus in the box, so the list stays open until the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onChoose(hit)}
          >
            <span className="search-results__title">{hit.title}</span>
            {because && <span className="search-results__because">{because}</span>}
            {outcome && <span className="search-results__left-out">{outcomeText(outcome)}</span>}
          </li>
        );
      })}
    </ul>
  );
}
