import { Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { FileController } from './file.controller.js';
import { FILE_STORAGE, LocalFileStorage } from './file-storage.js';
import { FileService } from './file.service.js';
import { StoredFileResolver } from './stored-file.resolver.js';

@Module({
  imports: [AuditModule, AuthModule],
  controllers: [FileController],
  providers: [
    FileService,
    StoredFileResolver,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(join(config.dataDir, 'files')),
    },
  ],
  exports: [FileService],
})
export class FileModule {}
