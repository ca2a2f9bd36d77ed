import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CADENCES, type Cadence } from '@lvze/domain';
import { DateScalar } from '../../../core/graphql/scalars.js';
import { RESPONSIBILITY_KINDS, type ResponsibilityKind } from '../responsibility.entity.js';

export const ResponsibilityKindEnum = Object.fromEntries(RESPONSIBILITY_KINDS.map((k) => [k, k])) as {
  [K in ResponsibilityKind]: K;
};
registerEnumType(ResponsibilityKindEnum, {
  name: 'ResponsibilityKind',
  description:
    'PARTY_PRINCIPAL 党委（党组）主体责任; DEPARTMENT_SUPERVISORY 部门监管责任; COMMISSION_SUPERVISION 纪委监督责任; LEADERSHIP_MEMBER 纪委领导班子成员责任; COMMISSION_DEPARTMENT 纪委部室责任.',
});

export const CadenceEnum = Object.fromEntries(CADENCES.map((c) => [c, c])) as { [K in Cadence]: K };
registerEnumType(CadenceEnum, {
  name: 'ResponsibilityCadence',
  description:
    'ONCE: one obligation, due on the item’s date; MONTHLY / QUARTERLY / YEARLY: one obligation per period, due a number of working days after the period ends (a YEARLY item may set its own date).',
});

@ObjectType('ResponsibilityList', { description: 'A responsibility list (责任清单) of a campaign.' })
export class ResponsibilityListModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The campaign the list belongs to.' })
  campaignId: string;

  @Field(() => ResponsibilityKindEnum, { description: 'Whose responsibility the list sets out.' })
  kind: ResponsibilityKind;

  @Field({ description: 'Title, e.g. 党委（党组）主体责任清单.' })
  title: string;

  @Field(() => Int, { description: 'Order among the campaign’s lists.' })
  seq: number;

  @Field(() => Int, { description: 'Row version; send it back when editing (CONFLICT when stale).' })
  version: number;

  @Field(() => [ResponsibilityItemModel], { description: 'The numbered items, in order.' })
  items?: ResponsibilityItemModel[];
}

@ObjectType('ResponsibilityItem', { description: 'One numbered duty of a responsibility list.' })
export class ResponsibilityItemModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => Int, { description: 'Number within the list, from 1.' })
  seq: number;

  @Field({ description: 'The requirement.' })
  content: string;

  @Field({ description: 'The evidence the unit is expected to attach.' })
  evidenceExpected: string;

  @Field(() => CadenceEnum, { description: 'Once, or once per month, quarter or year.' })
  cadence: Cadence;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Due date of a ONCE item (or a YEARLY item with a fixed date); null for recurring items.',
  })
  dueOn: string | null;

  @Field(() => Int, {
    description: 'Recurring items: each period is due this many working days after it ends (default 5).',
  })
  dueWorkingDays: number;

  @Field(() => Int, { description: 'Row version; send it back when editing (CONFLICT when stale).' })
  version: number;

  @Field(() => ResponsibilityListModel, { description: 'The list the item belongs to.' })
  list?: ResponsibilityListModel;

  listId: string;

  @Field(() => Int, { description: 'How many units carry the item.' })
  assignmentCount?: number;
}
