import { buildMap } from '../../support/build-map';

/** A small map with one of everything the inspector edits. */
export const sampleMap = () =>
  buildMap({
    title: 'Healthcare',
    groups: [
      { id: 'care', label: 'Direct care', color: '#2a7' },
      { id: 'lab', label: 'Laboratory' },
    ],
    sources: [{ id: 'oews', label: 'OEWS May 2024' }],
    occupations: [
      {
        id: 'cna',
        title: 'Nursing Assistant',
        groupId: 'care',
        level: 'entry',
        socCode: '31-1131.00',
        wage: { min: 30000, max: 40000, unit: 'year', sourceId: 'oews' },
        credentials: [{ name: 'CNA certification', kind: 'certification' }],
        links: [{ label: 'O*NET', url: 'https://www.onetonline.org/link/summary/31-1131.00' }],
        skills: ['Patient care', 'Vital signs'],
        labor: { annualOpenings: 120 },
      },
      { id: 'lpn', title: 'Licensed Practical Nurse', groupId: 'care', level: 'middle', summary: 'Gives basic nursing care.' },
      { id: 'phleb', title: 'Phlebotomist', level: 'entry' },
    ],
    transitions: [{ id: 'cna-to-lpn', from: 'cna', to: 'lpn', kind: 'advancement', typicalMonths: 12 }],
  });
