import { describe, expect, it } from 'vitest';
import { escapeXml, mapToSvg, type SvgCard } from '../../../src/io/map-svg';

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
