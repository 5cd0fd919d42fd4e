import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseMap, type ParseResult } from '../../../src/domain/parse';
import type { PathwayMap } from '../../../src/domain/schema/map';
import { serializeMap } from '../../../src/domain/serialize';
import {
  decodeShareFragment,
  decodeSharePayload,
  encodeShareMap,
  SHARE_PAYLOAD_LIMIT,
  shareLink,
} from '../../../src/io/share-link';
import { payloadCheck } from '../../../src/io/share-checksum';
import { buildMap } from '../../support/build-map';
import { validMap } from '../domain/arbitraries';
import { sampleMap } from '../domain/helpers';

const FIXTURES = resolve('fixtures');
// The healthcare sample, with its credential and program steps (format v2), is past what a link carries.
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.json'));

function mapOf(result: ParseResult): PathwayMap {
  if (!result.ok) throw new Error(result.errors.map(formatIssue).join('\n'));
  return result.map;
}

function errorsOf(result: ParseResult): string[] {
  if (result.ok) throw new Error(`expected the link to be refused, but it opened "${result.map.title}"`);
  return result.errors.map(formatIssue);
}

function payloadOf(map: PathwayMap): string {
  const encoding = encodeShareMap(map);
  if (!encoding.ok) throw new Error(encoding.message);
  return encoding.payload;
}

/** What follows the address in a link made for this payload. */
const fragmentOf = (payload: string) => `#map=${payload}&check=${payloadCheck(payload)}`;

/** A map of `count` occupations whose text differs enough that it does not compress away. */
function bigMap(count: number): PathwayMap {
  const occupations = Array.from({ length: count }, (_, index) => ({
    id: `occupation-${index}`,
    title: `Occupation ${index} ${(index * 7919).toString(36)} ${(index * 104729).toString(36)}`,
    description: `Works on task ${(index * 31337).toString(36)} with tools ${(index * 65537).toString(16)}.`,
    wage: { min: 20_000 + ((index * 977) % 30_000), max: 60_000 + ((index * 613) % 50_000), unit: 'year' },
  }));
  return buildMap({ id: 'big', title: 'A big map', occupations });
}

describe('share links: a map travels in the URL fragment and comes back the same', () => {
  it.each(fixtureNames)('the bundled sample %s fits in a link and opens identical', (name) => {
    const text = readFileSync(resolve(FIXTURES, name), 'utf8');
    const map = mapOf(parseMap(text));
    const encoding = encodeShareMap(map);
    if (!encoding.ok) throw new Error(encoding.message);
    expect(encoding.bytes).toBeLessThanOrEqual(SHARE_PAYLOAD_LIMIT);

    const link = shareLink('https://studio.example.org', encoding.payload);
    expect(link.startsWith('https://studio.example.org/shared#map=')).toBe(true);
    const opened = decodeShareFragment(new URL(link).hash);
    // The sample as the app reads it (a v1 file is read as v2), byte for byte.
    expect(serializeMap(mapOf(opened))).toBe(serializeMap(map));
  });

  it('any generated map that fits comes back equal, unknown fields and odd text included', () => {
    let fitted = 0;
    fc.assert(
      fc.property(validMap, (map) => {
        const encoding = encodeShareMap(map);
        if (!encoding.ok) return;
        fitted += 1;
        const opened = mapOf(decodeShareFragment(fragmentOf(encoding.payload)));
        expect(opened).toEqual(map);
        expect(serializeMap(opened)).toBe(serializeMap(map));
      }),
      { numRuns: 60 },
    );
    expect(fitted).toBeGreaterThan(30);
  }, 30_000);

  it('still opens when a mail program percent-encoded the link or turned + into spaces', () => {
    const map = mapOf(parseMap(JSON.stringify(sampleMap())));
    const payload = payloadOf(map);
    const check = payloadCheck(payload);
    expect(mapOf(decodeShareFragment(`#map=${encodeURIComponent(payload)}&check=${check}`))).toEqual(map);
    expect(mapOf(decodeShareFragment(`#map=${payload.replace(/\+/g, ' ')}&check=${check}`))).toEqual(map);
    expect(mapOf(decodeShareFragment(`#check=${check}&map=${payload}`))).toEqual(map);
  });

  it('leaves out what opening puts back (default levels, empty lists), and the map still comes back whole', () => {
    const map = mapOf(parseMap(JSON.stringify({ schemaVersion: 2, id: 'tiny', title: 'Tiny', occupations: [{ id: 'a', title: 'A' }] })));
    const json = decompressFromEncodedURIComponent(payloadOf(map));
    expect(JSON.parse(json)).toEqual({ schemaVersion: 2, id: 'tiny', title: 'Tiny', occupations: [{ id: 'a', title: 'A' }] });
    expect(mapOf(decodeShareFragment(fragmentOf(payloadOf(map))))).toEqual(map);
  });

  it('carries the map without indentation, so more fits', () => {
    const map = mapOf(parseMap(readFileSync(resolve(FIXTURES, 'information-technology-massachusetts.json'), 'utf8')));
    const indented = compressToEncodedURIComponent(serializeMap(map));
    expect(payloadOf(map).length).toBeLessThan(indented.length);
  });
});

