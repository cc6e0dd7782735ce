import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import type { UserRow } from './user.entity.js';
import { createUser, deactivateUser, issueToken, listUsers, revokeToken, updateUser } from './auth.service.js';
import { ApiToken, CreateUserInput, DeactivateUserInput, UpdateUserInput, IssueTokenInput, IssueTokenPayload, RevokeTokenInput, TokenPayload, User, UserConnection, UserPayload } from './auth.types.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'the signed-in user; null without a token' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Allow('users.manage')
  @Query(() => UserConnection, { description: 'every user who can sign in, by name' })
  users(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'users per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return listUsers(ctx.db, toPage(first, after));
  }

  @Allow('users.manage')
  @FieldResolver(() => [ApiToken], { description: 'the user’s tokens, revoked ones included (admins only)' })
  tokens(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.loaders.tokensByUser.load(user.id);
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, { description: 'a new user (audited); give them a token with issueToken' })
  async createUser(@Arg('input', () => CreateUserInput, { description: 'the user to create' }) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { user: await createUser(ctx.db, actorOf(ctx), input) };
  }

  @FieldResolver(() => User, { nullable: true, description: 'who the user answers to' })
  supervisor(@Root() user: UserRow, @Ctx() ctx: Context) {
    return user.supervisorId ? ctx.loaders.userById.load(user.supervisorId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'who takes over their open work if they are deactivated' })
  fallback(@Root() user: UserRow, @Ctx() ctx: Context) {
    return user.fallbackId ? ctx.loaders.userById.load(user.fallbackId) : null;
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, { description: 'change a user’s post, supervisor or fallback (audited)' })
  async updateUser(@Arg('input', () => UpdateUserInput, { description: 'the user and the fields to change' }) input: UpdateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { user: await updateUser(ctx.db, actorOf(ctx), input) };
  }

  @Allow('users.manage')
  @Mutation(() => UserPayload, { description: 'the user can no longer sign in; their open exceptions pass to their fallback, else their supervisor (audited)' })
  async deactivateUser(@Arg('input', () => DeactivateUserInput, { description: 'the user and the reason' }) input: DeactivateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { user: await deactivateUser(ctx.db, actorOf(ctx), input) };
  }

  @Allow('users.manage')
  @Mutation(() => IssueTokenPayload, { description: 'a new API token for a user; the plaintext is in the answer, once (audited)' })
  async issueToken(@Arg('input', () => IssueTokenInput, { description: 'the user, a label and an optional expiry' }) input: IssueTokenInput, @Ctx() ctx: Context): Promise<IssueTokenPayload> {
    const { token, row } = await issueToken(ctx.db, actorOf(ctx), { userId: input.userId, label: input.label, expiresAt: input.expiresAt ?? null });
    return { token, apiToken: row };
  }

  @Allow('users.manage')
  @Mutation(() => TokenPayload, { description: 'the token stops working at once (audited)' })
  async revokeToken(@Arg('input', () => RevokeTokenInput, { description: 'the token and an optional reason' }) input: RevokeTokenInput, @Ctx() ctx: Context): Promise<TokenPayload> {
    return { apiToken: await revokeToken(ctx.db, actorOf(ctx), input) };
  }
}
