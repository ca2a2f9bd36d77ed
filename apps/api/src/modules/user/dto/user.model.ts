import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../../core/graphql/scalars.js';
import { UnitModel } from '../../organization/dto/unit.model.js';
import { ROLES, type Role } from '../user.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN system administrator; STAFF campaign office staff; LEADER city/commission leader; REPORTER a unit’s reporter; AUDITOR audit administrator.',
});

@ObjectType('User', { description: 'A person who signs in.' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Sign-in name.' })
  username: string;

  @Field({ description: 'Name shown to others.' })
  displayName: string;

  @Field(() => [RoleEnum], { description: 'What the person may do.' })
  roles: Role[];

  @Field(() => UnitModel, { nullable: true, description: 'The unit the person belongs to.' })
  unit?: UnitModel | null;

  unitId: string | null;

  @Field({ description: 'A disabled account cannot sign in and its sessions have ended.' })
  disabled: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Locked after five failed sign-ins, until this instant.',
  })
  lockedUntil: Date | null;

  @Field(() => Int, { description: 'Row version; send it back when editing.' })
  version: number;
}

@ObjectType('AuthPayload', { description: 'A signed token and who it belongs to.' })
export class AuthPayloadModel {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;

  @Field(() => UserModel)
  user: UserModel;

  @Field(() => DateTimeScalar, { description: 'When the token stops working.' })
  expiresAt: Date;
}
