import { create } from 'zustand';
import { NO_FILTER, type OccupationFilter } from '../../domain/filters/occupation-filter';

/** What is lit on the map: a route's cards and moves, or a search hit. */
export type Highlight = { occupationIds: readonly string[]; transitionIds: readonly string[] };

export type ViewerPanel = 'details' | 'routes';
export type ViewerView = 'map' | 'outline';

/**
 * The viewer's own state: what is selected, filtered and highlighted. Not part of the map and never
 * saved; reset when another map is opened.
 */
export type ViewerState = {
  mapId: string | undefined;
  view: ViewerView;
  panel: ViewerPanel;
  selectedOccupationId: string | undefined;
  filter: OccupationFilter;
  /**
   * Whether cards a filter cannot judge (no figure on file) are shown, marked "not known", or dimmed
   * with the non-matches. On by default: unknown is not "no". A reader's preference, kept across maps.
   */
  includeNotKnown: boolean;
  highlight: Highlight | undefined;
  /** Ask the canvas to centre a card; the nonce makes asking twice for the same card centre it again. */
  centreRequest: { occupationId: string; nonce: number } | undefined;
  /** A route picked in the route finder, by a key the route finder chooses (printed on the handout). */
  routeFrom: string | undefined;
  routeTo: string | undefined;

  openMap(mapId: string): void;
  setView(view: ViewerView): void;
  setPanel(panel: ViewerPanel): void;
  /** Selects a card and shows its details; with centre, the canvas also brings it into view. */
  selectOccupation(occupationId: string | undefined, options?: { centre?: boolean }): void;
  setFilter(change: Partial<OccupationFilter>): void;
  clearFilter(): void;
  setIncludeNotKnown(include: boolean): void;
  setHighlight(highlight: Highlight | undefined): void;
  setRouteEnds(ends: { from?: string | undefined; to?: string | undefined }): void;
};

const INITIAL = {
  view: 'map',
  panel: 'details',
  selectedOccupationId: undefined,
  filter: NO_FILTER,
  highlight: undefined,
  centreRequest: undefined,
  routeFrom: undefined,
  routeTo: undefined,
} as const satisfies Partial<ViewerState>;

let nonce = 0;

export const useViewerStore = create<ViewerState>()((set, get) => ({
  mapId: undefined,
  includeNotKnown: true,
  ...INITIAL,
  openMap: (mapId) => {
    if (get().mapId !== mapId) set({ mapId, ...INITIAL });
  },
  setView: (view) => set({ view }),
  setPanel: (panel) => set({ panel }),
  selectOccupation: (occupationId, options) =>
    set({
      selectedOccupationId: occupationId,
      ...(occupationId !== undefined && { panel: 'details' as const }),
      ...(occupationId !== undefined && options?.centre === true && { centreRequest: { occupationId, nonce: ++nonce } }),
    }),
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  clearFilter: () => set({ filter: NO_FILTER }),
  setIncludeNotKnown: (includeNotKnown) => set({ includeNotKnown }),
  setHighlight: (highlight) => set({ highlight }),
  setRouteEnds: (ends) =>
    set((state) => ({
      routeFrom: 'from' in ends ? ends.from : state.routeFrom,
      routeTo: 'to' in ends ? ends.to : state.routeTo,
    })),
}));
