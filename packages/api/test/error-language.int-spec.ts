import { avatarHelpers } from './helpers/avatar-fixtures';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { importCsv, startImportApp } from './helpers/import-helpers';
import { TestApp } from './helpers/test-app';

// Issue 24 item 5: errors in the reader's language. A German agent's session gets German messages
// and field phrases; an English agent and every API token get English (integrators match on it);
// anonymous requests follow Accept-Language. Codes and field keys never change.

const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { id } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const LONG_NAME = 'x'.repeat(201);

describe('error messages in the reader’s language', () => {
  let t: TestApp;
  let target: string;
  let german: string;
  let english: string;
  beforeAll(async () => {
    t = await startImportApp();
    target = (await t.createAgent({ email: 'target@example.com', name: 'Target Agent' })).id;
    await t.createAgent(
      { email: 'deutsch@example.com', name: 'Deutsche Administratorin', language: 'de-DE', isAdmin: true },
      'passwort-lang-1',
    );
    await t.createAgent({ email: 'english@example.com', name: 'English Admin', language: 'en-GB', isAdmin: true }, 'password-long-1');
    german = await t.login('deutsch@example.com', 'passwort-lang-1');
    english = await t.login('english@example.com', 'password-long-1');
  });
  afterAll(() => t?.close());

  const badPhone = { phones: [{ label: 'MOBILE', country: 'GB', number: '12' }] };

  it('answers a German agent’s session in German: service field errors, their message, and class-validator’s', async () => {
    const phone = await t.gql(UPDATE, { id: target, i: badPhone }, { token: german });
    expect(phone.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.phones.0.number':
          'ist keine gültige Telefonnummer für das gewählte Land (oder schreiben Sie sie international: +49 30 901820)',
      },
    });
    expect(phone.errors![0].message).toBe(
      'input.phones.0.number: ist keine gültige Telefonnummer für das gewählte Land (oder schreiben Sie sie international: +49 30 901820)',
    );
    // The input type's own length rule (class-validator) answers before the service sees the rest.
    const name = await t.gql(UPDATE, { id: target, i: { name: LONG_NAME } }, { token: german });
    expect(name.errors![0].extensions!.fields).toEqual({ 'input.name': 'darf höchstens 200 Zeichen lang sein' });
    const zone = await t.gql(UPDATE, { id: target, i: { name: ' ', timezone: 'Mars/Olympus' } }, { token: german });
    expect(zone.errors![0].extensions!.fields).toEqual({
      'input.name': 'darf nicht leer sein',
      'input.timezone': 'ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)',
    });
    const missing = await t.gql(UPDATE, { id: '999999', i: { name: 'Nobody' } }, { token: german });
    expect(missing.errors![0]).toMatchObject({ message: 'Agent nicht gefunden', extensions: { code: 'NOT_FOUND' } });
  });

  it('answers an English agent in English', async () => {
    const r = await t.gql(UPDATE, { id: target, i: { name: LONG_NAME } }, { token: english });
    expect(r.errors![0].extensions!.fields).toEqual({ 'input.name': 'must be shorter than or equal to 200 characters' });
    const phone = await t.gql(UPDATE, { id: target, i: badPhone }, { token: english });
    expect(phone.errors![0].extensions!.fields!['input.phones.0.number']).toMatch(/^is not a valid phone number/);
  });

  it('answers an API token in English, even one a German agent made', async () => {
    const { token } = (await t.ok(CREATE_TOKEN, { n: 'integration', s: ['agents:read', 'agents:write'] }, { token: german }))
      .createApiToken;
    const r = await t.gql(UPDATE, { id: target, i: { name: LONG_NAME } }, { token, headers: { 'accept-language': 'de' } });
    expect(r.errors![0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'input.name': 'must be shorter than or equal to 200 characters' },
    });
    const missing = await t.gql(UPDATE, { id: '999999', i: { name: 'Nobody' } }, { token });
    expect(missing.errors![0].message).toBe('Agent not found');
  });

  it('answers anonymous requests in the Accept-Language header’s first language', async () => {
    const de = await t.gql(
      LOGIN,
      { e: 'deutsch@example.com', p: 'falsch-falsch-1' },
      { headers: { 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' } },
    );
    expect(de.errors![0]).toMatchObject({ message: 'E-Mail-Adresse oder Passwort ist falsch', extensions: { code: 'UNAUTHENTICATED' } });
    const en = await t.gql(LOGIN, { e: 'deutsch@example.com', p: 'falsch-falsch-1' }, { headers: { 'accept-language': 'fr-FR,de;q=0.9' } });
    expect(en.errors![0].message).toBe('Wrong email or password');
    const none = await t.gql(LOGIN, { e: 'deutsch@example.com', p: 'falsch-falsch-1' });
    expect(none.errors![0].message).toBe('Wrong email or password');
  });

  it('answers REST errors (an upload) in the agent’s language too', async () => {
    const { upload, fieldsOf } = avatarHelpers(() => t);
    const de = await upload(target, 'not an image', 'me.png', 'image/png', german);
    expect(de.status).toBe(400);
    expect(await fieldsOf(de)).toEqual({ file: 'muss ein PNG-, JPEG- oder WebP-Bild sein' });
    const en = await upload(target, 'not an image', 'me.png', 'image/png', english);
    expect(await fieldsOf(en)).toEqual({ file: 'must be a PNG, JPEG or WebP image' });
  });

  it('gives a row’s problems (a bulk invite’s failures, an import’s row errors) in the reader’s language', async () => {
    const BULK = 'mutation($e: [String!]!) { bulkInviteAgents(emails: $e) { failed { email code message } } }';
    // Each list invites its `twice` address once (the second reader's list is another one).
    const failedAs = async (token: string, twice: string) =>
      (await t.ok(BULK, { e: ['target@example.com', twice, twice.toUpperCase()] }, { token })).bulkInviteAgents.failed;
    expect(await failedAs(german, 'twice@example.com')).toEqual([
      { email: 'target@example.com', code: 'ALREADY_AGENT', message: 'gehört bereits zu einem Agenten: Er kann sich anmelden' },
      { email: 'TWICE@EXAMPLE.COM', code: 'DUPLICATE_IN_LIST', message: 'steht mehrmals in der Liste (zuerst als twice@example.com)' },
    ]);
    expect((await failedAs(english, 'again@example.com')).map((f: { message: string }) => f.message)).toEqual([
      'already belongs to an agent: they can sign in',
      'is listed more than once (first as again@example.com)',
    ]);

    const csv = 'Email,Name,Permission Groups,Teams,Admin,Reports,Notifications,Signature\nrow@example.com,Row Agent,1,,maybe,,,\n';
    const { job } = await importCsv(t, csv, { dryRun: true }, german);
    const errorsAs = async (token: string) =>
      (await t.ok('query($id: ID!) { agentImport(id: $id) { errors { row column code message } } }', { id: job!.id }, { token }))
        .agentImport.errors;
    expect(await errorsAs(german)).toEqual([
      { row: 1, column: 'Admin', code: 'INVALID_YES_NO', message: 'muss Yes oder No sein (steht: „maybe“)' },
    ]);
    expect((await errorsAs(english))[0].message).toBe('must be Yes or No (got "maybe")');
  });
});
