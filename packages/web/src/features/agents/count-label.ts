import type { TFunction } from 'i18next';

/** "1 agent", "1,204 agents" in the current language. */
export const countOf = (t: TFunction<'agents'>, n: number) => t('count', { count: n });
