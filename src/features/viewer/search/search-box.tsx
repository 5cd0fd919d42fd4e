import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { PathwayMap } from '../../../domain/schema/map';
import { createOccupationSearch, MIN_QUERY_LENGTH } from '../../../domain/search/occupation-search';
import type { SearchHit } from '../../../domain/search/search-hit';
import { useFilterMarks } from '../filters/use-filter-marks';
import { useViewerStore } from '../viewer-store';
import { SearchResults } from './search-results';
import { useSettledValue } from './use-settled-value';
import './search.css';

const RESULT_LIMIT = 8;
/** Above this many occupations a search takes tens of milliseconds: wait for a pause in the typing. */
const SEARCH_AT_ONCE_UP_TO = 300;
const TYPING_PAUSE_MS = 180;

/**
 * Search: find a card by title, SOC code, credential or skill, typos forgiven. A combobox (ARIA 1.2
 * list autocomplete): type, move through the matches with the arrow keys, Enter or a click to choose;
 * Escape closes the list, a second Escape clears the box. Choosing selects the card, centres it on
 * the canvas and opens its details.
 */
export function SearchBox({ map }: { map: PathwayMap }) {
  const occupations = map.occupations;
  const steps = map.steps;
  const index = useMemo(() => createOccupationSearch({ occupations, steps }), [occupations, steps]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const searched = useSettledValue(query, occupations.length > SEARCH_AT_ONCE_UP_TO ? TYPING_PAUSE_MS : 0);
  // Searched only while the list is open: not again for the title a choice puts in the box.
  const hits = useMemo(() => (open ? index.search(searched, RESULT_LIMIT) : []), [open, index, searched]);
  // Results the filters leave out, or cannot judge, are marked as such in the list.
  const { outcomes } = useFilterMarks(occupations);

  const id = useId();
  const listId = `${id}-results`;
  const optionId = (position: number) => `${id}-result-${position}`;
  const searchable = searched.trim().length >= MIN_QUERY_LENGTH;
  const showList = open && hits.length > 0;
  const activeIndex = Math.min(active, hits.length - 1);
  const nothingFound = open && searchable && hits.length === 0 && searched === query;

  const choose = (hit: SearchHit) => {
    useViewerStore.getState().selectOccupation(hit.occupationId, { centre: true });
    setQuery(hit.title);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        if (!open) {
          // Opens the list on its first (or, going up, its last) match.
          setOpen(true);
          setActive(step > 0 ? 0 : RESULT_LIMIT - 1);
        } else if (hits.length > 0) {
          setActive(activeIndex < 0 ? (step > 0 ? 0 : hits.length - 1) : (activeIndex + step + hits.length) % hits.length);
        }
        return;
      }
      case 'Enter': {
        const hit = hits[activeIndex] ?? hits[0];
        if (!open || !hit) return;
        event.preventDefault();
        choose(hit);
        return;
      }
      case 'Escape':
        if (open && (hits.length > 0 || nothingFound)) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          event.preventDefault();
          setQuery('');
        }
        return;
    }
  };

  return (
    <div className="search-box" role="search">
      <label className="search-box__label" htmlFor={`${id}-input`}>
        Search occupations
      </label>
      <div className="search-box__field">
        <input
          id={`${id}-input`}
          className="search-box__input"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && activeIndex >= 0 ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-help`}
          autoComplete="off"
          spellCheck={false}
          placeholder="Title, SOC code, credential or skill"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <span id={`${id}-help`} className="search-box__hidden">
          Use the up and down arrow keys to move through the matches, and Enter to show one on the map.
        </span>
        <SearchResults
          id={listId}
          hits={showList ? hits : []}
          active={activeIndex}
          optionId={optionId}
          outcomes={outcomes}
          onChoose={choose}
        />
      </div>
      <p className={nothingFound ? 'search-box__message' : 'search-box__hidden'} role="status">
        {nothingFound ? `No card matches “${searched.trim()}”.` : showList ? resultCount(hits.length) : ''}
      </p>
    </div>
  );
}

function resultCount(count: number): string {
  return count === 1 ? '1 card found.' : `${count} cards found.`;
}
