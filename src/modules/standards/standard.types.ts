import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { STANDARD_CLASSES, standardKind } from './standard.kind.js';
import { standardService } from './standards.service.js';

export const StandardClassEnum = enumOf(STANDARD_CLASSES);
registerEnumType(StandardClassEnum, {
  name: 'StandardClass',
  description: 'TIME_LIMIT 快捷 · FUNCTION 便捷 · CARE 关怀',
  valuesConfig: {
    TIME_LIMIT: { description: '快捷 (时限): how fast something is done, e.g. a repair within 24 hours' },
    FUNCTION: { description: '便捷: what the customer can get done, and how easily' },
    CARE: { description: '关怀: how the customer is looked after' },
  },
});

@ObjectType({ description: 'what a standard commits to for one customer grade' })
@InputType('GradeValueInput', { description: 'what a standard commits to for one customer grade; each grade at most once' })
export class GradeValue {
  @Field(() => String, { description: '钻 金 银 基础, 1A–5A, 1B–5B, or 全部' })
  grade: string;

  @Field(() => String, { description: 'the commitment for the grade, e.g. 受理后24小时内装通; 1 to 200 characters' })
  value: string;
}

export const standardApi = codedKindApi(standardKind, standardService, {
  description: 'a service standard (服务标准), by its stable code',
  versionDescription: 'a version of a service standard: a commitment and its value per customer grade',
  content: {
    standardClass: { type: () => StandardClassEnum, description: 'what kind of promise the standard makes' },
    commitment: { type: () => String, description: 'what the hotline commits to, 1 to 2000 characters' },
    values: { type: () => [GradeValue], description: 'the commitment per customer grade' },
    channels: { type: () => [String], optional: true, description: 'channel letters; all when empty' },
    businessCodes: { type: () => [String], optional: true, description: 'business codes; all when empty' },
  },
});
export const Standard = standardApi.DocumentType;
export const StandardVersion = standardApi.VersionType;
export const StandardConnection = standardApi.ConnectionType;

@InputType({ description: 'narrows the list of standards; the conditions given all apply' })
export class StandardFilter {
  @Field(() => StandardClassEnum, { nullable: true, description: 'only standards of this class' })
  standardClass?: string | null;

  @Field(() => String, { nullable: true, description: 'only standards that apply on this channel (a letter, e.g. A): scoped to it, or to every channel' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'only standards that apply to this business (4 digits, e.g. 1102): scoped to it, or to every business' })
  businessCode?: string | null;

  @Field(() => String, { nullable: true, description: 'standards with a value for this grade' })
  grade?: string | null;
}
