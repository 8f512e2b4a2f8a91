import { startTestApp, TestApp } from './helpers/test-app';
import { ERROR, scimRequest, scimToken, USER } from './helpers/scim-fixtures';

// Seats and races: a provider that creates more agents than the license allows gets a SCIM error
// it shows to its administrator; two providers (or retries) creating one userName at once get
// one agent and one 409.

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp({ LICENSE_SEATS: '3' });
  token = await scimToken(t);
});
afterAll(() => t.close());

const post = (userName: string) =>
  scimRequest(t, 'POST', '/Users', { schemas: [USER], userName, name: { givenName: 'Race', familyName: 'Runner' } }, { token });
const countOf = async (email: string) => Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM agent WHERE email = ?', [email]))[0].n);

test('two concurrent POSTs of one userName: one agent, one 409 uniqueness', async () => {
  for (let round = 0; round < 3; round++) {
    const email = `race${round}@example.com`;
    const answers = await Promise.all([post(email), post(email)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)!.body).toMatchObject({ schemas: [ERROR], status: '409', scimType: 'uniqueness' });
    expect(await countOf(email)).toBe(1);
    const created = answers.find((a) => a.status === 201)!.body;
    expect((await scimRequest(t, 'DELETE', `/Users/${created.id}`, undefined, { token })).status).toBe(204);
  }
});

test('seat limit: 400 with a detail naming the license; deleting frees the seat', async () => {
  const first = await post('seat1@example.com');
  const second = await post('seat2@example.com');
  expect([first.status, second.status]).toEqual([201, 201]);
  const refused = await post('seat3@example.com');
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ schemas: [ERROR], status: '400' });
  expect(refused.body.scimType).toBeUndefined();
  expect(refused.body.detail).toMatch(/license allows 3 agents/);
  expect(await countOf('seat3@example.com')).toBe(0);
  expect((await scimRequest(t, 'DELETE', `/Users/${first.body.id}`, undefined, { token })).status).toBe(204);
  expect((await post('seat3@example.com')).status).toBe(201);
});
