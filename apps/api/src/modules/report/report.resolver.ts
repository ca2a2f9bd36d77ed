import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type ReportContent, beijingDate, reportAttachmentIds, workingDaysLeft } from '@lvze/domain';
import type { RequestContext } from '../../core/graphql/request-context.js';
import { JsonScalar } from '../../core/graphql/scalars.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { type AuthUser, hasRole } from '../auth/auth-user.js';
import { StoredFileModel } from '../file/dto/stored-file.model.js';
import type { StoredFile } from '../file/stored-file.entity.js';
import { UnitModel } from '../organization/dto/unit.model.js';
import { OrganizationService } from '../organization/organization.service.js';
import type { Unit } from '../organization/unit.entity.js';
import { UserModel } from '../user/dto/user.model.js';
import type { User } from '../user/user.entity.js';
import { UserService } from '../user/user.service.js';
import {
  CreateReportTemplateInput,
  ReportObligationsArgs,
  ReviewReportInput,
  SaveReportDraftInput,
  SubmitReportInput,
  UpdateReportTemplateInput,
} from './dto/report.inputs.js';
import {
  ReportCompletenessModel,
  ReportObligationModel,
  ReportReviewModel,
  ReportSubmissionModel,
  ReportTemplateModel,
  ReportTemplateVersionModel,
} from './dto/report.model.js';
import { CalendarService } from '../calendar/calendar.service.js';
import { mayFile } from './report-scope.js';
import { ReportTemplateService } from './report-template.service.js';
import type {
  ReportObligation,
  ReportReview,
  ReportSubmission,
  ReportTemplate,
  ReportTemplateVersion,
} from './report.entity.js';
import { ReportService, isOverdue } from './report.service.js';

export const REPORT_READERS = ['STAFF', 'LEADER', 'REPORTER'] as const;

@Resolver(() => ReportTemplateModel)
export class ReportTemplateResolver {
  constructor(private readonly templates: ReportTemplateService) {}

  @Query(() => [ReportTemplateModel], { description: 'Every required report (报备模板).' })
  @Roles(...REPORT_READERS)
  reportTemplates(): Promise<ReportTemplate[]> {
    return this.templates.list();
  }

  @Query(() => ReportTemplateModel, { nullable: true })
  @Roles(...REPORT_READERS)
  reportTemplate(@Args('id', { type: () => ID }) id: string): Promise<ReportTemplate> {
    return this.templates.get(id);
  }

  @Mutation(() => ReportTemplateModel, {
    description: 'A new required report; its reports are created at once up to the next period. STAFF.',
  })
  @Roles('STAFF')
  createReportTemplate(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: CreateReportTemplateInput,
  ): Promise<ReportTemplate> {
    return this.templates.create(actor, input);
  }

  @Mutation(() => ReportTemplateModel, {
    description:
      'Changes a template (CONFLICT when version is stale). A changed form becomes a new version; reports already filed keep theirs, pending ones move to it. STAFF.',
  })
  @Roles('STAFF')
  updateReportTemplate(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: UpdateReportTemplateInput,
  ): Promise<ReportTemplate> {
    return this.templates.update(actor, input);
  }

  @ResolveField(() => ReportTemplateVersionModel)
  async currentVersion(
    @Parent() template: ReportTemplate,
    @Context() context: RequestContext,
  ): Promise<ReportTemplateVersion> {
    return (await this.templates.versionLoader(context.loaders).load(template.currentVersionId))!;
  }

  @ResolveField(() => [ReportTemplateVersionModel])
  versions(
    @Parent() template: ReportTemplate,
    @Context() context: RequestContext,
  ): Promise<ReportTemplateVersion[]> {
    return this.templates.versionsLoader(context.loaders).load(template.id);
  }
}

@Resolver(() => ReportTemplateVersionModel)
export class ReportTemplateVersionResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel, { nullable: true })
  async createdBy(
    @Parent() version: ReportTemplateVersion,
    @Context() context: RequestContext,
  ): Promise<User | null> {
    return version.createdById ? this.users.userLoader(context.loaders).load(version.createdById) : null;
  }
}

