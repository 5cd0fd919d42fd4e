import { render, screen, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { stepKindsOf } from '../../../src/domain/steps/step-words';
import { MapLegend } from '../../../src/features/canvas/map-legend';

const renderLegend = (stepKinds?: Parameters<typeof MapLegend>[0]['stepKinds']) =>
  render(
    <ReactFlowProvider>
      <MapLegend groups={[]} wageScales={{}} stepKinds={stepKinds} folded={false} />
    </ReactFlowProvider>,
  );

describe('the legend’s key to step cards', () => {
  it('names each kind of step the map has, in the format’s order, beside a box bordered like its cards', () => {
    const kinds = stepKindsOf([
      { id: 'b', kind: 'milestone', title: 'Review' },
      { id: 'a', kind: 'credential', credentialType: 'license', title: 'NCLEX-RN' },
      { id: 'c', kind: 'credential', credentialType: 'badge', title: 'Badge' },
    ]);
    renderLegend(kinds);
    const key = screen.getByRole('list', { name: 'Step cards' });
    const items = within(key).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Credential', 'Milestone']);
    expect(items[0]?.querySelector('.step-key__sample--credential')).not.toBeNull();
  });

  it('has no such key on a map without steps', () => {
    renderLegend();
    expect(screen.queryByRole('list', { name: 'Step cards' })).toBeNull();
  });
});
