import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStoredFiles1795931122305 implements MigrationInterface {
  name = 'AddStoredFiles1795931122305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" character varying(36) NOT NULL, "owner_type" character varying(32), "owner_id" character varying(36), "filename" character varying(255) NOT NULL, "mime_type" character varying(120) NOT NULL, "size" integer NOT NULL, "storage_key" character varying(100) NOT NULL, "uploaded_by_id" character varying(36) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e140967af84027b493a3ff04fbb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5e06ae300ad4821b3c835725af" ON "stored_file"  ("uploaded_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f633fceaaa3b5356ff0bbc3da" ON "stored_file"  ("owner_type", "owner_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_3f633fceaaa3b5356ff0bbc3da"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e06ae300ad4821b3c835725af"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
