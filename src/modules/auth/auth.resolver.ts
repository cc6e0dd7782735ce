import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../graphql/context.js';
import { createUser, issueToken, revokeToken } from './auth.service.js';
import { CreateUserInput, IssueTokenInput, IssueTokenPayload, RevokeTokenInput, TokenPayload, User, UserPayload } from './auth.types.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'the signed-in user; null without a token' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Authorized('ADMIN')
  @Mutation(() => UserPayload)
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<UserPayload> {
    return { user: await createUser(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('ADMIN')
  @Mutation(() => IssueTokenPayload)
  async issueToken(@Arg('input', () => IssueTokenInput) input: IssueTokenInput, @Ctx() ctx: Context): Promise<IssueTokenPayload> {
    const { token, row } = await issueToken(ctx.db, actorOf(ctx), { userId: input.userId, label: input.label });
    return { token, apiToken: row };
  }

  @Authorized('ADMIN')
  @Mutation(() => TokenPayload)
  async revokeToken(@Arg('input', () => RevokeTokenInput) input: RevokeTokenInput, @Ctx() ctx: Context): Promise<TokenPayload> {
    return { apiToken: await revokeToken(ctx.db, actorOf(ctx), input) };
  }
}
