import { Readable } from 'node:stream';
import { EntityManager } from 'typeorm';
import { agentActor, type Actor } from '../common/actor';
import { ChangeLogEntityType, EntityChanges, recordChangesMany } from '../common/change-log';
import { FieldCheck } from '../common/errors';
import { chunks, inList } from '../common/relations';
import type { FileStorage } from '../common/request';
import type { ServiceContext } from '../common/service';
import { Agent } from '../modules/agent';
import { normaliseValue, UserCustomField, writeCustomValues } from '../modules/custom-field';
import { Organization } from '../modules/organization';
import { actorPermissions } from '../modules/permission';
import { addUserNote, checkContact, checkUserEmail, checkUserName, PEOPLE, UserEmail, userScope } from '../modules/user';
import { addUserFile } from '../modules/user-file';
import { createImportedUsers, type UserImportValues } from '../modules/user-import';
import { Usergroup, usergroups } from '../modules/usergroup';
import { DEMO_EMAIL_DOMAIN } from './seed-data';
import { demoCustomValue, DemoUser, demoUsers, FILES, NOTES, ORGANIZATIONS, USERGROUPS } from './seed-crm-data';

// The CRM half of the demo seed: end users with their organizations, usergroups, custom field
// values, notes and files, written through the same writers as the API (the CSV import's batch
// user writer, addUserNote, addUserFile, the usergroup service), so that search words, addresses
// and the change log are what the API would have written.

export interface CrmSeedResult {
  users: number;
  organizations: number;
  usergroups: number;
  notes: number;
  files: number;
  customValues: number;
}

export const NO_CRM: CrmSeedResult = { users: 0, organizations: 0, usergroups: 0, notes: 0, files: 0, customValues: 0 };

/** Users per call of the import's writer (its statements stay a constant number per call). */
const BATCH = 100;
/** Demo agents who write the notes and attach the files (when they exist and may). */
const AUTHORS = ['victoria.hayes', 'amara.okafor', 'daniel.kim'].map((n) => `${n}@${DEMO_EMAIL_DOMAIN}`);

/** A demo file's bytes put in the storage before the transaction; removed again when it does not commit. */
export interface StoredDemoFile {
  fileName: string;
  contentType: string;
  key: string;
  size: number;
}

export async function storeDemoFiles(storage: FileStorage): Promise<StoredDemoFile[]> {
  const stored: StoredDemoFile[] = [];
  for (const f of FILES) stored.push({ ...f, ...(await storage.put(Readable.from([Buffer.from(f.text)]), f.text.length * 4)) });
  return stored;
}

/** The addresses of these users that some user already has. */
async function existingAddresses(em: EntityManager, addresses: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(addresses))
    for (const e of await em.find(UserEmail, { select: { address: true }, where: { address: inList(part) } })) found.add(e.address);
  return found;
}

/** The demo users none of whose addresses exists yet: all of them on a fresh database, none once seeded. */
export async function missingDemoUsers(em: EntityManager): Promise<DemoUser[]> {
  const users = demoUsers();
  const taken = await existingAddresses(
    em,
    users.flatMap((u) => u.emails),
  );
  return users.filter((u) => !u.emails.some((a) => taken.has(a)));
}

/** A demo user checked by the user record's own rules (a broken demo fails here, not in the SPA). */
function importValues(u: DemoUser, groupIds: Map<string, number>): UserImportValues {
  const fc = new FieldCheck(u.name);
  const name = checkUserName(fc, 'name', u.name);
  const emails = u.emails.map((a, i) => checkUserEmail(fc, `emails.${i}`, a)!);
  const contact = checkContact(fc, u.contact);
  fc.throwIfAny();
  return {
    name,
    emails,
    contact,
    organization: u.organization ? { name: u.organization, id: null } : undefined,
    usergroupIds: u.usergroups.map((g) => groupIds.get(g)!),
    isAutoResponder: u.isAutoResponder,
  };
}

