import type { PathwayMap } from '../../../src/domain/schema/map';
import { buildMap } from '../../support/build-map';

/** A map whose LPN card fills every field the detail panel shows, with moves into and out of it. */
export const fullMap: PathwayMap = buildMap({
  wageBasis: '25th–75th percentile, OEWS May 2024',
  groups: [{ id: 'nursing', label: 'Nursing' }],
  sources: [
    { id: 'oews', label: 'BLS OEWS', year: 2024, url: 'https://www.bls.gov/oes/' },
    { id: 'lmi', label: 'State labor market figures' },
  ],
  occupations: [
    { id: 'cna', title: 'Nursing Assistant', level: 'entry', groupId: 'nursing' },
    {
      id: 'lpn',
      title: 'Licensed Practical Nurse',
      socCode: '29-2061.00',
      groupId: 'nursing',
      level: 'middle',
      summary: 'Cares for patients under the direction of registered nurses.',
      wage: { statistic: 'median', min: 52000, amount: 58000, max: 64000, unit: 'year', year: 2024, area: 'Springfield, MA metro', sourceId: 'oews' },
      education: 'postsecondary-nondegree',
      experience: 'A year as a nursing assistant helps.',
      credentials: [
        { name: 'LPN license', kind: 'license', issuer: 'Massachusetts Board of Nursing', url: 'https://www.mass.gov/lpn' },
        { name: 'CPR certification', kind: 'certification' },
      ],
      apprenticeship: {
        registered: true,
        preApprenticeship: true,
        rapidsCode: '0881CB',
        programs: [
          { name: 'LPN apprenticeship', sponsor: 'Baystate Health', durationMonths: 18, startingWage: 21.5, url: 'https://example.org/apprenticeship' },
        ],
      },
      training: [
        {
          name: 'Practical Nursing Certificate',
          provider: 'Holyoke Community College',
          durationWeeks: 40,
          costUsd: 14500,
          capacity: 30,
          completions: 24,
          year: 2024,
          sourceId: 'lmi',
          url: 'https://example.org/pn',
        },
      ],
      labor: { annualOpenings: 410, growthPct: 5.5, employment: 9200, femalePct: 88, minorityPct: 31, year: 2024, period: { from: 2022, to: 2032 }, area: 'Massachusetts', sourceId: 'lmi' },
      skills: ['Patient care', 'Medication administration'],
      designation: 'priority',
      highGrowth: true,
      links: [{ label: 'Nursing careers guide', url: 'https://example.org/guide' }],
    },
    { id: 'rn', title: 'Registered Nurse', level: 'advanced', groupId: 'nursing' },
  ],
  transitions: [
    {
      id: 'cna-lpn',
      from: 'cna',
      to: 'lpn',
      kind: 'advancement',
      typicalMonths: 12,
      costUsd: 14500,
      requirements: ['Practical nursing program', 'Pass the NCLEX-PN'],
      viaApprenticeship: true,
      notes: 'Evening cohorts start each fall.',
    },
    { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement', typicalMonths: 24, requirements: ['ADN bridge program'] },
  ],
});
