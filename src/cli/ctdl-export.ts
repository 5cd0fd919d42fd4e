// `npm run ctdl:export -- MAP.json... [--out DIR]`. Logic lives in ctdl-export-files.ts.
import { randomUUID } from 'node:crypto';
import { exportCtdlPaths } from './ctdl-export-files';
import { nodeIo } from './node-io';

const { lines, exitCode } = exportCtdlPaths(process.argv.slice(2), nodeIo, randomUUID);
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
