import { releasesNewestFirst } from '../../../domain/releases/release-order';
import type { PathwayMap, Release } from '../../../domain/schema/map';
import { dateLabel } from '../../../domain/session/dates';

/** "2026 annual release, validated 1 May 2026", or just the date when the release has no title. */
function ReleaseEntry({ release }: { release: Release }) {
  const changes = release.changes.trim();
  return (
    <>
      <p className="map-releases__title">
        {release.title ? `${release.title}, validated ${dateLabel(release.date)}` : `Validated ${dateLabel(release.date)}`}
      </p>
      {/* Plain text; CSS keeps the author's line breaks. */}
      <p className="map-releases__changes">{changes || 'No changes recorded.'}</p>
    </>
  );
}

/** The map's latest validated release and what changed, with earlier releases folded away. Nothing when none is recorded. */
export function MapReleases({ map }: { map: PathwayMap }) {
  const [latest, ...earlier] = releasesNewestFirst(map);
  if (!latest) return null;
  return (
    <section aria-labelledby="map-release-heading" className="map-releases">
      <h2 id="map-release-heading" className="map-page__about-heading">
        Latest release
      </h2>
      <ReleaseEntry release={latest} />
      {earlier.length > 0 && (
        <details className="map-releases__earlier">
          <summary>Earlier releases ({earlier.length})</summary>
          <ul>
            {earlier.map((release) => (
              <li key={release.id}>
                <ReleaseEntry release={release} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
