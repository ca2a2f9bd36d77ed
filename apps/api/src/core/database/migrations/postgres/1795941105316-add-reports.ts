import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReports1795941105316 implements MigrationInterface {
  name = 'AddReports1795941105316';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_template" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "cadence" character varying(16) NOT NULL, "due_rule" jsonb NOT NULL, "audience" jsonb NOT NULL, "active_from" character varying(10) NOT NULL, "active_until" character varying(10), "current_version_id" character varying(36) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d2952f5126d6e487e73ec6ae6a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b71c9f62f528438ffc4d055204" ON "report_template"  ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_template_version" ("id" character varying(36) NOT NULL, "template_id" character varying(36) NOT NULL, "number" integer NOT NULL, "form" jsonb NOT NULL, "created_by_id" character varying(36), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_762c21d841ece16162fd5348f5a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eddbbe3de2e9730e95b3d79d4a" ON "report_template_version"  ("template_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_obligation" ("id" character varying(36) NOT NULL, "template_id" character varying(36) NOT NULL, "template_version_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "period" character varying(10) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "draft" jsonb, "draft_saved_at" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "late" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e098ccb8e8d99b2eebb9e56081b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b3e21960191586b37c983e0bfa" ON "report_obligation"  ("template_version_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_73ed654592456ac88396fb1de8" ON "report_obligation"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ee8154f5843ddf073df2c7d947" ON "report_obligation"  ("due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_680618f2f9c3ab7ad6ce3877f7" ON "report_obligation"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da02dc1f6609784b79b65fed4f" ON "report_obligation"  ("template_id", "period", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6b9f6a87ba937f6b425bc97ce1" ON "report_obligation"  ("template_id", "unit_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_submission" ("id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "template_version_id" character varying(36) NOT NULL, "content" jsonb NOT NULL, "submitted_by_id" character varying(36) NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "late" boolean NOT NULL, CONSTRAINT "PK_15e5461289e5aec515b74d0e7f1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8271376a7033f4e4b72b450b3b" ON "report_submission"  ("obligation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_review" ("id" character varying(36) NOT NULL, "obligation_id" character varying(36) NOT NULL, "submission_id" character varying(36) NOT NULL, "accepted" boolean NOT NULL, "comment" text NOT NULL DEFAULT '', "reviewer_id" character varying(36) NOT NULL, "reviewed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1cb5982098ec9acfcb4572627df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f57a04cff5db0c2701010bb32" ON "report_review"  ("obligation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_point" ("id" character varying(36) NOT NULL, "leader_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a4953bfa453e555c2185e51dd4a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_646c3ef2c6bd5ae7412697e1d5" ON "contact_point"  ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_49d95246dc5137088d057fdf73" ON "contact_point"  ("leader_id", "unit_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_49d95246dc5137088d057fdf73"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_646c3ef2c6bd5ae7412697e1d5"`);
    await queryRunner.query(`DROP TABLE "contact_point"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3f57a04cff5db0c2701010bb32"`);
    await queryRunner.query(`DROP TABLE "report_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8271376a7033f4e4b72b450b3b"`);
    await queryRunner.query(`DROP TABLE "report_submission"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6b9f6a87ba937f6b425bc97ce1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_da02dc1f6609784b79b65fed4f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_680618f2f9c3ab7ad6ce3877f7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ee8154f5843ddf073df2c7d947"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73ed654592456ac88396fb1de8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3e21960191586b37c983e0bfa"`);
    await queryRunner.query(`DROP TABLE "report_obligation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eddbbe3de2e9730e95b3d79d4a"`);
    await queryRunner.query(`DROP TABLE "report_template_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b71c9f62f528438ffc4d055204"`);
    await queryRunner.query(`DROP TABLE "report_template"`);
  }
}
