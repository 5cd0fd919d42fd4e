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
  /** Ask the canvas to fit these cards in view (a chosen route); the nonce makes asking again fit again. */
  fitRequest: { cardIds: readonly string[]; nonce: number } | undefined;
  /** The route finder's ends: an occupation id (routeFrom may be NO_EXPERIENCE, route-ends.ts). */
  routeFrom: string | undefined;
  routeTo: string | undefined;
  /** The chosen route's key (Route.key), while its highlight is shown. */
  routeKey: string | undefined;
  /** A route a link named (route-link.ts), chosen once the route finder has found it. */
  requestedRouteKey: string | undefined;
  /** What a link named that is not on this map, in words; cleared when the reader asks anew. */
  routeNotice: string | undefined;

  openMap(mapId: string): void;
  setView(view: ViewerView): void;
  setPanel(panel: ViewerPanel): void;
  /** Selects a card and shows its details; with centre, the canvas also brings it into view. */
  selectOccupation(occupationId: string | undefined, options?: { centre?: boolean }): void;
  setFilter(change: Partial<OccupationFilter>): void;
  clearFilter(): void;
  setIncludeNotKnown(include: boolean): void;
  setHighlight(highlight: Highlight | undefined): void;
  /** Highlights a chosen route and fits its cards in view; undefined clears it. */
  showRoute(route: { key: string; highlight: Highlight } | undefined): void;
  setRouteEnds(ends: { from?: string | undefined; to?: string | undefined }): void;
  /** Opens the route finder on what a link names: its ends, the route to choose once found, what was left out. */
  openRouteLink(link: { from: string | undefined; to: string | undefined; routeKey: string | undefined; notice: string | undefined }): void;
  settleRouteRequest(notice?: string): void;
};

const INITIAL = {
  view: 'map',
  panel: 'details',
  selectedOccupationId: undefined,
  filter: NO_FILTER,
  highlight: undefined,
  centreRequest: undefined,
  fitRequest: undefined,
  routeFrom: undefined,
  routeTo: undefined,
  routeKey: undefined,
  requestedRouteKey: undefined,
  routeNotice: undefined,
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
  // A route no longer shown is not fitted again (when the canvas comes back from the outline, or is laid out anew).
  setHighlight: (highlight) => set({ highlight, routeKey: undefined, fitRequest: undefined }),
  showRoute: (route) =>
    set(
      route
        ? { highlight: route.highlight, routeKey: route.key, fitRequest: { cardIds: route.highlight.occupationIds, nonce: ++nonce } }
        : { highlight: undefined, routeKey: undefined, fitRequest: undefined },
    ),
  setRouteEnds: (ends) =>
    set((state) => ({
      routeFrom: 'from' in ends ? ends.from : state.routeFrom,
      routeTo: 'to' in ends ? ends.to : state.routeTo,
      requestedRouteKey: undefined,
      routeNotice: undefined,
    })),
  openRouteLink: (link) =>
    set({
      ...(link.from !== undefined || link.to !== undefined || link.routeKey !== undefined || link.notice !== undefined ? { panel: 'routes' as const } : {}),
      routeFrom: link.from,
      routeTo: link.to,
      requestedRouteKey: link.routeKey,
      routeNotice: link.notice,
    }),
  settleRouteRequest: (notice) => set((state) => ({ requestedRouteKey: undefined, routeNotice: notice ?? state.routeNotice })),
}));
