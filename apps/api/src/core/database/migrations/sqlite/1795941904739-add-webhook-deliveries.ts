import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddWebhookDeliveries1795941904739 implements MigrationInterface {
  name = 'AddWebhookDeliveries1795941904739';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "webhook_delivery" ("id" varchar(36) PRIMARY KEY NOT NULL, "alert_id" varchar(36) NOT NULL, "event" varchar(16) NOT NULL, "payload" text NOT NULL, "status" varchar(12) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "next_attempt_at" datetime NOT NULL, "last_attempt_at" datetime, "last_status_code" integer, "last_error" text, "delivered_at" datetime, "created_at" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d49f8d730930202335d8777e9" ON "webhook_delivery" ("alert_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_68fd3a7ad4e5504350f64a3472" ON "webhook_delivery" ("status", "next_attempt_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_68fd3a7ad4e5504350f64a3472"`);
    await queryRunner.query(`DROP INDEX "IDX_1d49f8d730930202335d8777e9"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
  }
}
