import { describe, expect, it } from 'vitest';
import { toLayoutMap } from '../../../src/layout/layout-map';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/layout/layout-options';
import { answerLayoutRequest, type LayoutRequest } from '../../../src/layout/worker-protocol';
import { elk, layOut, measuredSizes, sampleMap } from './layout-helpers';

const request = (changes: Partial<LayoutRequest> = {}): LayoutRequest => ({
  requestId: 7,
  map: toLayoutMap(sampleMap()),
  sizes: [],
  options: DEFAULT_LAYOUT_OPTIONS,
  pinned: [],
  ...changes,
});

describe('answerLayoutRequest (what the layout worker does with a message)', () => {
  it('answers with the request id and the same positions as laying out in the page would', async () => {
    const map = sampleMap();
    const sizes = measuredSizes(map);
    const response = await answerLayoutRequest(elk, request({ sizes: [...sizes] }));
    expect(response.requestId).toBe(7);
    if (!response.ok) throw new Error(response.message);
    expect(new Map(response.positions)).toEqual(await layOut(map, {}, sizes));
    expect(response.positions).toHaveLength(map.occupations.length + map.steps.length);
  });

  it('keeps the pinned cards where they were put when asked to', async () => {
    const map = sampleMap();
    const [first] = map.occupations;
    if (!first) throw new Error('the sample has occupations');
    const placed = { ...map, occupations: map.occupations.map((o) => (o === first ? { ...o, position: { x: 5000, y: 7000 } } : o)) };
    const response = await answerLayoutRequest(
      elk,
      request({ map: toLayoutMap(placed), options: { ...DEFAULT_LAYOUT_OPTIONS, keepPinned: true }, pinned: [first.id] }),
    );
    if (!response.ok) throw new Error(response.message);
    expect(new Map(response.positions).get(first.id)).toEqual({ x: 5000, y: 7000 });
  });

  it('turns elk’s rejection into a plain sentence instead of throwing (a Java exception means nothing to a coach)', async () => {
    const rejecting = { layout: () => Promise.reject(new Error('UnsupportedGraphException: bad edge\n  at java.lang')) };
    const response = await answerLayoutRequest(rejecting, request({ requestId: 3 }));
    expect(response).toEqual({ requestId: 3, ok: false, message: 'The layout engine could not lay this map out.' });
  });

  it('turns a throw or an odd rejection into the same sentence', async () => {
    const throwing = {
      layout: () => {
        throw new Error('boom\n  at somewhere');
      },
    };
    const plain = 'The layout engine could not lay this map out.';
    expect(await answerLayoutRequest(throwing, request({ requestId: 1 }))).toEqual({ requestId: 1, ok: false, message: plain });
    const odd = { layout: () => Promise.reject(undefined) };
    expect(await answerLayoutRequest(odd, request({ requestId: 2 }))).toEqual({ requestId: 2, ok: false, message: plain });
  });

  it('keeps the words of its own refusal: a result too large for the canvas says what to try', async () => {
    const tooFar = {
      layout: () => Promise.resolve({ id: 'root', children: [{ id: 'cna', x: 0, y: 0, width: 240, height: 150 }, { id: 'rn', x: 0, y: 5e6, width: 240, height: 150 }] }),
    };
    // Read downwards, elk's places are kept as they come (a layout to the right is compacted: compact-columns.ts).
    const response = await answerLayoutRequest(tooFar, request({ requestId: 4, options: { ...DEFAULT_LAYOUT_OPTIONS, direction: 'DOWN' } }));
    expect(response).toMatchObject({ requestId: 4, ok: false, message: expect.stringContaining('Try compact spacing or the other direction.') });
  });
});
