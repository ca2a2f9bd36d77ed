import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAlertTallyIndex1795951468736 implements MigrationInterface {
  name = 'AddAlertTallyIndex1795951468736';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_4b8258fd7cd0d2d6d49be958c9" ON "alert"  ("status", "unit_id", "level") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_4b8258fd7cd0d2d6d49be958c9"`);
  }
}
