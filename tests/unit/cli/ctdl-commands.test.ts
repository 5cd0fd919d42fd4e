import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCtdlPaths } from '../../../src/cli/ctdl-export-files';
import { importCtdlPaths, type CtdlImportIo } from '../../../src/cli/ctdl-import-files';
import { parseMap } from '../../../src/domain/parse';

/** A folder in memory: the commands read and write only through it. */
function memoryFs(files: Record<string, string>): CtdlImportIo & { files: Map<string, string> } {
  const stored = new Map(Object.entries(files));
  return {
    files: stored,
    readFile: (path) => {
      const text = stored.get(path);
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(text);
    },
    writeFile: (path, text) => void stored.set(path, text),
    exists: (path) => stored.has(path),
  };
}

const fixture = (name: string) => readFileSync(resolve('fixtures/ctdl', name), 'utf8');
const PATHWAY = 'nursing-pathway.jsonld';
const MODEL = 'nursing-progression-model.jsonld';

describe('npm run ctdl:import', () => {
  it('says how to use it when given no file', async () => {
    expect(await importCtdlPaths([], memoryFs({}))).toMatchObject({ exitCode: 2, lines: [expect.stringContaining('Usage: npm run ctdl:import')] });
  });

  it('makes one map from a pathway and its separate progression model, and says what it made and what it kept without a place', async () => {
    const fs = memoryFs({ [PATHWAY]: fixture(PATHWAY), [MODEL]: fixture(MODEL) });
    const { lines, exitCode } = await importCtdlPaths([PATHWAY, MODEL, '--out', 'maps'], fs);
    expect(exitCode).toBe(0);
    const written = [...fs.files.keys()].filter((path) => path.startsWith('maps/'));
    expect(written).toHaveLength(2);
    const mapPath = written.find((path) => path.endsWith('.json'))!;
    const map = parseMap(fs.files.get(mapPath)!);
    expect(map.ok && map.map.title).toBe('Nursing careers in the Pioneer Valley');
    expect(map.ok && map.map.levels.map((level) => level.label)).toEqual(['Getting started', 'Licensed practical', 'Registered']);
    expect(lines[0]).toBe(`${PATHWAY}: made "Nursing careers in the Pioneer Valley" (3 occupations, 6 steps, ${map.ok ? map.map.transitions.length : 0} moves) → ${mapPath}`);
    // The condition's constraint and the course's credit value have no field: kept, and said.
    expect(lines.filter((line) => line.startsWith('  kept as written')).length).toBeGreaterThanOrEqual(2);
    expect(fs.files.get(written.find((path) => path.endsWith('.import-report.md'))!)).toContain('Nursing careers in the Pioneer Valley');
  });

  it('updates the map it made before rather than making a second one, keeping what was added by hand', async () => {
    const fs = memoryFs({ [PATHWAY]: fixture(PATHWAY), [MODEL]: fixture(MODEL) });
    await importCtdlPaths([PATHWAY, MODEL, '--out', 'maps'], fs);
    const mapPath = [...fs.files.keys()].find((path) => path.startsWith('maps/') && path.endsWith('.json'))!;
    const first = parseMap(fs.files.get(mapPath)!);
    if (!first.ok) throw new Error('the first import did not make a valid map');
    const rn = first.map.occupations.find((occupation) => occupation.title === 'Registered Nurse')!;
    rn.wage = { amount: 41.5, unit: 'hour', statistic: 'median' };
    fs.files.set(mapPath, JSON.stringify(first.map));

    const { lines } = await importCtdlPaths([PATHWAY, MODEL, '--out', 'maps'], fs);
    expect(lines[0]).toMatch(/: updated "Nursing careers in the Pioneer Valley"/);
    expect([...fs.files.keys()].filter((path) => path.startsWith('maps/') && path.endsWith('.json'))).toEqual([mapPath]);
    const again = parseMap(fs.files.get(mapPath)!);
    expect(again.ok && again.map.occupations.find((occupation) => occupation.id === rn.id)?.wage).toMatchObject({ amount: 41.5 });
  });

  it('leaves a map file in the way alone when it is not a valid map (it may hold work done by hand)', async () => {
    const fs = memoryFs({ [PATHWAY]: fixture(PATHWAY), [MODEL]: fixture(MODEL) });
    await importCtdlPaths([PATHWAY, MODEL, '--out', 'maps'], fs);
    const mapPath = [...fs.files.keys()].find((path) => path.startsWith('maps/') && path.endsWith('.json'))!;
    fs.files.set(mapPath, '{"schemaVersion": 2, "title": "Half-edited", "occupations": [');
    const { lines, exitCode } = await importCtdlPaths([PATHWAY, MODEL, '--out', 'maps'], fs);
    expect(exitCode).toBe(1);
    expect(lines[0]).toMatch(/is there but is not a valid map, so it was left as it is/);
    expect(fs.files.get(mapPath)).toBe('{"schemaVersion": 2, "title": "Half-edited", "occupations": [');
  });

  it('names the file and the problem when a file is not CTDL, and writes nothing for it', async () => {
    const fs = memoryFs({ 'broken.jsonld': '{"@context": "https://credreg.net/ctdl/schema/context/json", "@graph": [' });
    const { lines, exitCode } = await importCtdlPaths(['broken.jsonld', 'missing.jsonld'], fs);
    expect(exitCode).toBe(1);
    expect(lines.some((line) => line.startsWith('broken.jsonld: error: '))).toBe(true);
    expect(lines).toContain("missing.jsonld: error: can't read the file: there is no such file");
    expect([...fs.files.keys()]).toEqual(['broken.jsonld']);
  });
});

describe('npm run ctdl:export', () => {
  const sample = readFileSync(resolve('fixtures/healthcare-pioneer-valley.json'), 'utf8');

  it('writes a CTDL pathway and keeps the CTIDs it minted in the map file, so the next export names the same components', () => {
    const fs = memoryFs({ 'map.json': sample });
    let counter = 0;
    const uuid = () => `00000000-0000-4000-8000-${String((counter += 1)).padStart(12, '0')}`;
    const first = exportCtdlPaths(['map.json', '--out', 'out'], fs, uuid);
    expect(first.exitCode).toBe(0);
    const out = [...fs.files.keys()].find((path) => path.endsWith('.ctdl.jsonld'))!;
    expect(JSON.parse(fs.files.get(out)!)).toMatchObject({ '@context': 'https://credreg.net/ctdl/schema/context/json' });
    expect(first.lines[1]).toMatch(/^ {2}\d+ new CTIDs kept in map\.json$/);
    const kept = parseMap(fs.files.get('map.json')!);
    expect(kept.ok && kept.map.occupations.every((occupation) => /^ce-[0-9a-f-]{36}$/.test(occupation.componentCtid ?? ''))).toBe(true);

    const exported = fs.files.get(out);
    const second = exportCtdlPaths(['map.json', '--out', 'out'], fs, uuid);
    expect(second.lines).toEqual([`map.json: wrote ${out}`]);
    expect(fs.files.get(out)).toBe(exported);
  });

  it('gives two maps of one title two files', () => {
    const other = JSON.stringify({ ...JSON.parse(sample), id: 'healthcare-copy' });
    const fs = memoryFs({ 'a.json': sample, 'b.json': other });
    const { lines } = exportCtdlPaths(['a.json', 'b.json', '--out', 'out'], fs, () => '00000000-0000-4000-8000-000000000001');
    const outputs = lines.filter((line) => line.includes(': wrote ')).map((line) => line.split(': wrote ')[1]);
    expect(new Set(outputs).size).toBe(2);
  });
});
