import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import { reachableBySteps } from '../../../../src/domain/graph/reachable-by-steps';
import { PathwayMap } from '../../../../src/domain/schema/map';

/** A v2 map checked by the format's schema (moves to step cards are checked across the map elsewhere). */
const v2Map = (fields: Record<string, unknown>): PathwayMap => PathwayMap.parse({ schemaVersion: 2, id: 'nursing', title: 'Nursing', ...fields });

const credential = (cardId: string) => ({ type: 'credential', cardId });

// CNA → (any 1 of: ADN, BSN) → RN. The ADN takes a 24-month, $9,000 program and $200 of fees; the BSN 48 months and $40,000.
const nursing = v2Map({
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
    { id: 'rn', title: 'Registered Nurse', level: 'middle' },
    { id: 'lpn', title: 'Licensed Practical Nurse', level: 'middle' },
  ],
  steps: [
    { id: 'adn-program', kind: 'program', programType: 'training', title: 'ADN program', lengthMonths: 24, costUsd: 9000 },
    { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN', costUsd: 200, toGetIn: { type: 'all', of: [{ type: 'program', cardId: 'adn-program' }] } },
    { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN', costUsd: 40000, toGetIn: { type: 'all', of: [{ type: 'experience', months: 48 }] } },
    { id: 'pn-licence', kind: 'credential', credentialType: 'license', title: 'NCLEX-PN', costUsd: 200 },
  ],
  transitions: [
    { id: 'cna-to-rn', from: 'cna', to: 'rn', requirements: { type: 'any', of: [credential('adn'), credential('bsn')] } },
    // The other way: the PN licence is a card on the way (its cost known, the time to it not).
    { id: 'cna-to-pn', from: 'cna', to: 'pn-licence', typicalMonths: 12 },
    { id: 'pn-to-lpn', from: 'pn-licence', to: 'lpn', requirements: { type: 'all', of: [credential('pn-licence')] } },
  ],
});

describe('routes through requirements and step cards', () => {
  it('counts a move by the cheapest way through its requirements, and names the choice it assumed', () => {
    const [route] = findRoutes(nursing, { from: 'cna', to: 'rn', sortBy: 'cost' }).routes;
    expect(route?.totalCostUsd).toEqual({ known: 9200, unknownSteps: 0 });
    expect(route?.totalMonths).toEqual({ known: 24, unknownSteps: 0 });
    expect(route?.steps[0]?.assumed).toEqual(['ADN']);
  });

  it('keeps a move\'s stated figures over its requirements', () => {
    const stated = v2Map({ ...nursing, schemaVersion: 2, transitions: [{ ...nursing.transitions[0]!, typicalMonths: 30 }] });
    const [route] = findRoutes(stated, { from: 'cna', to: 'rn' }).routes;
    expect(route?.totalMonths).toEqual({ known: 30, unknownSteps: 0 });
    expect(route?.totalCostUsd).toEqual({ known: 9200, unknownSteps: 0 });
  });

  it('passes through a credential card between two jobs, counting the card once', () => {
    const search = findRoutes(nursing, { from: 'cna', to: 'lpn' });
    expect(search.status).toBe('found');
    const [route] = search.routes;
    expect(route?.occupations.map((job) => job.id)).toEqual(['cna', 'lpn']);
    expect(route?.stepCount).toBe(2);
    expect(route?.steps[0]?.via.map((passed) => passed.card.id)).toEqual(['pn-licence']);
    expect(route?.steps[0]?.transition.id).toBe('pn-to-lpn');
    // 12 months stated; the licence's $200 when entering it; the move out of it requires what it is, so nothing more.
    expect(route?.totalMonths).toEqual({ known: 12, unknownSteps: 0 });
    expect(route?.totalCostUsd).toEqual({ known: 200, unknownSteps: 0 });
  });

  it('keeps what is not known unknown, never zero', () => {
    const unknown = v2Map({
      occupations: nursing.occupations,
      transitions: [{ id: 'cna-to-rn', from: 'cna', to: 'rn', requirements: { type: 'all', of: [{ type: 'other', text: 'A clean record' }] } }],
    });
    const [route] = findRoutes(unknown, { from: 'cna', to: 'rn' }).routes;
    expect(route?.totalMonths).toEqual({ known: 0, unknownSteps: 1 });
    expect(route?.totalCostUsd).toEqual({ known: 0, unknownSteps: 1 });
    expect(route?.steps[0]?.assumed).toEqual([]);
  });

  it('starts and ends at jobs: a step card is no start or goal', () => {
    expect(findRoutes(nursing, { from: 'cna', to: 'adn' }).status).toBe('unknown-occupation');
    expect(findRoutes(nursing, { from: 'pn-licence', to: 'lpn' }).status).toBe('unknown-occupation');
    // "No experience" starts at the map's first level (here "entry").
    const fromNothing = findRoutes(nursing, { from: null, to: 'lpn' });
    expect(fromNothing.routes.map((route) => route.occupations[0]?.id)).toEqual(['cna']);
  });

  it('does not start "no experience" at a job a licence leads into: the licence comes first', () => {
    const withEntry: PathwayMap = {
      ...nursing,
      transitions: nursing.transitions.map((move) => (move.id === 'pn-to-lpn' ? { ...move, kind: 'entry' as const } : move)),
    };
    const fromNothing = findRoutes(withEntry, { from: null, to: 'lpn' });
    expect(fromNothing.routes.map((route) => route.occupations[0]?.id)).toEqual(['cna']);
    expect(fromNothing.routes.every((route) => route.stepCount > 0)).toBe(true);
  });

  it('says where a job leads through step cards, counting the moves', () => {
    expect(reachableBySteps(nursing, 'cna').map((ring) => [ring.steps, ring.occupations.map((job) => job.id)])).toEqual([
      [1, ['rn']],
      [2, ['lpn']],
    ]);
  });
});
