// Writes the next migration for the dialect of this process (DATABASE_URL set → PostgreSQL),
// from the difference between the entities and the migrated database. Run through
// scripts/generate-migration.mjs, which does both dialects on throwaway databases.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../core/config/app-config.js';
import { openDatabase } from '../server.js';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9-]+$/.test(name)) {
  console.error('usage: generate-migration <verb-noun>, e.g. add-tasks');
  process.exit(2);
}
const config = loadConfig();
const dialect = config.database.kind;
const dataSource = await openDatabase(config);
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
if (sql.upQueries.length === 0) {
  console.log(`[${dialect}] entities and migrations agree; nothing to generate`);
  process.exit(0);
}

const timestamp = Date.now();
const className = `${name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase())}${timestamp}`;
const quote = (q: string) =>
  '`' + q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
  queries
    .map((q) =>
      q.parameters?.length
        ? `    await queryRunner.query(${quote(q.query)}, ${JSON.stringify(q.parameters)});`
        : `    await queryRunner.query(${quote(q.query)});`,
    )
    .join('\n');
const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`;
const dir = join(new URL('../../src/core/database/migrations/', import.meta.url).pathname, dialect);
const file = `${timestamp}-${name}`;
writeFileSync(join(dir, `${file}.ts`), source);
const indexFile = join(dir, 'index.ts');
const exportName = `${dialect}Migrations`;
const index = readFileSync(indexFile, 'utf8');
const imports = [...index.matchAll(/^import .*;$/gm)].map((m) => m[0]);
const classes =
  /\[([^\]]*)\]/
    .exec(index)?.[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? [];
imports.push(`import { ${className} } from './${file}.js';`);
classes.push(className);
writeFileSync(
  indexFile,
  `${imports.join('\n')}\n\n/** In order; never edit one that has landed. */\nexport const ${exportName} = [\n  ${classes.join(',\n  ')},\n];\n`,
);
console.log(`[${dialect}] wrote migrations/${dialect}/${file}.ts (${sql.upQueries.length} statements)`);
