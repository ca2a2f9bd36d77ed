// Runs before each spec file's imports: entity column types are chosen per dialect at import time,
// so the PostgreSQL run must announce itself before any entity module loads.
if (process.env.LVZE_TEST_DIALECT === 'postgres') {
  process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
} else {
  delete process.env.DATABASE_URL;
}
