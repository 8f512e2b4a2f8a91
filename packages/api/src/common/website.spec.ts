import { normalizeWebsite } from './website';

describe('normalizeWebsite', () => {
  it.each([
    ['acme.example', 'https://acme.example'],
    ['www.acme.example/about?x=1', 'https://www.acme.example/about?x=1'],
    ['acme.example:8080/path', 'https://acme.example:8080/path'],
    ['http://acme.example', 'http://acme.example'],
    ['HTTPS://Acme.Example/A', 'HTTPS://Acme.Example/A'],
    ['bücher.example', 'https://bücher.example'],
    ['192.0.2.10', 'https://192.0.2.10'],
  ])('accepts %s as %s', (typed, stored) => {
    expect(normalizeWebsite(typed)).toBe(stored);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript://acme.example/%0aalert(1)',
    'data:text/html,x',
    'ftp://acme.example',
    'mailto:ada@acme.example',
    'not a url',
    'acme .example',
    'acme',
    'localhost:3000',
    '//acme.example',
    'https://',
    'https://user:secret@acme.example',
    'acme.123',
    '-acme.example',
  ])('refuses %s', (typed) => {
    expect(normalizeWebsite(typed)).toBeNull();
  });
});
