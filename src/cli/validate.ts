// The validator command: `npm run validate -- FILE...`. Logic lives in validate-files.ts.
import { readMapBytes } from './read-map-bytes';
import { validateFiles } from './validate-files';

const { lines, exitCode } = validateFiles(process.argv.slice(2), readMapBytes);
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
