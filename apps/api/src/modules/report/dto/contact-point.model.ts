import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { UserModel } from '../../user/dto/user.model.js';
import { ReportObligationModel } from './report.model.js';

@ObjectType('ContactPoint', {
  description: 'A leader linked to a county-level area (联系点) for quarterly supervision.',
})
export class ContactPointModel {
  @Field(() => ID)
  id: string;

  @Field(() => UserModel)
  leader?: UserModel;

  leaderId: string;

  @Field(() => UnitModel)
  unit?: UnitModel;

  unitId: string;
}

@ObjectType('ContactCoverage', {
  description: 'One county in a quarter: its contact leaders and whether their record is filed.',
})
export class ContactCoverageModel {
  @Field(() => UnitModel)
  unit: UnitModel;

  @Field(() => [UserModel], { description: 'The leaders linked to the county; empty: no contact point.' })
  leaders: UserModel[];

  @Field(() => ReportObligationModel, {
    nullable: true,
    description: 'The quarter’s contact record; null when none is required.',
  })
  report: ReportObligationModel | null;

  @Field({
    description: 'The quarter’s record has been filed (submitted or accepted; a returned one is not).',
  })
  filed: boolean;
}
