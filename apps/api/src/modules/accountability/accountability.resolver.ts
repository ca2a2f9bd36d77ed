import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FileDownloadModel, XLSX_MIME_TYPE, toFileDownload } from '../../core/graphql/file-download.model.js';
import type { RequestContext } from '../../core/graphql/request-context.js';
import type { Alert } from '../alert/alert.entity.js';
import { AlertModel } from '../alert/dto/alert.model.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import type { AccountabilityRecord } from './accountability-record.entity.js';
import { AccountabilityService } from './accountability.service.js';
import {
  AccountabilityRecordsArgs,
  RecordAccountabilityInput,
  UpdateAccountabilityRecordInput,
} from './dto/accountability.inputs.js';
import { AccountabilityRecordModel, DecisionCountModel } from './dto/accountability.model.js';

const READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => AccountabilityRecordModel)
export class AccountabilityResolver {
  constructor(
    private readonly accountability: AccountabilityService,
    private readonly organization: OrganizationService,
    private readonly users: UserService,
  ) {}

  @Query(() => [AccountabilityRecordModel], {
    description: 'Accountability decisions (问责记录), newest first; a REPORTER sees their own unit’s only.',
  })
  @Roles(...READERS)
  accountabilityRecords(
    @CurrentUser() user: AuthUser,
    @Args() args: AccountabilityRecordsArgs,
  ): Promise<AccountabilityRecord[]> {
    return this.accountability.list(user, args);
  }

  @Query(() => [DecisionCountModel], {
    description: 'Decisions of the campaign per kind, every kind listed, in the user’s scope.',
  })
  @Roles(...READERS)
  accountabilityCounts(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ) {
    return this.accountability.counts(user, campaignId ?? undefined);
  }

  @Query(() => FileDownloadModel, {
    description: 'The accountability ledger (问责台账) as .xlsx. STAFF, LEADER.',
  })
  @Roles('STAFF', 'LEADER')
  async accountabilityLedger(
    @CurrentUser() user: AuthUser,
    @Args('campaignId', { type: () => ID, nullable: true, description: 'Defaults to the current campaign.' })
    campaignId?: string,
  ): Promise<FileDownloadModel> {
    return toFileDownload(
      await this.accountability.exportLedger(user, campaignId ?? undefined),
      XLSX_MIME_TYPE,
    );
  }

  @Mutation(() => AccountabilityRecordModel, {
    description:
      'Records an accountability decision, usually answering an ACCOUNTABILITY-level alert (its unit is the record’s). STAFF.',
  })
  @Roles('STAFF')
  recordAccountability(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: RecordAccountabilityInput,
  ): Promise<AccountabilityRecord> {
    return this.accountability.record(actor, input);
  }

  @Mutation(() => AccountabilityRecordModel, {
    description: 'Corrects a recorded decision (version-checked). STAFF.',
  })
  @Roles('STAFF')
  updateAccountabilityRecord(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateAccountabilityRecordInput,
  ): Promise<AccountabilityRecord> {
    return this.accountability.update(actor, input);
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() record: AccountabilityRecord, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(record.unitId))!;
  }

  @ResolveField(() => UserModel, { nullable: true })
  recordedBy(
    @Parent() record: AccountabilityRecord,
    @Context() context: RequestContext,
  ): Promise<User | null> {
    return this.users.userLoader(context.loaders).load(record.recordedById);
  }

  @ResolveField(() => AlertModel, { nullable: true, description: 'The alert it answers.' })
  alert(
    @Parent() record: AccountabilityRecord,
    @Context() context: RequestContext,
  ): Promise<Alert | null> | null {
    return record.alertId ? this.accountability.alertLoader(context.loaders).load(record.alertId) : null;
  }
}

/** The decisions recorded on an alert, shown in the alert centre. */
@Resolver(() => AlertModel)
export class AlertAccountabilityResolver {
  constructor(private readonly accountability: AccountabilityService) {}

  @ResolveField(() => [AccountabilityRecordModel], {
    description: 'Accountability decisions recorded on this alert.',
  })
  accountabilityRecords(
    @Parent() alert: Alert,
    @Context() context: RequestContext,
  ): Promise<AccountabilityRecord[]> {
    return this.accountability.byAlertLoader(context.loaders).load(alert.id);
  }
}
