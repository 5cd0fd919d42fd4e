import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// jsonld.js is large: the app loads the CTDL reader lazily, so no other module may import it, or
// it would land in the viewer's first bundle.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('jsonld imports', () => {
  it('come only from the CTDL reader', () => {
    const root = join(__dirname, '../../../..');
    const importers = sourceFiles(join(root, 'src'))
      .filter((file) => /from ['"]jsonld['"]|import\(['"]jsonld['"]\)|require\(['"]jsonld['"]\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file).split('\\').join('/'));
    expect(importers).toEqual(['src/domain/ctdl/read-ctdl.ts']);
  });
});
