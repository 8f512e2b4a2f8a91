import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// The SPA's messages, in English (the language every unit test reads).
import '../i18n';

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
