import type { Route } from '../../../domain/graph/route';
import { costText, gainText, monthsText, routeApprenticeshipText, routePathText, stepsText } from './route-words';

type Props = {
  routes: readonly Route[];
  selectedKey: string | undefined;
  /** The route pressed, or undefined when the selected one is pressed again (deselect). */
  onSelect: (route: Route | undefined) => void;
};

/** The routes found, best first: each a toggle button with its figures. Tab and Enter/Space to pick. */
export function RouteList({ routes, selectedKey, onSelect }: Props) {
  return (
    <ol className="route-list" aria-label="Routes found">
      {routes.map((route, index) => {
        const selected = route.key === selectedKey;
        return (
          <li key={route.key}>
            <button
              type="button"
              className="route-option"
              aria-pressed={selected}
              onClick={() => onSelect(selected ? undefined : route)}
            >
              <span className="route-option__path">
                Route {index + 1}: {routePathText(route)}
              </span>
              <span className="route-option__figures">
                <span>Time: {monthsText(route.totalMonths)}</span>
                <span>Cost: {costText(route.totalCostUsd)}</span>
                <span>Wage gain: {gainText(route.wageGain)}</span>
                <span>Steps: {stepsText(route.stepCount)}</span>
                <span>Apprenticeship: {routeApprenticeshipText(route)}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
