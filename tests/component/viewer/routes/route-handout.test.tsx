import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardTitles } from '../../../../src/domain/cards';
import { findRoutes } from '../../../../src/domain/graph/find-routes';
import { parseMap } from '../../../../src/domain/parse';
import { RouteHandout } from '../../../../src/features/viewer/routes/route-handout';
import { RouteSteps } from '../../../../src/features/viewer/routes/route-steps';

const parsed = parseMap(readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8'));
if (!parsed.ok) throw new Error('the healthcare sample does not parse');
const map = parsed.map;
const route = findRoutes(map, { from: 'cna', to: 'rn' }).routes.find((found) => found.occupations.some((job) => job.id === 'medical-assistant'))!;

describe('the printed route handout says what the route’s steps say on screen', () => {
  it('carries every caveat and apprenticeship note of the steps, in the same words', () => {
    const { container } = render(<RouteSteps route={route} titleOf={(id) => cardTitles(map).get(id)} />);
    const onScreen = [...container.querySelectorAll('.route-steps__facts, .route-steps__notes')].map((line) => line.textContent ?? '');
    expect(onScreen.join(' ')).toContain('not from a sourced pathway, so confirm it with local employers');
    expect(onScreen.join(' ')).toContain('Medical Assistant has a registered apprenticeship; starting pay not on file.');
    const handout = render(<RouteHandout map={map} route={route} fromLabel="Nursing Assistant (CNA)" />).container.querySelector('.route-handout')!;
    for (const line of onScreen) expect(handout).toHaveTextContent(line);
  });

  it('has one level-one heading naming the route, level-two parts, and ruled space for notes and next steps', () => {
    render(<RouteHandout map={map} route={route} fromLabel="Nursing Assistant (CNA)" />);
    const handout = screen.getByRole('article', { name: 'Route handout for printing', hidden: true });
    const headings = within(handout).getAllByRole('heading', { hidden: true });
    expect(headings.map((heading) => `${heading.tagName} ${heading.textContent}`)).toEqual([
      'H1 Career route: Nursing Assistant (CNA) to Registered Nurse (RN)',
      'H2 About these jobs',
      'H2 Sources',
      'H2 Notes',
      'H2 Next steps, with dates',
    ]);
    expect(within(handout).getByRole('region', { name: 'Notes', hidden: true }).querySelectorAll('.route-handout__rule').length).toBeGreaterThan(2);
    expect(within(handout).getByRole('region', { name: 'Next steps, with dates', hidden: true })).toHaveTextContent(/^Next steps, with dates(by)+$/);
  });

  it('gives the Medical Assistant’s unknown wage as not known, each wage its numbered source, and a move citing none as such', () => {
    render(<RouteHandout map={map} route={route} fromLabel="Nursing Assistant (CNA)" />);
    const handout = screen.getByRole('article', { name: 'Route handout for printing', hidden: true });
    const rowOf = (title: RegExp) => within(handout).getByRole('rowheader', { name: title, hidden: true }).closest('tr')!;
    expect(within(rowOf(/^Medical Assistant/)).getAllByRole('cell', { hidden: true })[1]).toHaveTextContent(/^Wage not known$/);
    const sources = within(handout).getAllByRole('list', { hidden: true }).at(-1)!;
    const lpnWage = map.sources.find((source) => source.id === map.occupations.find((job) => job.id === 'lpn')!.wage!.sourceId)!;
    const number = within(sources).getAllByRole('listitem', { hidden: true }).findIndex((item) => item.textContent?.startsWith(lpnWage.label)) + 1;
    expect(number).toBeGreaterThan(0);
    expect(within(rowOf(/^Licensed Practical Nurse/)).getAllByRole('cell', { hidden: true })[1]).toHaveTextContent(`· Source ${number}`);
    expect(rowOf(/^Medical Assistant/)).toHaveTextContent('The map names no source for this move.');
  });
});
