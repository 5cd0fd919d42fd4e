import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

function renderCna() {
  let latest: PathwayMap | undefined;
  render(<StatefulInspector initial={sampleMap()} selection={{ kind: 'occupation', id: 'cna' }} onMap={(map) => (latest = map)} />);
  return { user: userEvent.setup(), occupation: () => latest?.occupations.find((o) => o.id === 'cna') };
}

describe('the inspector: sources of credentials and the apprenticeship, an unverified wage', () => {
  it('cites a source on a credential, and unticking it takes the citation away', async () => {
    const { user, occupation } = renderCna();
    const chooser = within(screen.getByRole('group', { name: 'Credentials' })).getByRole('group', { name: 'Sources of CNA certification' });
    await user.click(within(chooser).getByRole('checkbox', { name: 'OEWS May 2024' }));
    expect(occupation()?.credentials).toEqual([{ name: 'CNA certification', kind: 'certification', sourceIds: ['oews'] }]);
    await user.click(within(chooser).getByRole('checkbox', { name: 'OEWS May 2024' }));
    expect(occupation()?.credentials).toEqual([{ name: 'CNA certification', kind: 'certification' }]);
  });

  it('cites a source for the apprenticeship as a whole', async () => {
    const { user, occupation } = renderCna();
    await user.click(screen.getByRole('checkbox', { name: 'Registered apprenticeship' }));
    const chooser = screen.getByRole('group', { name: 'Sources of the apprenticeship' });
    await user.click(within(chooser).getByRole('checkbox', { name: 'OEWS May 2024' }));
    expect(occupation()?.apprenticeship).toEqual({ registered: true, sourceIds: ['oews'] });
  });

  it('marks the wage as not verified, and unmarks it', async () => {
    const { user, occupation } = renderCna();
    const wage = screen.getByRole('group', { name: 'Wage' });
    await user.click(within(wage).getByRole('checkbox', { name: 'Wage not verified' }));
    expect(occupation()?.wage).toEqual({ min: 30000, max: 40000, unit: 'year', sourceId: 'oews', notVerified: true });
    await user.click(within(wage).getByRole('checkbox', { name: 'Wage not verified' }));
    expect(occupation()?.wage?.notVerified).toBeUndefined();
  });
});
