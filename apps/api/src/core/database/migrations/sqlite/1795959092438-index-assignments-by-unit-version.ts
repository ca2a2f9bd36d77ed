import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexAssignmentsByUnitVersion1795959092438 implements MigrationInterface {
  name = 'IndexAssignmentsByUnitVersion1795959092438';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_6307b61ec6230e6fca2ccd5e68"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_8bb2da31ac738b696a124ae00f" ON "assignment" ("unit_id", "version") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_8bb2da31ac738b696a124ae00f"`);
    await queryRunner.query(`CREATE INDEX "IDX_6307b61ec6230e6fca2ccd5e68" ON "assignment" ("unit_id") `);
  }
}
