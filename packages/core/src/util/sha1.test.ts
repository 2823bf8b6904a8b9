import { describe, expect, it } from 'vitest';
import { sha1Hex } from './sha1.js';

// Test vectors from FIPS 180-2 and RFC 3174, plus a non-ASCII string checked with `sha1sum`.
describe('sha1Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha1Hex('')).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(sha1Hex('abc')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha1Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
    );
    expect(sha1Hex('a'.repeat(1000))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });
  it('hashes non-ASCII text as UTF-8', () => {
    expect(sha1Hex('Société Générale — Мария 𝄞')).toBe('f889d72c3d4b9a86ee866d99eb47844af794abd2');
  });
});
