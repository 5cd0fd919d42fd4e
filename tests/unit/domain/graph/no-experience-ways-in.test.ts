import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import type { Route } from '../../../../src/domain/graph/route';
import { parseMap } from '../../../../src/domain/parse';
import { PathwayMap, type Step } from '../../../../src/domain/schema/map';
import { graphMap, move, occupation } from './graph-maps';

function sample(name: string): PathwayMap {
  const result = parseMap(readFileSync(`fixtures/${name}.json`, 'utf8'));
  if (!result.ok) throw new Error(`${name} does not parse`);
  return result.map;
}

/** Every card along a route, first to last: where it starts, the cards passed, the jobs. */
const cards = (route: Route | undefined) => (route === undefined ? [] : (JSON.parse(route.key) as string[]));

/** The healthcare sample with the figures a coach might add: the PN program's length and cost, the licences' fees, how long each nursing degree takes. */
function healthcareWithFigures(): PathwayMap {
  const map = sample('healthcare-pioneer-valley');
  const figures: Record<string, Partial<Step>> = {
    'pn-program': { lengthMonths: 12, costUsd: 8000 },
    'nclex-pn': { costUsd: 200 },
    'nclex-rn': {
      costUsd: 200,
      toGetIn: {
        type: 'any',
        of: [
          { type: 'education', education: 'associate', text: 'Associate degree in nursing (ADN)', months: 24 },
          { type: 'education', education: 'bachelor', text: "Bachelor's degree in nursing", months: 48 },
        ],
      },
    },
  };
  return { ...map, steps: map.steps.map((step) => ({ ...step, ...figures[step.id] }) as Step) };
}

