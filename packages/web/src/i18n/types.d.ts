import type { en } from './locales/en';

// t() keys are checked against the English messages: a missing key fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
