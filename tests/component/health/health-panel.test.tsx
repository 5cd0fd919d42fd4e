import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { checkHealth } from '../../../src/domain/health/check-health';
import type { Finding } from '../../../src/domain/health/finding';
import { HealthPanel } from '../../../src/features/health/health-panel';
import { buildMap } from '../../support/build-map';

/** Real findings from the model: two missing wages, a stale wage and a move without requirements. */
function findingsOfSmallMap(): Finding[] {
  const map = buildMap({
    sources: [{ id: 'oews', label: 'OEWS May 2019' }],
    occupations: [
      { id: 'cna', title: 'Nursing Assistant', socCode: '31-1131', level: 'entry', wage: { amount: 38000, unit: 'year', year: 2019, sourceId: 'oews' } },
      { id: 'lpn', title: 'Licensed Practical Nurse', socCode: '29-2061', level: 'middle' },
      { id: 'rn', title: 'Registered Nurse', socCode: '29-1141', level: 'advanced' },
    ],
    transitions: [
      { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', requirements: ['PN program'] },
      { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement' },
    ],
  });
  return checkHealth(map, new Date('2026-06-15T12:00:00Z'));
}

describe('HealthPanel', () => {
  it('is a region headed "Map health" with a count of findings', () => {
    render(<HealthPanel findings={findingsOfSmallMap()} onShowTarget={() => {}} />);
    const region = screen.getByRole('region', { name: 'Map health' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Map health' })).toBeInTheDocument();
    expect(region).toHaveTextContent('4 things to check');
  });

  it('groups findings by kind under a short heading, in the model order, each a button named by its message', () => {
    render(<HealthPanel findings={findingsOfSmallMap()} onShowTarget={() => {}} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Missing wages (2)', 'Old wage figures (1)', 'Moves without requirements (1)']);
    const wages = within(screen.getByRole('list', { name: 'Missing wages' })).getAllByRole('button');
    expect(wages.map((button) => button.textContent)).toEqual([
      'Licensed Practical Nurse has no wage. Add a wage from OEWS with its statistic (mean or median) and year.',
      'Registered Nurse has no wage. Add a wage from OEWS with its statistic (mean or median) and year.',
    ]);
    expect(screen.getByRole('button', { name: /^The move from Licensed Practical Nurse to Registered Nurse lists no requirements/ })).toBeInTheDocument();
  });

  it('puts warnings before facts still to fill in, whatever order the findings arrive in', () => {
    const map = buildMap({
      sources: [{ id: 'oews', label: 'OEWS' }],
      occupations: [
        { id: 'a', title: 'A', level: 'entry', socCode: '11-1021', wage: { amount: 1, unit: 'year', sourceId: 'oews' } },
        { id: 'b', title: 'B', level: 'advanced', socCode: '11-1021', wage: { amount: 1, unit: 'year', sourceId: 'oews' } },
      ],
    });
    render(<HealthPanel findings={[...checkHealth(map, new Date('2026-01-01'))].reverse()} onShowTarget={() => {}} />);
    const headings = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(headings).toEqual(["Can't be reached (1)", 'Repeated SOC codes (1)', 'Dead ends (1)']);
    expect(screen.getByText("Can't be reached").closest('.health-group')).toHaveClass('health-group--warning');
    expect(screen.getByText('Dead ends').closest('.health-group')).toHaveClass('health-group--info');
  });

  it('says "1 thing to check" for one finding', () => {
    const [first] = findingsOfSmallMap();
    render(<HealthPanel findings={first ? [first] : []} onShowTarget={() => {}} />);
    expect(screen.getByText('1 thing to check')).toBeInTheDocument();
  });

  it('says no problems were found, with no lists, when there are no findings', () => {
    render(<HealthPanel findings={[]} onShowTarget={() => {}} />);
    expect(screen.getByRole('region', { name: 'Map health' })).toHaveTextContent('Map healthNo problems found');
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('hands the pressed finding to onShowTarget, by click or keyboard', async () => {
    const user = userEvent.setup();
    const onShowTarget = vi.fn();
    const findings = findingsOfSmallMap();
    render(<HealthPanel findings={findings} onShowTarget={onShowTarget} />);
    await user.click(screen.getByRole('button', { name: /^Registered Nurse has no wage/ }));
    expect(onShowTarget).toHaveBeenCalledTimes(1);
    expect(onShowTarget).toHaveBeenLastCalledWith(findings.find((finding) => finding.targetId === 'rn'));
    screen.getByRole('button', { name: /lists no requirements/ }).focus();
    await user.keyboard('{Enter}');
    expect(onShowTarget).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'no-requirements', targetId: 'lpn-rn', targetKind: 'transition' }));
  });

  it('shows messages as text, never as HTML', () => {
    const map = buildMap({ occupations: [{ id: 'x', title: '<img src=x onerror=alert(1)>Nurse', level: 'advanced', socCode: '29-1141' }] });
    const { container } = render(<HealthPanel findings={checkHealth(map, new Date('2026-01-01'))} onShowTarget={() => {}} />);
    expect(screen.getByRole('button', { name: /^<img src=x onerror=alert\(1\)>Nurse has no wage/ })).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
