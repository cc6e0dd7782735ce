import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { SCENARIOS, scriptKind } from './script.kind.js';
import { scriptService } from './scripts.service.js';

export const ScenarioEnum = enumOf(SCENARIOS);
registerEnumType(ScenarioEnum, {
  name: 'ScriptScenario',
  description: 'the situation a standard script is for',
  valuesConfig: {
    GREETING: { description: '开头语 问候: the opening greeting' },
    SILENT_CALLER: { description: '无声电话: the caller says nothing' },
    CANNOT_HEAR: { description: '听不清: the agent cannot hear the caller' },
    HOLD_OVER_10S: { description: '等待超过10秒: the caller has waited more than 10 seconds' },
    DIALECT: { description: '方言: the caller speaks a dialect' },
    ASK_REPEAT: { description: '请客户重复: asking the caller to say it again' },
    BACK_FROM_MUTE: { description: '取消静音: coming back after muting the line' },
    CLOSING: { description: '结束语: ending the call' },
    CANNOT_ANSWER_NOW: { description: '无法当场解答: the answer cannot be given during the call' },
    CALLBACK: { description: '回访: calling the customer back' },
    VERIFY_IDENTITY: { description: '身份核实: checking who the caller is' },
    READ_BACK: { description: '复述确认: repeating back what the customer said, to confirm it' },
    APOLOGY: { description: '致歉: apologising' },
    TRANSFER: { description: '转接: transferring the call' },
    COMPLAINT_ACCEPT: { description: '投诉受理: taking a complaint' },
    OTHER: { description: 'any other situation' },
  },
});

@ObjectType({ description: 'a value a script’s words leave to fill in when they are said, e.g. the agent’s number' })
@InputType('PlaceholderInput', { description: 'a value the script’s words leave to fill in, written {name} in the text' })
export class Placeholder {
  @Field(() => String, { description: 'written {name} in the text: lowerCamelCase letters and digits, at most 40, e.g. agentId' })
  name: string;

  @Field(() => String, { description: 'what to fill in, for the agent, 1 to 200 characters' })
  description: string;
}

export const scriptApi = codedKindApi(scriptKind, scriptService, {
  description: 'a standard script, by its stable code',
  versionDescription: 'a version of a standard script (标准话术): the exact words',
  content: {
    scenario: { type: () => ScenarioEnum, description: 'the situation the script is for' },
    text: { type: () => String, description: 'the words, with {placeholders}; 1 to 4000 characters' },
    placeholders: { type: () => [Placeholder], optional: true, description: 'every placeholder the text uses, each once, at most 30; empty when there are none' },
    tags: { type: () => [String], optional: true, description: 'free labels for finding the script, at most 20 of up to 30 characters each' },
    channels: { type: () => [String], optional: true, description: 'channel letters; all when empty' },
    businessCodes: { type: () => [String], optional: true, description: 'business codes; all when empty' },
  },
});
export const Script = scriptApi.DocumentType;
export const ScriptVersion = scriptApi.VersionType;
export const ScriptConnection = scriptApi.ConnectionType;

@ObjectType({ description: 'a script’s words in force, with the placeholders filled in' })
export class RenderedScript {
  @Field(() => String, { description: 'the words to say' })
  text: string;

  @Field(() => ID, { description: 'the version whose words these are' })
  versionId: string;
}

@InputType({ description: 'the value of one placeholder' })
export class PlaceholderValueInput {
  @Field(() => String, { description: 'the placeholder’s name, as declared (without braces)' })
  name: string;

  @Field(() => String, { description: 'what replaces {name} in the text' })
  value: string;
}

@InputType({ description: 'narrows the list of scripts; the conditions given all apply' })
export class ScriptFilter {
  @Field(() => ScenarioEnum, { nullable: true, description: 'only scripts for this situation' })
  scenario?: string | null;

  @Field(() => String, { nullable: true, description: 'only scripts that apply on this channel (a letter, e.g. A): scoped to it, or to every channel' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'only scripts that apply to this business (4 digits, e.g. 1102): scoped to it, or to every business' })
  businessCode?: string | null;

  @Field(() => String, { nullable: true, description: 'only scripts with this tag' })
  tag?: string | null;
}