/** Usergroup ids by name, creating the missing ones through the usergroup service. */
async function ensureUsergroups(sc: ServiceContext): Promise<{ ids: Map<string, number>; created: number }> {
  const ids = new Map((await sc.em.findBy(Usergroup, { name: inList([...USERGROUPS]) })).map((g) => [g.name, g.id]));
  let created = 0;
  for (const name of USERGROUPS) {
    if (ids.has(name)) continue;
    ids.set(name, (await usergroups.create(sc, { name })).id);
    created++;
  }
  return { ids, created };
}

/** The demo agents who may add notes to any user; the seed itself when none may. */
async function authors(sc: ServiceContext): Promise<ServiceContext[]> {
  const out: ServiceContext[] = [];
  for (const agent of await sc.em.findBy(Agent, { email: inList(AUTHORS) })) {
    const as = { ...sc, actor: agentActor(agent) as Actor };
    if ((await actorPermissions(as)).has(PEOPLE.addNotes) && !(await userScope(as))) out.push(as);
  }
  return out.length ? out : [sc];
}

/** Values of the enabled custom fields for every third user: one writeCustomValues per user, one change-log INSERT. */
async function fillCustomValues(sc: ServiceContext, userIds: number[]): Promise<number> {
  const fields = await sc.em.find(UserCustomField, { where: { enabled: true }, order: { position: 'ASC', id: 'ASC' } });
  if (!fields.length) return 0;
  const logged: EntityChanges[] = [];
  let count = 0;
  for (const [n, userId] of userIds.entries()) {
    if (n % 3) continue;
    const changes = fields.flatMap((field) => {
      const r = normaliseValue(field, demoCustomValue(field.type, field.options, n / 3));
      return 'value' in r && r.value !== null ? [{ field, value: r.value }] : [];
    });
    const log = await writeCustomValues(sc.em, userId, changes);
    count += log.length;
    if (log.length) logged.push({ entityId: userId, changes: log });
  }
  await recordChangesMany(sc.em, sc.actor, ChangeLogEntityType.USER, logged);
  return count;
}

/** Fills the CRM with the demo users that are missing (in the caller's transaction); `files` are already stored. */
export async function fillCrm(sc: ServiceContext, files: readonly StoredDemoFile[]): Promise<CrmSeedResult> {
  const users = await missingDemoUsers(sc.em);
  if (!users.length) return NO_CRM;
  const groups = await ensureUsergroups(sc);
  const orgNames = ORGANIZATIONS.map((o) => o.name);
  const orgsBefore = await sc.em.countBy(Organization, { name: inList(orgNames) });
  const values = users.map((u) => importValues(u, groups.ids));
  for (const batch of chunks(values, BATCH)) await createImportedUsers(sc, batch);
  const primaries = values.map((v) => v.emails[0]);
  const idOf = new Map<string, number>();
  for (const part of chunks(primaries))
    for (const e of await sc.em.findBy(UserEmail, { address: inList(part) })) idOf.set(e.address, e.userId);
  const userIds = primaries.map((a) => idOf.get(a)!);

  const customValues = await fillCustomValues(sc, userIds);
  const writers = await authors(sc);
  let notes = 0;
  // Every seventh user has a note or two; the first few of them a file as well.
  for (let i = 0; i < userIds.length; i += 7) {
    const as = writers[(i / 7) % writers.length];
    const userId = String(userIds[i]);
    for (let k = 0; k <= i % 2; k++) await addUserNote(as, { userId, text: NOTES[(i + k) % NOTES.length] });
    notes += 1 + (i % 2);
    const file = files[i / 7];
    if (file)
      await addUserFile(as, { userId, fileName: file.fileName, contentType: file.contentType, size: file.size, storageKey: file.key });
  }
  return {
    users: users.length,
    organizations: (await sc.em.countBy(Organization, { name: inList(orgNames) })) - orgsBefore,
    usergroups: groups.created,
    notes,
    files: Math.min(files.length, Math.ceil(userIds.length / 7)),
    customValues,
  };
}
