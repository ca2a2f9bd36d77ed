import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { FileDownloadModel, XLSX_MIME_TYPE, toFileDownload } from '../../core/graphql/file-download.model.js';
import { Roles } from '../auth/auth.decorators.js';
import { ReportLedgerService } from './report-ledger.service.js';

/** The consolidated report ledger (报备台账). */
@Resolver()
export class ReportLedgerResolver {
  constructor(private readonly ledger: ReportLedgerService) {}

  @Query(() => FileDownloadModel, {
    description:
      'One .xlsx of every unit’s report for a template and period (status, filing time in Beijing time, late, each field); for table forms such as the 198-category checklist also a sheet summing each row over the units that filed and one sheet per unit. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  async reportLedger(
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('period', { description: '2026-05, 2026-Q2, 2026, 2026-W22 or ONCE.' }) period: string,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.exportLedger(templateId, period), XLSX_MIME_TYPE);
  }
}
