import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cardTitles } from '../../../../src/domain/cards';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import { PathwayMap } from '../../../../src/domain/schema/map';
import { RouteSteps } from '../../../../src/features/viewer/routes/route-steps';

const credential = (cardId: string) => ({ type: 'credential', cardId });
const map = PathwayMap.parse({
  schemaVersion: 2,
  id: 'nursing',
  title: 'Nursing',
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', level: 'entry' },
    { id: 'rn', title: 'Registered Nurse' },
  ],
  steps: [
    { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN', costUsd: 9000, toGetIn: { type: 'all', of: [{ type: 'experience', months: 24 }] } },
    { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN', costUsd: 40000 },
  ],
  transitions: [{ id: 'cna-to-rn', from: 'cna', to: 'rn', requirements: { type: 'any', of: [credential('adn'), credential('bsn')] } }],
});

describe('a route\'s steps', () => {
  it('count a move through its requirements and say which choice they assumed', () => {
    const [route] = findRoutes(map, { from: 'cna', to: 'rn' }).routes;
    render(<RouteSteps route={route!} titleOf={(id) => cardTitles(map).get(id)} />);
    expect(screen.getByText(/Assumed/)).toHaveTextContent('About 24 months · Costs $9,000 · Assumed the cheapest known choice: ADN');
    expect(screen.getByRole('list', { name: 'What the move to Registered Nurse takes' })).toHaveTextContent('any 1 of: ADN, BSN');
  });
});
