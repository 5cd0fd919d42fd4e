import { useId } from 'react';
import type { Route } from '../../../domain/graph/route';
import { RouteSteps } from './route-steps';
import { costText, gainText, monthsText, routeApprenticeshipText, stepsText } from './route-words';
import { WageChart } from './wage-chart';

/** The chosen route: its totals, its wage progression and every step with what it takes. */
type Props = { route: Route; index: number; onPrint: () => void; titleOf?: (cardId: string) => string | undefined };

export function RouteDetails({ route, index, onPrint, titleOf }: Props) {
  const headingId = useId();
  return (
    <section className="route-details" aria-labelledby={headingId}>
      <h3 id={headingId}>Route {index + 1} step by step</h3>
      <dl className="route-details__totals">
        <div><dt>Time</dt><dd>{monthsText(route.totalMonths)}</dd></div>
        <div><dt>Cost</dt><dd>{costText(route.totalCostUsd)}</dd></div>
        <div><dt>Wage gain</dt><dd>{gainText(route.wageGain)}</dd></div>
        <div><dt>Steps</dt><dd>{stepsText(route.stepCount)}</dd></div>
        <div><dt>Earn while you learn</dt><dd>{routeApprenticeshipText(route)}</dd></div>
      </dl>
      <WageChart occupations={route.occupations} />
      <RouteSteps route={route} titleOf={titleOf} />
      <button type="button" onClick={onPrint}>
        Print this route
      </button>
    </section>
  );
}
