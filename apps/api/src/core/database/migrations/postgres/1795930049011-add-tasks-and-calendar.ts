import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddTasksAndCalendar1795930049011 implements MigrationInterface {
  name = 'AddTasksAndCalendar1795930049011';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("date" character varying(10) NOT NULL, "kind" character varying(10) NOT NULL, "name" character varying(50), CONSTRAINT "PK_82404934db32af18c10dfe7087e" PRIMARY KEY ("date"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "progress_update" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "week" character varying(8) NOT NULL, "percent" double precision NOT NULL, "value" double precision, "summary" text NOT NULL, "problems" text, "next_steps" text, "author_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "late" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5ac3567b3caf930f1bad30796f8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8fb918aa5418028a666f6122a9" ON "progress_update"  ("week") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_53c3e590baf82d46924c856e1c" ON "progress_update"  ("author_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c94252387efbd869eaee57a767" ON "progress_update"  ("task_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_instruction" ("id" character varying(36) NOT NULL, "task_id" character varying(36) NOT NULL, "author_id" character varying(36) NOT NULL, "content" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d632a3ccbfbbb8053119b96ff0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_01581ae3e9671770eda8de1c1b" ON "task_instruction"  ("task_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task" ("id" character varying(36) NOT NULL, "campaign_id" character varying(36) NOT NULL, "code" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "category" character varying(50) NOT NULL DEFAULT '', "description" text NOT NULL DEFAULT '', "lead_leader" character varying(50) NOT NULL DEFAULT '', "lead_unit_id" character varying(36) NOT NULL, "starts_on" character varying(10) NOT NULL, "due_on" character varying(10) NOT NULL, "target" double precision, "measure" character varying(20), "archived" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6ae211ae9dc52f268978d1fb47" ON "task"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7a96f95b2d3443b5f7b51ba7f1" ON "task"  ("lead_leader") `);
    await queryRunner.query(`CREATE INDEX "IDX_6e117d1c80b4fc73bc07aef0ad" ON "task"  ("lead_unit_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5b843ebfa7c04d12152299514f" ON "task"  ("campaign_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "task_co_unit" ("task_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, CONSTRAINT "PK_20390afdf69c81fce945cff43a3" PRIMARY KEY ("task_id", "unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bb9a9f6860919b703a0a66b422" ON "task_co_unit"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "weekly_plan" ("task_id" character varying(36) NOT NULL, "week" character varying(8) NOT NULL, "planned_percent" double precision NOT NULL, CONSTRAINT "PK_21ba3f7787f2212080bd61ca209" PRIMARY KEY ("task_id", "week"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "weekly_plan"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bb9a9f6860919b703a0a66b422"`);
    await queryRunner.query(`DROP TABLE "task_co_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b843ebfa7c04d12152299514f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6e117d1c80b4fc73bc07aef0ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7a96f95b2d3443b5f7b51ba7f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ae211ae9dc52f268978d1fb47"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01581ae3e9671770eda8de1c1b"`);
    await queryRunner.query(`DROP TABLE "task_instruction"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c94252387efbd869eaee57a767"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_53c3e590baf82d46924c856e1c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8fb918aa5418028a666f6122a9"`);
    await queryRunner.query(`DROP TABLE "progress_update"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
  }
}
