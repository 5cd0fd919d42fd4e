import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { USAGE, validateFiles, type ReadFile } from '../../../src/cli/validate-files';
import { sampleMap } from '../domain/helpers';

const encode = (text: string) => new TextEncoder().encode(text);

/** A ReadFile over an in-memory folder; missing names fail the way Node's fs does. */
function files(contents: Record<string, string | Uint8Array>): ReadFile {
  return (path) => {
    const content = contents[path];
    if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    return typeof content === 'string' ? encode(content) : content;
  };
}

/** The shared sample, with the facts the health check asks for filled in, so it reports nothing. */
function healthyMap() {
  const data = sampleMap();
  data.occupations[1] = { ...data.occupations[1], wage: { amount: 28, unit: 'hour', sourceId: 'oews' } };
  data.occupations[2] = { ...data.occupations[2], socCode: '29-1141', wage: { amount: 42, unit: 'hour', sourceId: 'oews' } };
  data.transitions[1] = { ...data.transitions[1], requirements: ['Associate degree in nursing', 'NCLEX-RN'] };
  return data;
}

const valid = JSON.stringify(healthyMap());
/** The validator's day in these tests: with the default 18 months, wages from 2023 or earlier are stale. */
const TODAY = new Date('2026-06-15T12:00:00Z');
const validate = (paths: readonly string[], readFile: ReadFile, today = TODAY) => validateFiles(paths, readFile, today);

