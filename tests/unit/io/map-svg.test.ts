import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { escapeXml, mapToSvg, wrapWords, type SvgCard } from '../../../src/io/map-svg';

const card = (id: string, x: number, title = id): SvgCard => ({ id, x, y: 0, width: 240, height: 110, title, lines: ['Entry level'], colour: '#2a7' });

describe('mapToSvg', () => {
  it('draws every card, every arrow, the title and the legend', () => {
    const svg = mapToSvg({
      title: 'Care ladder',
      groups: [{ id: 'care', label: 'Direct care', color: '#2a7' }],
      cards: [card('cna', 0, 'Nursing Assistant'), card('lpn', 400, 'LPN')],
      arrows: [{ from: 'cna', to: 'lpn', kind: 'lateral' }, { from: 'cna', to: 'missing', kind: 'advancement' }],
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('>Care ladder<');
    expect(svg).toContain('>Direct care<');
    expect(svg).toContain('>Nursing Assistant<');
    expect(svg.match(/class="arrow"/g)).toHaveLength(1);
    expect(svg).toContain('stroke-dasharray="8 5"');
  });

  it('sizes the picture to hold every card, however far apart', () => {
    const svg = mapToSvg({ title: 'Wide', groups: [], cards: [card('a', -500), card('b', 20_000)], arrows: [] });
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(20_740);
  });

  it('keeps map text as text: markup is escaped and a bad colour is not used', () => {
    const svg = mapToSvg({
      title: '<script>alert(1)</script>',
      groups: [{ id: 'g', label: 'x', color: 'red;fill:url(javascript:1)' }],
      cards: [{ ...card('a', 0), title: '"><img src=x onerror=alert(1)>', colour: 'url(#evil)' }],
      arrows: [],
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('javascript');
    expect(svg).not.toContain('url(#evil)');
  });
});

describe('escapeXml', () => {
  it('escapes markup characters and drops what XML cannot hold', () => {
    expect(escapeXml(`a<b>&"'`)).toBe('a&lt;b&gt;&amp;&quot;&apos;');
    expect(escapeXml('bell\u0007 and lone \ud800 surrogate')).toBe('bell and lone \ufffd surrogate');
    expect(escapeXml('right-to-left \u202e ok')).toBe('right-to-left \u202e ok');
  });
});

describe('card text in the SVG', () => {
  const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);

  it('wraps a long title onto lines that fit the card, and the card grows to hold every line', () => {
    const title = 'Medical and Clinical Laboratory Technologist';
    const svg = mapToSvg({ title: 'T', groups: [], cards: [{ ...card('lab', 0, title), height: 60, lines: ['Advanced level', 'Wage not known', 'SOC 29-2011.00'] }], arrows: [] });
    const drawn = texts(svg);
    expect(drawn).toContain('Medical and Clinical');
    expect(drawn).toContain('Laboratory Technologist');
    expect(drawn).toContain('SOC 29-2011.00');
    const cardHeight = Number(/<rect width="240" height="([\d.]+)"/.exec(svg)?.[1]);
    const lastBaseline = Math.max(...[...svg.matchAll(/<text x="16" y="([\d.]+)"/g)].map((match) => Number(match[1])));
    expect(cardHeight).toBeGreaterThan(lastBaseline);
  });

  it('writes what a move takes on its arrow, as text', () => {
    const svg = mapToSvg({
      title: 'T',
      groups: [],
      cards: [card('a', 0), card('b', 400)],
      arrows: [{ from: 'a', to: 'b', kind: 'advancement', label: '12 months <b>' }],
    });
    expect(texts(svg)).toContain('12 months &lt;b&gt;');
  });
});

describe('wrapWords', () => {
  it('keeps whole words on lines of at most the width, and ends with … what does not fit', () => {
    expect(wrapWords('Registered Nurse (RN)', 12, 3)).toEqual(['Registered', 'Nurse (RN)']);
    expect(wrapWords('one two three four five', 9, 2)).toEqual(['one two', 'three fo…']);
    expect(wrapWords('Supercalifragilistic', 8, 3)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('never gives a line longer than the width, nor more lines than allowed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 4 }), (text, width, maxLines) => {
        const lines = wrapWords(text, width, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.max(1, width));
      }),
    );
  });
});