@Resolver(() => ReportObligationModel)
export class ReportObligationResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly templates: ReportTemplateService,
    private readonly organization: OrganizationService,
    private readonly calendars: CalendarService,
  ) {}

  @Query(() => [ReportObligationModel], {
    description:
      'Units’ reports, by due time; a REPORTER sees their own unit’s only (FORBIDDEN when asking for another).',
  })
  @Roles(...REPORT_READERS)
  reportObligations(
    @CurrentUser() user: AuthUser,
    @Args() args: ReportObligationsArgs,
  ): Promise<ReportObligation[]> {
    return this.reports.list(user, args);
  }

  @Query(() => ReportObligationModel, {
    nullable: true,
    description: 'One report with its history; FORBIDDEN for a reporter of another unit.',
  })
  @Roles(...REPORT_READERS)
  reportObligation(
    @CurrentUser() user: AuthUser,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportObligation> {
    return this.reports.get(user, id);
  }

  @Query(() => ReportCompletenessModel, {
    description: 'Units × periods of a template with each report’s status; a REPORTER sees their unit only.',
  })
  @Roles(...REPORT_READERS)
  reportCompleteness(
    @CurrentUser() user: AuthUser,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Context() context: RequestContext,
  ) {
    return this.reports.completeness(user, templateId, context.loaders);
  }

  @Mutation(() => ReportObligationModel, {
    description:
      'Saves a draft (not validated). REPORTER of the unit (the linked LEADER for contact-point records); only while PENDING or RETURNED.',
  })
  @Roles('REPORTER', 'LEADER')
  saveReportDraft(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SaveReportDraftInput,
  ): Promise<ReportObligation> {
    return this.reports.saveDraft(actor, input);
  }

  @Mutation(() => ReportObligationModel, {
    description:
      'Files a report: PENDING or RETURNED → SUBMITTED, late when after dueAt. The content is validated against the report’s form version; BAD_USER_INPUT names the field (extensions.field, extensions.problems). REPORTER of the unit; for contact-point records the LEADER linked to the county.',
  })
  @Roles('REPORTER', 'LEADER')
  submitReport(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: SubmitReportInput,
  ): Promise<ReportObligation> {
    return this.reports.submit(actor, input);
  }

  @Mutation(() => ReportObligationModel, {
    description: 'Accepts a SUBMITTED report, or returns it (comment required). STAFF.',
  })
  @Roles('STAFF')
  reviewReport(
    @CurrentUser() actor: AuthUser,
    @Args('input') input: ReviewReportInput,
  ): Promise<ReportObligation> {
    return this.reports.review(actor, input);
  }

  @ResolveField(() => ReportTemplateModel)
  async template(@Parent() o: ReportObligation, @Context() context: RequestContext): Promise<ReportTemplate> {
    return (await this.templates.templateLoader(context.loaders).load(o.templateId))!;
  }

  @ResolveField(() => ReportTemplateVersionModel)
  async templateVersion(
    @Parent() o: ReportObligation,
    @Context() context: RequestContext,
  ): Promise<ReportTemplateVersion> {
    return (await this.templates.versionLoader(context.loaders).load(o.templateVersionId))!;
  }

  @ResolveField(() => UnitModel)
  async unit(@Parent() o: ReportObligation, @Context() context: RequestContext): Promise<Unit> {
    return (await this.organization.unitLoader(context.loaders).load(o.unitId))!;
  }

  @ResolveField(() => Boolean, {
    description:
      'You may save a draft and file it now (your unit’s report, or your county’s contact record; PENDING or RETURNED).',
  })
  async canFile(
    @Parent() o: ReportObligation,
    @CurrentUser() user: AuthUser,
    @Context() context: RequestContext,
  ): Promise<boolean> {
    if (o.status !== 'PENDING' && o.status !== 'RETURNED') return false;
    const { filedBy } = (await this.templates.templateLoader(context.loaders).load(o.templateId))!;
    const linked =
      filedBy === 'CONTACT_LEADER' &&
      (await this.reports.contactUnitsLoader(context.loaders).load(user.id)).has(o.unitId);
    return mayFile(user, o, filedBy, linked);
  }

  @ResolveField(() => Boolean, { description: 'You may accept or return it now (STAFF, SUBMITTED).' })
  canReview(@Parent() o: ReportObligation, @CurrentUser() user: AuthUser): boolean {
    return o.status === 'SUBMITTED' && hasRole(user, 'STAFF');
  }

  @ResolveField(() => Boolean)
  overdue(@Parent() o: ReportObligation): boolean {
    return isOverdue(o, this.reports.now());
  }

  @ResolveField(() => Int, { nullable: true })
  async daysLeft(@Parent() o: ReportObligation): Promise<number | null> {
    if (o.status !== 'PENDING' && o.status !== 'RETURNED') return null;
    const calendar = await this.calendars.calendar();
    return workingDaysLeft(beijingDate(this.reports.now()), beijingDate(o.dueAt), calendar);
  }

  @ResolveField(() => JsonScalar, { nullable: true })
  async content(@Parent() o: ReportObligation, @Context() context: RequestContext): Promise<unknown> {
    return (await this.reports.submissionsLoader(context.loaders).load(o.id)).at(-1)?.content ?? null;
  }

  @ResolveField(() => [ReportSubmissionModel])
  async submissions(
    @Parent() o: ReportObligation,
    @Context() context: RequestContext,
  ): Promise<ReportSubmission[]> {
    return [...(await this.reports.submissionsLoader(context.loaders).load(o.id))].reverse();
  }

  @ResolveField(() => [ReportReviewModel])
  async reviews(@Parent() o: ReportObligation, @Context() context: RequestContext): Promise<ReportReview[]> {
    return [...(await this.reports.reviewsLoader(context.loaders).load(o.id))].reverse();
  }

  @ResolveField(() => [StoredFileModel], {
    description:
      'The files the draft’s attachment fields name (uploaded, not yet filed, or kept from a filing).',
  })
  async draftAttachments(
    @Parent() o: ReportObligation,
    @Context() context: RequestContext,
  ): Promise<StoredFile[]> {
    if (!o.draft) return [];
    const version = (await this.templates.versionLoader(context.loaders).load(o.templateVersionId))!;
    const files = await attachmentsOf(this.reports, context, version.form, o.draft);
    return files.filter(
      (f) => f.ownerType === null || (f.ownerType === 'ReportObligation' && f.ownerId === o.id),
    );
  }

  @ResolveField(() => ReportReviewModel, { nullable: true })
  async lastReview(
    @Parent() o: ReportObligation,
    @Context() context: RequestContext,
  ): Promise<ReportReview | null> {
    return (await this.reports.reviewsLoader(context.loaders).load(o.id)).at(-1) ?? null;
  }
}

