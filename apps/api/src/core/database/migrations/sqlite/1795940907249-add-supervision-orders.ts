import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSupervisionOrders1795940907249 implements MigrationInterface {
  name = 'AddSupervisionOrders1795940907249';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "supervision_order" ("id" varchar(36) PRIMARY KEY NOT NULL, "campaign_id" varchar(36) NOT NULL, "year" integer NOT NULL, "serial" integer NOT NULL, "number" varchar(40) NOT NULL, "alert_id" varchar(36) NOT NULL, "task_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "matter" varchar(300) NOT NULL, "rectify_by" varchar(10) NOT NULL, "leader_id" varchar(36) NOT NULL, "requirements" text NOT NULL, "issued_by_id" varchar(36) NOT NULL, "issued_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a9d9aec3137f9f3314b76350a3" ON "supervision_order" ("campaign_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c2f4bb6fc63d4138ae6d98895b" ON "supervision_order" ("number") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_65bf735643dc79b8b7985e73a4" ON "supervision_order" ("alert_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_0adaaf8a7c9ff3663974b52e3d" ON "supervision_order" ("task_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_74314cc0e82c643637944c3c2b" ON "supervision_order" ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df2c9e5975558a466af686dd3c" ON "supervision_order" ("issued_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_792fdd7584cc969d1c4bfe7e11" ON "supervision_order" ("year", "serial") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_792fdd7584cc969d1c4bfe7e11"`);
    await queryRunner.query(`DROP INDEX "IDX_df2c9e5975558a466af686dd3c"`);
    await queryRunner.query(`DROP INDEX "IDX_74314cc0e82c643637944c3c2b"`);
    await queryRunner.query(`DROP INDEX "IDX_0adaaf8a7c9ff3663974b52e3d"`);
    await queryRunner.query(`DROP INDEX "IDX_65bf735643dc79b8b7985e73a4"`);
    await queryRunner.query(`DROP INDEX "IDX_c2f4bb6fc63d4138ae6d98895b"`);
    await queryRunner.query(`DROP INDEX "IDX_a9d9aec3137f9f3314b76350a3"`);
    await queryRunner.query(`DROP TABLE "supervision_order"`);
  }
}
