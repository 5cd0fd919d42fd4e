import type { PathwayMap } from '../../../domain/schema/map';
import { mapOpeningsVsCompletions } from '../../../domain/labor/openings-vs-completions';
import { OpeningsCompletionsTable } from '../labor/openings-completions-table';
import { MapReleases } from '../releases/map-releases';
import { SourceList } from './source-entry';

/**
 * "About this map": the description, the latest validated release, openings against program
 * completions, and every source the map lists, so a reader can check where its figures, flags and
 * requirements came from and how recent they are. Nothing when the map has none of them.
 */
export function AboutMap({ map }: { map: PathwayMap }) {
  const description = map.description?.trim();
  const comparisons = mapOpeningsVsCompletions(map).length > 0;
  if (!description && !comparisons && map.sources.length === 0 && (map.releases ?? []).length === 0) return null;
  return (
    <details className="map-page__about">
      <summary>About this map</summary>
      {description && <p>{description}</p>}
      <MapReleases map={map} />
      <OpeningsCompletionsTable map={map} />
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
