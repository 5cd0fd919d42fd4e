import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMap } from '../../../../src/domain/parse';
import { createOccupationSearch } from '../../../../src/domain/search/occupation-search';
import { matchLabel } from '../../../../src/domain/search/search-hit';
import { buildMap } from '../../../support/build-map';

function fixture(name: string) {
  const text = readFileSync(new URL(`../../../../fixtures/${name}.json`, import.meta.url), 'utf8');
  const result = parseMap(text);
  if (!result.ok) throw new Error(`${name} no longer parses`);
  return result.map;
}

const healthcare = createOccupationSearch(fixture('healthcare-pioneer-valley'));
const ids = (query: string, limit?: number) => healthcare.search(query, limit).map((hit) => hit.occupationId);

describe('occupation search on the healthcare sample', () => {
  it('finds the nursing assistant by its title, first', () => {
    const [first] = healthcare.search('nursing assistant');
    expect(first).toEqual({ occupationId: 'cna', title: 'Nursing Assistant (CNA)', match: { field: 'title' } });
  });

  it('forgives typos and word order', () => {
    expect(ids('nursng asistant')[0]).toBe('cna');
    expect(ids('assistant nursing')[0]).toBe('cna');
    expect(ids('liscensed practcal nurse')[0]).toBe('lpn');
    expect(ids('phlebotmist')).toEqual(['phlebotomist']);
  });

  it('finds an occupation by its SOC code, exactly, with or without the hyphen', () => {
    expect(healthcare.search('31-1131')).toEqual([
      { occupationId: 'cna', title: 'Nursing Assistant (CNA)', match: { field: 'socCode', text: '31-1131.00' } },
    ]);
    expect(ids('311131')).toEqual(['cna']);
    expect(ids('31-1131.00')).toEqual(['cna']);
    // A code prefix lists its family; a near-miss code is a different occupation, not a typo.
    expect(ids('29-11')).toEqual(['rn']);
    expect(ids('31-1132')).toEqual([]);
  });

  it('finds occupations by a credential, and says which credential matched', () => {
    // The sample's licences are step cards of their own too (format v2): their titles match first.
    const hits = healthcare.search('NCLEX');
    expect(hits.map((hit) => hit.occupationId)).toEqual(['nclex-pn', 'nclex-rn', 'rn', 'lpn']);
    expect(hits.map((hit) => matchLabel(hit.match))).toEqual([
      'Credential · License',
      'Credential · License',
      'Credential: Registered nurse license: NCLEX-RN exam',
      'Credential: Massachusetts LPN license: approved practical nursing program and NCLEX-PN exam (244 CMR 8.00)',
    ]);
  });

  it('finds step cards by their title, and names their kind', () => {
    expect(healthcare.search('cna certificate')[0]).toEqual({
      occupationId: 'cna-certificate',
      title: 'CNA certificate',
      match: { field: 'step', text: 'Credential · Certificate' },
    });
    expect(ids('nclex rn')).toEqual(['nclex-rn', 'rn']);
  });

  it('finds nothing for an unrelated word, and waits for a second letter', () => {
    expect(healthcare.search('xyzzy')).toEqual([]);
    expect(healthcare.search('a')).toEqual([]);
    expect(healthcare.search('   ')).toEqual([]);
  });

  it('returns at most the number asked for', () => {
    expect(ids('nurse', 2)).toEqual(['rn', 'lpn']);
    expect(ids('nurse', 0)).toEqual([]);
  });
});

describe('occupation search on skills and credentials', () => {
  const map = buildMap({
    occupations: [
      { id: 'tech', title: 'Support Technician', skills: ['Troubleshooting', 'Active directory'], credentials: [{ name: 'CompTIA A+', kind: 'certification' }] },
      { id: 'admin', title: 'Systems Administrator', skills: ['Scripting'], credentials: [{ name: 'CompTIA Server+', kind: 'certification' }] },
      { id: 'enfermeria', title: 'Técnico de enfermería', socCode: '31-1131' },
    ],
  });
  const search = createOccupationSearch(map);

  it('finds a card by a skill, typo and all, and names the skill', () => {
    const [hit] = search.search('trubleshooting');
    expect(hit?.occupationId).toBe('tech');
    expect(hit && matchLabel(hit.match)).toBe('Skill: Troubleshooting');
  });

  it('finds every card with a credential, naming each one', () => {
    const hits = search.search('comptia');
    expect(hits.map((hit) => hit.occupationId).sort()).toEqual(['admin', 'tech']);
    expect(hits.map((hit) => matchLabel(hit.match)).sort()).toEqual(['Credential: CompTIA A+', 'Credential: CompTIA Server+']);
  });

  it('needs every word of the query to match somewhere', () => {
    expect(search.search('comptia scripting').map((hit) => hit.occupationId)).toEqual(['admin']);
  });

  it('ignores accents', () => {
    expect(search.search('tecnico enfermeria').map((hit) => hit.occupationId)).toEqual(['enfermeria']);
  });

  it('says nothing extra for a title match', () => {
    expect(matchLabel({ field: 'title' })).toBeUndefined();
    expect(matchLabel({ field: 'socCode', text: '31-1131' })).toBe('SOC 31-1131');
  });
});
