import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795929495028 implements MigrationInterface {
  name = 'CreateFoundation1795929495028';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" character varying(36) NOT NULL, "actor_id" character varying(36), "action" character varying(64) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(36) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f2b87f89a4ba59e976c635a553" ON "audit_event"  ("entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_4903fe034eaa44d8cdffee0f6e" ON "audit_event"  ("entity", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" character varying(36) NOT NULL, "username" character varying(64) NOT NULL, "display_name" character varying(100) NOT NULL, "password_hash" character varying(200) NOT NULL, "roles" text NOT NULL, "unit_id" character varying(36), "disabled" boolean NOT NULL DEFAULT false, "token_generation" integer NOT NULL DEFAULT '0', "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user"  ("username") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user"  ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" character varying(36) NOT NULL, "code" character varying(64) NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(32) NOT NULL, "is_functional_department" boolean NOT NULL DEFAULT false, "parent_id" character varying(36), "tags" text NOT NULL DEFAULT '', "sort_order" integer NOT NULL DEFAULT '0', "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dfb75cdb2a790fb84327e1d1b1" ON "unit"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_651330e404d4c6b4c8d30ed841" ON "unit"  ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_33443cd5de3c6b130acfd6aba6" ON "unit"  ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "year" integer NOT NULL, "starts_on" character varying(10) NOT NULL, "ends_on" character varying(10) NOT NULL, "settings" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90e7fb1d2a72637281f86ef0c1" ON "campaign"  ("year") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_90e7fb1d2a72637281f86ef0c1"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_33443cd5de3c6b130acfd6aba6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_651330e404d4c6b4c8d30ed841"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dfb75cdb2a790fb84327e1d1b1"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_055c5291f4320e6e092162ae36"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4903fe034eaa44d8cdffee0f6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f2b87f89a4ba59e976c635a553"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f44b7e9c0d50176bc07e018f63"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
