import { hash, verify, type Options } from '@node-rs/argon2';
import { passwordProblem } from '@roster/shared';
import { badInput } from '../../common/errors';

// argon2id with OWASP's minimum settings (m=19456 KiB, t=2, p=1). 2 = Algorithm.Argon2id
// (a const enum in the typings, which isolated-module compilers cannot inline).
const OPTIONS: Options = { algorithm: 2 as Options['algorithm'], memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export async function verifyPassword(hashValue: string | null, password: string): Promise<boolean> {
  if (!hashValue) return false;
  try {
    return await verify(hashValue, password);
  } catch {
    return false;
  }
}

// A valid hash of a random password, verified when the account does not exist so that
// "no such account" and "wrong password" take the same time.
let dummyHash: Promise<string> | null = null;
export const dummyVerify = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  await verifyPassword(await dummyHash, password);
};

export function assertPasswordOk(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw badInput({ [field]: problem });
}
