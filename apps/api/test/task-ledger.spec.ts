import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STATUS_PALETTE, weeksBetween } from '@lvze/domain';
import ExcelJS from 'exceljs';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { ProgressUpdate, TaskInstruction } from '../src/modules/task/progress-update.entity.js';
import { Task, TaskCoUnit, WeeklyPlan } from '../src/modules/task/task.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type FileDownload, headerIndex, readXlsx, toBase64 } from './support/xlsx.js';

const LEDGER = `query ($campaignId: ID) { taskLedger(campaignId: $campaignId) { filename mimeType contentBase64 } }`;
const TEMPLATE = `{ taskImportTemplate { filename mimeType contentBase64 } }`;
const IMPORT = `mutation ($file: String!, $campaignId: ID) {
  importTasks(fileBase64: $file, campaignId: $campaignId) { created updated errors { row field message messageZh } }
}`;
const TASKS = `{ tasks(includeArchived: true) {
  code title category description leadLeader leadUnit { code } coUnits { code } startsOn dueOn target measure
} }`;

interface ImportResult {
  created: number;
  updated: number;
  errors: { row: number; field: string; message: string; messageZh: string }[];
}
interface TaskRow {
  code: string;
  coUnits: { code: string }[];
  [key: string]: unknown;
}

/** Comparable definition of every task, co-units in code order. */
const definitions = (tasks: TaskRow[]) =>
  tasks
    .map((t) => ({ ...t, coUnits: t.coUnits.map((u) => u.code).sort() }))
    .sort((a, b) => a.code.localeCompare(b.code));

