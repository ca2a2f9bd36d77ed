import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UNIT_KINDS, type UnitKind } from '../unit.entity.js';

export const UnitKindEnum = Object.fromEntries(UNIT_KINDS.map((k) => [k, k])) as { [K in UnitKind]: K };
registerEnumType(UnitKindEnum, {
  name: 'UnitKind',
  description:
    'CITY: city-level organ; COUNTY: county-level area; MUNICIPAL_UNIT: municipal unit; COMMISSION_DEPARTMENT: internal department of the commission.',
});

@ObjectType('Unit', { description: 'An organisational unit; units form a tree.' })
export class UnitModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field({ description: 'Short unique code, e.g. "ziyuan"; reporters of the unit sign in with it.' })
  code: string;

  @Field({ description: 'Official name, e.g. 资源县.' })
  name: string;

  @Field(() => UnitKindEnum, { description: 'What kind of unit this is.' })
  kind: UnitKind;

  @Field({ description: 'One of the poverty-related functional departments (职能部门).' })
  isFunctionalDepartment: boolean;

  @Field(() => UnitModel, { nullable: true, description: 'The unit above this one; null for the city.' })
  parent?: UnitModel | null;

  parentId: string | null;

  @Field(() => [String], { description: 'Free labels used for bulk assignment, e.g. "poverty-county".' })
  tags: string[];

  @Field(() => Int, { description: 'Row version; send it back when editing (CONFLICT when stale).' })
  version: number;
}
