import { describe, expect, it } from 'vitest';
import { countLabel } from './user-list';

describe('countLabel', () => {
  it('counts users, and says "1,000+" for a bounded search count', () => {
    expect(countLabel(1)).toBe('1 user');
    expect(countLabel(12345)).toBe('12,345 users');
    expect(countLabel(1000, false)).toBe('1,000+ users');
  });
});
