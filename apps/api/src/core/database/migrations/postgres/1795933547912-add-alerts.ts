import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAlerts1795933547912 implements MigrationInterface {
  name = 'AddAlerts1795933547912';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" character varying(36) NOT NULL, "rule" character varying(20) NOT NULL, "subject_type" character varying(12) NOT NULL, "subject_id" character varying(36) NOT NULL, "unit_id" character varying(36) NOT NULL, "period" character varying(16) NOT NULL, "level" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "message" text NOT NULL, "detail" jsonb NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL, "escalated_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_id" character varying(36), "acknowledgement_note" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_29220b4101b3b1a767da43de3e" ON "alert"  ("subject_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d46ecc1b13a9c115ece65aa90f" ON "alert"  ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_5a112a234c18bbd8df5f24d248" ON "alert"  ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_0eaee3b3fe61eb74723fe719ce" ON "alert"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_6fe0a73ab184565391d11012c8" ON "alert"  ("fired_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_30f599696fad5f2003c700ff31" ON "alert"  ("unit_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_1e97b74ddf170b4218a4b5e3a1" ON "alert"  ("rule", "subject_id", "period") `,
    );
    await queryRunner.query(
      `CREATE TABLE "alert_event" ("id" character varying(36) NOT NULL, "alert_id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "level" character varying(16) NOT NULL, "actor_id" character varying(36), "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, CONSTRAINT "PK_1c7366edb86d2fff4713e74c6eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ac16600672f11d2781cee6f803" ON "alert_event"  ("alert_id", "at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ac16600672f11d2781cee6f803"`);
    await queryRunner.query(`DROP TABLE "alert_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e97b74ddf170b4218a4b5e3a1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30f599696fad5f2003c700ff31"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fe0a73ab184565391d11012c8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0eaee3b3fe61eb74723fe719ce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a112a234c18bbd8df5f24d248"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d46ecc1b13a9c115ece65aa90f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29220b4101b3b1a767da43de3e"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
