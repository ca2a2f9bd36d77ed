import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TaskStatus } from '@lvze/domain';
import { DateScalar, DateTimeScalar } from '../../../core/graphql/scalars.js';
import { TaskStatusEnum } from '../../task/dto/task.model.js';

@ObjectType('SupervisionOrder', {
  description:
    'A supervision order (督办单): one numbered order per ACCOUNTABILITY-level alert, its rectification tracked as a battle-map task.',
})
export class SupervisionOrderModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Document number, sequential per year, e.g. 桂纪专督〔2026〕1号.' })
  number: string;

  @Field(() => Int, { description: 'Year of issue (Beijing).' })
  year: number;

  @Field({ description: 'The matter supervised (督办事项).' })
  matter: string;

  @Field(() => DateScalar, { description: 'Rectification deadline (整改时限): the task’s due date.' })
  rectifyBy: string;

  @Field({ description: 'Rectification requirements (整改要求).' })
  requirements: string;

  @Field(() => DateTimeScalar, { description: 'When it was issued.' })
  issuedAt: Date;

  @Field(() => TaskStatusEnum, {
    description: 'The rectification task’s status now, by the battle map’s rules.',
  })
  status?: TaskStatus;
}
