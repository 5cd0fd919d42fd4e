import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PathwayMap } from '../../../../src/domain/schema/map';

describe('zod configuration for the schema', () => {
  it("turns zod's JIT off, so the app's eval-free CSP never reports a violation", () => {
    expect(PathwayMap).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });
});
