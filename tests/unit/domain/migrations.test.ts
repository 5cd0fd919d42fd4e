import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate } from '../../../src/domain/migrations/index';
import { migrateWith, type MigrationRegistry, type RawMap } from '../../../src/domain/migrations/run';
import { errorsOf, parseData } from './helpers';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// A synthetic v1 → v2 step of the kind a real one will be: rename a field, keep everything else.
const renameWageBasis = (doc: RawMap) => {
  const { wageBasis, ...rest } = doc;
  return wageBasis === undefined ? rest : { ...rest, wageNote: wageBasis };
};
const TO_V2: MigrationRegistry = { currentVersion: 2, steps: { 1: renameWageBasis } };

describe('migrate (the app registry)', () => {
  it('reads maps of the current version, version 2, as they are', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    const levels = [{ id: 'term-1', label: 'Term 1' }];
    const result = migrate({ schemaVersion: 2, title: 'x', levels, extra: { kept: true } });
    expect(result).toEqual({ ok: true, value: { schemaVersion: 2, title: 'x', levels, extra: { kept: true } } });
  });

  it('brings version 1 maps up to version 2, keeping fields it does not know', () => {
    const result = migrate({ schemaVersion: 1, title: 'x', extra: { kept: true } });
    expect(result).toEqual({
      ok: true,
      value: {
        schemaVersion: 2,
        title: 'x',
        extra: { kept: true },
        levels: [
          { id: 'entry', label: 'Entry level' },
          { id: 'middle', label: 'Middle level' },
          { id: 'advanced', label: 'Advanced level' },
        ],
      },
    });
  });

  it.each([
    [{ title: 'x' }, { path: 'schemaVersion', message: 'is missing; a map says which version of the format it uses, like "schemaVersion": 2' }],
    [{ schemaVersion: '1' }, { path: 'schemaVersion', message: 'must be a whole number like 2, not "1"' }],
    [{ schemaVersion: 1.5 }, { path: 'schemaVersion', message: 'must be a whole number like 2, not 1.5' }],
    [{ schemaVersion: 0 }, { path: 'schemaVersion', message: 'must be 1 or more, not 0' }],
    [{ schemaVersion: -3 }, { path: 'schemaVersion', message: 'must be 1 or more, not -3' }],
    [{ schemaVersion: null }, { path: 'schemaVersion', message: 'must be a whole number like 2, not null' }],
  ])('refuses %j with a plain-English reason', (doc, error) => {
    expect(migrate(doc)).toEqual({ ok: false, error });
  });

  it('says a file from a newer version needs a newer app', () => {
    expect(migrate({ schemaVersion: 3, title: 'x' })).toEqual({
      ok: false,
      error: {
        path: '',
        message:
          'This file was made by a newer version of Pathway Studio (schemaVersion 3); this version reads maps up to version 2. Update the app.',
      },
    });
  });

  it('gives parseMap the same answers', () => {
    expect(errorsOf(parseData({ schemaVersion: '1', title: 'x' }))).toEqual(['schemaVersion: must be a whole number like 2, not "1"']);
    expect(errorsOf(parseData({ schemaVersion: 3, title: 'x' }))[0]).toMatch(/^This file was made by a newer version/);
  });
});

describe('migrateWith (an injected registry)', () => {
  it('runs the steps up to the latest version and stamps the new version', () => {
    const result = migrateWith(TO_V2, { schemaVersion: 1, title: 'x', wageBasis: 'median' });
    expect(result).toEqual({ ok: true, value: { schemaVersion: 2, title: 'x', wageNote: 'median' } });
  });

  it('does not touch its input', () => {
    const input = deepFreeze({ schemaVersion: 1, title: 'x', wageBasis: 'median', occupations: [{ id: 'a', title: 'A' }] });
    const before = structuredClone(input);
    const result = migrateWith(TO_V2, input);
    expect(result.ok).toBe(true);
    expect(input).toEqual(before);
  });

  it('keeps fields neither version knows', () => {
    const result = migrateWith(TO_V2, { schemaVersion: 1, title: 'x', futureField: [1, { deep: 'yes' }] });
    expect(result.ok && result.value.futureField).toEqual([1, { deep: 'yes' }]);
  });

  it('chains steps from an older version, oldest first', () => {
    const registry: MigrationRegistry = {
      currentVersion: 2,
      steps: { 0: (doc) => ({ ...doc, title: `${String(doc.name)}` }), 1: renameWageBasis },
    };
    const result = migrateWith(registry, { schemaVersion: 0, name: 'Old map', wageBasis: 'mean' });
    expect(result).toEqual({ ok: true, value: { schemaVersion: 2, name: 'Old map', title: 'Old map', wageNote: 'mean' } });
  });

  it('says so when a step is missing from the registry', () => {
    const gap: MigrationRegistry = { currentVersion: 3, steps: { 1: renameWageBasis } };
    expect(migrateWith(gap, { schemaVersion: 1 })).toEqual({
      ok: false,
      error: { path: 'schemaVersion', message: "can't be read: this app has no way to update maps from version 2" },
    });
  });

  it('refuses anything but an object', () => {
    expect(migrateWith(TO_V2, [1]).ok).toBe(false);
    expect(migrateWith(TO_V2, null).ok).toBe(false);
  });
});
