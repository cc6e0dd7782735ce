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
  valuesConfig: {
    AGENT: { description: 'answers calls; reads what is published' },
    PROCESS_MANAGER: { description: 'writes and submits drafts' },
    APPROVER: { description: 'publishes, rejects and retires; reads the audit trail' },
    ADMIN: { description: 'manages users and tokens; reads the audit trail' },
  },
});

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => DateTime)
  createdAt: string;

  @Field(() => PostEnum, { nullable: true })
  post: Post | null;

  @Field(() => DateTime, { nullable: true, description: 'when the user was deactivated; they can no longer sign in' })
  deactivatedAt: string | null;
}

@ObjectType()
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => String)
  label: string;

  @Field(() => DateTime)
  createdAt: string;

  @Field(() => DateTime, { nullable: true })
  revokedAt: string | null;

  @Field(() => DateTime, { nullable: true, description: 'when it stops working; null: never' })
  expiresAt: string | null;
}

export const UserConnection = Connection('User', User);

@InputType()
export class CreateUserInput {
  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => PostEnum, { nullable: true })
  post?: Post | null;

  @Field(() => ID, { nullable: true, description: 'who the user answers to: told first when their work is late' })
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'who takes over their open work if they are deactivated' })
  fallbackId?: string | null;
}

@InputType({ description: 'a field left out stays as it is; null clears it' })
export class UpdateUserInput {
  @Field(() => ID)
  userId: string;

  @Field(() => PostEnum, { nullable: true })
  post?: Post | null;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true })
  fallbackId?: string | null;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String)
  reason: string;
}

@InputType()
export class IssueTokenInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: 'what the token is for, e.g. "front desk tablet"' })
  label: string;

  @Field(() => DateTime, { nullable: true, description: 'when it stops working (in the future); default: never' })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeTokenInput {
  @Field(() => ID)
  tokenId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@ObjectType()
export class UserPayload {
  @Field(() => User)
  user: User;
}

@ObjectType()
export class IssueTokenPayload {
  @Field(() => String, { description: 'the plaintext token: shown once, only its hash is stored' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}

@ObjectType()
export class TokenPayload {
  @Field(() => ApiToken)
  apiToken: ApiToken;
}