describe('task ledger (台账) export and import', () => {
  let source: TestApp;
  let target: TestApp;
  let ledger: FileDownload;

  beforeAll(async () => {
    source = await startTestApp();
    // The round trip needs a database with the same unit codes and an empty 2026 campaign. A
    // seed:false app has neither units nor campaign, and createCampaign cannot add a second 2026;
    // so the target is a seeded app whose demo tasks (and what hangs off them) are deleted directly.
    target = await startTestApp();
    await target.server.dataSource.transaction(async (manager) => {
      for (const entity of [ProgressUpdate, TaskInstruction, WeeklyPlan, TaskCoUnit, Task]) {
        await manager.createQueryBuilder().delete().from(entity).execute();
      }
    });
  });
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  const taskCount = async (app: TestApp) =>
    (await app.server.dataSource.getRepository(Task).count()) as number;

  it('exports the battle map as an xlsx ledger for staff', async () => {
    const staff = await source.login('staff');
    ledger = (await source.ok<{ taskLedger: FileDownload }>(LEDGER, {}, staff)).taskLedger;
    expect(ledger.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(ledger.filename).toMatch(/挂图作战台账-\d{8}-\d{4}\.xlsx$/);

    const workbook = await readXlsx(ledger.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['挂图作战台账', '图例', '进度明细']);
    const sheet = workbook.getWorksheet('挂图作战台账')!;
    expect(String(sheet.getCell('A1').value)).toContain('挂图作战台账');
    expect(String(sheet.getCell('A1').value)).toContain('导出时间：2026-11-25 10:00');

    const header = headerIndex(sheet, 2);
    expect([...header.keys()].slice(0, 15)).toEqual([
      '任务编号',
      '任务类别',
      '任务名称',
      '目标与措施',
      '牵头领导',
      '牵头单位代码',
      '牵头单位',
      '配合单位代码',
      '开始日期',
      '截止日期',
      '量化目标',
      '计量单位',
      '当前状态',
      '完成进度(%)',
      '计划进度(%)',
    ]);
    const weekHeaders = [...header.keys()].filter((h) => /^W\d{2}\n\d{2}-\d{2}$/.test(h));
    expect(weekHeaders).toHaveLength(weeksBetween('2026-01-01', '2026-12-31').length);
    expect(weekHeaders).toHaveLength(53);
    expect(weekHeaders).toContain('W48\n11-23');

    const dataRows = sheet.getRows(3, sheet.rowCount - 2)!.filter((r) => r.getCell(1).value);
    expect(dataRows).toHaveLength(58);
    const done = dataRows.find((r) => r.getCell(header.get('当前状态')!).value === '已完成')!;
    expect(done).toBeDefined();
    const doneCell = done.getCell(header.get('W48\n11-23')!);
    expect((doneCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
      `FF${STATUS_PALETTE.DONE.color.slice(1).toUpperCase()}`,
    );
    expect(typeof doneCell.value).toBe('number');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1 });
    expect(workbook.getWorksheet('图例')!.rowCount).toBeGreaterThanOrEqual(6);

    const progress = workbook.getWorksheet('进度明细')!;
    expect(headerIndex(progress, 1).has('逾期')).toBe(true);
    expect(progress.rowCount).toBeGreaterThan(58);
  });

  it('gives a reporter a ledger of their own unit’s tasks and leaders the whole city', async () => {
    const reporter = await source.login('ziyuan');
    const own = (await source.ok<{ taskLedger: FileDownload }>(LEDGER, {}, reporter)).taskLedger;
    const rows = (await readXlsx(own.contentBase64)).getWorksheet('挂图作战台账')!;
    const { tasks } = await source.ok<{ tasks: unknown[] }>('{ tasks { id } }', {}, reporter);
    expect(rows.rowCount - 2).toBe(tasks.length);
    expect(tasks.length).toBeLessThan(58);
    const leader = await source.login('leader');
    await expect(source.ok(LEDGER, {}, leader)).resolves.toBeDefined();
  });

  it('offers staff an import template with instructions and the unit codes', async () => {
    const staff = await source.login('staff');
    const { taskImportTemplate } = await source.ok<{ taskImportTemplate: FileDownload }>(TEMPLATE, {}, staff);
    const workbook = await readXlsx(taskImportTemplate.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['任务导入', '填写说明', '单位代码']);
    expect([...headerIndex(workbook.worksheets[0], 1).keys()]).toHaveLength(12);
    const { units } = await source.ok<{ units: unknown[] }>('{ units { id } }', {}, staff);
    expect(workbook.getWorksheet('单位代码')!.rowCount).toBe(units.length + 1);
    const reporter = await source.login('ziyuan');
    expect((await source.errorOf(TEMPLATE, {}, reporter)).extensions.code).toBe('FORBIDDEN');
  });

  it('round-trips: an exported ledger imports into an empty campaign with the same definitions', async () => {
    const staff = await target.login('staff');
    expect(await taskCount(target)).toBe(0);
    const { importTasks } = await target.ok<{ importTasks: ImportResult }>(
      IMPORT,
      { file: ledger.contentBase64 },
      staff,
    );
    expect(importTasks).toEqual({ created: 58, updated: 0, errors: [] });

    const sourceTasks = (await source.ok<{ tasks: TaskRow[] }>(TASKS, {}, await source.login('staff'))).tasks;
    const targetTasks = (await target.ok<{ tasks: TaskRow[] }>(TASKS, {}, staff)).tasks;
    expect(definitions(targetTasks)).toEqual(definitions(sourceTasks));
    expect(sourceTasks.some((t) => t.coUnits.length > 1 && t.target !== null)).toBe(true);
    const audit = target.server.dataSource.getRepository(AuditEvent);
    expect(await audit.countBy({ action: 'task.import.create' })).toBe(58);
  });

  it('re-importing the same file updates every task and duplicates none', async () => {
    const staff = await target.login('staff');
    const { importTasks } = await target.ok<{ importTasks: ImportResult }>(
      IMPORT,
      { file: ledger.contentBase64 },
      staff,
    );
    expect(importTasks).toEqual({ created: 0, updated: 58, errors: [] });
    expect(await taskCount(target)).toBe(58);
    const audit = target.server.dataSource.getRepository(AuditEvent);
    expect(await audit.countBy({ action: 'task.import.update' })).toBe(58);
  });

  it('lists every bad row with its row number and field, and imports nothing', async () => {
    const staff = await target.login('staff');
    const before = definitions((await target.ok<{ tasks: TaskRow[] }>(TASKS, {}, staff)).tasks);
    const workbook = await readXlsx(ledger.contentBase64);
    const sheet = workbook.getWorksheet('挂图作战台账')!;
    const column = headerIndex(sheet, 2);
    const set = (row: number, header: string, value: ExcelJS.CellValue) => {
      sheet.getRow(row).getCell(column.get(header)!).value = value;
    };
    // A valid change on row 3 that must not land, since other rows are wrong.
    set(3, '任务名称', '本行合法但不应被导入');
    set(4, '牵头单位代码', 'no-such-unit');
    set(5, '开始日期', '2026-09-01');
    set(5, '截止日期', '2026-08-01');
    set(7, '任务编号', String(sheet.getRow(6).getCell(1).value));
    const { importTasks } = await target.ok<{ importTasks: ImportResult }>(
      IMPORT,
      { file: await toBase64(workbook) },
      staff,
    );
    expect(importTasks.created + importTasks.updated).toBe(0);
    expect(importTasks.errors.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 4, field: 'leadUnitCode' },
      { row: 5, field: 'dueOn' },
      { row: 7, field: 'code' },
    ]);
    expect(importTasks.errors[0].messageZh).toContain('no-such-unit');
    expect(importTasks.errors[2].messageZh).toContain('第 6 行');
    expect(await taskCount(target)).toBe(58);
    expect(definitions((await target.ok<{ tasks: TaskRow[] }>(TASKS, {}, staff)).tasks)).toEqual(before);
  });

  it('imports the template filled in, Excel date cells read as Beijing calendar dates', async () => {
    const staff = await target.login('staff');
    const { taskImportTemplate } = await target.ok<{ taskImportTemplate: FileDownload }>(TEMPLATE, {}, staff);
    const workbook = await readXlsx(taskImportTemplate.contentBase64);
    const sheet = workbook.worksheets[0];
    const column = headerIndex(sheet, 1);
    const row = sheet.getRow(2);
    row.getCell(column.get('任务编号')!).value = 'N-01';
    row.getCell(column.get('配合单位代码')!).value = 'ziyuan,lingui';
    // What exceljs reads from a date typed into Excel: the wall-clock date at UTC midnight.
    const startsOn = row.getCell(column.get('开始日期')!);
    startsOn.value = new Date(Date.UTC(2026, 2, 1));
    startsOn.numFmt = 'yyyy-mm-dd';
    // In the template's text-formatted column a pasted date loses its format: a bare serial.
    row.getCell(column.get('截止日期')!).value = new Date(Date.UTC(2026, 5, 30));
    const { importTasks } = await target.ok<{ importTasks: ImportResult }>(
      IMPORT,
      { file: await toBase64(workbook) },
      staff,
    );
    expect(importTasks).toEqual({ created: 1, updated: 0, errors: [] });
    const { tasks } = await target.ok<{ tasks: TaskRow[] }>(TASKS, {}, staff);
    const created = tasks.find((t) => t.code === 'N-01')!;
    expect(created).toMatchObject({ startsOn: '2026-03-01', dueOn: '2026-06-30', target: 12, measure: '次' });
    expect(created.coUnits.map((u) => u.code).sort()).toEqual(['lingui', 'ziyuan']);
  });

  it('forbids a reporter to import', async () => {
    const reporter = await target.login('ziyuan');
    const error = await target.errorOf(IMPORT, { file: ledger.contentBase64 }, reporter);
    expect(error.extensions.code).toBe('FORBIDDEN');
  });

  it('rejects garbage and non-xlsx files with BAD_USER_INPUT on field file', async () => {
    const staff = await target.login('staff');
    for (const file of [
      'this is not base64 at all!!',
      Buffer.from('任务编号,任务名称\nT01,x').toString('base64'),
    ]) {
      const error = await target.errorOf(IMPORT, { file }, staff);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    }
  });

  it('rejects files over 2,000 rows and over 10 MB', async () => {
    const staff = await target.login('staff');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务导入');
    sheet.addRow([
      '任务编号',
      '任务类别',
      '任务名称',
      '目标与措施',
      '牵头领导',
      '牵头单位代码',
      '配合单位代码',
      '开始日期',
      '截止日期',
      '量化目标',
      '计量单位',
    ]);
    for (let i = 0; i < 2001; i++) sheet.addRow([`X${i}`, '', `任务 ${i}`]);
    const tooMany = await target.errorOf(IMPORT, { file: await toBase64(workbook) }, staff);
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(tooMany.message).toContain('2000');

    const tooBig = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    const error = await target.errorOf(IMPORT, { file: tooBig }, staff);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});
