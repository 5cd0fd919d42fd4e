// The response headers Pathway Studio should be served with. The preview server (`npm start`) sends
// them, the build writes them to `_headers` (the format Netlify and Cloudflare Pages read), and the
// README lists them for any other host. The <meta> policy in index.html cannot carry
// frame-ancestors (browsers ignore it there), so only a header can stop other sites framing the app.

const SHARED_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React Flow sets inline style attributes for positions and transforms.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy in the page's <meta> tag (a meta policy may not name frame-ancestors). */
export const META_CONTENT_SECURITY_POLICY = SHARED_POLICY.join('; ');

/**
 * The headers: the same policy, and only this site may frame the app (a map can be edited, so a
 * page that framed it could trick clicks). To embed the viewer elsewhere, add that origin.
 */
export const HOSTING_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [...SHARED_POLICY, "frame-ancestors 'self'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** `_headers` for static hosts that read it: every path gets every header. */
export function headersFile(): string {
  return ['/*', ...Object.entries(HOSTING_HEADERS).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
}
