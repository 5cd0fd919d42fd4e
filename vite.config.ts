import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { headersFile, HOSTING_HEADERS, META_CONTENT_SECURITY_POLICY } from './src/hosting/headers';

// The production build carries a strict Content-Security-Policy. It is injected at build time only,
// because Vite's dev server relies on an inline script (React Refresh) that the policy forbids.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'pathway-studio-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    // The headers for hosts that read a `_headers` file; others take them from the README.
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { ...HOSTING_HEADERS } },
  test: {
    // Some tests run real elk or fast-check over many maps: on a busy CI machine 5 s is too tight.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup/jsdom-setup.ts'],
        },
      },
    ],
  },
});
