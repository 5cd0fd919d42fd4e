import { ExternalLink } from '../../../components/external-link';
import type { PathwayMap } from '../../../domain/schema/map';

/** Where a figure came from: the map's source by id, its label and year, linked when it has an address. */
export function SourceCitation({ map, sourceId }: { map: PathwayMap; sourceId: string }) {
  const source = map.sources.find((candidate) => candidate.id === sourceId);
  // A reference the map does not list is still worth showing as written.
  if (!source) return <>{sourceId}</>;
  const label = source.year !== undefined ? `${source.label} (${source.year})` : source.label;
  return source.url ? <ExternalLink href={source.url}>{label}</ExternalLink> : <>{label}</>;
}
