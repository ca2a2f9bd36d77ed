import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DateScalar, DateTimeScalar, JsonScalar } from '../../../core/graphql/scalars.js';
import { UserModel } from '../../user/dto/user.model.js';

@ObjectType('AuditEvent', { description: 'One attributable change: who, when, what before, what after.' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field(() => UserModel, { nullable: true, description: 'Who made the change; null for the system.' })
  actor?: UserModel | null;

  actorId: string | null;

  @Field({ description: 'What was done, e.g. "user.disable", "task.create".' })
  action: string;

  @Field({ description: 'The kind of record changed, e.g. "User".' })
  entity: string;

  @Field(() => ID, { description: 'The record changed.' })
  entityId: string;

  @Field(() => DateTimeScalar, { description: 'When.' })
  at: Date;

  @Field(() => JsonScalar, { nullable: true, description: 'The record before the change.' })
  before: unknown;

  @Field(() => JsonScalar, { nullable: true, description: 'The record after the change.' })
  after: unknown;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => ID, { nullable: true, description: 'Only events about this record.' })
  @IsOptional()
  @IsString()
  entityId?: string;

  @Field(() => ID, { nullable: true, description: 'Only events by this user.' })
  @IsOptional()
  @IsString()
  actorId?: string;

  @Field({ nullable: true, description: 'Only events about this kind of record, e.g. "User".' })
  @IsOptional()
  @IsString()
  entity?: string;

  @Field({ nullable: true, description: 'Only this action, e.g. "task.update".' })
  @IsOptional()
  @IsString()
  action?: string;

  @Field(() => DateScalar, { nullable: true, description: 'From this Beijing date on (inclusive).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date, e.g. 2026-11-23' })
  from?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Up to this Beijing date (inclusive).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date, e.g. 2026-11-23' })
  to?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'At most this many, newest first (default 100, max 1000).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

@ObjectType('AuditFilterOptions', { description: 'What the audit trail can be filtered by.' })
export class AuditFilterOptionsModel {
  @Field(() => [String], { description: 'Every action recorded, e.g. "task.update".' })
  actions: string[];

  @Field(() => [String], { description: 'Every kind of record changed, e.g. "Task".' })
  entities: string[];

  @Field(() => [UserModel], { description: 'Everyone who made a change (the system aside).' })
  actors: UserModel[];
}
