import { Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** The audit writer; every feature module imports it. The reader lives in AuditTrailModule. */
@Module({
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
