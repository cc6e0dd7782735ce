import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { DocumentVersion } from '../versioning/version.types.js';
import type { VersionRow } from '../versioning/version.entity.js';

export const ReviewReasonEnum = enumOf(['OVERDUE', 'DUE_SOON', 'EXPIRING'] as const);
registerEnumType(ReviewReasonEnum, {
  name: 'ReviewReason',
  valuesConfig: {
    OVERDUE: { description: 'its review date has passed' },
    DUE_SOON: { description: 'its review date falls within 30 days' },
    EXPIRING: { description: 'it stops being in force within 30 days' },
  },
});

@ObjectType({ description: 'a version in force due for periodic review' })
export class ReviewDueItem {
  @Field(() => DocumentVersion)
  version: VersionRow;

  @Field(() => DateTime, { description: 'taking effect, or the last confirmation, plus the kind’s review interval' })
  reviewDueAt: string;

  @Field(() => DateTime, { nullable: true })
  lastVerifiedAt: string | null;

  @Field(() => ReviewReasonEnum)
  reason: string;

  @Field(() => Int, { description: 'times agents opened it from a search in the 90 days before asOf' })
  opens: number;
}

@InputType()
export class VerifyVersionInput {
  @Field(() => ID)
  versionId: string;

  @Field(() => String, { description: 'what was checked' })
  note: string;
}
