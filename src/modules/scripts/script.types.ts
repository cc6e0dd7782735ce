import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { SCENARIOS, scriptKind } from './script.kind.js';
import { scriptService } from './scripts.service.js';

export const ScenarioEnum = enumOf(SCENARIOS);
registerEnumType(ScenarioEnum, { name: 'ScriptScenario', description: 'the situation a standard script is for' });

@ObjectType()
@InputType('PlaceholderInput')
export class Placeholder {
  @Field(() => String, { description: 'written {name} in the text' })
  name: string;

  @Field(() => String)
  description: string;
}

export const scriptApi = codedKindApi(scriptKind, scriptService, {
  description: 'a standard script, by its stable code',
  versionDescription: 'a version of a standard script (标准话术): the exact words',
  content: {
    scenario: { type: () => ScenarioEnum },
    text: { type: () => String, description: 'the words, with {placeholders}' },
    placeholders: { type: () => [Placeholder], optional: true },
    tags: { type: () => [String], optional: true },
    channels: { type: () => [String], optional: true, description: 'channel letters; all when empty' },
    businessCodes: { type: () => [String], optional: true, description: 'business codes; all when empty' },
  },
});
export const Script = scriptApi.DocumentType;
export const ScriptVersion = scriptApi.VersionType;
export const ScriptConnection = scriptApi.ConnectionType;

@ObjectType()
export class RenderedScript {
  @Field(() => String)
  text: string;

  @Field(() => ID, { description: 'the version whose words these are' })
  versionId: string;
}

@InputType()
export class PlaceholderValueInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  value: string;
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
