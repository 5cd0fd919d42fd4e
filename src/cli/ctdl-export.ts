// `npm run ctdl:export -- MAP.json... [--out DIR]`. Logic lives in ctdl-export-files.ts.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportCtdlPaths } from './ctdl-export-files';
import { readMapBytes } from './read-map-bytes';

const { lines, exitCode } = exportCtdlPaths(
  process.argv.slice(2),
  { readFile: readMapBytes, writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  }, exists: existsSync },
  randomUUID,
);
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
