// `npm run ctdl:import -- FILE... [--out DIR]`. Logic lives in ctdl-import-files.ts.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { importCtdlPaths } from './ctdl-import-files';
import { readMapBytes } from './read-map-bytes';

const { lines, exitCode } = await importCtdlPaths(process.argv.slice(2), {
  readFile: readMapBytes,
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  },
  exists: existsSync,
});
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
