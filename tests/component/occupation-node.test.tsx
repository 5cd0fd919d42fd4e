import { render, screen, within } from '@testing-library/react';
import { ReactFlow } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../src/domain/schema/map';
import { EDGE_TYPES, NODE_TYPES } from '../../src/features/canvas/flow-types';
import { toFlowElements } from '../../src/features/canvas/to-flow-elements';
import { buildMap } from '../support/build-map';

/** The cards as any canvas draws them, at a chosen zoom (the viewer's fitView zoom depends on the window). */
function renderCards(map: PathwayMap, { zoom = 1, connectable = false } = {}) {
  const { nodes, edges } = toFlowElements(map);
  return render(
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      nodesConnectable={connectable}
      defaultViewport={{ x: 0, y: 0, zoom }}
    />,
  );
}

const map = buildMap({
  groups: [
    { id: 'care', label: 'Direct care', color: '#2a7' },
    { id: 'lab', label: 'Laboratory' },
  ],
  occupations: [
    {
      id: 'cna',
      title: 'Nursing Assistant',
      groupId: 'care',
      level: 'entry',
      socCode: '31-1131.00',
      education: 'postsecondary-nondegree',
      wage: { statistic: 'median', min: 41000, amount: 46680, max: 52000, unit: 'year' },
      highGrowth: true,
      highGrowthBasis: ['numerous-openings'],
      designation: 'priority',
      apprenticeship: { registered: true, preApprenticeship: true },
    },
    { id: 'tech', title: '<img src=x onerror=alert(1)> Technician', groupId: 'lab', education: 'associate', designation: 'critical' },
    { id: 'aide', title: 'Aide', education: 'high-school', educationNotVerified: true, wage: { amount: 18, unit: 'hour' } },
  ],
});

describe('OccupationNode', () => {
  it('shows the title, level, SOC code and education in words', async () => {
    renderCards(map);
    const card = await screen.findByRole('button', { name: 'Nursing Assistant' });
    expect(card).toHaveTextContent('Nursing Assistant');
    expect(card).toHaveTextContent('Entry level · SOC 31-1131.00');
    expect(card).toHaveTextContent('Postsecondary certificate');
    expect(await screen.findByRole('button', { name: /Technician$/ })).toHaveTextContent("Associate's degree");
    expect(screen.getByRole('button', { name: 'Aide' })).toHaveTextContent('High school diploma (not verified)');
    expect(card).not.toHaveTextContent('not verified');
  });

  it('draws the wage as a bar on the shared scale, with the same in words', async () => {
    renderCards(map);
    const card = await screen.findByRole('button', { name: 'Nursing Assistant' });
    const chart = card.querySelector('svg.wage-bar__chart');
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    // Scale $0–$60,000: the range 41,000–52,000 and the median tick at 46,680.
    expect(chart?.querySelector('.wage-bar__range')).toHaveAttribute('x', '68.33%');
    expect(chart?.querySelector('.wage-bar__tick')).toHaveAttribute('x1', '77.80%');
    // With the same in the other unit, at 2,080 hours a year.
    expect(card).toHaveTextContent('$41,000–$52,000 a year (median $46,680), about $19.71–$25.00 an hour');

    const aide = screen.getByRole('button', { name: 'Aide' });
    expect(aide.querySelector('.wage-bar__range')).toBeNull();
    expect(aide.querySelector('.wage-bar__tick')).toHaveAttribute('x1', '90.00%');
    expect(aide).toHaveTextContent('$18.00 an hour (statistic not stated), about $37,440 a year');
  });

  it('says so when the wage is not known', async () => {
    renderCards(map);
    const card = await screen.findByRole('button', { name: /Technician$/ });
    expect(card).toHaveTextContent('Wage not known');
    expect(card.querySelector('.wage-bar')).toBeNull();
  });

  it('lists each highlight as a badge', async () => {
    renderCards(map);
    const card = await screen.findByRole('button', { name: 'Nursing Assistant' });
    // Shown as badges, and said as the card's description (its name stays its title).
    const badges = within(card).getAllByRole('listitem', { hidden: true });
    expect(badges.map((badge) => badge.textContent)).toEqual(['Priority', 'Bright Outlook: numerous openings', 'Registered apprenticeship', 'Pre-apprenticeship']);
    expect(card).toHaveAccessibleDescription(/Priority\s*Bright Outlook: numerous openings\s*Registered apprenticeship\s*Pre-apprenticeship/);
    const other = screen.getByRole('button', { name: /Technician$/ });
    expect(within(other).getByRole('list', { hidden: true })).toHaveTextContent('Critical');
    expect(within(screen.getByRole('button', { name: 'Aide' })).queryByRole('list', { hidden: true })).toBeNull();
  });

  it("puts an apprenticeship's starting pay on its badge", async () => {
    renderCards(
      buildMap({
        occupations: [
          { id: 'e', title: 'Electrician', apprenticeship: { registered: true, programs: [{ name: 'Inside wireman', startingWage: 18 }, { name: 'Residential', startingWage: 16.5 }] } },
          { id: 'r', title: 'Roofer', apprenticeship: { registered: true } },
        ],
      }),
    );
    const badges = (title: string) => within(screen.getByRole('button', { name: title })).getAllByRole('listitem', { hidden: true }).map((badge) => badge.textContent);
    await screen.findByRole('button', { name: 'Electrician' });
    expect(badges('Electrician')).toEqual(['Registered apprenticeship, starting pay $16.50–$18.00 an hour']);
    expect(badges('Roofer')).toEqual(['Registered apprenticeship']);
  });

  it('shows HTML in a title as text', async () => {
    const { container } = renderCards(map);
    const card = await screen.findByRole('button', { name: '<img src=x onerror=alert(1)> Technician' });
    expect(card).toHaveTextContent('<img src=x onerror=alert(1)> Technician');
    expect(container.querySelector('.occupation-card img')).toBeNull();
  });

  it('colours the left border with the group colour, and never with anything else', async () => {
    const tampered = structuredClone(map);
    tampered.groups[1]!.color = 'red; background-image: url(https://evil.example/x)';
    const { container } = renderCards(tampered);
    await screen.findByRole('button', { name: 'Nursing Assistant' });
    const cards = container.querySelectorAll<HTMLElement>('.occupation-card');
    expect(cards[0]).toHaveStyle({ borderLeftColor: '#2a7' });
    expect(cards[1]?.getAttribute('style')).toBeNull();
    expect(container.innerHTML).not.toContain('evil.example');
  });

  it('shows only the title when zoomed out', async () => {
    renderCards(map, { zoom: 0.3 });
    const card = await screen.findByRole('button', { name: 'Nursing Assistant' });
    expect(card).toHaveTextContent(/^Nursing Assistant$/);
    expect(card.querySelector('.occupation-card--compact')).not.toBeNull();
  });

  it('has a target handle on the left and a source on the right, connectable only when the canvas allows it', async () => {
    const { unmount } = renderCards(map);
    const card = await screen.findByRole('button', { name: 'Aide' });
    expect(card.querySelector('.react-flow__handle-left.target')).not.toHaveClass('connectable');
    expect(card.querySelector('.react-flow__handle-right.source')).not.toHaveClass('connectable');
    unmount();

    renderCards(map, { connectable: true });
    const editable = await screen.findByRole('button', { name: 'Aide' });
    expect(editable.querySelector('.react-flow__handle-left.target')).toHaveClass('connectable');
    expect(editable.querySelector('.react-flow__handle-right.source')).toHaveClass('connectable');
  });
});
