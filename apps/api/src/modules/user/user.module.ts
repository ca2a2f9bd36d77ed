import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrganizationModule } from '../organization/organization.module.js';
import { UserResolver } from './user.resolver.js';
import { UserService } from './user.service.js';

@Module({
  imports: [AuditModule, OrganizationModule],
  providers: [UserService, UserResolver],
  exports: [UserService],
})
export class UserModule {}
