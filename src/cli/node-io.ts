import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CtdlImportIo } from './ctdl-import-files';
import { readMapBytes } from './read-map-bytes';

/** The real file system for the CTDL commands: an output folder is made when missing. */
export const nodeIo: CtdlImportIo = {
  readFile: readMapBytes,
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  },
  exists: existsSync,
};
