import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { Clock } from '../../core/clock/clock.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { groupByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ALLOWED_EXTENSIONS, detectFileType } from './file-types.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { StoredFile } from './stored-file.entity.js';

export type FileOwnerType = 'ProgressUpdate' | 'AssignmentUpdate' | 'ReportObligation';

@Injectable()
export class FileService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(actor: AuthUser, rawName: string, content: Buffer): Promise<StoredFile> {
    const filename = basename(rawName.replace(/[\u0000-\u001f\\]/g, ''))
      .slice(-200)
      .trim();
    if (!filename) throw badInput('file', 'The file needs a name.', '文件缺少文件名。');
    const limitMb = Math.round(this.config.uploadMaxBytes / 1024 / 1024);
    if (content.length > this.config.uploadMaxBytes) {
      const sizeMb = (content.length / 1024 / 1024).toFixed(1);
      throw badInput(
        'file',
        `"${filename}" is ${sizeMb} MB; the limit is ${limitMb} MB.`,
        `“${filename}”大小为 ${sizeMb} MB，超过 ${limitMb} MB 的上限。`,
      );
    }
    if (content.length === 0) throw badInput('file', `"${filename}" is empty.`, `“${filename}”是空文件。`);
    const type = detectFileType(filename, content);
    if (!type) {
      const allowed = ALLOWED_EXTENSIONS.join(', ');
      throw badInput(
        'file',
        `"${filename}" is not an accepted file: use ${allowed}.`,
        `“${filename}”不是可接受的文件类型，请上传 ${allowed} 格式的文件。`,
      );
    }
    const id = randomUUID();
    await this.storage.put(id, content);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const file = manager.create(StoredFile, {
          id,
          ownerType: null,
          ownerId: null,
          filename,
          mimeType: type.mimeType,
          size: content.length,
          storageKey: id,
          uploadedById: actor.id,
          createdAt: this.clock.now(),
        });
        await manager.insert(StoredFile, file);
        await this.audit.record(manager, {
          actor,
          action: 'file.upload',
          entity: 'StoredFile',
          entityId: id,
          after: file,
        });
        return file;
      });
    } catch (error) {
      await this.storage.remove(id);
      throw error;
    }
  }

  /** Attaches the actor's own unattached uploads to a record, inside the record's transaction. */
  async attach(
    manager: EntityManager,
    actor: AuthUser,
    fileIds: string[],
    ownerType: FileOwnerType,
    ownerId: string,
  ): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (!ids.length) return;
    const files = await manager.findBy(StoredFile, {
      id: In(ids),
      uploadedById: actor.id,
      ownerType: IsNull(),
    });
    if (files.length !== ids.length) {
      throw badInput(
        'attachmentIds',
        'An attachment is missing, already used, or was uploaded by someone else. Upload it again.',
        '附件不存在、已被使用或非本人上传，请重新上传。',
      );
    }
    await manager.update(StoredFile, { id: In(ids) }, { ownerType, ownerId });
  }

  attachmentsLoader(loaders: RequestLoaders, ownerType: FileOwnerType) {
    return loaders.for<string, StoredFile[]>(`files.${ownerType}`, async (ownerIds) => {
      const files = await this.dataSource.getRepository(StoredFile).find({
        where: { ownerType, ownerId: In([...ownerIds]) },
        order: { createdAt: 'ASC', filename: 'ASC' },
      });
      return groupByKey(ownerIds, files, (f) => f.ownerId!);
    });
  }

  async read(id: string): Promise<{ file: StoredFile; content: Buffer }> {
    const file = await this.dataSource.getRepository(StoredFile).findOneBy({ id });
    if (!file) throw notFound('File', '文件', id);
    return { file, content: await this.storage.get(file.storageKey) };
  }
}
