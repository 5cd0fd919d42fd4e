import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseMap } from '../../../../src/domain/parse';
import type { PathwayMap } from '../../../../src/domain/schema/map';
import { RouteFinder } from '../../../../src/features/viewer/routes/route-finder';
import { useViewerStore } from '../../../../src/features/viewer/viewer-store';
import { buildMap } from '../../../support/build-map';

function sample(): PathwayMap {
  const result = parseMap(readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8'));
  if (!result.ok) throw new Error('sample does not parse');
  return result.map;
}

// a → d three ways: quick and dear through c, slow and cheap through b, straight and free but slowest.
const diamond = buildMap({
  occupations: [
    { id: 'a', title: 'Aide', level: 'entry', wage: { amount: 15, unit: 'hour', statistic: 'median' } },
    { id: 'b', title: 'Baker', level: 'middle' },
    { id: 'c', title: 'Clerk', level: 'middle' },
    { id: 'd', title: 'Director', level: 'advanced', wage: { amount: 62400, unit: 'year', statistic: 'median' } },
  ],
  transitions: [
    { id: 'ab', from: 'a', to: 'b', typicalMonths: 6, costUsd: 500 },
    { id: 'bd', from: 'b', to: 'd', typicalMonths: 6, costUsd: 500 },
    { id: 'ac', from: 'a', to: 'c', typicalMonths: 2, costUsd: 4000, viaApprenticeship: true },
    { id: 'cd', from: 'c', to: 'd', typicalMonths: 1, costUsd: 4000 },
    { id: 'ad', from: 'a', to: 'd', typicalMonths: 36, costUsd: 0 },
  ],
});

let opened = 0;
beforeEach(() => {
  opened += 1;
  useViewerStore.getState().openMap(`map-${opened}`);
});

const routeButtons = () => within(screen.getByRole('list', { name: 'Routes found' })).getAllByRole('button');

async function chooseEnds(from: string, to: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('From (current job)'), from);
  await user.selectOptions(screen.getByLabelText('To (goal)'), to);
  return user;
}

