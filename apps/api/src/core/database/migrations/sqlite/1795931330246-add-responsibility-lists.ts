import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddResponsibilityLists1795931330246 implements MigrationInterface {
  name = 'AddResponsibilityLists1795931330246';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" varchar(36) PRIMARY KEY NOT NULL, "item_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6307b61ec6230e6fca2ccd5e68" ON "assignment" ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9ce1fe828684cefa42268bd813" ON "assignment" ("item_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_update" ("id" varchar(36) PRIMARY KEY NOT NULL, "assignment_id" varchar(36) NOT NULL, "period" varchar(8) NOT NULL, "percent" double precision NOT NULL, "summary" text NOT NULL, "author_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_154f930631f568403d524bbc48" ON "assignment_update" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_841fb445ce808868ac2e526bfe" ON "assignment_update" ("assignment_id", "period", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_review" ("id" varchar(36) PRIMARY KEY NOT NULL, "assignment_id" varchar(36) NOT NULL, "update_id" varchar(36) NOT NULL, "sufficient" boolean NOT NULL, "comment" text NOT NULL DEFAULT (''), "reviewer_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5423f367a9a26ffcb457a2fc04" ON "assignment_review" ("assignment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_15edf64a841a008e0571ea5e03" ON "assignment_review" ("update_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5af9a65bf2c6e9307369309451" ON "assignment_review" ("reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "responsibility_list" ("id" varchar(36) PRIMARY KEY NOT NULL, "campaign_id" varchar(36) NOT NULL, "kind" varchar(32) NOT NULL, "title" varchar(200) NOT NULL, "seq" integer NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52b8a5c6314a9161402773f12b" ON "responsibility_list" ("campaign_id", "kind", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "responsibility_item" ("id" varchar(36) PRIMARY KEY NOT NULL, "list_id" varchar(36) NOT NULL, "seq" integer NOT NULL, "content" text NOT NULL, "evidence_expected" text NOT NULL DEFAULT (''), "cadence" varchar(16) NOT NULL, "due_on" varchar(10), "due_working_days" integer NOT NULL DEFAULT (5), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eba929ef90b8a60f4d3908344c" ON "responsibility_item" ("list_id", "seq") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_eba929ef90b8a60f4d3908344c"`);
    await queryRunner.query(`DROP TABLE "responsibility_item"`);
    await queryRunner.query(`DROP INDEX "IDX_52b8a5c6314a9161402773f12b"`);
    await queryRunner.query(`DROP TABLE "responsibility_list"`);
    await queryRunner.query(`DROP INDEX "IDX_5af9a65bf2c6e9307369309451"`);
    await queryRunner.query(`DROP INDEX "IDX_15edf64a841a008e0571ea5e03"`);
    await queryRunner.query(`DROP INDEX "IDX_5423f367a9a26ffcb457a2fc04"`);
    await queryRunner.query(`DROP TABLE "assignment_review"`);
    await queryRunner.query(`DROP INDEX "IDX_841fb445ce808868ac2e526bfe"`);
    await queryRunner.query(`DROP INDEX "IDX_154f930631f568403d524bbc48"`);
    await queryRunner.query(`DROP TABLE "assignment_update"`);
    await queryRunner.query(`DROP INDEX "IDX_9ce1fe828684cefa42268bd813"`);
    await queryRunner.query(`DROP INDEX "IDX_6307b61ec6230e6fca2ccd5e68"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
  }
}
