import { keyedHash, seal, unseal } from './secret-box';

const KEY = 'k'.repeat(40);

describe('secret box (AES-256-GCM under SECRET_KEY)', () => {
  it('round-trips, with a fresh IV each time, and never shows the plaintext', () => {
    const a = seal(KEY, 'totp-secret', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'agent:1');
    const b = seal(KEY, 'totp-secret', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', 'agent:1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('JBSWY3DP');
    expect(unseal(KEY, 'totp-secret', a, 'agent:1')).toBe('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
  });

  it('refuses another key, purpose or row, and any tampering', () => {
    const sealed = seal(KEY, 'totp-secret', 'secret', 'agent:1');
    expect(() => unseal('x'.repeat(40), 'totp-secret', sealed, 'agent:1')).toThrow();
    expect(() => unseal(KEY, 'other', sealed, 'agent:1')).toThrow();
    expect(() => unseal(KEY, 'totp-secret', sealed, 'agent:2')).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('sexret').toString('base64url');
    expect(() => unseal(KEY, 'totp-secret', parts.join('.'), 'agent:1')).toThrow();
    expect(() => unseal(KEY, 'totp-secret', 'plain', 'agent:1')).toThrow('Not a sealed value');
  });

  it('keys hashes by SECRET_KEY', () => {
    expect(keyedHash(KEY, 'recovery-code', 'abcde23456')).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash(KEY, 'recovery-code', 'abcde23456')).not.toBe(keyedHash('x'.repeat(40), 'recovery-code', 'abcde23456'));
  });
});
