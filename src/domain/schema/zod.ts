// The app's Content-Security-Policy forbids eval, so zod's JIT can never run in the browser, and its
// probe for it (a caught `new Function('')` when an object schema is built) still fires a CSP
// violation report. Schema files import z from here so jitless is set before any schema is built.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
