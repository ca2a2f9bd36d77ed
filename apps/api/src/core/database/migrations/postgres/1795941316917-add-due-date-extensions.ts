import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDueDateExtensions1795941316917 implements MigrationInterface {
  name = 'AddDueDateExtensions1795941316917';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "due_date_extension" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "pending_key" character varying(36), "status" character varying(12) NOT NULL, "original_due_on" character varying(10) NOT NULL, "requested_due_on" character varying(10) NOT NULL, "reason" text NOT NULL, "requested_by_id" character varying(36) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_by_id" character varying(36), "decided_at" TIMESTAMP WITH TIME ZONE, "decision_note" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_a314fcb4733bcb35556a6f04ae9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_11d1a29b3842154dca0790494b" ON "due_date_extension"  ("pending_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_481a1268218721786ce2f1f1ad" ON "due_date_extension"  ("status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bf2cfcff89ed15480df9a20fb" ON "due_date_extension"  ("unit_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_41d74ae8f0a4f5a537441af1b5" ON "due_date_extension"  ("task_id", "requested_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_41d74ae8f0a4f5a537441af1b5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2bf2cfcff89ed15480df9a20fb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_481a1268218721786ce2f1f1ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11d1a29b3842154dca0790494b"`);
    await queryRunner.query(`DROP TABLE "due_date_extension"`);
  }
}
