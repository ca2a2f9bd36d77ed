import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddReportFiler1795942429127 implements MigrationInterface {
  name = 'AddReportFiler1795942429127';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b71c9f62f528438ffc4d055204"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_report_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "cadence" varchar(16) NOT NULL, "due_rule" text NOT NULL, "audience" text NOT NULL, "active_from" varchar(10) NOT NULL, "active_until" varchar(10), "current_version_id" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL, "filed_by" varchar(16) NOT NULL DEFAULT ('UNIT'))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_report_template"("id", "code", "name", "cadence", "due_rule", "audience", "active_from", "active_until", "current_version_id", "version", "created_at") SELECT "id", "code", "name", "cadence", "due_rule", "audience", "active_from", "active_until", "current_version_id", "version", "created_at" FROM "report_template"`,
    );
    await queryRunner.query(`DROP TABLE "report_template"`);
    await queryRunner.query(`ALTER TABLE "temporary_report_template" RENAME TO "report_template"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b71c9f62f528438ffc4d055204" ON "report_template" ("code") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_b71c9f62f528438ffc4d055204"`);
    await queryRunner.query(`ALTER TABLE "report_template" RENAME TO "temporary_report_template"`);
    await queryRunner.query(
      `CREATE TABLE "report_template" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(200) NOT NULL, "cadence" varchar(16) NOT NULL, "due_rule" text NOT NULL, "audience" text NOT NULL, "active_from" varchar(10) NOT NULL, "active_until" varchar(10), "current_version_id" varchar(36) NOT NULL, "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "report_template"("id", "code", "name", "cadence", "due_rule", "audience", "active_from", "active_until", "current_version_id", "version", "created_at") SELECT "id", "code", "name", "cadence", "due_rule", "audience", "active_from", "active_until", "current_version_id", "version", "created_at" FROM "temporary_report_template"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_report_template"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b71c9f62f528438ffc4d055204" ON "report_template" ("code") `,
    );
  }
}
