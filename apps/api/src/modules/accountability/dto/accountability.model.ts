import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ACCOUNTABILITY_DECISIONS,
  ACCOUNTABILITY_DECISION_NAMES_ZH,
  type AccountabilityDecision,
} from '@lvze/domain';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { UserModel } from '../../user/dto/user.model.js';

export const AccountabilityDecisionEnum = Object.fromEntries(ACCOUNTABILITY_DECISIONS.map((d) => [d, d])) as {
  [K in AccountabilityDecision]: K;
};
registerEnumType(AccountabilityDecisionEnum, {
  name: 'AccountabilityDecision',
  description: `The decision taken (问责方式): ${ACCOUNTABILITY_DECISIONS.map((d) => `${d} ${ACCOUNTABILITY_DECISION_NAMES_ZH[d]}`).join(', ')}.`,
});

@ObjectType('AccountabilityRecord', {
  description: 'An accountability decision (问责记录) about persons of a unit, usually answering an alert.',
})
export class AccountabilityRecordModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The campaign it belongs to.' })
  campaignId: string;

  @Field(() => ID, { nullable: true, description: 'The ACCOUNTABILITY-level alert it answers, if any.' })
  alertId: string | null;

  @Field(() => UnitModel, { description: 'The unit held to account.' })
  unit?: UnitModel;

  unitId: string;

  @Field(() => AccountabilityDecisionEnum)
  decision: AccountabilityDecision;

  @Field({ description: 'The persons held to account, name and post.' })
  persons: string;

  @Field()
  reason: string;

  @Field(() => DateScalar, { description: 'Date of the decision (Beijing).' })
  decidedOn: string;

  @Field(() => UserModel, { nullable: true, description: 'Who recorded it.' })
  recordedBy?: UserModel | null;

  recordedById: string;

  @Field(() => DateTimeScalar)
  recordedAt: Date;

  @Field(() => Int, { description: 'Row version for updateAccountabilityRecord.' })
  version: number;
}

@ObjectType('DecisionCount', { description: 'How many decisions of one kind; every kind listed.' })
export class DecisionCountModel {
  @Field(() => AccountabilityDecisionEnum)
  decision: AccountabilityDecision;

  @Field(() => Int)
  count: number;
}
