import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TokenService } from '../auth/token.service.js';
import { StoredFileModel } from './dto/stored-file.model.js';
import { isPreviewable } from './file-types.js';
import type { StoredFile } from './stored-file.entity.js';

/** A file is only reachable through the record it belongs to, so its link is minted here. */
@Resolver(() => StoredFileModel)
export class StoredFileResolver {
  constructor(private readonly tokens: TokenService) {}

  @ResolveField(() => String)
  async url(@Parent() file: StoredFile): Promise<string> {
    return `/api/files/${file.id}?token=${await this.tokens.signFileAccess(file.id)}`;
  }

  @ResolveField(() => Boolean)
  previewable(@Parent() file: StoredFile): boolean {
    return isPreviewable(file.mimeType);
  }
}
