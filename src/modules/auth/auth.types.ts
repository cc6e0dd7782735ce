import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { ROLES, type Role } from '../../shared/actor.js';

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

  @Field(() => DateTimeResolver)
  createdAt: string;
}

@ObjectType()
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  userId: string;

  @Field(() => String)
  label: string;

  @Field(() => DateTimeResolver)
  createdAt: string;

  @Field(() => DateTimeResolver, { nullable: true })
  revokedAt: string | null;
}

export const UserConnection = Connection('User', User);

@InputType()
export class CreateUserInput {
  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;
}

@InputType()
export class IssueTokenInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: 'what the token is for, e.g. "front desk tablet"' })
  label: string;
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
