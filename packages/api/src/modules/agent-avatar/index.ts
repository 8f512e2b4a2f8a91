// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { AgentAvatar } from './agent-avatar.entity';
export { AVATAR_SIZE, encodeAvatar, MAX_AVATAR_INPUT_PIXELS, MAX_AVATAR_UPLOAD_BYTES } from './agent-avatar.image';
export { assertCanUploadAvatar, avatarUrl, findAgentAvatar, setAgentAvatar } from './agent-avatar.service';
export { AgentAvatarResolver, ChangeLogActorAvatarResolver } from './agent-avatar.resolver';
export { agentAvatarLoaders } from './agent-avatar.loaders';
