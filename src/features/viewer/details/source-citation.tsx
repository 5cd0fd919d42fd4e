import { isWebUrl } from '../../../domain/schema/source';
import type { PathwayMap } from '../../../domain/schema/map';
import { sourceDetailsText, sourceText } from '../../../domain/sources/source-words';

/**
 * Where a figure came from: the map's source by id, its title linked when it has a web address, then
 * publisher, year and date retrieved. The whole line is also the element's title, so pointing at it
 * shows it in full; it is plain text in the panel, so it prints as it reads.
 */
export function SourceCitation({ map, sourceId }: { map: PathwayMap; sourceId: string }) {
  const source = map.sources.find((candidate) => candidate.id === sourceId);
  // A reference the map does not list is still worth showing as written.
  if (!source) return <>{sourceId}</>;
  const details = sourceDetailsText(source);
  return (
    <span className="source-citation" title={`Source: ${sourceText(source)}`}>
      {source.url && isWebUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.label}
        </a>
      ) : (
        source.label
      )}
      {details && ` (${details})`}
    </span>
  );
}

/** Every source a card or move cites, one citation a line; nothing when it cites none. */
export function SourceCitations({ map, sourceIds }: { map: PathwayMap; sourceIds: readonly string[] | undefined }) {
  if (!sourceIds || sourceIds.length === 0) return null;
  return (
    <ul className="detail-list">
      {sourceIds.map((id) => (
        <li key={id}>
          <SourceCitation map={map} sourceId={id} />
        </li>
      ))}
    </ul>
  );
}
