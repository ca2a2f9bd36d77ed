import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAlerts1795933537362 implements MigrationInterface {
  name = 'AddAlerts1795933537362';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" varchar(36) PRIMARY KEY NOT NULL, "rule" varchar(20) NOT NULL, "subject_type" varchar(12) NOT NULL, "subject_id" varchar(36) NOT NULL, "unit_id" varchar(36) NOT NULL, "period" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "status" varchar(16) NOT NULL, "message" text NOT NULL, "detail" text NOT NULL, "fired_at" datetime NOT NULL, "escalated_at" datetime, "resolved_at" datetime, "acknowledged_at" datetime, "acknowledged_by_id" varchar(36), "acknowledgement_note" text, "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_29220b4101b3b1a767da43de3e" ON "alert" ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d46ecc1b13a9c115ece65aa90f" ON "alert" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5a112a234c18bbd8df5f24d248" ON "alert" ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_6fe0a73ab184565391d11012c8" ON "alert" ("fired_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_30f599696fad5f2003c700ff31" ON "alert" ("unit_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1e97b74ddf170b4218a4b5e3a1" ON "alert" ("rule", "subject_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_event" ("id" varchar(36) PRIMARY KEY NOT NULL, "alert_id" varchar(36) NOT NULL, "kind" varchar(16) NOT NULL, "level" varchar(16) NOT NULL, "actor_id" varchar(36), "at" datetime NOT NULL, "note" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ac16600672f11d2781cee6f803" ON "alert_event" ("alert_id", "at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_ac16600672f11d2781cee6f803"`);
    await queryRunner.query(`DROP TABLE "alert_event"`);
    await queryRunner.query(`DROP INDEX "IDX_1e97b74ddf170b4218a4b5e3a1"`);
    await queryRunner.query(`DROP INDEX "IDX_30f599696fad5f2003c700ff31"`);
    await queryRunner.query(`DROP INDEX "IDX_6fe0a73ab184565391d11012c8"`);
    await queryRunner.query(`DROP INDEX "IDX_0eaee3b3fe61eb74723fe719ce"`);
    await queryRunner.query(`DROP INDEX "IDX_5a112a234c18bbd8df5f24d248"`);
    await queryRunner.query(`DROP INDEX "IDX_d46ecc1b13a9c115ece65aa90f"`);
    await queryRunner.query(`DROP INDEX "IDX_29220b4101b3b1a767da43de3e"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
