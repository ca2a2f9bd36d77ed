import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddStoredFiles1795931118779 implements MigrationInterface {
  name = 'AddStoredFiles1795931118779';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("id" varchar(36) PRIMARY KEY NOT NULL, "owner_type" varchar(32), "owner_id" varchar(36), "filename" varchar(255) NOT NULL, "mime_type" varchar(120) NOT NULL, "size" integer NOT NULL, "storage_key" varchar(100) NOT NULL, "uploaded_by_id" varchar(36) NOT NULL, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5e06ae300ad4821b3c835725af" ON "stored_file" ("uploaded_by_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3f633fceaaa3b5356ff0bbc3da" ON "stored_file" ("owner_type", "owner_id") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_3f633fceaaa3b5356ff0bbc3da"`);
    await queryRunner.query(`DROP INDEX "IDX_5e06ae300ad4821b3c835725af"`);
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
