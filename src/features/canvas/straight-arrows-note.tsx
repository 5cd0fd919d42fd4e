import { LARGE_MAP_CARDS } from '../../layout/canvas-limits';
import { formatNumber } from '../../domain/describe';
import './overview.css';

/**
 * What a large map gives up, said where it shows: over LARGE_MAP_CARDS cards, arrows are not routed
 * around cards (routing thousands of them would stall every change), so one may pass under a card.
 * Shown where the overview's hint is, when the cards are drawn in full.
 */
export function StraightArrowsNote({ cardCount }: { cardCount: number }) {
  if (cardCount <= LARGE_MAP_CARDS) return null;
  return (
    <p className="overview-hint" role="status">
      On maps of more than {formatNumber(LARGE_MAP_CARDS)} occupations, arrows run straight and may pass under cards.
    </p>
  );
}
