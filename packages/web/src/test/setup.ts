import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// The SPA's messages, every namespace in English (the language every unit test reads), there at once.
import { i18n, NAMESPACES } from '../i18n';
import { en } from '../i18n/locales/en';

// Without vitest globals, Testing Library cannot register its own cleanup.
afterEach(cleanup);

// jsdom has no ResizeObserver; Radix primitives (Switch, menus) observe their size with it.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// jsdom does no layout, so it has no scrolling either.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

for (const [ns, messages] of Object.entries(en)) i18n.addResourceBundle('en', ns, messages, true, true);
// Every namespace in use: a test's setLanguage('de') loads them all in German before it returns.
void i18n.loadNamespaces(NAMESPACES);
