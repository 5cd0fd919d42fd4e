import { describe, expect, it } from 'vitest';
import { isSafeUrl } from '../../../../src/domain/schema/url';

describe('isSafeUrl', () => {
  it.each([
    'https://www.onetonline.org/link/summary/29-1141.00',
    'http://example.org/jobs?id=1#top',
    'mailto:coach@example.org',
    'HTTPS://EXAMPLE.ORG',
  ])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['mixed case', 'JaVaScRiPt:alert(1)'],
    ['a tab inside', 'java\tscript:alert(1)'],
    ['a newline inside', 'java\nscript:alert(1)'],
    ['leading spaces', '   javascript:alert(1)'],
    ['leading control characters', '\u0001\u0000\u001fjavascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/jobs/nurse'],
    ['a protocol-relative address', '//evil.example/x'],
    ['a bare word', 'example.org'],
    ['empty', ''],
    ['ftp:', 'ftp://example.org/file'],
  ])('refuses %s', (_label, url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
