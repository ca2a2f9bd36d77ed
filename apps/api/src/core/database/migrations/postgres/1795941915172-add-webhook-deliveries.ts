import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWebhookDeliveries1795941915172 implements MigrationInterface {
  name = 'AddWebhookDeliveries1795941915172';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" character varying(36) NOT NULL, "alert_id" character varying(36) NOT NULL, "event" character varying(16) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(12) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d49f8d730930202335d8777e9" ON "webhook_delivery"  ("alert_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_68fd3a7ad4e5504350f64a3472" ON "webhook_delivery"  ("status", "next_attempt_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_68fd3a7ad4e5504350f64a3472"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1d49f8d730930202335d8777e9"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
  }
}
