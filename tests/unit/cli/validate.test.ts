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

const valid = JSON.stringify(sampleMap());

describe('validateFiles', () => {
  it('prints usage and exits 2 when no file is given', () => {
    expect(validateFiles([], files({}))).toEqual({ lines: [USAGE], exitCode: 2 });
  });

  it('says ok and exits 0 for a valid map', () => {
    expect(validateFiles(['map.json'], files({ 'map.json': valid }))).toEqual({ lines: ['map.json: ok'], exitCode: 0 });
  });

  it('lists warnings under ok, and warnings alone do not fail', () => {
    const data = sampleMap();
    data.occupations.push({ title: 'Medical Assistant' });
    const outcome = validateFiles(['map.json'], files({ 'map.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: ['map.json: ok', 'map.json: warning: occupations[3].id: was missing; gave it the id "medical-assistant"'],
      exitCode: 0,
    });
  });

  it('prints each error with the file, the place and the problem, and exits 1', () => {
    const data = sampleMap();
    data.occupations[0] = { ...data.occupations[0], wage: { min: '$35,000', unit: 'year' } };
    const outcome = validateFiles(['bad.json'], files({ 'bad.json': JSON.stringify(data) }));
    expect(outcome).toEqual({
      lines: ['bad.json: error: occupations[0].wage.min: must be a number of dollars, not "$35,000" (write it as 35000)'],
      exitCode: 1,
    });
  });

  it('reports a missing file as an error for that file and goes on to the next', () => {
    const outcome = validateFiles(['gone.json', 'map.json'], files({ 'map.json': valid }));
    expect(outcome).toEqual({ lines: ["gone.json: error: can't read the file: there is no such file", 'map.json: ok'], exitCode: 1 });
  });

  it('says a PNG is not a map', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(validateFiles(['logo.png'], files({ 'logo.png': png })).lines).toEqual([
      'logo.png: error: This looks like a PNG image, not a JSON map. Choose the .json file of a Pathway Studio map.',
    ]);
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]);
    expect(validateFiles(['bom.json'], files({ 'bom.json': withBom }))).toEqual({ lines: ['bom.json: ok'], exitCode: 0 });
  });

  it('warns when some bytes are not UTF-8', () => {
    const bytes = encode(valid.replace('Healthcare careers', 'Healthcare careers X'));
    bytes[bytes.indexOf(0x58)] = 0xff; // the X becomes an invalid byte
    const outcome = validateFiles(['latin1.json'], files({ 'latin1.json': bytes }));
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
    const none = run();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: npm run validate -- FILE...');
  }, 30_000);
});
