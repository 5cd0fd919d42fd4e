import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { sampleMap } from './sample';
import { StatefulInspector } from './stateful-inspector';

const cna = { kind: 'occupation', id: 'cna' } as const;

function renderCna() {
  let latest: PathwayMap | undefined;
  render(<StatefulInspector initial={sampleMap()} selection={cna} onMap={(map) => (latest = map)} />);
  const occupation = () => latest?.occupations.find((o) => o.id === 'cna');
  return { user: userEvent.setup(), occupation };
}

describe('the inspector: what a figure is and how sure it is', () => {
  it('records why Bright Outlook flags the occupation, and its source; turning the flag off takes them too', async () => {
    const { user, occupation } = renderCna();
    expect(screen.queryByRole('group', { name: 'Bright Outlook basis' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Bright Outlook' }));
    const basis = screen.getByRole('group', { name: 'Bright Outlook basis' });
    await user.click(within(basis).getByRole('checkbox', { name: 'Numerous openings' }));
    expect(occupation()).toMatchObject({ highGrowth: true, highGrowthBasis: ['numerous-openings'] });
    await user.selectOptions(within(basis).getByRole('combobox', { name: 'Bright Outlook source' }), 'OEWS May 2024');
    expect(occupation()?.highGrowthSourceId).toBe('oews');
    await user.click(screen.getByRole('checkbox', { name: 'Bright Outlook' }));
    expect(occupation()?.highGrowth).toBeUndefined();
    expect(occupation()?.highGrowthBasis).toBeUndefined();
    expect(occupation()?.highGrowthSourceId).toBeUndefined();
  });

  it('marks the education as not verified', async () => {
    const { user, occupation } = renderCna();
    await user.click(screen.getByRole('checkbox', { name: 'Education not verified' }));
    expect(occupation()?.educationNotVerified).toBe(true);
  });

  it('gives the labor figures a projection period and an area, and refuses a period it cannot read', async () => {
    const { user, occupation } = renderCna();
    const labor = screen.getByRole('group', { name: 'Labor market' });
    const period = within(labor).getByRole('textbox', { name: 'Projection period' });
    await user.type(period, '2020-30');
    await user.tab();
    expect(period).toHaveAccessibleDescription(/Projection period must be two years like 2020-2030, or one year/);
    await user.clear(period);
    await user.type(period, '2020-2030');
    await user.tab();
    await user.type(within(labor).getByRole('textbox', { name: 'Labor data area' }), 'Massachusetts');
    await user.tab();
    await user.click(within(labor).getByRole('checkbox', { name: 'Labor figures not verified' }));
    expect(occupation()?.labor).toEqual({ annualOpenings: 120, period: { from: 2020, to: 2030 }, area: 'Massachusetts', notVerified: true });
    expect(period).toHaveValue('2020–2030');
  });

  it('records representation: the women and minority shares, said to count in the labor data year and area', async () => {
    const { user, occupation } = renderCna();
    const labor = screen.getByRole('group', { name: 'Labor market' });
    const women = within(labor).getByRole('spinbutton', { name: 'Women (% of workers)' });
    const minority = within(labor).getByRole('spinbutton', { name: 'Minority workers (% of workers)' });
    expect(women).toHaveAccessibleDescription('Representation, in the labor data year and area.');
    await user.type(women, '88');
    await user.type(minority, '31');
    await user.type(within(labor).getByRole('spinbutton', { name: 'Labor data year' }), '2024');
    await user.tab();
    expect(occupation()?.labor).toMatchObject({ femalePct: 88, minorityPct: 31, year: 2024 });
  });
});
