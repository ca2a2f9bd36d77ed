import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserModule } from '../user/user.module.js';
import { ExtensionResolver, TaskExtensionResolver } from './extension.resolver.js';
import { ExtensionService } from './extension.service.js';

/** Requests for more time (延期) on tasks. */
@Module({
  imports: [AuditModule, OrganizationModule, UserModule],
  providers: [ExtensionService, ExtensionResolver, TaskExtensionResolver],
  exports: [ExtensionService],
})
export class ExtensionModule {}
