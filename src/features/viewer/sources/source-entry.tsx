import { isWebUrl } from '../../../domain/schema/source';
import type { Source } from '../../../domain/schema/map';
import { sourceDetailsText } from '../../../domain/sources/source-words';

/**
 * One source as a reader sees it: the title, then publisher, year and date retrieved, then its
 * address as a link. Only http(s) addresses become links (checked again here, whatever the file said).
 */
export function SourceEntry({ source }: { source: Source }) {
  const details = sourceDetailsText(source);
  return (
    <>
      <span className="source-entry__title">{source.label}</span>
      {details && ` (${details})`}
      {source.url && isWebUrl(source.url) && (
        <>
          {' '}
          <a className="source-entry__link" href={source.url} target="_blank" rel="noopener noreferrer">
            {source.url}
          </a>
        </>
      )}
      {source.notes?.trim() && <span className="source-entry__notes"> {source.notes.trim()}</span>}
    </>
  );
}

/** A list of sources; nothing at all when there are none. */
export function SourceList({ sources, className }: { sources: readonly Source[]; className?: string }) {
  if (sources.length === 0) return null;
  return (
    <ul className={className}>
      {sources.map((source) => (
        <li key={source.id}>
          <SourceEntry source={source} />
        </li>
      ))}
    </ul>
  );
}
