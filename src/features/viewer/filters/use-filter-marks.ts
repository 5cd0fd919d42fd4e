import { useMemo } from 'react';
import { filterMarks, type FilterMarks } from '../../../domain/filters/filter-marks';
import type { Occupation } from '../../../domain/schema/map';
import { useViewerStore } from '../viewer-store';

/** The filters' marks on these occupations, as the viewer's state has them: one answer for canvas, outline, search and match line. */
export function useFilterMarks(occupations: readonly Occupation[]): FilterMarks {
  const filter = useViewerStore((state) => state.filter);
  const includeNotKnown = useViewerStore((state) => state.includeNotKnown);
  return useMemo(() => filterMarks(occupations, filter, includeNotKnown), [occupations, filter, includeNotKnown]);
}
