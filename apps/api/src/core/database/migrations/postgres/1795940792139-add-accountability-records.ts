import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountabilityRecords1795940792139 implements MigrationInterface {
  name = 'AddAccountabilityRecords1795940792139';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "accountability_record" ("id" character varying(36) NOT NULL, "campaign_id" character varying(36) NOT NULL, "alert_id" character varying(36), "unit_id" character varying(36) NOT NULL, "decision" character varying(32) NOT NULL, "persons" text NOT NULL, "reason" text NOT NULL, "decided_on" character varying(10) NOT NULL, "recorded_by_id" character varying(36) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_8c0f07066890d51980798b08b90" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ae4ef8eb962df2f59d4b264e60" ON "accountability_record"  ("alert_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7c8a0694259a4d85483f24536d" ON "accountability_record"  ("unit_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1efed1d5a2925f13fe082db00a" ON "accountability_record"  ("decision") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_76c9b847189505f9d36b1e19c7" ON "accountability_record"  ("campaign_id", "decided_on") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_76c9b847189505f9d36b1e19c7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1efed1d5a2925f13fe082db00a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7c8a0694259a4d85483f24536d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae4ef8eb962df2f59d4b264e60"`);
    await queryRunner.query(`DROP TABLE "accountability_record"`);
  }
}
