import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCtdlText, mintMissingCtids } from '../../../src/domain/ctdl/export-ctdl';
import { importCtdl } from '../../../src/domain/ctdl/import-ctdl';
import type { PathwayMap } from '../../../src/domain/schema/map';

const fixture = (name: string) => ({ name, text: readFileSync(resolve('fixtures/ctdl', name), 'utf8') });
const FILES = [fixture('nursing-pathway.jsonld'), fixture('nursing-progression-model.jsonld')];
const nothingInLibrary = () => undefined;

async function imported(files = FILES, existing?: PathwayMap): Promise<Extract<Awaited<ReturnType<typeof importCtdl>>, { ok: true }>> {
  const result = await importCtdl(files, () => existing);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('importCtdl: the bundled nursing pathway', () => {
  it('reads its credential types however they are spelt, and keeps none of them verbatim once understood', async () => {
    const { map } = await imported();
    const credentials = map.steps.filter((step) => step.kind === 'credential');
    expect(credentials.map((step) => [step.title, step.credentialType])).toEqual([
      ['Nursing assistant certificate', 'certificate'],
      ['NCLEX-PN', 'license'],
      ['NCLEX-RN', 'license'],
    ]);
    for (const step of credentials) expect(Object.keys(step.ctdl ?? {}).some((key) => key.endsWith('/credentialType'))).toBe(false);
  });

  it('says what it recognised, names the destination as the goal, and keeps the constraint and the credit value', async () => {
    const { map, report, reportText } = await imported();
    expect(map.occupations.find((occupation) => occupation.id === map.goalId)?.title).toBe('Registered Nurse');
    expect(report.recognised.join('\n')).toMatch(/3 levels|level/);
    expect(report.notKept.map((item) => item.what).join('\n')).toMatch(/Constraint|constraint/);
    expect(report.notKept.map((item) => item.what).join('\n')).toMatch(/creditValue|credit value/i);
    expect(reportText).toContain('nursing-pathway.jsonld');
  });

  it('gives back the same map after an export and a re-import as an update', async () => {
    const { map } = await imported();
    let counter = 0;
    const minted = mintMissingCtids(map, () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`).map;
    const again = await imported([{ name: 'exported.ctdl.jsonld', text: exportCtdlText(minted) }], minted);
    expect(again.updates).toBe(minted);
    expect(again.map).toEqual(minted);
  });

  it('updates only the same pathway: a library map that merely shares the id is left alone', async () => {
    const { map } = await imported();
    const handMade = { ...map, pathwayCtid: undefined, title: 'My own nursing map' };
    const result = await importCtdl(FILES, () => handMade);
    expect(result.ok && result.updates).toBeUndefined();
    const same = await importCtdl(FILES, () => map);
    expect(same.ok && same.updates).toBe(map);
  });

  it('is refused with a message when nothing in the files is CTDL', async () => {
    const result = await importCtdl([{ name: 'notes.jsonld', text: '{"@context": "https://evil.example/ctx", "@type": "Pathway"}' }], nothingInLibrary);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/evil\.example/);
  });
});
