import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReports1795941097835 implements MigrationInterface {
  name = 'AddReports1795941097835';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "cadence" varchar(16) NOT NULL, "due_rule" text NOT NULL, "audience" text NOT NULL, "active_from" varchar(10) NOT NULL, "active_until" varchar(10), "current_version_id" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b71c9f62f528438ffc4d055204" ON "report_template" ("code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_template_version" ("id" varchar(36) PRIMARY KEY NOT NULL, "template_id" varchar(36) NOT NULL, "number" integer NOT NULL, "form" text NOT NULL, "created_by_id" varchar(36), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eddbbe3de2e9730e95b3d79d4a" ON "report_template_version" ("template_id", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_obligation" ("id" varchar(36) PRIMARY KEY NOT NULL, "template_id" varchar(36) NOT NULL, "template_version_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "period" varchar(10) NOT NULL, "due_at" datetime NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('PENDING'), "draft" text, "draft_saved_at" datetime, "submitted_at" datetime, "late" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b3e21960191586b37c983e0bfa" ON "report_obligation" ("template_version_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_73ed654592456ac88396fb1de8" ON "report_obligation" ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ee8154f5843ddf073df2c7d947" ON "report_obligation" ("due_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_680618f2f9c3ab7ad6ce3877f7" ON "report_obligation" ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_da02dc1f6609784b79b65fed4f" ON "report_obligation" ("template_id", "period", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_6b9f6a87ba937f6b425bc97ce1" ON "report_obligation" ("template_id", "unit_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_submission" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "template_version_id" varchar(36) NOT NULL, "content" text NOT NULL, "submitted_by_id" varchar(36) NOT NULL, "submitted_at" datetime NOT NULL, "late" boolean NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8271376a7033f4e4b72b450b3b" ON "report_submission" ("obligation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "report_review" ("id" varchar(36) PRIMARY KEY NOT NULL, "obligation_id" varchar(36) NOT NULL, "submission_id" varchar(36) NOT NULL, "accepted" boolean NOT NULL, "comment" text NOT NULL DEFAULT (''), "reviewer_id" varchar(36) NOT NULL, "reviewed_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f57a04cff5db0c2701010bb32" ON "report_review" ("obligation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "contact_point" ("id" varchar(36) PRIMARY KEY NOT NULL, "leader_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_646c3ef2c6bd5ae7412697e1d5" ON "contact_point" ("unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_49d95246dc5137088d057fdf73" ON "contact_point" ("leader_id", "unit_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_49d95246dc5137088d057fdf73"`);
    await queryRunner.query(`DROP INDEX "IDX_646c3ef2c6bd5ae7412697e1d5"`);
    await queryRunner.query(`DROP TABLE "contact_point"`);
    await queryRunner.query(`DROP INDEX "IDX_3f57a04cff5db0c2701010bb32"`);
    await queryRunner.query(`DROP TABLE "report_review"`);
    await queryRunner.query(`DROP INDEX "IDX_8271376a7033f4e4b72b450b3b"`);
    await queryRunner.query(`DROP TABLE "report_submission"`);
    await queryRunner.query(`DROP INDEX "IDX_6b9f6a87ba937f6b425bc97ce1"`);
    await queryRunner.query(`DROP INDEX "IDX_da02dc1f6609784b79b65fed4f"`);
    await queryRunner.query(`DROP INDEX "IDX_680618f2f9c3ab7ad6ce3877f7"`);
    await queryRunner.query(`DROP INDEX "IDX_ee8154f5843ddf073df2c7d947"`);
    await queryRunner.query(`DROP INDEX "IDX_73ed654592456ac88396fb1de8"`);
    await queryRunner.query(`DROP INDEX "IDX_b3e21960191586b37c983e0bfa"`);
    await queryRunner.query(`DROP TABLE "report_obligation"`);
    await queryRunner.query(`DROP INDEX "IDX_eddbbe3de2e9730e95b3d79d4a"`);
    await queryRunner.query(`DROP TABLE "report_template_version"`);
    await queryRunner.query(`DROP INDEX "IDX_b71c9f62f528438ffc4d055204"`);
    await queryRunner.query(`DROP TABLE "report_template"`);
  }
}
