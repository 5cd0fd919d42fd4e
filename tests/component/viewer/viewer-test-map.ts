import { useViewerStore } from '../../../src/features/viewer/viewer-store';
import { buildMap } from '../../support/build-map';

/** A small ladder with something for every filter and a credential and a skill to search for. */
export const viewerTestMap = buildMap({
  occupations: [
    {
      id: 'cna',
      title: 'Nursing Assistant',
      socCode: '31-1131.00',
      level: 'entry',
      education: 'postsecondary-nondegree',
      wage: { amount: 18, unit: 'hour' },
      credentials: [{ name: 'CNA license', kind: 'license' }],
      apprenticeship: { registered: true },
    },
    {
      id: 'lpn',
      title: 'Licensed Practical Nurse',
      socCode: '29-2061.00',
      level: 'middle',
      education: 'postsecondary-nondegree',
      wage: { amount: 57200, unit: 'year' },
      skills: ['Wound care'],
      highGrowth: true,
      highGrowthBasis: ['rapid-growth'],
    },
    { id: 'rn', title: 'Registered Nurse', socCode: '29-1141.00', level: 'advanced', education: 'bachelor', designation: 'critical' },
  ],
  transitions: [
    { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement' },
    { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement' },
    { id: 'cna-rn', from: 'cna', to: 'rn', kind: 'advancement' },
  ],
});

/** A fresh viewer state for the test map, as when the viewer opens it. */
export function openTestMap(): void {
  useViewerStore.setState({ mapId: undefined, includeNotKnown: true });
  useViewerStore.getState().openMap(viewerTestMap.id);
}
