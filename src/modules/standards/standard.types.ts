import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/relay.js';
import { DocumentVersion } from '../versioning/version.types.js';
import { STANDARD_CLASSES } from './standard.kind.js';

export const StandardClassEnum = Object.fromEntries(STANDARD_CLASSES.map((s) => [s, s])) as { [K in (typeof STANDARD_CLASSES)[number]]: K };
registerEnumType(StandardClassEnum, { name: 'StandardClass', description: 'TIME_LIMIT 快捷 · FUNCTION 便捷 · CARE 关怀' });

@ObjectType()
export class GradeValue {
  @Field(() => String, { description: '钻 金 银 基础, 1A–5A, 1B–5B, or 全部' })
  grade: string;

  @Field(() => String)
  value: string;
}

@ObjectType({ implements: DocumentVersion, description: 'a version of a service standard: a commitment and its value per customer grade' })
export class StandardVersion extends DocumentVersion {}

@ObjectType({ description: 'a service standard (服务标准), by its stable code' })
export class Standard {}

export const StandardConnection = Connection('Standard', Standard);

@InputType()
export class GradeValueInput {
  @Field(() => String)
  grade: string;

  @Field(() => String)
  value: string;
}

@InputType()
export class CreateStandardInput {
  @Field(() => String, { description: 'stable code, e.g. repair-callback' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => StandardClassEnum)
  standardClass: string;

  @Field(() => String)
  commitment: string;

  @Field(() => [GradeValueInput])
  values: GradeValueInput[];

  @Field(() => [String], { nullable: true })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true })
  businessCodes?: string[] | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class CreateStandardDraftInput {
  @Field(() => ID)
  standardId: string;

  @Field(() => ID, { nullable: true })
  basedOnVersionId?: string | null;

  @Field(() => String)
  changeNote: string;
}

@InputType()
export class UpdateStandardDraftInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => Int)
  expectedRevision: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => StandardClassEnum, { nullable: true })
  standardClass?: string | null;

  @Field(() => String, { nullable: true })
  commitment?: string | null;

  @Field(() => [GradeValueInput], { nullable: true })
  values?: GradeValueInput[] | null;

  @Field(() => [String], { nullable: true })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true })
  businessCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  changeNote?: string | null;
}

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
