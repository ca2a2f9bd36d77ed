import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('TaskImportError', {
  description: 'One problem in an imported file (importTasks, importResponsibilityItems).',
})
export class TaskImportErrorModel {
  @Field(() => Int, {
    description: 'Excel row number, 1-based, as Excel shows it.',
  })
  row: number;

  @Field({
    description:
      'The column at fault; for importTasks: code, category, title, description, leadLeader, leadUnitCode, coUnitCodes, startsOn, dueOn, target, measure. (Problems with the file as a whole are BAD_USER_INPUT errors with field "file".)',
  })
  field: string;

  @Field({ description: 'What is wrong, in English.' })
  message: string;

  @Field({ description: 'What is wrong, in Chinese, naming the column as the file does.' })
  messageZh: string;
}

@ObjectType('TaskImportResult', {
  description: 'Outcome of a ledger import: all rows were applied, or (when errors is not empty) none.',
})
export class TaskImportResultModel {
  @Field(() => Int, { description: 'Tasks created (codes new to the campaign).' })
  created: number;

  @Field(() => Int, { description: 'Existing tasks, matched by code, whose definition was replaced.' })
  updated: number;

  @Field(() => [TaskImportErrorModel], {
    description: 'Every problem found; when any, nothing was imported.',
  })
  errors: TaskImportErrorModel[];
}
