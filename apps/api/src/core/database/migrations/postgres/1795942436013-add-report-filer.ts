import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReportFiler1795942436013 implements MigrationInterface {
  name = 'AddReportFiler1795942436013';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "report_template" ADD "filed_by" character varying(16) NOT NULL DEFAULT 'UNIT'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_template" DROP COLUMN "filed_by"`);
  }
}
