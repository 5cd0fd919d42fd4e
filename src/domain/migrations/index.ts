import { migrateWith, type MigrateResult, type MigrationRegistry } from './run';

/** The version this app writes and reads natively. */
export const CURRENT_SCHEMA_VERSION = 1;

// Adding v2: write v1-to-v2.ts, register it here as `1: v1ToV2`, and bump CURRENT_SCHEMA_VERSION.
export const MIGRATIONS: MigrationRegistry = {
  currentVersion: CURRENT_SCHEMA_VERSION,
  steps: {},
};

/** Brings a parsed map document of any readable version up to CURRENT_SCHEMA_VERSION. */
export function migrate(raw: unknown): MigrateResult {
  return migrateWith(MIGRATIONS, raw);
}
