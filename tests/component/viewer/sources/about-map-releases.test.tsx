import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AboutMap } from '../../../../src/features/viewer/sources/about-map';
import { buildMap } from '../../../support/build-map';

describe('"About this map": releases', () => {
  it('shows the latest release in full and folds the earlier ones away', async () => {
    const map = buildMap({
      schemaVersion: 2,
      releases: [
        { id: 'r1', date: '2025-05-01', changes: 'First release.' },
        { id: 'r2', date: '2026-05-01', title: '2026 annual release', changes: 'Wages from OEWS May 2025.\nTwo new jobs.' },
      ],
    });
    render(<AboutMap map={map} />);
    await userEvent.click(screen.getByText('About this map'));
    const latest = screen.getByRole('region', { name: 'Latest release' });
    expect(within(latest).getByText('2026 annual release, validated 1 May 2026')).toBeVisible();
    expect(within(latest).getByText(/Wages from OEWS May 2025\.\s+Two new jobs\./)).toBeVisible();
    expect(within(latest).getByText('Validated 1 May 2025')).not.toBeVisible();
    await userEvent.click(within(latest).getByText('Earlier releases (1)'));
    expect(within(latest).getByText('Validated 1 May 2025')).toBeVisible();
  });

  it('shows nothing about releases when none is recorded', () => {
    render(<AboutMap map={buildMap({ schemaVersion: 2, description: 'Jobs in care.' })} />);
    expect(screen.queryByRole('region', { name: 'Latest release' })).toBeNull();
  });
});
