// The validator command: `npm run validate -- FILE...`. Logic lives in validate-files.ts.
import { readMapBytes } from './read-map-bytes';
import { validateFiles } from './validate-files';

// The only clock the validator reads: health findings on stale wages depend on today's date.
const { lines, exitCode } = validateFiles(process.argv.slice(2), readMapBytes, new Date());
(exitCode === 2 ? process.stderr : process.stdout).write(`${lines.join('\n')}\n`);
process.exitCode = exitCode;
