import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface OidcTestAccount {
  password: string;
  /** Claims besides sub (the login): email, email_verified, name, groups. */
  claims: Record<string, unknown>;
  /** Authentication methods the provider reports (["pwd", "mfa"]: it did MFA). */
  amr?: string[];
  acr?: string;
}

export interface OidcTestClient {
  client_id: string;
  client_secret?: string;
  redirect_uris: string[];
  token_endpoint_auth_method?: string;
}

export interface OidcTestProvider {
  issuer: string;
  close(): Promise<void>;
}

const SCRIPT = path.join('packages', 'testkit', 'src', 'oidc-provider-server.mjs');

/** The server script, found from the working directory up (this file runs as CommonJS under Jest and as ESM under Playwright). */
function serverScript(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, SCRIPT))) return path.join(dir, SCRIPT);
    if (path.dirname(dir) === dir) throw new Error(`${SCRIPT} not found above ${process.cwd()}`);
  }
}

/** Starts a real oidc-provider on a free loopback port in a child process (oidc-provider-server.mjs). */
export async function startOidcProvider(opts: {
  clients: OidcTestClient[];
  accounts: Record<string, OidcTestAccount>;
  port?: number;
}): Promise<OidcTestProvider> {
  const child: ChildProcess = spawn(process.execPath, [serverScript()], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(opts), OIDC_TEST_PORT: String(opts.port ?? 0), NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /issuer (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code}): ${stderr}`)));
  });
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
