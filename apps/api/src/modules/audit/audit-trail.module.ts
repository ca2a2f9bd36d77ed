import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { AuditModule } from './audit.module.js';
import { AuditResolver } from './audit.resolver.js';

@Module({
  imports: [AuditModule, UserModule],
  providers: [AuditResolver],
})
export class AuditTrailModule {}