describe('share links: a map too large for a link', () => {
  it('is refused with its compressed size and the limit, and told to send the file', () => {
    const encoding = encodeShareMap(bigMap(400));
    expect(encoding.ok).toBe(false);
    if (encoding.ok) return;
    expect(encoding.bytes).toBeGreaterThan(SHARE_PAYLOAD_LIMIT);
    expect(encoding.atLeast).toBe(false);
    const kilobytes = (Math.round((encoding.bytes / 1024) * 10) / 10).toLocaleString('en-US');
    expect(encoding.message).toBe(
      `This map is too large for a link (${kilobytes} KB compressed, the limit is 16 KB). Send the file instead.`,
    );
  });

  it('a very large map is judged from its beginning, without compressing all of it', () => {
    const encoding = encodeShareMap(bigMap(3_000));
    expect(encoding.ok).toBe(false);
    if (encoding.ok) return;
    expect(encoding.atLeast).toBe(true);
    expect(encoding.message).toMatch(/^This map is too large for a link \(over [\d,.]+ KB compressed, the limit is 16 KB\)\. Send the file instead\.$/);
  });
});

describe('share links: a broken link gets a clear answer and no map', () => {
  const goodPayload = payloadOf(mapOf(parseMap(JSON.stringify(sampleMap()))));

  it('an address without a map', () => {
    expect(errorsOf(decodeShareFragment(''))).toEqual([
      'This address carries no map. A share link ends in “#map=” followed by the map; ask for the link again.',
    ]);
    expect(errorsOf(decodeShareFragment('#somewhere-else'))[0]).toMatch(/carries no map/);
  });

  it('an empty payload', () => {
    expect(errorsOf(decodeShareFragment('#map='))).toEqual([
      'The link has no map in it: nothing follows “#map=”. Ask for the link again.',
    ]);
  });

  it('a link cut short', () => {
    const damaged = /^The link is damaged or incomplete: part of it was probably lost or changed when it was copied\./;
    const half = goodPayload.slice(0, Math.floor(goodPayload.length / 2));
    expect(errorsOf(decodeShareFragment(`#map=${half}&check=${payloadCheck(goodPayload)}`))[0]).toMatch(damaged);
    expect(errorsOf(decodeShareFragment(`#map=${goodPayload}`))[0]).toMatch(damaged);
    expect(errorsOf(decodeShareFragment(`#map=${goodPayload}&check=${payloadCheck(goodPayload).slice(0, 4)}`))[0]).toMatch(damaged);
    // Even with a check that matches, half an lz-string payload does not unpack into a map.
    expect(errorsOf(decodeShareFragment(fragmentOf(half)))[0]).toMatch(damaged);
  });

  it('a payload with characters a link never has', () => {
    const tampered = `${goodPayload.slice(0, 40)}<script>${goodPayload.slice(40)}`;
    expect(errorsOf(decodeShareFragment(`#map=${tampered}&check=${payloadCheck(goodPayload)}`))).toEqual([
      'The link contains characters a share link never has, so it was changed after it was made. Ask for the link again.',
    ]);
  });

  it('any one character changed is caught by the check, before decompressing', () => {
    const check = payloadCheck(goodPayload);
    fc.assert(
      fc.property(fc.nat({ max: goodPayload.length - 1 }), fc.constantFrom(...'AQgw09-$+'), (at, replacement) => {
        fc.pre(goodPayload[at] !== replacement);
        const changed = goodPayload.slice(0, at) + replacement + goodPayload.slice(at + 1);
        expect(errorsOf(decodeShareFragment(`#map=${changed}&check=${check}`))[0]).toMatch(/^The link is damaged or incomplete/);
      }),
      { numRuns: 300 },
    );
  });

  it('a link longer than any we make is refused before it is decompressed', () => {
    const [message] = errorsOf(decodeShareFragment(`#map=${'A'.repeat(SHARE_PAYLOAD_LIMIT + 1)}`));
    expect(message).toBe(
      'This link is longer than any share link Pathway Studio makes (at most 16 KB of map), so it was not opened. Ask for the map file instead.',
    );
    expect(errorsOf(decodeShareFragment(`#map=${'%41'.repeat(SHARE_PAYLOAD_LIMIT + 1)}`))[0]).toMatch(/longer than any share link/);
  });

  it('a short payload that would unpack past the 1 MB share-link budget is refused before parsing', () => {
    // 7,000,000 × "€" (21 MB as UTF-8), compressed by lz-string 1.5.0 into 6.8 KB.
    const bomb = readFileSync(resolve('tests/unit/io/fixtures/share-payload-21mb.txt'), 'utf8').trim();
    expect(bomb.length).toBeLessThan(SHARE_PAYLOAD_LIMIT);
    expect(errorsOf(decodeShareFragment(fragmentOf(bomb)))).toEqual([
      "The map in this link would unpack to more than 1 MB, the most a share link's map can be, so it was not opened. Ask for the map file instead.",
    ]);
  });

  it('the unpacked-size limit is checked before parsing, whatever it is', () => {
    const json = JSON.stringify(sampleMap());
    const payload = compressToEncodedURIComponent(json);
    expect(decodeSharePayload(payload, { payloadChars: SHARE_PAYLOAD_LIMIT, jsonBytes: json.length }).ok).toBe(true);
    expect(errorsOf(decodeSharePayload(payload, { payloadChars: SHARE_PAYLOAD_LIMIT, jsonBytes: json.length - 1 }))[0]).toMatch(
      /would unpack to more than/,
    );
  });

  it('text that unpacks but is not JSON is called damaged', () => {
    const payload = compressToEncodedURIComponent('not a map at all');
    expect(errorsOf(decodeSharePayload(payload))[0]).toMatch(/^The link is damaged or incomplete/);
  });

  it('valid JSON that is not a valid map keeps the located errors of any import', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], wage: { min: '$35,000', unit: 'year' } };
    const payload = compressToEncodedURIComponent(JSON.stringify(data));
    expect(errorsOf(decodeSharePayload(payload))).toEqual([
      'occupations[0].wage.min: must be a number of dollars, not "$35,000" (write it as 35000)',
    ]);
    expect(errorsOf(decodeSharePayload(compressToEncodedURIComponent('{"hello":"world"}')))[0]).toMatch(
      /isn't a Pathway Studio map/,
    );
  });

  it('never throws, whatever the fragment holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(typeof decodeShareFragment(`#map=${text}`).ok).toBe('boolean');
        expect(typeof decodeShareFragment(text).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
