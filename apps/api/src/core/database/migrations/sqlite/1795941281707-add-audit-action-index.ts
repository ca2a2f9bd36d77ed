import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditActionIndex1795941281707 implements MigrationInterface {
  name = 'AddAuditActionIndex1795941281707';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_6d9d5c59e3243dca62cf2760e7" ON "audit_event" ("action", "at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_6d9d5c59e3243dca62cf2760e7"`);
  }
}
