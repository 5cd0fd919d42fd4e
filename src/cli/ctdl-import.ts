// `npm run ctdl:import -- FILE... [--out DIR]`. Logic lives in ctdl-import-files.ts.
import { importCtdlPaths } from './ctdl-import-files';
import { nodeIo } from './node-io';

const { lines, exitCode } = await importCtdlPaths(process.argv.slice(2), nodeIo);
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
