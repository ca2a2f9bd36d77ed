import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TaskImportErrorModel } from '../../task/dto/task-ledger.model.js';

@ObjectType('ResponsibilityImportResult', {
  description: 'Outcome of a list import: all rows were applied, or (when errors is not empty) none.',
})
export class ResponsibilityImportResultModel {
  @Field(() => Int, { description: 'Items created (numbers new to their list).' })
  created: number;

  @Field(() => Int, {
    description: 'Existing items, matched by list kind, list title and number, that were replaced.',
  })
  updated: number;

  @Field(() => Int, { description: 'Lists created because no list of the campaign had that kind and title.' })
  listsCreated: number;

  @Field(() => [TaskImportErrorModel], {
    description:
      'Every problem found, field being kind, listTitle, seq, content, evidenceExpected, cadence, dueOn or dueWorkingDays; when any, nothing was imported.',
  })
  errors: TaskImportErrorModel[];
}
