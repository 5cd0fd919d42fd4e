import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ReactFlow } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { EDGE_TYPES, NODE_TYPES } from '../../src/features/canvas/flow-types';
import { MapCanvas } from '../../src/features/canvas/map-canvas';
import { toFlowElements } from '../../src/features/canvas/to-flow-elements';
import { buildMap } from '../support/build-map';

const map = buildMap({
  title: 'Healthcare',
  groups: [
    { id: 'care', label: 'Direct care', color: '#2a7' },
    { id: 'support', label: 'Clinical support' },
  ],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', groupId: 'care', level: 'entry', wage: { amount: 46680, unit: 'year' } },
    { id: 'lpn', title: '<img src=x onerror=alert(1)> LPN', groupId: 'care', level: 'middle' },
    { id: 'ma', title: 'Medical Assistant', groupId: 'support', level: 'entry' },
  ],
  transitions: [
    { id: 'cna-to-lpn', from: 'cna', to: 'lpn', kind: 'advancement', typicalMonths: 18 },
    { id: 'cna-to-ma', from: 'cna', to: 'ma', kind: 'lateral' },
    { id: 'ma-to-lpn', from: 'ma', to: 'lpn', kind: 'entry', typicalMonths: 6 },
  ],
});

// Cards too far apart to fit the canvas at the least zoom: the overview is needed.
const spreadOut = {
  ...map,
  occupations: map.occupations.map((occupation, index) => ({ ...occupation, position: { x: index * 30_000, y: 0 } })),
};

describe('MapCanvas', () => {
  it('is a region named after the map, with a card per occupation', async () => {
    render(<MapCanvas map={map} />);
    const canvas = screen.getByRole('region', { name: 'Pathway map: Healthcare' });
    expect(await within(canvas).findByRole('button', { name: 'Nursing Assistant' })).toBeInTheDocument();
    expect(within(canvas).getByRole('button', { name: 'Medical Assistant' })).toBeInTheDocument();
  });

  it('shows HTML in map text as text', async () => {
    const { container } = render(<MapCanvas map={map} />);
    expect(await screen.findByText('<img src=x onerror=alert(1)> LPN')).toBeInTheDocument();
    expect(container.querySelector('.occupation-card img')).toBeNull();
  });

  it('draws each move as a named arrow, styled by its kind', async () => {
    render(<MapCanvas map={map} />);
    const up = await screen.findByRole('img', { name: 'Move from Nursing Assistant to <img src=x onerror=alert(1)> LPN' });
    const across = screen.getByRole('img', { name: 'Lateral move from Nursing Assistant to Medical Assistant' });
    const entry = screen.getByRole('img', { name: 'Entry move from Medical Assistant to <img src=x onerror=alert(1)> LPN' });
    expect(up).toHaveClass('transition-edge--advancement');
    expect(across).toHaveClass('transition-edge--lateral');
    expect(entry).toHaveClass('transition-edge--entry');
    expect(up).toHaveAttribute('aria-description', 'Usually takes about 18 months');
    expect(up.querySelector('.react-flow__edge-path')?.getAttribute('marker-end')).toMatch(/^url\('?#/);
  });

  it('has a legend of groups and arrow styles, zoom controls and an overview', async () => {
    render(<MapCanvas map={spreadOut} />);
    // Folded at first (it would cover cards): the reader opens it.
    fireEvent.click(await screen.findByRole('button', { name: 'Legend' }));
    const groups = await screen.findByRole('list', { name: 'Groups' });
    expect(within(groups).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Direct care', 'Clinical support']);
    expect(screen.getByRole('list', { name: 'Arrow styles' })).toHaveTextContent('AdvancementLateral moveWay in (entry)');
    expect(screen.getByText("Wage bars, same scale on every card: $0–$50,000 a year. The mark is the card's wage figure; the words under the bar say which statistic it is.")).toBeInTheDocument();
    for (const name of ['Zoom In', 'Zoom Out', 'Fit View']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Overview of the map' })).toBeInTheDocument();
  });

  it('shows no overview while every card is in view (it would only cover one)', async () => {
    render(<MapCanvas map={{ ...map, occupations: map.occupations.slice(0, 1), transitions: [] }} />);
    await screen.findByRole('button', { name: 'Nursing Assistant' });
    await waitFor(() => expect(screen.queryByRole('img', { name: 'Overview of the map' })).toBeNull());
  });

  it('draws every card in the overview, in its group colour', async () => {
    const { container } = render(<MapCanvas map={spreadOut} />);
    await screen.findByRole('button', { name: 'Nursing Assistant' });
    // The overview draws only measured cards: the canvas must hand React Flow's measurements back to its nodes.
    await waitFor(() => expect(container.querySelectorAll('.react-flow__minimap-node')).toHaveLength(3));
    const rects = [...container.querySelectorAll<SVGRectElement>('.react-flow__minimap-node')];
    expect(rects.map((rect) => rect.style.fill)).toEqual(['rgb(34, 170, 119)', 'rgb(34, 170, 119)', 'rgb(123, 135, 148)']);
  });
});

describe('transition arrows at reading zoom', () => {
  it('label a move with its typical months, and none without', async () => {
    const { edges, nodes } = toFlowElements(map);
    render(
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES} edgesFocusable={false} defaultViewport={{ x: 0, y: 0, zoom: 1 }} />,
    );
    await screen.findByRole('img', { name: /^Move from/ });
    expect(await screen.findByText('18 mo')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('6 mo')).toBeInTheDocument();
    expect(document.querySelectorAll('.transition-edge__label')).toHaveLength(2);
  });
});

describe('an empty map', () => {
  it('says it has no occupations yet, instead of showing a blank canvas', () => {
    render(<MapCanvas map={{ ...map, occupations: [], transitions: [] }} />);
    expect(screen.getByRole('region', { name: 'Pathway map: Healthcare' })).toHaveTextContent('This map has no occupations yet.');
  });
});
