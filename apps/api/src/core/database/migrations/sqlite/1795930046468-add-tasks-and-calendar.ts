import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTasksAndCalendar1795930046468 implements MigrationInterface {
  name = 'AddTasksAndCalendar1795930046468';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("date" varchar(10) PRIMARY KEY NOT NULL, "kind" varchar(10) NOT NULL, "name" varchar(50))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_update" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "week" varchar(8) NOT NULL, "percent" double precision NOT NULL, "value" double precision, "summary" text NOT NULL, "problems" text, "next_steps" text, "author_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL, "late" boolean NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8fb918aa5418028a666f6122a9" ON "progress_update" ("week") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_53c3e590baf82d46924c856e1c" ON "progress_update" ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c94252387efbd869eaee57a767" ON "progress_update" ("task_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_instruction" ("id" varchar(36) PRIMARY KEY NOT NULL, "task_id" varchar(36) NOT NULL, "author_id" varchar(36) NOT NULL, "content" text NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_01581ae3e9671770eda8de1c1b" ON "task_instruction" ("task_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task" ("id" varchar(36) PRIMARY KEY NOT NULL, "campaign_id" varchar(36) NOT NULL, "code" varchar(20) NOT NULL, "title" varchar(200) NOT NULL, "category" varchar(50) NOT NULL DEFAULT (''), "description" text NOT NULL DEFAULT (''), "lead_leader" varchar(50) NOT NULL DEFAULT (''), "lead_unit_id" varchar(36) NOT NULL, "starts_on" varchar(10) NOT NULL, "due_on" varchar(10) NOT NULL, "target" double precision, "measure" varchar(20), "archived" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6ae211ae9dc52f268978d1fb47" ON "task" ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7a96f95b2d3443b5f7b51ba7f1" ON "task" ("lead_leader") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e117d1c80b4fc73bc07aef0ad" ON "task" ("lead_unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5b843ebfa7c04d12152299514f" ON "task" ("campaign_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_co_unit" ("task_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, PRIMARY KEY ("task_id", "unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bb9a9f6860919b703a0a66b422" ON "task_co_unit" ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "weekly_plan" ("task_id" varchar(36) NOT NULL, "week" varchar(8) NOT NULL, "planned_percent" double precision NOT NULL, PRIMARY KEY ("task_id", "week"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "weekly_plan"`);
    await queryRunner.query(`DROP INDEX "IDX_bb9a9f6860919b703a0a66b422"`);
    await queryRunner.query(`DROP TABLE "task_co_unit"`);
    await queryRunner.query(`DROP INDEX "IDX_5b843ebfa7c04d12152299514f"`);
    await queryRunner.query(`DROP INDEX "IDX_6e117d1c80b4fc73bc07aef0ad"`);
    await queryRunner.query(`DROP INDEX "IDX_7a96f95b2d3443b5f7b51ba7f1"`);
    await queryRunner.query(`DROP INDEX "IDX_6ae211ae9dc52f268978d1fb47"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "IDX_01581ae3e9671770eda8de1c1b"`);
    await queryRunner.query(`DROP TABLE "task_instruction"`);
    await queryRunner.query(`DROP INDEX "IDX_c94252387efbd869eaee57a767"`);
    await queryRunner.query(`DROP INDEX "IDX_53c3e590baf82d46924c856e1c"`);
    await queryRunner.query(`DROP INDEX "IDX_8fb918aa5418028a666f6122a9"`);
    await queryRunner.query(`DROP TABLE "progress_update"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
