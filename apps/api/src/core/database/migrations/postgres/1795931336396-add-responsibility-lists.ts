import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddResponsibilityLists1795931336396 implements MigrationInterface {
  name = 'AddResponsibilityLists1795931336396';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" character varying(36) NOT NULL, "item_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6307b61ec6230e6fca2ccd5e68" ON "assignment"  ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_9ce1fe828684cefa42268bd813" ON "assignment"  ("item_id", "unit_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_update" ("id" character varying(36) NOT NULL, "assignment_id" character varying(36) NOT NULL, "period" character varying(8) NOT NULL, "percent" double precision NOT NULL, "summary" text NOT NULL, "author_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e951ec12baa70d4348bba6d7856" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_154f930631f568403d524bbc48" ON "assignment_update"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_841fb445ce808868ac2e526bfe" ON "assignment_update"  ("assignment_id", "period", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment_review" ("id" character varying(36) NOT NULL, "assignment_id" character varying(36) NOT NULL, "update_id" character varying(36) NOT NULL, "sufficient" boolean NOT NULL, "comment" text NOT NULL DEFAULT '', "reviewer_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ffd7757fc86c451eaf80370b3e1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5423f367a9a26ffcb457a2fc04" ON "assignment_review"  ("assignment_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_15edf64a841a008e0571ea5e03" ON "assignment_review"  ("update_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5af9a65bf2c6e9307369309451" ON "assignment_review"  ("reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "responsibility_list" ("id" character varying(36) NOT NULL, "campaign_id" character varying(36) NOT NULL, "kind" character varying(32) NOT NULL, "title" character varying(200) NOT NULL, "seq" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f525c997c76ebc83a4cf203dc88" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_52b8a5c6314a9161402773f12b" ON "responsibility_list"  ("campaign_id", "kind", "seq") `,
    );
    await queryRunner.query(
      `CREATE TABLE "responsibility_item" ("id" character varying(36) NOT NULL, "list_id" character varying(36) NOT NULL, "seq" integer NOT NULL, "content" text NOT NULL, "evidence_expected" text NOT NULL DEFAULT '', "cadence" character varying(16) NOT NULL, "due_on" character varying(10), "due_working_days" integer NOT NULL DEFAULT '5', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e4b395036bf9edbfdf470c736f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eba929ef90b8a60f4d3908344c" ON "responsibility_item"  ("list_id", "seq") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_eba929ef90b8a60f4d3908344c"`);
    await queryRunner.query(`DROP TABLE "responsibility_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_52b8a5c6314a9161402773f12b"`);
    await queryRunner.query(`DROP TABLE "responsibility_list"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5af9a65bf2c6e9307369309451"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15edf64a841a008e0571ea5e03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5423f367a9a26ffcb457a2fc04"`);
    await queryRunner.query(`DROP TABLE "assignment_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_841fb445ce808868ac2e526bfe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_154f930631f568403d524bbc48"`);
    await queryRunner.query(`DROP TABLE "assignment_update"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ce1fe828684cefa42268bd813"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6307b61ec6230e6fca2ccd5e68"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
  }
}
