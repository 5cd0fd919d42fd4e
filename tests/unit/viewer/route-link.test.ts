import { describe, expect, it } from 'vitest';
import { readRouteLink, writeRouteLink } from '../../../src/features/viewer/routes/route-link';
import { NO_EXPERIENCE } from '../../../src/features/viewer/routes/route-ends';
import { buildMap } from '../../support/build-map';

const { occupations } = buildMap({
  occupations: [
    { id: 'cna', title: 'Nursing Assistant' },
    { id: 'rn', title: 'Registered Nurse' },
    { id: 'a&b=c', title: 'Odd id' },
  ],
});
const read = (query: string) => readRouteLink(new URLSearchParams(query), occupations);

describe('readRouteLink', () => {
  it('reads From, To and the chosen route', () => {
    expect(read('from=cna&to=rn&route=%5B%22cna%22%2C%22rn%22%5D')).toEqual({ from: 'cna', to: 'rn', routeKey: '["cna","rn"]', notice: undefined, named: true });
  });

  it('reads no experience as From', () => {
    expect(read('from=no-experience&to=rn')).toMatchObject({ from: NO_EXPERIENCE, to: 'rn', notice: undefined });
  });

  it('names no route when the address has none of its parameters', () => {
    expect(read('')).toEqual({ from: undefined, to: undefined, routeKey: undefined, notice: undefined, named: false });
    expect(read('tab=x').named).toBe(false);
  });

  it('leaves out ids not on this map and says which, quoting a long one only in part', () => {
    const link = read(`from=nobody&to=${'x'.repeat(300)}`);
    expect(link).toMatchObject({ from: undefined, to: undefined, named: true });
    expect(link.notice).toBe(`This link names From “nobody” and To “${'x'.repeat(40)}…”, not on this map, so they were left out.`);
    expect(read('from=cna&to=nobody').notice).toBe('This link names To “nobody”, not on this map, so it was left out.');
    // "No experience" is a From, never a To.
    expect(read('to=no-experience')).toMatchObject({ to: undefined, notice: 'This link names To “no-experience”, not on this map, so it was left out.' });
  });
});

describe('writeRouteLink', () => {
  it('writes the route and keeps the other parameters; what is not chosen is left out', () => {
    const next = writeRouteLink(new URLSearchParams('keep=1&route=old'), { from: NO_EXPERIENCE, to: 'rn', routeKey: undefined });
    expect(next.toString()).toBe('keep=1&from=no-experience&to=rn');
  });

  it('reads back what it wrote, whatever the ids', () => {
    const route = { from: 'a&b=c', to: 'rn', routeKey: '["a&b=c","rn"]' };
    const link = readRouteLink(new URLSearchParams(writeRouteLink(new URLSearchParams(), route).toString()), occupations);
    expect(link).toMatchObject({ ...route, notice: undefined });
  });
});
