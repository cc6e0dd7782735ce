import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { codedKindApi } from '../versioning/coded-kind.resolver.js';
import { STANDARD_CLASSES, standardKind } from './standard.kind.js';
import { standardService } from './standards.service.js';

export const StandardClassEnum = enumOf(STANDARD_CLASSES);
registerEnumType(StandardClassEnum, { name: 'StandardClass', description: 'TIME_LIMIT 快捷 · FUNCTION 便捷 · CARE 关怀' });

@ObjectType()
@InputType('GradeValueInput')
export class GradeValue {
  @Field(() => String, { description: '钻 金 银 基础, 1A–5A, 1B–5B, or 全部' })
  grade: string;

  @Field(() => String)
  value: string;
}

export const standardApi = codedKindApi(standardKind, standardService, {
  description: 'a service standard (服务标准), by its stable code',
  versionDescription: 'a version of a service standard: a commitment and its value per customer grade',
  content: {
    standardClass: { type: () => StandardClassEnum },
    commitment: { type: () => String },
    values: { type: () => [GradeValue], description: 'the commitment per customer grade' },
    channels: { type: () => [String], optional: true, description: 'channel letters; all when empty' },
    businessCodes: { type: () => [String], optional: true, description: 'business codes; all when empty' },
  },
});
export const Standard = standardApi.DocumentType;
export const StandardVersion = standardApi.VersionType;
export const StandardConnection = standardApi.ConnectionType;

@InputType()
export class StandardFilter {
  @Field(() => StandardClassEnum, { nullable: true })
  standardClass?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field(() => String, { nullable: true })
  businessCode?: string | null;

  @Field(() => String, { nullable: true, description: 'standards with a value for this grade' })
  grade?: string | null;
}
