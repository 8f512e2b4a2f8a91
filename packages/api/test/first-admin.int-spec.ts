import { graphql } from './gql';
import { ADMIN_EMAIL, startTestApp, TestApp } from './helpers/test-app';

// The first administrator comes from ADMIN_EMAIL / ADMIN_PASSWORD, named by ADMIN_NAME.
describe('first administrator', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const viewer = async (app: TestApp) =>
    (
      await app.ok(
        graphql(`
          query FirstAdminViewer {
            viewer {
              name
              email
              isAdmin
            }
          }
        `),
        {},
        { token: app.adminToken },
      )
    ).viewer!;

  it('is named "Administrator" by default, not after the email', async () => {
    t = await startTestApp();
    expect(await viewer(t)).toEqual({ name: 'Administrator', email: ADMIN_EMAIL, isAdmin: true });
  });

  it('takes its name from ADMIN_NAME', async () => {
    t = await startTestApp({ ADMIN_NAME: '  Ada Lovelace ' });
    expect(await viewer(t)).toEqual({ name: 'Ada Lovelace', email: ADMIN_EMAIL, isAdmin: true });
  });
});
