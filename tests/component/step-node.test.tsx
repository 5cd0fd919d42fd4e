import { render, screen } from '@testing-library/react';
import { ReactFlow } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../src/domain/schema/map';
import { EDGE_TYPES, NODE_TYPES } from '../../src/features/canvas/flow-types';
import { toFlowElements } from '../../src/features/canvas/to-flow-elements';
import { buildMap } from '../support/build-map';

/** The cards as any canvas draws them, at a chosen zoom. */
function renderCards(map: PathwayMap, { zoom = 1 } = {}) {
  const { nodes, edges } = toFlowElements(map);
  return render(<ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES} defaultViewport={{ x: 0, y: 0, zoom }} />);
}

const map = buildMap({
  schemaVersion: 2,
  groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
  occupations: [{ id: 'rn', title: 'Registered Nurse' }],
  steps: [
    { id: 'nclex-rn', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN', groupId: 'care' },
    { id: 'a-plus', kind: 'credential', credentialType: 'certification', title: 'CompTIA A+', costUsd: 0 },
    { id: 'adn', kind: 'program', programType: 'registered-apprenticeship', title: 'Nursing apprenticeship', lengthMonths: 24, costUsd: 4000 },
    { id: 'pn', kind: 'program', programType: 'training', title: 'PN program' },
    { id: 'hours', kind: 'experience', title: 'Clinical hours', hours: 2000 },
    { id: 'months', kind: 'experience', title: 'Time on the job' },
    { id: 'review', kind: 'milestone', title: 'First review' },
  ],
});

const card = (name: string) => screen.findByRole('button', { name });
/** What a card shows on screen: its text without the words only a screen reader is given. */
const shown = (element: HTMLElement) => {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.canvas-visually-hidden').forEach((hidden) => hidden.remove());
  return copy.textContent;
};

describe('StepNode', () => {
  it('names each card by its kind, title and sub-type, and says the kind on the card', async () => {
    renderCards(map);
    expect(await card('Credential: NCLEX-RN (license)')).toHaveTextContent('Credential · LicenseNCLEX-RN');
    expect(await card('Program: Nursing apprenticeship (registered apprenticeship)')).toHaveTextContent('Program · Registered apprenticeship');
    expect(await card('Experience: Clinical hours (2,000 hours)')).toHaveTextContent('Experience · 2,000 hours');
    expect(shown(await card('Milestone: First review'))).toMatch(/^MilestoneFirst review$/);
    // The job beside them keeps its own card.
    expect(await screen.findByRole('button', { name: 'Registered Nurse' })).toBeInTheDocument();
  });

  it('shows the known figures, and no figure where none is known (never $0 for unknown)', async () => {
    renderCards(map);
    expect(await card('Program: Nursing apprenticeship (registered apprenticeship)')).toHaveTextContent('24 months · Costs $4,000');
    expect(shown(await card('Program: PN program (training)'))).toMatch(/^Program · TrainingPN program$/);
    expect(await card('Credential: NCLEX-RN (license)')).not.toHaveTextContent('$');
    expect(shown(await card('Experience: Time on the job'))).toMatch(/^ExperienceTime on the job$/);
    // A cost the map states as zero is a fact, and is shown.
    expect(await card('Credential: CompTIA A+ (certification)')).toHaveTextContent('Costs $0');
  });

  it('draws each kind with its own border shape, the size of an occupation card, in the group colour', async () => {
    renderCards(map);
    const box = async (name: string) => (await card(name)).querySelector('.step-card');
    const kinds = await Promise.all(
      ['Credential: NCLEX-RN (license)', 'Program: PN program (training)', 'Experience: Time on the job', 'Milestone: First review'].map(async (name) =>
        [...((await box(name))?.classList ?? [])].filter((name) => name.startsWith('step-card--')),
      ),
    );
    expect(kinds).toEqual([['step-card--credential'], ['step-card--program'], ['step-card--experience'], ['step-card--milestone']]);
    // The occupation card's class carries its width and height (card-geometry.ts), so steps share them.
    expect(await box('Milestone: First review')).toHaveClass('occupation-card');
    expect(await box('Credential: NCLEX-RN (license)')).toHaveStyle({ borderLeftColor: '#2a7' });
  });

  it('shows only its kind and title when zoomed out', async () => {
    renderCards(map, { zoom: 0.3 });
    expect(shown(await card('Program: Nursing apprenticeship (registered apprenticeship)'))).toMatch(/^Program · Registered apprenticeshipNursing apprenticeship$/);
  });
});
