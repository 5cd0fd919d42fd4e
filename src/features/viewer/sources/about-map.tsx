import type { PathwayMap } from '../../../domain/schema/map';
import { SourceList } from './source-entry';

/**
 * "About this map": the description and every source the map lists, so a reader can check where its
 * figures, flags and requirements came from. Nothing when the map has neither.
 */
export function AboutMap({ map }: { map: PathwayMap }) {
  const description = map.description?.trim();
  if (!description && map.sources.length === 0) return null;
  return (
    <details className="map-page__about">
      <summary>About this map</summary>
      {description && <p>{description}</p>}
      {map.sources.length > 0 && (
        <section aria-labelledby="map-sources-heading">
          <h2 id="map-sources-heading" className="map-page__about-heading">
            Sources
          </h2>
          <SourceList sources={map.sources} className="map-page__sources" />
        </section>
      )}
    </details>
  );
}
