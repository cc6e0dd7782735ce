import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { toConnection, toPage } from '../../shared/pagination.js';
import { SYSTEM_USER_ID } from '../../db/migrations/1763800000000-Foundation.js';
import { UserRow } from './user.entity.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { createUser, issueToken, revokeToken } from './auth.service.js';
import { ApiToken, CreateUserInput, IssueTokenInput, IssueTokenPayload, RevokeTokenInput, TokenPayload, User, UserConnection, UserPayload } from './auth.types.js';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'the signed-in user; null without a token' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Authorized('ADMIN')
  @Query(() => UserConnection, { description: 'every user who can sign in, by name' })
  async users(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    const page = toPage(first, after);
    const offset = page.afterKey ?? 0;
    const query = ctx.db.dataSource.getRepository(UserRow).createQueryBuilder('u').where('u.id <> :system', { system: SYSTEM_USER_ID });
    const [rows, totalCount] = await Promise.all([query.clone().orderBy('u.name', 'ASC').offset(offset).limit(page.limit + 1).getMany(), query.getCount()]);
    // The cursor of a user list is its position: names are unique, so the order is stable.
    const positions = new Map(rows.map((r, i) => [r.id, offset + i + 1]));
    return toConnection(rows, page, (r) => positions.get(r.id)!, totalCount);
  }

  @Authorized('ADMIN')
  @FieldResolver(() => [ApiToken], { description: 'the user’s tokens, revoked ones included (admins only)' })
  tokens(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.loaders.tokensByUser.load(user.id);
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
