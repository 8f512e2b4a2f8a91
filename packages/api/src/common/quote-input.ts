// Error messages name the bad values a client sent, but never echo the request back: a 9 MB
// list of unknown keys must not become an 18 MB answer. Every message that quotes input uses these.
export const QUOTE_MAX_ITEMS = 5;
export const QUOTE_MAX_CHARS = 60;

/** One value, cut to QUOTE_MAX_CHARS characters (an ellipsis marks the cut). */
export function quoteValue(value: unknown): string {
  const text = String(value);
  return text.length > QUOTE_MAX_CHARS ? `${text.slice(0, QUOTE_MAX_CHARS)}…` : text;
}

/** `a, b, c, d, e and 995 more`: the first QUOTE_MAX_ITEMS values, each cut by quoteValue. */
export function quoteList(values: readonly unknown[]): string {
  const shown = values.slice(0, QUOTE_MAX_ITEMS).map(quoteValue).join(', ');
  const rest = values.length - QUOTE_MAX_ITEMS;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

/** `unknown ids 7, 9`: a noun made plural for more than one value, then the quoted list. */
export const unknownValues = (noun: string, values: readonly unknown[]): string =>
  `unknown ${noun}${values.length > 1 ? 's' : ''} ${quoteList(values)}`;

/** Last line of defence for messages written elsewhere (graphql-js quotes a bad scalar value in full). */
export const MAX_ERROR_MESSAGE_CHARS = 1000;
export function capErrorMessage<T extends { message: string }>(error: T): T {
  if (error.message.length <= MAX_ERROR_MESSAGE_CHARS) return error;
  return { ...error, message: `${error.message.slice(0, MAX_ERROR_MESSAGE_CHARS)}… (message cut)` };
}
