import type { PathwayMap, Release } from '../schema/map';

const dayOf = (release: Release): string => release.date.slice(0, 10);

/** The map's releases, newest first by day; of two on one day, the one recorded later comes first. */
export function releasesNewestFirst(map: Pick<PathwayMap, 'releases'>): Release[] {
  return (map.releases ?? [])
    .map((release, index) => ({ release, index }))
    .sort((a, b) => dayOf(b.release).localeCompare(dayOf(a.release)) || b.index - a.index)
    .map(({ release }) => release);
}

/** The latest release, or undefined when none is recorded. */
export const latestRelease = (map: Pick<PathwayMap, 'releases'>): Release | undefined => releasesNewestFirst(map)[0];
