import { expect } from '@playwright/test';
import { test } from './support/test';

// The server `npm start` runs sends the headers a host should send (README, "Hosting").
test('the app is served with a framing policy, nosniff and a referrer policy', async ({ request }) => {
  for (const path of ['/', '/maps/healthcare-pioneer-valley']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
  }
});
