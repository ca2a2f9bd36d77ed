import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssignmentStates1795950829499 implements MigrationInterface {
  name = 'AddAssignmentStates1795950829499';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment_state" ("assignment_id" character varying(36) NOT NULL, "status" character varying(16) NOT NULL, "evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "recheck_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assignment_version" integer NOT NULL, "item_version" integer NOT NULL, "campaign_version" integer NOT NULL, "calendar_stamp" character varying(40) NOT NULL, CONSTRAINT "PK_a3a2cf2a01e6ca0cf30a3340fcb" PRIMARY KEY ("assignment_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assignment_state"`);
  }
}
