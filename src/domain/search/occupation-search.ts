import Fuse, { type FuseResult, type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { Occupation, PathwayMap, Step } from '../schema/map';
import { stepKindLine } from '../steps/step-words';
import type { SearchHit, SearchMatch } from './search-hit';
import { isSocQuery, searchSocCodes } from './soc-query';

/** What fuse.js indexes for each occupation: plain strings only, picked from the occupation. */
type SearchDocument = { title: string; socCode: string; credentials: string[]; skills: string[] };

export type OccupationSearch = { search(query: string, limit?: number): SearchHit[] };

/** Shorter queries match nearly everything, so they find nothing until a second letter is typed. */
export const MIN_QUERY_LENGTH = 2;

const DEFAULT_LIMIT = 8;

/**
 * fuse.js token search: each word of the query is matched on its own, fuzzily (so "nursng asistant"
 * finds "Nursing Assistant" and word order does not matter), and every word must match somewhere
 * (tokenMatch 'all': another word narrows the list). A title match outweighs a SOC code, which
 * outweighs a credential or skill. The threshold of 0.3 allows about one typo in four letters; the
 * default (0.6) let "nursing assistant" bring up plumbers.
 */
const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  useTokenSearch: true,
  tokenMatch: 'all',
  threshold: 0.3,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeMatches: true,
  keys: [
    { name: 'title', weight: 3 },
    { name: 'socCode', weight: 2 },
    { name: 'credentials', weight: 1 },
    { name: 'skills', weight: 1 },
  ],
};

function toDocument(occupation: Occupation): SearchDocument {
  return {
    title: occupation.title,
    socCode: occupation.socCode ?? '',
    credentials: (occupation.credentials ?? []).map((credential) => credential.name),
    skills: occupation.skills ?? [],
  };
}

/** A step card is found by its title: it has no SOC code, credentials or skills of its own. */
const stepDocument = (step: Step): SearchDocument => ({ title: step.title, socCode: '', credentials: [], skills: [] });

/**
 * A search of a map's occupations by title, SOC code, credential names and skills, and of its step
 * cards by title. Create it once per map and search it as the user types. The index is built on the
 * first text search (about 80 ms for 2,000 occupations), so opening a map never waits for it.
 */
export function createOccupationSearch(map: Pick<PathwayMap, 'occupations'> & { steps?: readonly Step[] }): OccupationSearch {
  const occupations = map.occupations;
  const steps = map.steps ?? [];
  let fuse: Fuse<SearchDocument> | undefined;
  return {
    search(query, limit = DEFAULT_LIMIT) {
      const trimmed = query.trim();
      if (trimmed.length < MIN_QUERY_LENGTH || limit <= 0) return [];
      if (isSocQuery(trimmed)) return searchSocCodes(occupations, trimmed, limit);
      // Steps come after the occupations in the index: a refIndex past them is a step.
      fuse ??= new Fuse([...occupations.map(toDocument), ...steps.map(stepDocument)], FUSE_OPTIONS);
      return fuse.search(trimmed, { limit }).flatMap((result): SearchHit[] => {
        const occupation = occupations[result.refIndex];
        if (occupation) return [{ occupationId: occupation.id, title: occupation.title, match: bestMatch(result) }];
        const step = steps[result.refIndex - occupations.length];
        return step ? [{ occupationId: step.id, title: step.title, match: { field: 'step', text: stepKindLine(step) } }] : [];
      });
    },
  };
}

const FIELDS: Readonly<Record<string, SearchMatch['field']>> = {
  title: 'title',
  socCode: 'socCode',
  credentials: 'credential',
  skills: 'skill',
};
const FIELD_ORDER: readonly SearchMatch['field'][] = ['title', 'socCode', 'credential', 'skill'];

/** The match worth naming: the title if it matched, else the field that matched the most letters. */
function bestMatch(result: FuseResult<SearchDocument>): SearchMatch {
  const matches = (result.matches ?? []).filter((match) => match.key !== undefined && match.value !== undefined);
  if (matches.length === 0 || matches.some((match) => match.key === 'title')) return { field: 'title' };
  const ranked = [...matches].sort(
    (a, b) =>
      matchedLetters(b) - matchedLetters(a) ||
      FIELD_ORDER.indexOf(FIELDS[a.key ?? ''] ?? 'skill') - FIELD_ORDER.indexOf(FIELDS[b.key ?? ''] ?? 'skill'),
  );
  const best = ranked[0];
  const field = best ? FIELDS[best.key ?? ''] : undefined;
  if (!best || field === undefined || field === 'title' || best.value === undefined) return { field: 'title' };
  return { field, text: best.value };
}

function matchedLetters(match: FuseResultMatch): number {
  return match.indices.reduce((sum, [start, end]) => sum + end - start + 1, 0);
}
