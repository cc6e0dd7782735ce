import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from '../../graphql/date-time.js';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ROLES, type Role } from '../../shared/actor.js';
import { POSTS, type Post } from './posts.js';

export const PostEnum = enumOf(POSTS);
registerEnumType(PostEnum, {
  name: 'Post',
  description: 'a post the knowledge process routes to',
  valuesConfig: {
    TEAM_LEADER: { description: '班组长: a supervisor of agents; one flag from them marks a version under review' },
    QUALITY_MANAGER: { description: '质检经理: told at the second escalation level by default' },
    CENTRE_HEAD: { description: '中心负责人: told at the third escalation level by default' },
  },
});

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'a user’s role: which queries and mutations they may use',
  valuesConfig: {
    AGENT: { description: 'answers calls; reads what is published' },
    PROCESS_MANAGER: { description: 'writes and submits drafts' },
    APPROVER: { description: 'publishes, rejects and retires; reads the audit trail' },
    ADMIN: { description: 'manages users and tokens; reads the audit trail' },
  },
});

@ObjectType({ description: 'someone who signs in with an API token: an agent, process manager, approver or admin' })
export class User {
  @Field(() => ID, { description: 'the user’s id' })
  id: string;

  @Field(() => String, { description: 'the user’s name, unique across users' })
  name: string;

  @Field(() => RoleEnum, { description: 'what the user may do' })
  role: Role;

  @Field(() => DateTime, { description: 'when the user was created' })
  createdAt: string;

  @Field(() => PostEnum, { nullable: true, description: 'the post the user holds in the knowledge process (escalations, flags); null: none' })
  post: Post | null;

  @Field(() => DateTime, { nullable: true, description: 'when the user was deactivated; they can no longer sign in' })
  deactivatedAt: string | null;
}

@ObjectType({ description: 'a bearer token a user signs in with (Authorization: Bearer …); only its hash is kept' })
export class ApiToken {
  @Field(() => ID, { description: 'the token’s id (not the token itself)' })
  id: string;

  @Field(() => ID, { description: 'the user the token signs in as' })
  userId: string;

  @Field(() => String, { description: 'what the token is for, e.g. "front desk tablet"' })
  label: string;

  @Field(() => DateTime, { description: 'when the token was issued' })
  createdAt: string;

  @Field(() => DateTime, { nullable: true, description: 'when the token was revoked (or its user deactivated); null: not revoked' })
  revokedAt: string | null;

  @Field(() => DateTime, { nullable: true, description: 'when it stops working; null: never' })
  expiresAt: string | null;
}

export const UserConnection = Connection('User', User);

@InputType({ description: 'a new user; they sign in once an admin issues them a token' })
export class CreateUserInput {
  @Field(() => String, { description: 'unique across users, 1 to 100 characters' })
  name: string;

  @Field(() => RoleEnum, { description: 'what the user may do' })
  role: Role;

  @Field(() => PostEnum, { nullable: true, description: 'the post they hold in the knowledge process; null: none' })
  post?: Post | null;

  @Field(() => ID, { nullable: true, description: 'who the user answers to: told first when their work is late' })
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'who takes over their open work if they are deactivated' })
  fallbackId?: string | null;
}

@InputType({ description: 'a field left out stays as it is; null clears it' })
export class UpdateUserInput {
  @Field(() => ID, { description: 'the user to change' })
  userId: string;

  @Field(() => PostEnum, { nullable: true, description: 'the post they hold; null: none' })
  post?: Post | null;

  @Field(() => ID, { nullable: true, description: 'who the user answers to: an active user who does not answer to them; null: nobody' })
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'who takes over their open work if they are deactivated: an active user; null: nobody' })
  fallbackId?: string | null;
}

@InputType({ description: 'a user to deactivate: their tokens are revoked and their open work passes on' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'the user to deactivate: someone other than the caller, still active' })
  userId: string;

  @Field(() => String, { description: 'why, kept in the audit trail; 1 to 2000 characters' })
  reason: string;
}

@InputType({ description: 'a new API token for a user' })
export class IssueTokenInput {
  @Field(() => ID, { description: 'the user the token signs in as' })
  userId: string;

  @Field(() => String, { description: 'what the token is for, e.g. "front desk tablet"; 1 to 100 characters' })
  label: string;

  @Field(() => DateTime, { nullable: true, description: 'when it stops working (in the future); default: never' })
  expiresAt?: Date | null;
}

@InputType({ description: 'an API token to revoke' })
export class RevokeTokenInput {
  @Field(() => ID, { description: 'the ApiToken.id; revoking a revoked token changes nothing' })
  tokenId: string;

  @Field(() => String, { nullable: true, description: 'why, kept in the audit trail; at most 2000 characters' })
  reason?: string | null;
}

@ObjectType({ description: 'the user as the mutation left them' })
export class UserPayload {
  @Field(() => User, { description: 'the user after the change' })
  user: User;
}

@ObjectType({ description: 'a newly issued token' })
export class IssueTokenPayload {
  @Field(() => String, { description: 'the plaintext token: shown once, only its hash is stored' })
  token: string;

  @Field(() => ApiToken, { description: 'the token’s record (without the plaintext)' })
  apiToken: ApiToken;
}

@ObjectType({ description: 'the token as the mutation left it' })
export class TokenPayload {
  @Field(() => ApiToken, { description: 'the token after the change' })
  apiToken: ApiToken;
}
