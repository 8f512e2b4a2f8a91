/** The redirect URI path every OIDC provider sends the browser back to (registered at the provider as <PUBLIC_URL>/sso/oidc/callback). */
export const OIDC_CALLBACK_PATH = '/sso/oidc/callback';
