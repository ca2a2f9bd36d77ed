import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  FileDownloadModel,
  XLSX_MIME_TYPE,
  decodeBase64Upload,
  toFileDownload,
} from '../../core/graphql/file-download.model.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { TaskImportResultModel } from './dto/task-ledger.model.js';
import { type TaskImportResult, TaskLedgerService } from './task-ledger.service.js';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The Excel ledger (台账): export, import template and import. */
@Resolver()
export class TaskLedgerResolver {
  constructor(private readonly ledger: TaskLedgerService) {}

  @Query(() => FileDownloadModel, {
    description:
      'The battle map as an Excel ledger (挂图作战台账, .xlsx) with a progress sheet; a REPORTER gets their unit’s tasks only.',
  })
  @Roles('STAFF', 'LEADER', 'REPORTER')
  async taskLedger(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.exportLedger(user, campaignId ?? undefined), XLSX_MIME_TYPE);
  }

  @Query(() => FileDownloadModel, {
    description: 'The .xlsx template for importTasks, with filling instructions and the unit codes. STAFF.',
  })
  @Roles('STAFF')
  async taskImportTemplate(): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.importTemplate(), XLSX_MIME_TYPE);
  }

  @Mutation(() => TaskImportResultModel, {
    description:
      'Imports tasks from an .xlsx (the template or an exported ledger): codes already in the campaign are updated, others created. Any row error imports nothing and lists every error. STAFF.',
  })
  @Roles('STAFF')
  importTasks(
    @CurrentUser() actor: AuthUser,
    @Args('fileBase64', { description: 'The .xlsx file, base64-encoded; at most 10 MB decoded.' })
    fileBase64: string,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ): Promise<TaskImportResult> {
    return this.ledger.importTasks(
      actor,
      campaignId ?? undefined,
      decodeBase64Upload(fileBase64, MAX_IMPORT_BYTES),
    );
  }
}
