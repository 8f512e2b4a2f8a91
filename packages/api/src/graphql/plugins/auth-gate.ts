import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/**
 * Root fields anyone may call: every other root field is @Authorized and needs an actor. Checked
 * by a test against the resolvers' metadata, so that a new public operation is listed here.
 * (Introspection fields, `__schema` and the like, are public too; production turns introspection off.)
 */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'login',
  'logout',
  'acceptInvitation',
  'invitationPreview',
  'setPasswordWithToken',
  'requestPasswordReset',
  'startPasskeySignIn',
  'finishPasskeySignIn',
  'ssoSignInProviders',
]);

/** Names of the root fields an operation selects, through fragments (conservatively ignoring @skip/@include). */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        const frag = fragments.get(sel.name.value);
        if (frag) walk(frag.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** Whether the operation selects a root field that needs a signed-in actor. */
export function needsActor(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  return [...rootFieldNames(document, operation)].some((f) => !f.startsWith('__') && !PUBLIC_ROOT_FIELDS.has(f));
}
