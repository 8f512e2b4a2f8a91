// The one set of `extensions.code` values the API returns.
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  LICENSE_LIMIT_REACHED: 'LICENSE_LIMIT_REACHED',
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  /** The session has passed the password but not the second step yet: only verifySecondFactor and logout. */
  SECOND_FACTOR_REQUIRED: 'SECOND_FACTOR_REQUIRED',
  /** Two-step sign-in is required and the agent has no second factor: only enrolment, viewer and logout. */
  TWO_STEP_ENROLMENT_REQUIRED: 'TWO_STEP_ENROLMENT_REQUIRED',
  /** Single sign-on is required: password sign-in and password resets are off except for the break-glass administrators. */
  SSO_REQUIRED: 'SSO_REQUIRED',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
