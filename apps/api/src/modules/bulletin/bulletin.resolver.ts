import { Args, Query, Resolver } from '@nestjs/graphql';
import { DOCX_MIME_TYPE } from '../../core/documents/official-document.js';
import { FileDownloadModel, toFileDownload } from '../../core/graphql/file-download.model.js';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { BulletinService, type WeeklyBulletin } from './bulletin.service.js';
import { WeeklyBulletinArgs } from './dto/bulletin.inputs.js';
import { WeeklyBulletinModel } from './dto/bulletin.model.js';

const READERS = ['LEADER', 'STAFF', 'ADMIN'] as const;

@Resolver()
export class BulletinResolver {
  constructor(private readonly bulletins: BulletinService) {}

  @Query(() => WeeklyBulletinModel, {
    description:
      'The weekly bulletin’s figures (周通报) as they stood at the end of the week. LEADER, STAFF, ADMIN.',
  })
  @Roles(...READERS)
  weeklyBulletin(@CurrentUser() user: AuthUser, @Args() args: WeeklyBulletinArgs): Promise<WeeklyBulletin> {
    return this.bulletins.weeklyBulletin(user, args);
  }

  @Query(() => FileDownloadModel, {
    description:
      'The weekly bulletin as the official Word document (.docx) the commission circulates. LEADER, STAFF, ADMIN.',
  })
  @Roles(...READERS)
  async weeklyBulletinDocument(
    @CurrentUser() user: AuthUser,
    @Args() args: WeeklyBulletinArgs,
  ): Promise<FileDownloadModel> {
    return toFileDownload(await this.bulletins.weeklyBulletinDocument(user, args), DOCX_MIME_TYPE);
  }
}
