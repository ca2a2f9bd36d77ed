// Prints the schema from code, without a database, into src/schema.gql (committed; the web's
// codegen and API clients read it). `--check` fails when the committed file is out of date.
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildAppSchema } from './schema-builder.js';

const file = new URL('../../../src/schema.gql', import.meta.url).pathname;
const printed = await buildAppSchema();
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== printed) {
    console.error('apps/api/src/schema.gql is out of date: run "npm run schema -w apps/api" and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
}