describe('validateFiles', () => {
  it('prints usage and exits 2 when no file is given', () => {
    expect(validate([], files({}))).toEqual({ lines: [USAGE], exitCode: 2 });
  });

  it('says ok and exits 0 for a valid map', () => {
    expect(validate(['map.json'], files({ 'map.json': valid }))).toEqual({ lines: ['map.json: ok'], exitCode: 0 });
  });

  it('lists warnings under ok, and warnings alone do not fail', () => {
    const data = healthyMap();
    data.occupations.push({ title: 'Medical Assistant', level: 'advanced', socCode: '31-9092', groupId: 'nursing', wage: { amount: 20, unit: 'hour', sourceId: 'oews' } });
    data.transitions.push({ id: 'cna-ma', from: 'cna', to: 'medical-assistant', kind: 'lateral', requirements: ['CMA'] });
    const outcome = validate(['map.json'], files({ 'map.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: ['map.json: ok', 'map.json: warning: occupations[3].id: was missing; gave it the id "medical-assistant"'],
      exitCode: 0,
    });
  });

  it('prints health findings as warnings after the parse warnings, with the place to fix, and still exits 0', () => {
    const data = healthyMap();
    data.occupations.push({ title: 'Medical Assistant', level: 'entry', wage: { amount: 19, unit: 'hour', year: 2019, sourceId: 'oews' } });
    const outcome = validate(['map.json'], files({ 'map.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: [
        'map.json: ok',
        'map.json: warning: occupations[3].id: was missing; gave it the id "medical-assistant"',
        'map.json: warning: occupations[3]: Medical Assistant is an entry-level job with no move out of it. Add where people can go next from it.',
        "map.json: warning: occupations[3].wage.year: Medical Assistant: wage from 2019 is older than 18 months (this map's setting). Update it from the latest OEWS release and set its year.",
        'map.json: warning: occupations[3].socCode: Medical Assistant has no SOC code. Add its O*NET-SOC code (like 29-1141.00) so it links to O*NET.',
      ],
      exitCode: 0,
    });
  });

  it('judges stale wages by the day it is given', () => {
    const data = healthyMap();
    data.occupations[0] = { ...data.occupations[0], wage: { amount: 19, unit: 'hour', year: 2021, sourceId: 'oews' } };
    const read = files({ 'map.json': JSON.stringify(data) });
    // A 2021 figure is from 31 December 2021 at the latest: 18 months on is 30 June 2023.
    expect(validate(['map.json'], read, new Date('2023-06-30T00:00:00Z')).lines).toEqual(['map.json: ok']);
    expect(validate(['map.json'], read, new Date('2023-07-01T00:00:00Z')).lines).toEqual([
      'map.json: ok',
      "map.json: warning: occupations[0].wage.year: Nursing Assistant: wage from 2021 is older than 18 months (this map's setting). Update it from the latest OEWS release and set its year.",
    ]);
  });

  it('reports a figure without a source, labor figures without an area and a stale figure, each at its place', () => {
    const data = healthyMap();
    data.staleAfterMonths = 24;
    data.occupations[0] = { ...data.occupations[0], wage: { amount: 19, unit: 'hour', year: 2025 } };
    data.occupations[2] = { ...data.occupations[2], labor: { annualOpenings: 5300, period: { from: 2022, to: 2032 }, area: 'Massachusetts', sourceId: 'oews' } };
    data.occupations[1] = { ...data.occupations[1], labor: { employment: 1200, year: 2025, sourceId: 'oews' } };
    const outcome = validate(['small.json'], files({ 'small.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: [
        'small.json: ok',
        "small.json: warning: occupations[2].labor.period: Registered Nurse: labor figures from 2022 are older than 24 months (this map's setting). Update them from the latest release of their source.",
        'small.json: warning: occupations[1].labor.area: The labor figures of Licensed Practical Nurse don\'t say where they count. Add their area from the source (like "Massachusetts" or "United States").',
        "small.json: warning: occupations[0].wage: Nursing Assistant: the wage cites no source. Add the table it comes from under Sources and choose it as the wage's source.",
      ],
      exitCode: 0,
    });
  });

  it('keeps a long health report readable: the first 50 findings, then a count of the rest', () => {
    const data = healthyMap();
    for (let index = 0; index < 60; index += 1) data.occupations.push({ id: `job-${index}`, title: `Job ${index}`, level: 'advanced', socCode: '11-1021' });
    const lines = validate(['big.json'], files({ 'big.json': JSON.stringify(data) })).lines;
    // Each new job is unreachable, has no wage, and (after the first) repeats a SOC code: 60 + 60 + 59.
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines[1]).toBe("big.json: warning: occupations[3]: Job 0 can't be reached from any entry-level occupation. Add a move into it, or set its level to entry if people start there.");
    expect(lines.at(-1)).toBe('big.json: warning: …and 129 more health findings');
  });

  it('gives no health findings for a file that is not a valid map', () => {
    const data = healthyMap();
    data.occupations.push({ id: 'x', title: 'X', wage: { amount: 'lots', unit: 'hour' } });
    const lines = validate(['bad.json'], files({ 'bad.json': JSON.stringify(data) })).lines;
    expect(lines.every((line) => line.startsWith('bad.json: error: '))).toBe(true);
  });

  it('prints each error with the file, the place and the problem, and exits 1', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], wage: { min: '$35,000', unit: 'year' } };
    const outcome = validate(['bad.json'], files({ 'bad.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: ['bad.json: error: occupations[0].wage.min: must be a number of dollars, not "$35,000" (write it as 35000)'],
      exitCode: 1,
    });
  });

  it('accepts a v1 file and a v2 file, and refuses a v2 file with a dangling or cyclic requirement, located', () => {
    const v2 = {
      ...healthyMap(),
      schemaVersion: 2,
      steps: [
        { id: 'adn', kind: 'credential', credentialType: 'degree', title: 'ADN', toGetIn: { type: 'all', of: [{ type: 'credential', cardId: 'bsn' }] } },
        { id: 'bsn', kind: 'credential', credentialType: 'degree', title: 'BSN' },
      ],
      transitions: [
        { id: 'cna-lpn', from: 'cna', to: 'lpn', kind: 'advancement', requirements: { type: 'all', of: [{ type: 'license', text: 'LPN license' }] } },
        { id: 'lpn-rn', from: 'lpn', to: 'rn', kind: 'advancement', requirements: { type: 'any', count: 1, of: [{ type: 'credential', cardId: 'adn' }, { type: 'credential', cardId: 'bsn' }] } },
      ],
    };
    const dangling = structuredClone(v2);
    (dangling.transitions[1]!.requirements.of[1] as Record<string, unknown>).cardId = 'msn';
    const cyclic = structuredClone(v2);
    (cyclic.steps[1] as Record<string, unknown>).toGetIn = { type: 'all', of: [{ type: 'credential', cardId: 'adn' }] };
    const outcome = validate(
      ['v1.json', 'v2.json', 'dangling.json', 'cyclic.json'],
      files({ 'v1.json': valid, 'v2.json': JSON.stringify(v2), 'dangling.json': JSON.stringify(dangling), 'cyclic.json': JSON.stringify(cyclic) }),
    );
    expect(outcome).toEqual({
      lines: [
        'v1.json: ok',
        'v2.json: ok',
        'dangling.json: error: transitions[1].requirements.of[1].cardId: names the card "msn", which isn\'t on this map',
        'cyclic.json: error: steps[1].toGetIn.of[0].cardId: makes a loop of requirements ("ADN" → "BSN" → "ADN"): each needs the next before it can start, so none ever can. Remove one link of the loop',
      ],
      exitCode: 1,
    });
  });

  it('reports a missing file as an error for that file and goes on to the next', () => {
    const outcome = validate(['gone.json', 'map.json'], files({ 'map.json': valid }));
    expect(outcome).toEqual({ lines: ["gone.json: error: can't read the file: there is no such file", 'map.json: ok'], exitCode: 1 });
  });

  it('says a PNG is not a map', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(validate(['logo.png'], files({ 'logo.png': png })).lines).toEqual([
      'logo.png: error: This looks like a PNG image, not a JSON map. Choose the .json file of a Pathway Studio map.',
    ]);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]);
    expect(validate(['bom.json'], files({ 'bom.json': withBom }))).toEqual({ lines: ['bom.json: ok'], exitCode: 0 });
  });

  it('warns when some bytes are not UTF-8', () => {
    const bytes = encode(valid.replace('Healthcare careers', 'Healthcare careers X'));
    bytes[bytes.indexOf(0x58)] = 0xff; // the X becomes an invalid byte
    const outcome = validate(['latin1.json'], files({ 'latin1.json': bytes }));
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[1]).toBe('latin1.json: warning: some bytes aren\'t valid UTF-8 text and were read as "\uFFFD"');
  });
});

