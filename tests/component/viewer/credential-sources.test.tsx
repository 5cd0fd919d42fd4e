import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OccupationPanel } from '../../../src/features/viewer/details/occupation-panel';
import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

const section = (name: string) => screen.getByRole('region', { name });

const map = buildMap({
  sources: [
    { id: 'board', label: 'Board of Registration in Nursing', url: 'https://www.mass.gov/nursing', year: 2025 },
    { id: 'rapids', label: 'RAPIDS registry' },
  ],
  occupations: [
    {
      id: 'lpn',
      title: 'Licensed Practical Nurse',
      wage: { amount: 57110, statistic: 'mean', unit: 'year', notVerified: true },
      credentials: [
        { name: 'Massachusetts LPN license', kind: 'license', issuer: 'Board of Registration in Nursing', sourceIds: ['board'] },
        { name: 'BLS certification', kind: 'certification' },
      ],
      apprenticeship: { registered: true, rapidsCode: '0824', sourceIds: ['rapids', 'board'] },
    },
  ],
});

beforeEach(() => useViewerStore.setState({ selectedOccupationId: 'lpn', panel: 'details', view: 'map' }));

describe('details: where a credential and an apprenticeship come from, and an unverified wage', () => {
  it('gives a credential its source, linked when the source has a web address, and nothing for one citing none', () => {
    render(<OccupationPanel map={map} />);
    const [license, bls] = within(section('Credentials')).getAllByRole('listitem');
    expect(license).toHaveTextContent('Massachusetts LPN license (License, issued by Board of Registration in Nursing) Source: Board of Registration in Nursing (2025)');
    expect(within(license!).getByRole('link', { name: 'Board of Registration in Nursing' })).toHaveAttribute('href', 'https://www.mass.gov/nursing');
    expect(bls).not.toHaveTextContent(/Source/);
  });

  it('gives the apprenticeship its sources', () => {
    render(<OccupationPanel map={map} />);
    const apprenticeship = section('Apprenticeship');
    expect(apprenticeship).toHaveTextContent('SourcesRAPIDS registryBoard of Registration in Nursing (2025)');
  });

  it('says "(not verified)" after a wage marked so', () => {
    render(<OccupationPanel map={map} />);
    expect(section('Wage')).toHaveTextContent('$57,110 a year (mean) (not verified)');
  });
});
