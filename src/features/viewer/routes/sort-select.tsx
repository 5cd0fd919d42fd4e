import { useId } from 'react';
import { ROUTE_SORTS, type RouteSort } from '../../../domain/graph/route-rank';

const SORT_LABELS: Readonly<Record<RouteSort, string>> = {
  time: 'Time (quickest first)',
  cost: 'Cost (cheapest first)',
  'wage-gain': 'Wage gain (biggest first)',
};

function isRouteSort(value: string): value is RouteSort {
  return (ROUTE_SORTS as readonly string[]).includes(value);
}

export function SortSelect({ value, onChange }: { value: RouteSort; onChange: (sort: RouteSort) => void }) {
  const id = useId();
  return (
    <div className="route-finder__field">
      <label htmlFor={id}>Sort routes by</label>
      <select id={id} value={value} onChange={(event) => isRouteSort(event.target.value) && onChange(event.target.value)}>
        {ROUTE_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}
