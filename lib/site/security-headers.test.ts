import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, makeNonce } from './security-headers';

describe('contentSecurityPolicy', () => {
  it('allows WebAssembly but never eval in production, and forbids framing', () => {
    const csp = contentSecurityPolicy('abc');
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  });
  it('adds unsafe-eval only in development (React needs it there)', () => {
    expect(contentSecurityPolicy('abc', true)).toContain("'unsafe-eval'");
  });
  it('makes distinct nonces', () => {
    const a = makeNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(makeNonce()).not.toBe(a);
  });
});
