import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  FileDownloadModel,
  XLSX_MIME_TYPE,
  decodeBase64Upload,
  toFileDownload,
} from '../../core/graphql/file-download.model.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ResponsibilityImportResultModel } from './dto/responsibility-ledger.model.js';
import { ResponsibilityMatrixArgs } from './dto/responsibility.inputs.js';
import {
  type ResponsibilityImportResult,
  ResponsibilityLedgerService,
} from './responsibility-ledger.service.js';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The responsibility ledger (责任清单落实台账): matrix export, list import template and import. */
@Resolver()
export class ResponsibilityLedgerResolver {
  constructor(private readonly ledger: ResponsibilityLedgerService) {}

  @Query(() => FileDownloadModel, {
    description:
      'The responsibility matrix with the same filters as responsibilityMatrix, as an Excel ledger (.xlsx): 落实矩阵 (items × units, status colour and percent), 明细 (one row per assignment), 图例. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  async responsibilityLedger(
    @CurrentUser() user: AuthUser,
    @Args() args: ResponsibilityMatrixArgs,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.exportLedger(user, args), XLSX_MIME_TYPE);
  }

  @Query(() => FileDownloadModel, {
    description: 'The .xlsx template for importResponsibilityItems, with filling instructions. STAFF.',
  })
  @Roles('STAFF')
  async responsibilityImportTemplate(): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.importTemplate(), XLSX_MIME_TYPE);
  }

  @Mutation(() => ResponsibilityImportResultModel, {
    description:
      'Imports responsibility lists and items from an .xlsx (the template): items matched by list kind, list title and number are updated, others created, lists created as needed. Any row error imports nothing and lists every error. STAFF.',
  })
  @Roles('STAFF')
  importResponsibilityItems(
    @CurrentUser() actor: AuthUser,
    @Args('fileBase64', { description: 'The .xlsx file, base64-encoded; at most 10 MB decoded.' })
    fileBase64: string,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ): Promise<ResponsibilityImportResult> {
    return this.ledger.importItems(
      actor,
      campaignId ?? undefined,
      decodeBase64Upload(fileBase64, MAX_IMPORT_BYTES),
    );
  }
}