describe('routes from no experience start at the ways in', () => {
  it('starts the healthcare sample at the programs and credentials nothing puts a job before', () => {
    const search = findRoutes(sample('healthcare-pioneer-valley'), { from: null, to: 'rn', limit: 10 });
    expect(search.routes.map(cards)).toEqual([
      ['nclex-rn', 'rn'],
      ['medical-assistant', 'lpn', 'rn'],
      ['pn-program', 'nclex-pn', 'lpn', 'rn'],
      ['cna-certificate', 'cna', 'lpn', 'rn'],
      ['cna-certificate', 'cna', 'medical-assistant', 'lpn', 'rn'],
    ]);
    // The CNA certificate leads into CNA work: CNA is no longer a start of its own.
    expect(search.routes.some((route) => cards(route)[0] === 'cna')).toBe(false);
    const throughPn = search.routes[2];
    expect(throughPn?.occupations.map((job) => job.id)).toEqual(['lpn', 'rn']);
    expect(throughPn?.start?.via.map((passed) => [passed.card.id, passed.transition?.id])).toEqual([
      ['pn-program', undefined],
      ['nclex-pn', 'pn-program-to-nclex-pn'],
    ]);
    expect(throughPn?.start?.transition?.id).toBe('nclex-pn-to-lpn');
    // The sample states no length or cost for the program: unknown, never 0.
    expect(throughPn?.start?.months).toEqual({ known: 0, unknownSteps: 1 });
    expect(throughPn?.totalCostUsd.unknownSteps).toBeGreaterThan(0);
  });

  it('sums the months and cost of the PN program and the licences, and names the degree it assumed', () => {
    const search = findRoutes(healthcareWithFigures(), { from: null, to: 'rn', sortBy: 'cost', limit: 10 });
    const throughPn = search.routes.find((route) => cards(route)[0] === 'pn-program');
    // Start: 12 months and $8,000 of program, then $200 for NCLEX-PN (its way in is the program just finished, not counted twice).
    expect(throughPn?.start?.months).toEqual({ known: 12, unknownSteps: 0 });
    expect(throughPn?.start?.costUsd).toEqual({ known: 8200, unknownSteps: 0 });
    // LPN → RN: the NCLEX-RN's $200 and the ADN's 24 months (cheaper than the BSN's 48); the bridge program's figures are not on the map.
    expect(throughPn?.steps[0]?.assumed).toEqual(['Associate degree in nursing (ADN) (24 months)']);
    expect(throughPn?.totalMonths).toEqual({ known: 36, unknownSteps: 1 });
    expect(throughPn?.totalCostUsd).toEqual({ known: 8400, unknownSteps: 1 });

    // Starting at the licence itself: its way in is the choice, named in the route's start.
    const licence = search.routes.find((route) => cards(route)[0] === 'nclex-rn');
    expect(licence?.start?.assumed).toEqual(['Associate degree in nursing (ADN) (24 months)']);
    expect(licence?.start?.months).toEqual({ known: 24, unknownSteps: 0 });
    expect(licence?.totalMonths).toEqual({ known: 24, unknownSteps: 0 });
    // The ADN's tuition is not on the map: at least the licence's fee.
    expect(licence?.totalCostUsd).toEqual({ known: 200, unknownSteps: 1 });
  });

  it('starts the IT sample at CompTIA A+, the certification that leads into help desk work', () => {
    const map = sample('information-technology-massachusetts');
    const [route] = findRoutes(map, { from: null, to: 'help-desk' }).routes;
    expect(cards(route)).toEqual(['comptia-a-plus', 'help-desk']);
    expect(route?.start?.via.map((passed) => passed.card.title)).toEqual(['CompTIA A+']);
    expect(route?.occupations.map((job) => job.id)).toEqual(['help-desk']);
    // A+ states no fee: its cost is not known, its time is (a credential takes only its way in, here none).
    expect(route?.totalCostUsd).toEqual({ known: 0, unknownSteps: 1 });
    expect(route?.totalMonths).toEqual({ known: 0, unknownSteps: 0 });
    const toSecurity = findRoutes(map, { from: null, to: 'security-analyst' }).routes[0];
    expect(cards(toSecurity)).toEqual(['comptia-a-plus', 'help-desk', 'network-support', 'systems-administrator', 'security-analyst']);
  });

  it('passes the credential an entry move from another job names, and states the choice assumed', () => {
    const map = PathwayMap.parse({
      schemaVersion: 2,
      id: 'medics',
      title: 'Medics',
      occupations: [occupation('soldier', { level: 'middle' }), occupation('medic', { level: 'middle' })],
      steps: [
        { id: 'emt-b', kind: 'credential', credentialType: 'certification', title: 'EMT-Basic', costUsd: 1200 },
        { id: 'emt-p', kind: 'credential', credentialType: 'certification', title: 'Paramedic', costUsd: 9000 },
      ],
      transitions: [move('soldier', 'medic', { kind: 'entry', requirements: { type: 'any', of: [{ type: 'credential', cardId: 'emt-b' }, { type: 'credential', cardId: 'emt-p' }] } })],
    });
    const [route] = findRoutes(map, { from: null, to: 'medic' }).routes;
    expect(route?.occupations.map((job) => job.id)).toEqual(['medic']);
    expect(route?.start?.via.map((passed) => passed.card.title)).toEqual(['EMT-Basic']);
    expect(route?.start?.assumed).toEqual(['EMT-Basic']);
    expect(route?.totalCostUsd).toEqual({ known: 1200, unknownSteps: 0 });
  });

  it('keeps the old starts on a map without step cards: entry-level jobs and jobs an entry move leads into', () => {
    const map = graphMap(
      [occupation('aide', { level: 'entry' }), occupation('clerk', { level: 'middle' }), occupation('nurse', { level: 'middle' }), occupation('cook', { level: 'middle' })],
      [move('aide', 'nurse'), move('cook', 'clerk', { kind: 'entry' }), move('clerk', 'nurse')],
    );
    const search = findRoutes(map, { from: null, to: 'nurse' });
    expect(search.routes.map(cards)).toEqual([['aide', 'nurse'], ['clerk', 'nurse']]);
    expect(search.routes.every((route) => route.start === undefined)).toBe(true);
  });
});
