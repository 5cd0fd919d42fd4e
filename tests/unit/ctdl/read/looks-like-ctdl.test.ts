import { describe, expect, it } from 'vitest';
import { looksLikeCtdl } from '../../../../src/domain/ctdl/looks-like-ctdl';

describe('looksLikeCtdl', () => {
  it.each([
    ['the registry context', { '@context': 'https://credreg.net/ctdl/schema/context/json', '@graph': [] }],
    ['a prefixed type without context', { '@type': 'ceterms:Pathway' }],
    ['an unprefixed CTDL class', { '@type': 'CredentialComponent', name: 'x' }],
    ['a graph of CTDL nodes', { '@graph': [{ '@type': 'Pathway' }] }],
    ['an array of CTDL nodes', [{ '@type': 'ceterms:JobComponent' }]],
    ['an inline context naming CTDL', { '@context': { ceterms: 'https://purl.org/ctdl/terms/' }, '@type': 'ceterms:Pathway' }],
  ])('is true for %s', (_name, doc) => {
    expect(looksLikeCtdl(JSON.stringify(doc))).toBe(true);
  });

  it('is true for several CTDL documents in a row', () => {
    expect(looksLikeCtdl('{"@context":"https://credreg.net/ctdl/schema/context/json","@type":"Pathway"}\n{"@type":"ceterms:Pathway"}')).toBe(true);
  });

  it.each([
    ['a Pathway Studio map', { schemaVersion: 2, title: 'Nursing', occupations: [] }],
    ['a map that happens to carry CTDL statements', { schemaVersion: 2, occupations: [{ ctdl: { '@type': 'ceterms:Pathway' } }] }],
    ['other JSON', { hello: 'world' }],
    ['other JSON-LD', { '@context': 'https://schema.org', '@type': 'Person' }],
  ])('is false for %s', (_name, doc) => {
    expect(looksLikeCtdl(JSON.stringify(doc))).toBe(false);
  });

  it('is false for broken text and for a broken map', () => {
    expect(looksLikeCtdl('not json')).toBe(false);
    expect(looksLikeCtdl('{"schemaVersion": 2, "title": "x",')).toBe(false);
  });
});
