import { render, screen, within } from '@testing-library/react';
import { ReactFlow } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_TYPES } from '../../../src/features/canvas/flow-types';
import { toFlowElements } from '../../../src/features/canvas/to-flow-elements';
import { buildMap } from '../../support/build-map';

const map = buildMap({
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', designation: 'priority' },
    { id: 'rn', title: 'Registered Nurse' },
    { id: 'lpn', title: 'Licensed Practical Nurse' },
  ],
  hiringEvents: [
    { id: 'a', date: '2024-05-01', employer: 'Holyoke Medical', kind: 'expansion', jobs: 40, occupationIds: ['cna', 'rn'] },
    { id: 'b', date: '2025-11-20', employer: 'Mercy Medical', kind: 'layoff', occupationIds: ['cna'] },
  ],
});

function renderCards() {
  const { nodes, edges } = toFlowElements(map);
  return render(<ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES} defaultViewport={{ x: 0, y: 0, zoom: 1 }} />);
}

describe('Card: hiring events marker', () => {
  it('says how many events name the occupation and the newest kind, on the highlights line', async () => {
    renderCards();
    const cna = await screen.findByRole('button', { name: 'Nursing Assistant' });
    const highlights = within(cna).getAllByRole('listitem', { hidden: true });
    expect(highlights.map((item) => item.textContent)).toEqual(['Priority', '2 hiring events, latest: Lay-off']);
    expect(highlights[1]).toHaveClass('card-badge--hiring-layoff');
    expect(within(screen.getByRole('button', { name: 'Registered Nurse' })).getByRole('listitem', { hidden: true })).toHaveTextContent('1 hiring event, latest: Expansion');
    // Said with the card, as its description.
    expect(cna).toHaveAccessibleDescription(/2 hiring events, latest: Lay-off/);
  });

  it('adds nothing to a card that no event names', async () => {
    renderCards();
    expect(within(await screen.findByRole('button', { name: 'Licensed Practical Nurse' })).queryByRole('list', { hidden: true })).toBeNull();
  });
});
