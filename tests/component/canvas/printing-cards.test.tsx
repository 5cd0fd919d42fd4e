import { act, render, screen } from '@testing-library/react';
import { ReactFlow } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { EDGE_TYPES, NODE_TYPES } from '../../../src/features/canvas/flow-types';
import { setPrinting } from '../../../src/features/canvas/printing';
import { toFlowElements } from '../../../src/features/canvas/to-flow-elements';
import { useDrawPlainly, useZoomedOut } from '../../../src/features/canvas/zoom';
import { LARGE_MAP_CARDS } from '../../../src/layout/canvas-limits';
import { buildMap } from '../../support/build-map';

/** Says how cards and arrows are drawn at this moment (zoom.ts). Rendered inside React Flow. */
function DrawingProbe() {
  const zoomedOut = useZoomedOut();
  const plainly = useDrawPlainly();
  return <p role="status">{`${zoomedOut ? 'titles only' : 'details'}, ${plainly ? 'plain' : 'dashed'} arrows`}</p>;
}

/** The cards as the canvas draws them at a zoom too far out for details (DETAIL_ZOOM). */
function renderZoomedOut(map: PathwayMap) {
  const { nodes, edges } = toFlowElements(map);
  return render(
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      edgeTypes={EDGE_TYPES}
      defaultViewport={{ x: 0, y: 0, zoom: 0.4 }}
    />,
  );
}

const small = buildMap({
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', education: 'postsecondary-nondegree', wage: { amount: 46680, unit: 'year' } },
    { id: 'lpn', title: 'Licensed Practical Nurse' },
  ],
  transitions: [{ id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', typicalMonths: 12 }],
});

afterEach(() => act(() => setPrinting(false)));

describe('cards while the map is printed', () => {
  it('print their details whatever the zoom on screen, and go back to titles afterwards', async () => {
    renderZoomedOut(small);
    const card = await screen.findByRole('button', { name: 'Nursing Assistant' });
    expect(card).toHaveTextContent(/^Nursing Assistant$/);
    expect(screen.queryByText('12 mo')).toBeNull();

    act(() => setPrinting(true));
    expect(card).toHaveTextContent('$46,680 a year');
    expect(card).toHaveTextContent('Postsecondary certificate');
    expect(screen.getByRole('button', { name: 'Licensed Practical Nurse' })).toHaveTextContent('Wage not known');
    // The arrow's months are printed too.
    expect(await screen.findByText('12 mo')).toBeInTheDocument();

    act(() => setPrinting(false));
    expect(card).toHaveTextContent(/^Nursing Assistant$/);
  });

  it('on a large map keep to their titles (too small on one page to read, and too many to redraw at once)', async () => {
    // A large map's cards, hidden (as in its overview) so jsdom need not draw hundreds; they still count.
    const nodes = Array.from({ length: LARGE_MAP_CARDS + 1 }, (_, index) => ({
      id: `job-${index}`,
      position: { x: index * 10, y: 0 },
      data: {},
      hidden: true,
    }));
    render(
      <ReactFlow nodes={nodes} defaultViewport={{ x: 0, y: 0, zoom: 0.4 }}>
        <DrawingProbe />
      </ReactFlow>,
    );
    const probe = await screen.findByRole('status');
    expect(probe).toHaveTextContent('titles only, plain arrows');
    act(() => setPrinting(true));
    expect(probe).toHaveTextContent('titles only, plain arrows');
  });

  it('on a smaller map, say that details and dashed arrows are drawn while printing', async () => {
    const nodes = [{ id: 'job', position: { x: 0, y: 0 }, data: {}, hidden: true }];
    render(
      <ReactFlow nodes={nodes} defaultViewport={{ x: 0, y: 0, zoom: 0.4 }}>
        <DrawingProbe />
      </ReactFlow>,
    );
    const probe = await screen.findByRole('status');
    expect(probe).toHaveTextContent('titles only, dashed arrows');
    act(() => setPrinting(true));
    expect(probe).toHaveTextContent('details, dashed arrows');
  });
});
