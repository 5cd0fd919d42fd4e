// Writes public/schema/pathway-map.v<current>.json from the zod schema: `npm run schema:generate`.
// Older versions' files (pathway-map.v1.json) stay as published: the generator only knows the current schema.
// tests/unit/domain/schema/json-schema.test.ts fails until the committed file matches the schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMapJsonSchema, MAP_JSON_SCHEMA_FILE } from '../domain/schema/json-schema';

const target = fileURLToPath(new URL(`../../public/${MAP_JSON_SCHEMA_FILE}`, import.meta.url));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, buildMapJsonSchema());
console.log(`Wrote ${relative(process.cwd(), target)}`);