@Resolver(() => ReportSubmissionModel)
export class ReportSubmissionResolver {
  constructor(
    private readonly users: UserService,
    private readonly templates: ReportTemplateService,
    private readonly reports: ReportService,
  ) {}

  @ResolveField(() => [StoredFileModel], { description: 'The files its attachment fields name.' })
  async attachments(
    @Parent() s: ReportSubmission,
    @Context() context: RequestContext,
  ): Promise<StoredFile[]> {
    const version = (await this.templates.versionLoader(context.loaders).load(s.templateVersionId))!;
    const files = await attachmentsOf(this.reports, context, version.form, s.content);
    return files.filter((f) => f.ownerType === 'ReportObligation' && f.ownerId === s.obligationId);
  }

  @ResolveField(() => UserModel)
  async submittedBy(@Parent() s: ReportSubmission, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(s.submittedById))!;
  }

  @ResolveField(() => ReportTemplateVersionModel)
  async templateVersion(
    @Parent() s: ReportSubmission,
    @Context() context: RequestContext,
  ): Promise<ReportTemplateVersion> {
    return (await this.templates.versionLoader(context.loaders).load(s.templateVersionId))!;
  }
}

@Resolver(() => ReportReviewModel)
export class ReportReviewResolver {
  constructor(private readonly users: UserService) {}

  @ResolveField(() => UserModel)
  async reviewer(@Parent() r: ReportReview, @Context() context: RequestContext): Promise<User> {
    return (await this.users.userLoader(context.loaders).load(r.reviewerId))!;
  }
}

/** The stored files a content's attachment fields name, batched per request. */
async function attachmentsOf(
  reports: ReportService,
  context: RequestContext,
  form: ReportTemplateVersion['form'],
  content: ReportContent,
): Promise<StoredFile[]> {
  const ids = Object.values(reportAttachmentIds(form, content)).flat();
  if (!ids.length) return [];
  const files = await reports.filesLoader(context.loaders).loadMany(ids);
  return files.filter((f): f is StoredFile => f !== null && !(f instanceof Error));
}
