import type { PathwayMap } from '../schema/map';
import { organizationKey } from './records';

export type CriticalTally = { votes: number; organizations: string[] };

export type RankedOccupation = { occupationId: string; title: string; votes: number; organizations: string[] };

/** One occupational grouping in the ranking; groupId undefined holds the occupations in no group. */
export type RankingGroup = { groupId: string | undefined; label: string; totalVotes: number; occupations: RankedOccupation[] };

export const UNGROUPED_LABEL = 'Not in a group';

/**
 * Critical votes per occupation: how many organizations marked it, and which (first voter first).
 * Only occupations still on the map; an organization counts once however its name was typed.
 */
export function criticalTallies(map: PathwayMap): ReadonlyMap<string, CriticalTally> {
  const onMap = new Set(map.occupations.map((occupation) => occupation.id));
  const voters = new Map<string, Map<string, string>>();
  for (const item of map.feedback) {
    if (item.kind !== 'critical-vote' || item.targetId === undefined || !onMap.has(item.targetId)) continue;
    const byKey = voters.get(item.targetId) ?? new Map<string, string>();
    const key = organizationKey(item.organization);
    if (!byKey.has(key)) byKey.set(key, item.organization.trim());
    voters.set(item.targetId, byKey);
  }
  const tallies = new Map<string, CriticalTally>();
  for (const [occupationId, byKey] of voters) {
    tallies.set(occupationId, { votes: byKey.size, organizations: [...byKey.values()] });
  }
  return tallies;
}

const byText = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true });

/**
 * Occupations with at least one vote, grouped by occupational grouping: the groups with the most
 * votes first (then by label), and within a group the most voted first (then by title).
 */
export function criticalRanking(map: PathwayMap): RankingGroup[] {
  const tallies = criticalTallies(map);
  const labels = new Map(map.groups.map((group) => [group.id, group.label]));
  const groups = new Map<string | undefined, RankingGroup>();
  for (const occupation of map.occupations) {
    const tally = tallies.get(occupation.id);
    if (tally === undefined || tally.votes === 0) continue;
    // The parser refuses a groupId naming no group; a map changed since then still ranks it, as in no group.
    const groupId = occupation.groupId !== undefined && labels.has(occupation.groupId) ? occupation.groupId : undefined;
    const group = groups.get(groupId) ?? {
      groupId,
      label: groupId === undefined ? UNGROUPED_LABEL : (labels.get(groupId) as string),
      totalVotes: 0,
      occupations: [],
    };
    group.totalVotes += tally.votes;
    group.occupations.push({ occupationId: occupation.id, title: occupation.title, votes: tally.votes, organizations: tally.organizations });
    groups.set(groupId, group);
  }
  const ranked = [...groups.values()];
  for (const group of ranked) group.occupations.sort((a, b) => b.votes - a.votes || byText(a.title, b.title));
  return ranked.sort((a, b) => b.totalVotes - a.totalVotes || byText(a.label, b.label));
}
