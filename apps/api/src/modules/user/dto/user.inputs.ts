import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMinSize, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { ROLES, type Role } from '../user.entity.js';
import { RoleEnum } from './user.model.js';

@InputType({ description: 'A new account.' })
export class CreateUserInput {
  @Field({ description: 'Sign-in name: lowercase letters, digits, "-", "_" or ".", 2–64 characters.' })
  @Matches(/^[a-z][a-z0-9._-]{1,63}$/, {
    message: 'username must be 2–64 lowercase letters, digits, ".", "_" or "-", starting with a letter',
  })
  username: string;

  @Field({ description: 'Name shown to others.' })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @Field({ description: 'Initial password: at least 8 characters of 3 kinds.' })
  @IsString()
  password: string;

  @Field(() => [RoleEnum], { description: 'Roles.' })
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @Field(() => ID, { nullable: true, description: 'The unit; required for a REPORTER.' })
  @IsOptional()
  @IsString()
  unitId?: string;
}

@InputType({ description: 'Changes to an account; fields left out stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  @IsString()
  id: string;

  @Field(() => Int, { description: 'The version you read.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @Field(() => [RoleEnum], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @Field(() => ID, { nullable: true, description: 'The unit; required for a REPORTER.' })
  @IsOptional()
  @IsString()
  unitId?: string;
}
