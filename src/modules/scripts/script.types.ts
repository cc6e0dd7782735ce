import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { SCENARIOS } from './script.kind.js';

export const ScenarioEnum = Object.fromEntries(SCENARIOS.map((s) => [s, s])) as { [K in (typeof SCENARIOS)[number]]: K };
registerEnumType(ScenarioEnum, { name: 'ScriptScenario', description: 'the situation a standard script is for' });

@ObjectType()
export class Placeholder {
  @Field(() => String, { description: 'written {name} in the text' })
  name: string;

  @Field(() => String)
  description: string;
}

@ObjectType({ implements: DocumentVersion, description: 'a version of a standard script (标准话术): the exact words' })
export class ScriptVersion extends DocumentVersion {}

@ObjectType({ description: 'a standard script, by its stable code' })
export class Script {}

export const ScriptConnection = Connection('Script', Script);

@ObjectType()
export class RenderedScript {
  @Field(() => String)
  text: string;

  @Field(() => ID, { description: 'the version whose words these are' })
  versionId: string;
}

@InputType()
export class PlaceholderInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;
}

@InputType()
export class PlaceholderValueInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
}

@InputType()
export class CreateScriptInput {
  @Field(() => String, { description: 'stable code, e.g. greeting-standard' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => ScenarioEnum)
  scenario: string;

  @Field(() => String)
  text: string;

  @Field(() => [PlaceholderInput], { nullable: true })
  placeholders?: PlaceholderInput[] | null;

  @Field(() => [String], { nullable: true, description: 'channel letters; all when empty' })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'business codes; all when empty' })
  businessCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class CreateScriptDraftInput {
  @Field(() => ID)
  scriptId: string;

  @Field(() => ID, { nullable: true })
  basedOnVersionId?: string | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class UpdateScriptDraftInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  expectedRevision: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ScenarioEnum, { nullable: true })
  scenario?: string | null;

  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => [PlaceholderInput], { nullable: true })
  placeholders?: PlaceholderInput[] | null;

  @Field(() => [String], { nullable: true })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true })
  businessCodes?: string[] | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => String, { nullable: true })
  changeNote?: string | null;
}

@InputType()
export class ScriptFilter {
  @Field(() => ScenarioEnum, { nullable: true })
  scenario?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  businessCode?: string | null;

  @Field(() => String, { nullable: true })
  tag?: string | null;
}
