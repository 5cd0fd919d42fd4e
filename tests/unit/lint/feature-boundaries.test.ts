import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` });

/** The restricted-import errors the project's lint config reports for `code` in a file at `path`. */
async function boundaryErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
}

describe('lint: feature boundaries', () => {
  it("fails a planted import of another screen's internals", async () => {
    const viewer = await boundaryErrors('src/features/viewer/planted.ts', "export { useSessionStore } from '../session/session-store';\nimport '../session/session-store';\n");
    expect(viewer).toHaveLength(2);
    expect(viewer[0]).toMatch(/may not import another screen's modules/);
    expect(await boundaryErrors('src/features/viewer/details/planted.ts', "import '../../editor/shortcuts';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/features/canvas/planted.ts', "import '../editor/editor';\n")).toHaveLength(1);
  });

  it('lets a feature import the canvas core, the shared parts, src/components, the domain and its own sub-folders', async () => {
    const code = [
      "import '../canvas/map-canvas';",
      "import '../import-export/export-map-button';",
      "import '../../components/validation-badge';",
      "import '../../domain/session/validation';",
      "import './details/occupation-panel';",
    ].join('\n');
    expect(await boundaryErrors('src/features/viewer/planted.ts', `${code}\n`)).toEqual([]);
    // viewer/share is the viewer's own folder, not the share screen; domain/session is not the session screen.
    expect(await boundaryErrors('src/features/viewer/details/planted.ts', "import '../share/share-link-button';\nimport '../../../domain/session/validation';\n")).toEqual([]);
  });

  it('fails an import of a feature or the app from io, layout, store or components', async () => {
    expect(await boundaryErrors('src/store/planted.ts', "import '../features/editor/editor';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/layout/planted.ts', "import '../app/router';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/io/planted.ts', "import '../features/canvas/zoom';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/components/planted.tsx', "import '../features/session/session-store';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/domain/planted.ts', "import '../features/canvas/zoom';\n")).toHaveLength(1);
    expect(await boundaryErrors('src/store/planted.ts', "import './app-store';\nimport '../domain/labels';\n")).toEqual([]);
  });
});
