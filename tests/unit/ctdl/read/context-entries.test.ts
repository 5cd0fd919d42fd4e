import { describe, expect, it } from 'vitest';
import { readCtdl } from '../../../../src/domain/ctdl/read-ctdl';

const CONTEXT = 'https://credreg.net/ctdl/schema/context/json';

describe('readCtdl: a document listing its context over and over', () => {
  it('is refused with a located message before jsonld.js processes it (50,000 entries took minutes)', async () => {
    const text = JSON.stringify({ '@context': Array.from({ length: 50_000 }, () => CONTEXT), '@type': 'ceterms:Pathway', 'ceterms:name': 'P' });
    const result = await readCtdl([{ name: 'many.jsonld', text }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/more than 16 @context entries in one document/);
  });

  it('still reads a document that names the context a few times', async () => {
    const text = JSON.stringify({ '@context': [CONTEXT, CONTEXT], '@type': 'ceterms:Pathway', 'ceterms:name': 'P' });
    expect((await readCtdl([{ name: 'two.jsonld', text }])).ok).toBe(true);
  });
});
