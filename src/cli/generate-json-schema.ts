// Writes public/schema/pathway-map.v1.json from the zod schema: `npm run schema:generate`.
// tests/unit/domain/schema/json-schema.test.ts fails until the committed file matches the schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMapJsonSchema } from '../domain/schema/json-schema';

const target = fileURLToPath(new URL('../../public/schema/pathway-map.v1.json', import.meta.url));
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, buildMapJsonSchema());
console.log(`Wrote ${relative(process.cwd(), target)}`);
