import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { badInput, forbidden } from '../../core/errors/domain-error.js';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { TokenService } from '../auth/token.service.js';
import { isPreviewable } from './file-types.js';
import { FileService } from './file.service.js';

/**
 * Evidence files travel outside GraphQL: uploads as raw bytes, downloads through short-lived signed
 * links that GraphQL hands out only to those who may see the record the file belongs to.
 */
@Controller('api/files')
export class FileController {
  constructor(
    private readonly files: FileService,
    private readonly tokens: TokenService,
  ) {}

  @Post()
  @Roles('STAFF', 'REPORTER')
  async upload(
    @CurrentUser() actor: AuthUser,
    @Headers('x-file-name') encodedName: string | undefined,
    @Body() body: unknown,
  ): Promise<{ id: string; filename: string; mimeType: string; size: number }> {
    if (!Buffer.isBuffer(body)) {
      throw badInput(
        'file',
        'Send the file as the request body with Content-Type application/octet-stream.',
        '请以 application/octet-stream 方式上传文件内容。',
      );
    }
    let filename: string;
    try {
      filename = decodeURIComponent(encodedName ?? '');
    } catch {
      throw badInput('file', 'The X-File-Name header must be URL-encoded.', '文件名编码有误。');
    }
    const file = await this.files.upload(actor, filename, body);
    return { id: file.id, filename: file.filename, mimeType: file.mimeType, size: file.size };
  }

  @Get(':id')
  @Public()
  async download(
    @Param('id') id: string,
    @Query('token') token: string | undefined,
    @Query('download') download: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!token || !(await this.tokens.verifyFileAccess(token, id))) {
      throw forbidden(
        'This file link has expired or is not yours. Open the record again.',
        '文件链接已失效或无权访问，请重新打开相关记录。',
      );
    }
    const { file, content } = await this.files.read(id);
    const inline = isPreviewable(file.mimeType) && download === undefined;
    await reply
      .header('content-type', file.mimeType)
      .header('content-length', content.length)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, max-age=600')
      .header(
        'content-disposition',
        `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      )
      .send(content);
  }
}
