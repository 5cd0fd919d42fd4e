import { listNames } from '../health/wording';
import type { PathwayMap } from '../schema/map';
import { latestRelease } from './release-order';

const MAX_NAMED = 5;

function named(names: readonly string[]): string {
  const shown = names.slice(0, MAX_NAMED);
  return names.length > MAX_NAMED ? `${shown.join(', ')} and ${names.length - MAX_NAMED} more` : listNames(shown);
}

/**
 * A plain first draft of "what changed since the last release", from what the map dates itself: sources
 * read and hiring events dated after the last release. The map keeps no copy of its last release, so
 * edits to cards can't be listed; the author writes those. Empty when nothing dated is newer.
 */
export function changesSinceLastRelease(map: PathwayMap): string {
  const last = latestRelease(map);
  if (!last) return 'First release.';
  const since = last.date.slice(0, 10);
  const sources = map.sources.filter((source) => source.retrieved !== undefined && source.retrieved.slice(0, 10) > since);
  const events = map.hiringEvents.filter((event) => event.date.slice(0, 10) > since);
  const lines: string[] = [];
  if (sources.length > 0) lines.push(`Figures from sources read since ${since}: ${named(sources.map((source) => source.label))}.`);
  if (events.length > 0) lines.push(`Hiring events since ${since}: ${named(events.map((event) => `${event.employer} (${event.kind}, ${event.date.slice(0, 10)})`))}.`);
  return lines.join('\n');
}
