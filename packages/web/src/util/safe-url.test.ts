import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl(' HTTP://example.org ')).toBe('http://example.org/');
  });

  it('refuses every other scheme and relative URLs', () => {
    for (const value of [
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '//evil.example/',
      '/relative',
      'ftp://example.org/',
      'https://',
      '',
      null,
    ]) {
      expect(safeHttpUrl(value), String(value)).toBeNull();
    }
  });
});
