import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { FileDownloadModel, XLSX_MIME_TYPE, toFileDownload } from '../../core/graphql/file-download.model.js';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type Dashboard, DashboardService } from './dashboard.service.js';
import { DashboardArgs, DashboardModel } from './dto/dashboard.model.js';
import { UnitScoreLedgerService } from './unit-score-ledger.service.js';

@Resolver()
export class DashboardResolver {
  constructor(
    private readonly dashboards: DashboardService,
    private readonly ledger: UnitScoreLedgerService,
  ) {}

  @Query(() => DashboardModel, {
    description:
      'The leaders’ dashboard (领导驾驶舱) of a campaign (default: current), optionally for one county-level area or unit kind. A REPORTER gets their own unit’s.',
  })
  @Roles('STAFF', 'LEADER', 'ADMIN', 'REPORTER')
  dashboard(
    @CurrentUser() user: AuthUser,
    @Args() args: DashboardArgs,
    @Context() context: RequestContext,
  ): Promise<Dashboard> {
    return this.dashboards.dashboard(user, args, context.loaders);
  }

  @Query(() => FileDownloadModel, {
    description:
      'Every unit’s score with its parts as an Excel ledger (.xlsx), the annual performance assessment’s input.',
  })
  @Roles('STAFF', 'LEADER', 'ADMIN')
  async unitScoreLedger(
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.ledger.exportLedger(campaignId ?? undefined), XLSX_MIME_TYPE);
  }
}
