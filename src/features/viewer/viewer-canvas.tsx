import type { PathwayMap } from '../../domain/schema/map';
import { MapCanvas } from '../canvas/map-canvas';

/**
 * The read-only canvas wired to the viewer's state: selection, filters (dimming), the highlighted
 * route and centring on a card. (Helper B wires selection, dimming, highlight and centring.)
 */
export function ViewerCanvas({ map }: { map: PathwayMap }) {
  return <MapCanvas map={map} />;
}
