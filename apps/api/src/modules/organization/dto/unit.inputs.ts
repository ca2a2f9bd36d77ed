import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
} from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '../unit.entity.js';
import { UnitKindEnum } from './unit.model.js';

@ArgsType()
export class UnitsArgs {
  @Field(() => UnitKindEnum, { nullable: true, description: 'Only units of this kind.' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;
}

@InputType({ description: 'A new unit.' })
export class CreateUnitInput {
  @Field({ description: 'Unique code: lowercase letters, digits and "-", 2–64 characters.' })
  @Matches(/^[a-z][a-z0-9-]{1,63}$/, {
    message: 'code must be 2–64 lowercase letters, digits or "-", starting with a letter',
  })
  code: string;

  @Field({ description: 'Official name.' })
  @IsString()
  @Length(2, 100)
  name: string;

  @Field(() => UnitKindEnum, { description: 'Kind of unit.' })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Parent unit; defaults to the city.' })
  @IsOptional()
  @IsString()
  parentId?: string;

  @Field({ nullable: true, description: 'A poverty-related functional department.' })
  @IsOptional()
  @IsBoolean()
  isFunctionalDepartment?: boolean;

  @Field(() => [String], { nullable: true, description: 'Labels.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[^,]{1,32}$/, { each: true, message: 'each tag must be 1–32 characters without commas' })
  tags?: string[];
}

@InputType({ description: 'Changes to a unit; fields left out stay as they are.' })
export class UpdateUnitInput {
  @Field(() => ID, { description: 'The unit.' })
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true, description: 'Official name.' })
  @IsOptional()
  @IsString()
  @Length(2, 100)
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Parent unit.' })
  @IsOptional()
  @IsString()
  parentId?: string;

  @Field({ nullable: true, description: 'A poverty-related functional department.' })
  @IsOptional()
  @IsBoolean()
  isFunctionalDepartment?: boolean;

  @Field(() => [String], { nullable: true, description: 'Labels.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[^,]{1,32}$/, { each: true, message: 'each tag must be 1–32 characters without commas' })
  tags?: string[];
}
