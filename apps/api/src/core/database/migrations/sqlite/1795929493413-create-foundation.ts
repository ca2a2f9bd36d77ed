import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateFoundation1795929493413 implements MigrationInterface {
  name = 'CreateFoundation1795929493413';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "actor_id" varchar(36), "action" varchar(64) NOT NULL, "entity" varchar(64) NOT NULL, "entity_id" varchar(36) NOT NULL, "at" datetime NOT NULL, "before" text, "after" text)`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event" ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f2b87f89a4ba59e976c635a553" ON "audit_event" ("entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_06d570d7d1b40fbc994b5955be" ON "audit_event" ("at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_4903fe034eaa44d8cdffee0f6e" ON "audit_event" ("entity", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "password_hash" varchar(200) NOT NULL, "roles" text NOT NULL, "unit_id" varchar(36), "disabled" boolean NOT NULL DEFAULT (0), "token_generation" integer NOT NULL DEFAULT (0), "failed_logins" integer NOT NULL DEFAULT (0), "locked_until" datetime, "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user" ("username") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_055c5291f4320e6e092162ae36" ON "app_user" ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(64) NOT NULL, "name" varchar(100) NOT NULL, "kind" varchar(32) NOT NULL, "is_functional_department" boolean NOT NULL DEFAULT (0), "parent_id" varchar(36), "tags" text NOT NULL DEFAULT (''), "sort_order" integer NOT NULL DEFAULT (0), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_dfb75cdb2a790fb84327e1d1b1" ON "unit" ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_651330e404d4c6b4c8d30ed841" ON "unit" ("kind") `);
    await queryRunner.query(`CREATE INDEX "IDX_33443cd5de3c6b130acfd6aba6" ON "unit" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "campaign" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "year" integer NOT NULL, "starts_on" varchar(10) NOT NULL, "ends_on" varchar(10) NOT NULL, "settings" text NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90e7fb1d2a72637281f86ef0c1" ON "campaign" ("year") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_90e7fb1d2a72637281f86ef0c1"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP INDEX "IDX_33443cd5de3c6b130acfd6aba6"`);
    await queryRunner.query(`DROP INDEX "IDX_651330e404d4c6b4c8d30ed841"`);
    await queryRunner.query(`DROP INDEX "IDX_dfb75cdb2a790fb84327e1d1b1"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP INDEX "IDX_055c5291f4320e6e092162ae36"`);
    await queryRunner.query(`DROP INDEX "IDX_c480e576dd71729addbc2d51b6"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "IDX_4903fe034eaa44d8cdffee0f6e"`);
    await queryRunner.query(`DROP INDEX "IDX_06d570d7d1b40fbc994b5955be"`);
    await queryRunner.query(`DROP INDEX "IDX_f2b87f89a4ba59e976c635a553"`);
    await queryRunner.query(`DROP INDEX "IDX_f44b7e9c0d50176bc07e018f63"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