describe('npm run validate (the command itself)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pathway-validate-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = (...args: string[]) => spawnSync(process.execPath, [tsx, 'src/cli/validate.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('checks real files and exits 1 when one is broken', () => {
    const good = join(folder, 'good.json');
    const broken = join(folder, 'broken.json');
    writeFileSync(good, valid);
    writeFileSync(broken, '{"schemaVersion": 1, "title": "x",}');
    const result = run(good, broken);
    expect(result.stdout).toBe(
      `${good}: ok\n${broken}: error: The file isn't valid JSON (line 1, column 34): there's a comma just before a closing brace (}); JSON doesn't allow trailing commas. Remove the last comma.\n`,
    );
    expect(result.status).toBe(1);
  }, 30_000);

  it('exits 0 when every file is valid, and 2 with usage when given none', () => {
    const good = join(folder, 'good.json');
    writeFileSync(good, valid);
    expect(run(good).status).toBe(0);
    // The command reads today's date itself: a 1999 wage is stale on any day it runs.
    const old = join(folder, 'old-wages.json');
    const data = healthyMap();
    data.occupations[0] = { ...data.occupations[0], wage: { amount: 9, unit: 'hour', year: 1999, sourceId: 'oews' } };
    writeFileSync(old, JSON.stringify(data));
    const stale = run(old);
    expect(stale.stdout).toBe(
      `${old}: ok\n${old}: warning: occupations[0].wage.year: Nursing Assistant: wage from 1999 is older than 18 months (this map's setting). Update it from the latest OEWS release and set its year.\n`,
    );
    expect(stale.status).toBe(0);
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: npm run validate -- FILE...');
  }, 30_000);
});
