// Steps the admin-screen specs share: signing in through the form, API set-up.
import { expect, type Page } from '@playwright/test';
import type { Credentials } from './api-server';
import { gqlOk, randomSuffix } from './graphql';
import { path, signInByApi } from './pages';
import { rendered } from './screens';

/** Opens `target` signed in as `who` (signed in through the API: signin.spec.ts covers the form and its way back to `target`). */
export async function openSignedIn(page: Page, who: Credentials, target: string): Promise<void> {
  await signInByApi(page, who);
  await page.goto(target);
  await expect(page).toHaveURL(path(target));
  await rendered(page);
}

const CREATE_AGENT = `
  mutation CreateAgentForSpec($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id email name } }
  }
`;

/** A ready-to-sign-in agent (All Permissions, no forced password change). */
export async function createAgent(baseUrl: string, adminToken: string, input: { email: string; name: string; password: string }) {
  const data = await gqlOk(baseUrl, CREATE_AGENT, { input: { ...input, forcePasswordChange: false, sendWelcomeEmail: false } }, adminToken);
  return data.createAgent.agent as { id: string; email: string; name: string };
}

const REVOKE_INVITATION = `mutation RevokeInvitationForSpec($id: ID!) { revokeInvitation(id: $id) { id } }`;
const LICENSE = `query LicenseForSpec { license { seats used available } }`;
const INVITE = `mutation InviteForSpec($input: InviteAgentInput!) { inviteAgent(input: $input) { id } }`;

/** Takes every free seat with invitations; returns the license as it was and the invitations' ids (revoke them after). */
export async function fillSeats(baseUrl: string, adminToken: string) {
  const { license } = await gqlOk<{ license: { seats: number; used: number; available: number } }>(baseUrl, LICENSE, {}, adminToken);
  const fillers: string[] = [];
  for (let i = 0; i < license.available; i++) {
    const email = `filler-${i}-${randomSuffix()}@example.com`;
    fillers.push((await gqlOk(baseUrl, INVITE, { input: { email } }, adminToken)).inviteAgent.id);
  }
  return { license, fillers };
}

export async function revokeInvitations(baseUrl: string, adminToken: string, ids: string[]): Promise<void> {
  for (const id of ids) await gqlOk(baseUrl, REVOKE_INVITATION, { id }, adminToken);
}
