import {
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { generate } from 'otplib';

/** The TOTP code an authenticator app shows at `at` (seconds may be offset to reach the next step). */
export const totpCode = (secret: string, at = new Date()): Promise<string> => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

const SCALARS: Record<string, unknown> = { String: 'x', ID: '1', Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00.000Z' };

/** A value of `type` with only its required parts: enough to pass GraphQL validation. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'x';
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  return null;
}

/** One well-formed call of every root field of the schema but `except`: the query text and its variables. */
export function everyRootFieldCall(schema: GraphQLSchema, except: ReadonlySet<string>) {
  const calls: { field: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const [op, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type!.getFields())) {
      if (except.has(field.name)) continue;
      const required = field.args.filter((a) => isNonNullType(a.type));
      const decl = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      calls.push({
        field: field.name,
        query: `${op}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
      });
    }
  }
  return calls;
}

const b64u = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');
const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest();

/**
 * A software passkey (P-256, "none" attestation) answering @simplewebauthn's JSON options as a
 * browser would, for origin `origin`: what Chromium's virtual authenticator does in the e2e tests.
 */
export class SoftPasskey {
  private readonly key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  readonly id = randomBytes(16);

  constructor(private readonly origin: string) {}

  private coseKey(): Uint8Array {
    const jwk = this.key.publicKey.export({ format: 'jwk' });
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
        [-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))],
      ]),
    );
  }

  private clientData(type: string, challenge: string): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin: this.origin, crossOrigin: false }));
  }

  /** The user handle of the last registration (a discoverable passkey keeps it and returns it when asserting). */
  userHandle?: string;

  /** The answer to startPasskeyRegistration's options. */
  register(optionsJson: string): string {
    const o = JSON.parse(optionsJson) as { challenge: string; rp: { id: string }; user: { id: string } };
    this.userHandle = o.user.id;
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.id.length);
    // flags: user present, user verified, attested credential data
    const authData = Buffer.concat([
      sha(o.rp.id),
      Buffer.from([0x45]),
      Buffer.alloc(4),
      Buffer.alloc(16),
      idLength,
      this.id,
      this.coseKey(),
    ]);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', new Uint8Array(authData)],
      ]) as never,
    );
    return JSON.stringify({
      id: b64u(this.id),
      rawId: b64u(this.id),
      type: 'public-key',
      response: {
        clientDataJSON: b64u(this.clientData('webauthn.create', o.challenge)),
        attestationObject: b64u(attestationObject),
        transports: ['internal'],
      },
      clientExtensionResults: {},
    });
  }

  /**
   * The answer to startPasskeySecondStep's or startPasskeySignIn's options; a discoverable
   * passkey also returns its `userHandle` (base64url). `verified: false` answers with presence only.
   */
  assert(optionsJson: string, { userHandle, verified = true }: { userHandle?: string; verified?: boolean } = {}): string {
    const o = JSON.parse(optionsJson) as { challenge: string; rpId: string };
    const clientDataJSON = this.clientData('webauthn.get', o.challenge);
    const authData = Buffer.concat([sha(o.rpId), Buffer.from([verified ? 0x05 : 0x01]), Buffer.alloc(4)]);
    const signature = sign('sha256', Buffer.concat([authData, sha(clientDataJSON)]), this.key.privateKey);
    return JSON.stringify({
      id: b64u(this.id),
      rawId: b64u(this.id),
      type: 'public-key',
      response: { clientDataJSON: b64u(clientDataJSON), authenticatorData: b64u(authData), signature: b64u(signature), userHandle },
      clientExtensionResults: {},
    });
  }
}
