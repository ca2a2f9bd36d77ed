import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAssignmentStates1795950827486 implements MigrationInterface {
  name = 'AddAssignmentStates1795950827486';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "assignment_state" ("assignment_id" varchar(36) PRIMARY KEY NOT NULL, "status" varchar(16) NOT NULL, "evaluated_at" datetime NOT NULL, "recheck_at" datetime NOT NULL, "assignment_version" integer NOT NULL, "item_version" integer NOT NULL, "campaign_version" integer NOT NULL, "calendar_stamp" varchar(40) NOT NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assignment_state"`);
  }
}
