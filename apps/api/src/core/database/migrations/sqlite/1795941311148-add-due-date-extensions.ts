import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDueDateExtensions1795941311148 implements MigrationInterface {
  name = 'AddDueDateExtensions1795941311148';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "due_date_extension" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "pending_key" varchar(36), "status" varchar(12) NOT NULL, "original_due_on" varchar(10) NOT NULL, "requested_due_on" varchar(10) NOT NULL, "reason" text NOT NULL, "requested_by_id" varchar(36) NOT NULL, "requested_at" datetime NOT NULL, "decided_by_id" varchar(36), "decided_at" datetime, "decision_note" text, "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_11d1a29b3842154dca0790494b" ON "due_date_extension" ("pending_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_481a1268218721786ce2f1f1ad" ON "due_date_extension" ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bf2cfcff89ed15480df9a20fb" ON "due_date_extension" ("unit_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_41d74ae8f0a4f5a537441af1b5" ON "due_date_extension" ("task_id", "requested_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_41d74ae8f0a4f5a537441af1b5"`);
    await queryRunner.query(`DROP INDEX "IDX_2bf2cfcff89ed15480df9a20fb"`);
    await queryRunner.query(`DROP INDEX "IDX_481a1268218721786ce2f1f1ad"`);
    await queryRunner.query(`DROP INDEX "IDX_11d1a29b3842154dca0790494b"`);
    await queryRunner.query(`DROP TABLE "due_date_extension"`);
  }
}