describe('RouteFinder', () => {
  it('lists the routes from Nursing Assistant (CNA) to Registered Nurse (RN) with their figures, best first', async () => {
    render(<RouteFinder map={sample()} />);
    await chooseEnds('Nursing Assistant (CNA)', 'Registered Nurse (RN)');
    expect(screen.getByRole('status')).toHaveTextContent('2 routes from Nursing Assistant (CNA) to Registered Nurse (RN).');
    const [first, second] = routeButtons();
    expect(first).toHaveTextContent('Route 1: Nursing Assistant (CNA) → Licensed Practical Nurse (LPN) → Registered Nurse (RN)');
    expect(first).toHaveTextContent('Wage gain: +$50,250 a year (mean to mean)');
    expect(first).toHaveTextContent('Time: time not known');
    expect(first).toHaveTextContent('Steps: 2 steps');
    expect(second).toHaveTextContent('Route 2: Nursing Assistant (CNA) → Medical Assistant → Licensed Practical Nurse (LPN) → Registered Nurse (RN)');
  });

  it('highlights a chosen route on the map, shows its steps and wages, and clears it when pressed again', async () => {
    render(<RouteFinder map={sample()} />);
    const user = await chooseEnds('Nursing Assistant (CNA)', 'Registered Nurse (RN)');
    await user.click(routeButtons()[0]!);
    expect(routeButtons()[0]).toHaveAttribute('aria-pressed', 'true');
    expect(useViewerStore.getState().highlight).toEqual({ occupationIds: ['cna', 'lpn', 'rn'], transitionIds: ['cna-to-lpn', 'lpn-to-rn'] });

    const details = screen.getByRole('region', { name: 'Route 1 step by step' });
    // The sample's move points at the PN program and NCLEX-PN cards, and says in its own words what each takes.
    const takes = within(details).getByRole('list', { name: 'What the move to Licensed Practical Nurse (LPN) takes' });
    expect(within(takes).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Approved practical nursing (PN) program', 'Pass the NCLEX-PN exam']);
    expect(within(details).getByRole('img', { name: /^Mean wage along the route/ })).toHaveAccessibleName(
      'Mean wage along the route: 1. Nursing Assistant (CNA): $32,400 a year; 2. Licensed Practical Nurse (LPN): $57,110 a year; 3. Registered Nurse (RN): $82,650 a year',
    );

    await user.click(routeButtons()[0]!);
    expect(useViewerStore.getState().highlight).toBeUndefined();
    expect(screen.queryByRole('region', { name: 'Route 1 step by step' })).not.toBeInTheDocument();
  });

  it('leaves out blank requirements: a move with only blank lines says it lists none', async () => {
    const blanks = buildMap({
      occupations: [{ id: 'a', title: 'Aide' }, { id: 'b', title: 'Baker' }],
      transitions: [{ id: 'ab', from: 'a', to: 'b', requirements: ['', '  '] }],
    });
    render(<RouteFinder map={blanks} />);
    const user = await chooseEnds('Aide', 'Baker');
    await user.click(routeButtons()[0]!);
    const details = screen.getByRole('region', { name: 'Route 1 step by step' });
    expect(within(details).queryByRole('list', { name: 'What the move to Baker takes' })).not.toBeInTheDocument();
    expect(details).toHaveTextContent('The map lists no requirements for this move.');
  });

  it('sorts by time, cost or wage gain, and a new question clears the old route from the map', async () => {
    render(<RouteFinder map={diamond} />);
    const user = await chooseEnds('Aide', 'Director');
    const paths = () => routeButtons().map((button) => button.querySelector('.route-option__path')?.textContent);
    expect(paths()).toEqual(['Route 1: Aide → Clerk → Director', 'Route 2: Aide → Baker → Director', 'Route 3: Aide → Director']);
    expect(routeButtons()[0]).toHaveTextContent('Time: 3 months');
    expect(routeButtons()[0]).toHaveTextContent('Apprenticeship: 1 earn-while-you-learn step');
    // $62,400 a year − $15 an hour × 2,080 hours.
    expect(routeButtons()[0]).toHaveTextContent('Wage gain: +$31,200 a year (median to median)');

    await user.click(routeButtons()[0]!);
    await user.selectOptions(screen.getByLabelText('Sort routes by'), 'Cost (cheapest first)');
    expect(paths()).toEqual(['Route 1: Aide → Director', 'Route 2: Aide → Baker → Director', 'Route 3: Aide → Clerk → Director']);
    expect(routeButtons()[0]).toHaveTextContent('Cost: $0');
    expect(useViewerStore.getState().highlight).toBeUndefined();
  });

  it('starts from no experience at the ways in: the PN program and its licence before LPN, the CNA certificate before CNA work', async () => {
    render(<RouteFinder map={sample()} />);
    const user = await chooseEnds('No experience (starting out)', 'Licensed Practical Nurse (LPN)');
    expect(screen.getByRole('status')).toHaveTextContent('4 routes from no experience to Licensed Practical Nurse (LPN).');
    expect(routeButtons().map((button) => button.querySelector('.route-option__path')?.textContent)).toEqual([
      'Route 1: Medical Assistant → Licensed Practical Nurse (LPN)',
      'Route 2: Approved practical nursing (PN) program → NCLEX-PN → Licensed Practical Nurse (LPN)',
      'Route 3: CNA certificate → Nursing Assistant (CNA) → Licensed Practical Nurse (LPN)',
      'Route 4: CNA certificate → Nursing Assistant (CNA) → Medical Assistant → Licensed Practical Nurse (LPN)',
    ]);
    await user.click(routeButtons()[1]!);
    const details = screen.getByRole('region', { name: 'Route 2 step by step' });
    expect(within(details).getByText(/^Start:/)).toHaveTextContent('Start: Approved practical nursing (PN) program → NCLEX-PN → Licensed Practical Nurse (LPN)');
    // The sample gives the program no length or cost: not known, never 0.
    expect(within(details).getByText(/^Time not known/)).toHaveTextContent('Time not known · Cost not known');
    expect(useViewerStore.getState().highlight?.occupationIds).toEqual(['pn-program', 'nclex-pn', 'lpn']);
    expect(useViewerStore.getState().highlight?.transitionIds).toEqual(['pn-program-to-nclex-pn', 'nclex-pn-to-lpn']);
    expect(document.querySelector('.route-handout')).toHaveTextContent('Where you start: Approved practical nursing (PN) program → NCLEX-PN → Licensed Practical Nurse (LPN)');
  });

  it('lists the ways in under "Where can this job lead?" when From is no experience', async () => {
    render(<RouteFinder map={sample()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('From (current job)'), 'No experience (starting out)');
    const ways = within(screen.getByRole('region', { name: 'Where can this job lead?' })).getByRole('list', { name: 'Ways in with no experience' });
    expect(within(ways).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Medical Assistant',
      'Emergency Medical Technician (EMT)',
      'Phlebotomist',
      'Social and Human Service Assistant',
      'Psychiatric Technician',
      'CNA certificate (credential) → Nursing Assistant (CNA)',
      'Approved practical nursing (PN) program (program) → Licensed Practical Nurse (LPN)',
      'NCLEX-RN (credential) → Registered Nurse (RN)',
    ]);
    await user.click(within(ways).getByRole('button', { name: 'Find routes to Registered Nurse (RN)' }));
    expect(screen.getByLabelText('To (goal)')).toHaveDisplayValue('Registered Nurse (RN)');
    expect(routeButtons()[0]).toHaveTextContent('Route 1: NCLEX-RN → Registered Nurse (RN)');
    expect(routeButtons()[0]).toHaveTextContent('Steps: 1 step');
  });

  it('says so when no route leads to the goal', async () => {
    render(<RouteFinder map={sample()} />);
    await chooseEnds('Registered Nurse (RN)', 'Nursing Assistant (CNA)');
    expect(screen.getByRole('status')).toHaveTextContent('No route on this map leads from Registered Nurse (RN) to Nursing Assistant (CNA).');
    expect(screen.queryByRole('list', { name: 'Routes found' })).not.toBeInTheDocument();
  });

  it('fills From with the occupation selected on the map when From is empty', () => {
    useViewerStore.getState().selectOccupation('emt');
    render(<RouteFinder map={sample()} />);
    expect(screen.getByLabelText('From (current job)')).toHaveDisplayValue('Emergency Medical Technician (EMT)');
  });

  it('shows where the From job can lead, by steps, and makes a job the goal', async () => {
    render(<RouteFinder map={sample()} />);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('From (current job)'), 'Nursing Assistant (CNA)');
    const section = screen.getByRole('region', { name: 'Where can this job lead?' });
    expect(within(section).getByRole('heading', { name: '1 step away (2)' })).toBeInTheDocument();
    expect(within(section).getByRole('heading', { name: '2 steps away (1)' })).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Find routes to Registered Nurse (RN)' }));
    expect(screen.getByLabelText('To (goal)')).toHaveDisplayValue('Registered Nurse (RN)');
    expect(routeButtons()).toHaveLength(2);
  });

  it('prints the chosen route as a handout with its steps, wages, sources and the date', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      expect(document.documentElement.dataset.print).toBe('route');
    });
    render(<RouteFinder map={sample()} />);
    const user = await chooseEnds('Nursing Assistant (CNA)', 'Registered Nurse (RN)');
    await user.click(routeButtons()[0]!);
    const handout = document.querySelector('.route-handout');
    expect(handout).toHaveTextContent('Career route: Nursing Assistant (CNA) to Registered Nurse (RN)');
    expect(handout).toHaveTextContent('$57,110 a year (mean), about $27.46 an hour; 2019, Springfield, MA metro');
    // Each wage points at its entry in the numbered Sources.
    expect(handout).toHaveTextContent('$57,110 a year (mean), about $27.46 an hour; 2019, Springfield, MA metro · Source 1');
    const numbered = within(handout as HTMLElement).getAllByRole('list').at(-1)!;
    expect(within(numbered).getAllByRole('listitem')[0]).toHaveTextContent(/^U\.S\. Bureau of Labor Statistics news release 20-1303-BOS/);
    // The move points at the NCLEX-RN card, and its own words say what it takes.
    expect(handout).toHaveTextContent('Pass the NCLEX-RN exam');
    expect(handout).toHaveTextContent('U.S. Bureau of Labor Statistics news release 20-1303-BOS');
    expect(handout).toHaveTextContent(`Printed ${new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date())}`);
    await user.click(screen.getByRole('button', { name: 'Print this route' }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it('chooses the route a link names once it is found: highlighted, and the canvas asked to fit its cards', () => {
    const map = sample();
    const key = JSON.stringify(['cna', 'medical-assistant', 'lpn', 'rn']);
    useViewerStore.getState().openRouteLink({ from: 'cna', to: 'rn', routeKey: key, notice: undefined });
    render(<RouteFinder map={map} />);
    expect(routeButtons()[1]).toHaveAttribute('aria-pressed', 'true');
    expect(useViewerStore.getState()).toMatchObject({ routeKey: key, requestedRouteKey: undefined, panel: 'routes' });
    expect(useViewerStore.getState().fitRequest?.cardIds).toEqual(['cna', 'medical-assistant', 'lpn', 'rn']);
    // Its step names Medical Assistant's registered apprenticeship; its summary agrees.
    expect(routeButtons()[1]).toHaveTextContent('Apprenticeship: Medical Assistant has a registered apprenticeship');
  });

  it('says so when the route a link names is not among those found, and when a link names a job not on the map', () => {
    useViewerStore.getState().openRouteLink({ from: 'cna', to: 'rn', routeKey: '["cna","nowhere"]', notice: undefined });
    const { unmount } = render(<RouteFinder map={sample()} />);
    expect(screen.getByRole('status')).toHaveTextContent('The route in this link is not among the routes found here, so none is chosen. 2 routes from');
    expect(useViewerStore.getState().highlight).toBeUndefined();
    unmount();
    useViewerStore.getState().openRouteLink({ from: undefined, to: 'rn', routeKey: undefined, notice: 'This link names From “x”, not on this map, so it was left out.' });
    render(<RouteFinder map={sample()} />);
    expect(screen.getByRole('status')).toHaveTextContent('This link names From “x”, not on this map, so it was left out. Choose where the job seeker is now');
  });

  it('says when no route has the figures a sort is by', async () => {
    render(<RouteFinder map={sample()} />);
    const user = await chooseEnds('Nursing Assistant (CNA)', 'Registered Nurse (RN)');
    expect(screen.getByText(/^No route here has time figures/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Sort routes by'), 'Wage gain (biggest first)');
    expect(screen.queryByText(/^No route here has/)).not.toBeInTheDocument();
  });
});
