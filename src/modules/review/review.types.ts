import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DocumentVersion } from '../versioning/version.types.js';
import type { VersionRow } from '../versioning/version.entity.js';

export const ReviewReasonEnum = enumOf(['OVERDUE', 'DUE_SOON', 'EXPIRING'] as const);
registerEnumType(ReviewReasonEnum, {
  name: 'ReviewReason',
  description: 'why a version in force is listed for review',
  valuesConfig: {
    OVERDUE: { description: 'its review date has passed' },
    DUE_SOON: { description: 'its review date falls within 30 days' },
    EXPIRING: { description: 'it stops being in force within 30 days' },
  },
});

@ObjectType({ description: 'a version in force due for periodic review' })
export class ReviewDueItem {
  @Field(() => DocumentVersion, { description: 'the version in force' })
  version: VersionRow;

  @Field(() => DateTime, { description: 'taking effect, or the last confirmation, plus the kind’s review interval' })
  reviewDueAt: string;

  @Field(() => DateTime, { nullable: true, description: 'when someone last confirmed it as still right (verifyVersion); null: never' })
  lastVerifiedAt: string | null;

  @Field(() => ReviewReasonEnum, { description: 'why it is listed' })
  reason: string;

  @Field(() => Int, { description: 'times agents opened it from a search in the 90 days before asOf' })
  opens: number;
}

@InputType({ description: 'a version in force to confirm as still right' })
export class VerifyVersionInput {
  @Field(() => ID, { description: 'the version in force now' })
  versionId: string;

  @Field(() => String, { description: 'what was checked, 1 to 2000 characters' })
  note: string;
}
