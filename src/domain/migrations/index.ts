import { migrateWith, type MigrateResult, type MigrationRegistry } from './run';
import { v1ToV2 } from './v1-to-v2';
import { wageAmountFromMedian } from './wage-amount';

/** The version this app writes and reads natively. */
export const CURRENT_SCHEMA_VERSION = 2;

// Adding v3: write v2-to-v3.ts, register it here as `2: v2ToV3`, and bump CURRENT_SCHEMA_VERSION.
export const MIGRATIONS: MigrationRegistry = {
  currentVersion: CURRENT_SCHEMA_VERSION,
  steps: { 1: v1ToV2 },
};

/** Brings a parsed map document of any readable version up to CURRENT_SCHEMA_VERSION. */
export function migrate(raw: unknown): MigrateResult {
  const result = migrateWith(MIGRATIONS, raw);
  // Not a version step: v2 files written before the wage figure's key was renamed are still v2.
  return result.ok ? { ok: true, value: wageAmountFromMedian(result.value) } : result;
}
