import { describeValue } from '../describe';
import type { ParseIssue } from '../issues';

/** A map document as read from JSON, before it is validated. */
export type RawMap = Readonly<Record<string, unknown>>;

/** Turns a version-N document into a version-N+1 one. Pure: returns a new object, never edits its input. */
export type MigrationStep = (doc: RawMap) => Record<string, unknown>;

/** Steps keyed by the version they start from: steps[1] turns a v1 document into v2. */
export type MigrationRegistry = { readonly currentVersion: number; readonly steps: Readonly<Record<number, MigrationStep>> };

export type MigrateResult = { ok: true; value: Record<string, unknown> } | { ok: false; error: ParseIssue };

function refuse(path: string, message: string): MigrateResult {
  return { ok: false, error: { path, message } };
}

function oldestVersion(registry: MigrationRegistry): number {
  return Math.min(registry.currentVersion, ...Object.keys(registry.steps).map(Number));
}

/**
 * Reads schemaVersion and runs the registry's steps up to its current version. Expects JSON that
 * parseMap has already cleaned of prototype keys; returns a new top-level object.
 */
export function migrateWith(registry: MigrationRegistry, raw: unknown): MigrateResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse('', "This isn't a Pathway Studio map: expected a JSON object.");
  }
  const doc = raw as RawMap;
  const version = doc.schemaVersion;
  const { currentVersion } = registry;
  if (version === undefined) {
    return refuse('schemaVersion', `is missing; a map says which version of the format it uses, like "schemaVersion": ${currentVersion}`);
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse('schemaVersion', `must be a whole number like ${currentVersion}, not ${describeValue(version)}`);
  }
  if (version > currentVersion) {
    return refuse(
      '',
      `This file was made by a newer version of Pathway Studio (schemaVersion ${version}); this version reads maps up to version ${currentVersion}. Update the app.`,
    );
  }
  const oldest = oldestVersion(registry);
  if (version < oldest) {
    return refuse('schemaVersion', `must be ${oldest} or more, not ${version}`);
  }
  let current: RawMap = doc;
  for (let from = version; from < currentVersion; from++) {
    const step = registry.steps[from];
    if (!step) return refuse('schemaVersion', `can't be read: this app has no way to update maps from version ${from}`);
    // The runner owns the version number, so a step can't forget it.
    current = { ...step(current), schemaVersion: from + 1 };
  }
  return { ok: true, value: { ...current } };
}
