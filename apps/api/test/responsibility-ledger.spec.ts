import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { STATUS_PALETTE } from '@lvze/domain';
import ExcelJS from 'exceljs';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import {
  ResponsibilityItem,
  ResponsibilityList,
} from '../src/modules/responsibility/responsibility.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type FileDownload, headerIndex, readXlsx, toBase64 } from './support/xlsx.js';

const LEDGER = `query ($kind: ResponsibilityKind, $unitKind: UnitKind, $countyId: ID) {
  responsibilityLedger(kind: $kind, unitKind: $unitKind, countyId: $countyId) { filename mimeType contentBase64 }
}`;
const TEMPLATE = `{ responsibilityImportTemplate { filename mimeType contentBase64 } }`;
const IMPORT = `mutation ($file: String!) {
  importResponsibilityItems(fileBase64: $file) { created updated listsCreated errors { row field message messageZh } }
}`;
const MATRIX = `{ responsibilityMatrix(kind: PARTY_PRINCIPAL) {
  units { code } rows { item { seq content } cells { assignmentId status } }
} }`;
const UPDATE = `mutation ($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id status } }`;
const LISTS = `{ responsibilityLists { kind title items { seq content evidenceExpected cadence dueOn dueWorkingDays } } }`;

const TEMPLATE_HEADERS = [
  '清单类别',
  '清单名称',
  '序号',
  '事项内容',
  '应交材料',
  '频次',
  '截止日期',
  '完成时限(工作日)',
];

interface ImportResult {
  created: number;
  updated: number;
  listsCreated: number;
  errors: { row: number; field: string; message: string; messageZh: string }[];
}
interface ListRow {
  kind: string;
  title: string;
  items: { seq: number; content: string; evidenceExpected: string; cadence: string; dueOn: string | null }[];
}

const argbOf = (status: keyof typeof STATUS_PALETTE) =>
  `FF${STATUS_PALETTE[status].color.slice(1).toUpperCase()}`;

describe('responsibility ledger (台账) export and list import', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const importFile = async (file: string | ExcelJS.Workbook, token: string) =>
    (
      await app.ok<{ importResponsibilityItems: ImportResult }>(
        IMPORT,
        { file: typeof file === 'string' ? file : await toBase64(file) },
        token,
      )
    ).importResponsibilityItems;

  it('exports the party-principal matrix, 5 items × 59 units, with status colours and a detail sheet', async () => {
    const staff = await app.login('staff');
    // Make sure one cell is DONE: ziyuan completes its first party-principal item.
    const { responsibilityMatrix } = await app.ok<{
      responsibilityMatrix: {
        units: { code: string }[];
        rows: { item: { seq: number }; cells: ({ assignmentId: string; status: string } | null)[] }[];
      };
    }>(MATRIX, {}, staff);
    const ziyuanColumn = responsibilityMatrix.units.findIndex((u) => u.code === 'ziyuan');
    const cell = responsibilityMatrix.rows[0].cells[ziyuanColumn]!;
    const done = await app.ok<{ updateAssignment: { status: string } }>(
      UPDATE,
      { input: { assignmentId: cell.assignmentId, percent: 100, summary: '已召开专题会议研究部署。' } },
      await app.login('ziyuan'),
    );
    expect(done.updateAssignment.status).toBe('DONE');

    const { responsibilityLedger } = await app.ok<{ responsibilityLedger: FileDownload }>(
      LEDGER,
      { kind: 'PARTY_PRINCIPAL' },
      staff,
    );
    expect(responsibilityLedger.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(responsibilityLedger.filename).toMatch(/责任清单落实台账-\d{8}-\d{4}\.xlsx$/);
    const workbook = await readXlsx(responsibilityLedger.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['落实矩阵', '明细', '图例']);

    const sheet = workbook.getWorksheet('落实矩阵')!;
    expect(String(sheet.getCell('A1').value)).toContain('党委（党组）主体责任');
    expect(String(sheet.getCell('A1').value)).toContain('导出时间：2026-11-25 10:00');
    const header = headerIndex(sheet, 2);
    expect([...header.keys()].slice(0, 5)).toEqual(['清单', '序号', '事项内容', '应交材料', '频次']);
    expect(header.size).toBe(5 + 59);
    const itemRows = sheet.getRows(3, sheet.rowCount - 2)!.filter((r) => r.getCell(2).value);
    expect(itemRows).toHaveLength(5);
    expect(itemRows.map((r) => r.getCell(2).value)).toEqual([1, 2, 3, 4, 5]);

    const ziyuanName = String(sheet.getRow(2).getCell(6 + ziyuanColumn).value);
    const doneCell = itemRows[0].getCell(header.get(ziyuanName)!);
    expect((doneCell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(argbOf('DONE'));
    expect(doneCell.value).toBe('100%');
    // Every unit carries every party-principal item: each cell coloured, with a percent as text.
    for (const row of itemRows) {
      for (let c = 6; c < 6 + 59; c++) {
        expect(String(row.getCell(c).value)).toMatch(/^\d+(\.\d)?%$/);
        expect((row.getCell(c).fill as ExcelJS.FillPattern).fgColor?.argb).toMatch(/^FF[0-9A-F]{6}$/);
      }
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 8, orientation: 'landscape', fitToWidth: 1 });

    const detail = workbook.getWorksheet('明细')!;
    const detailHeader = headerIndex(detail, 1);
    expect([...detailHeader.keys()]).toEqual([
      '单位代码',
      '单位名称',
      '清单',
      '序号',
      '事项内容',
      '周期',
      '状态',
      '完成进度(%)',
      '截止日期',
      '最近填报',
      '填报时间',
    ]);
    expect(detail.rowCount - 1).toBe(5 * 59);
    const ziyuanDone = detail
      .getRows(2, detail.rowCount - 1)!
      .find((r) => r.getCell(1).value === 'ziyuan' && r.getCell(4).value === 1)!;
    expect(ziyuanDone.getCell(7).value).toBe('已完成');
    expect(ziyuanDone.getCell(10).value).toBe('已召开专题会议研究部署。');
    expect(ziyuanDone.getCell(11).value).toBe('2026-11-25 10:00');
    expect(workbook.getWorksheet('图例')!.rowCount).toBeGreaterThanOrEqual(6);
  });

  it('narrows the ledger by unit kind and county like the matrix', async () => {
    const leader = await app.login('leader');
    const { responsibilityLedger } = await app.ok<{ responsibilityLedger: FileDownload }>(
      LEDGER,
      { kind: 'PARTY_PRINCIPAL', unitKind: 'COUNTY' },
      leader,
    );
    const sheet = (await readXlsx(responsibilityLedger.contentBase64)).getWorksheet('落实矩阵')!;
    expect(String(sheet.getCell('A1').value)).toContain('县（市、区）');
    expect(headerIndex(sheet, 2).size).toBe(5 + 17);
  });

  it('forbids a reporter the ledger, the template and the import', async () => {
    const reporter = await app.login('ziyuan');
    for (const [query, variables] of [
      [LEDGER, {}],
      [TEMPLATE, {}],
      [IMPORT, { file: Buffer.from('PK').toString('base64') }],
    ] as const) {
      expect((await app.errorOf(query, variables, reporter)).extensions.code).toBe('FORBIDDEN');
    }
  });

  it('imports two new items from the filled template, then updates them on re-import', async () => {
    const staff = await app.login('staff');
    const { responsibilityImportTemplate } = await app.ok<{ responsibilityImportTemplate: FileDownload }>(
      TEMPLATE,
      {},
      staff,
    );
    const workbook = await readXlsx(responsibilityImportTemplate.contentBase64);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['清单导入', '填写说明']);
    const sheet = workbook.worksheets[0];
    const column = headerIndex(sheet, 1);
    expect([...column.keys()]).toEqual(TEMPLATE_HEADERS);
    const fill = (row: number, values: Record<string, ExcelJS.CellValue>) => {
      for (const [header, value] of Object.entries(values))
        sheet.getRow(row).getCell(column.get(header)!).value = value;
    };
    fill(2, {
      清单类别: '党委(党组)主体责任',
      清单名称: '党委（党组）主体责任清单',
      序号: 6,
      事项内容: '年底前向市委报告扶贫领域专项治理工作情况。',
      应交材料: '报告文稿',
      频次: '一次性',
      截止日期: new Date(Date.UTC(2026, 11, 20)),
    });
    fill(3, {
      清单类别: 'COMMISSION_DEPARTMENT',
      清单名称: '信访室责任清单',
      序号: 1,
      事项内容: '每月梳理扶贫领域信访举报，建立问题线索台账。',
      应交材料: '线索台账',
      频次: 'MONTHLY',
      '完成时限(工作日)': 3,
    });
    const first = await importFile(workbook, staff);
    expect(first).toEqual({ created: 2, updated: 0, listsCreated: 1, errors: [] });

    const lists = (await app.ok<{ responsibilityLists: ListRow[] }>(LISTS, {}, staff)).responsibilityLists;
    const party = lists.find((l) => l.kind === 'PARTY_PRINCIPAL' && l.title === '党委（党组）主体责任清单')!;
    expect(party.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(party.items[5]).toMatchObject({
      cadence: 'ONCE',
      dueOn: '2026-12-20',
      evidenceExpected: '报告文稿',
    });
    const office = lists.filter((l) => l.title === '信访室责任清单');
    expect(office).toHaveLength(1);
    expect(office[0]).toMatchObject({
      kind: 'COMMISSION_DEPARTMENT',
      items: [{ seq: 1, cadence: 'MONTHLY', dueOn: null, dueWorkingDays: 3 }],
    });

    fill(3, { 事项内容: '每月梳理扶贫领域信访举报，逐件登记问题线索。' });
    const again = await importFile(workbook, staff);
    expect(again).toEqual({ created: 0, updated: 2, listsCreated: 0, errors: [] });
    const after = (await app.ok<{ responsibilityLists: ListRow[] }>(LISTS, {}, staff)).responsibilityLists;
    expect(after.filter((l) => l.title === '信访室责任清单')).toHaveLength(1);
    expect(after.find((l) => l.title === '信访室责任清单')!.items).toEqual([
      expect.objectContaining({ seq: 1, content: '每月梳理扶贫领域信访举报，逐件登记问题线索。' }),
    ]);
    expect(after.find((l) => l.title === party.title)!.items).toHaveLength(6);
    const audit = app.server.dataSource.getRepository(AuditEvent);
    expect(await audit.countBy({ action: 'responsibilityItem.import.create' })).toBe(2);
    expect(await audit.countBy({ action: 'responsibilityItem.import.update' })).toBe(2);
    expect(await audit.countBy({ action: 'responsibilityList.import.create' })).toBe(1);
  });

  it('lists every bad row with its row number and imports nothing', async () => {
    const staff = await app.login('staff');
    const count = async () => [
      await app.server.dataSource.getRepository(ResponsibilityList).count(),
      await app.server.dataSource.getRepository(ResponsibilityItem).count(),
    ];
    const before = await count();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单导入');
    sheet.addRow(TEMPLATE_HEADERS);
    // Row 2 is valid and must not land, since the others are wrong.
    sheet.addRow([
      '纪委部室责任',
      '案件监督管理室责任清单',
      1,
      '每季度通报扶贫领域案件办理情况。',
      '',
      '每季度',
      '',
      '',
    ]);
    sheet.addRow(['不存在的类别', '某清单', 1, '内容足够长的事项。', '', '一次性', '2026-12-01', '']);
    sheet.addRow([
      '纪委部室责任',
      '案件监督管理室责任清单',
      1,
      '与第 2 行序号重复的事项。',
      '',
      '每季度',
      '',
      '',
    ]);
    sheet.addRow([
      '纪委部室责任',
      '案件监督管理室责任清单',
      2,
      '一次性事项缺少截止日期。',
      '',
      '一次性',
      '',
      '',
    ]);
    sheet.addRow([
      '纪委部室责任',
      '案件监督管理室责任清单',
      3,
      '频次写错的事项内容。',
      '',
      '每两周',
      '',
      '40',
    ]);
    sheet.addRow([
      '纪委部室责任',
      '案件监督管理室责任清单',
      4,
      '截止日期超出专项治理期间。',
      '',
      '一次性',
      '2027-03-01',
      '',
    ]);
    const importResponsibilityItems = await importFile(workbook, staff);
    expect(importResponsibilityItems.created + importResponsibilityItems.updated).toBe(0);
    expect(importResponsibilityItems.errors.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 3, field: 'kind' },
      { row: 4, field: 'seq' },
      { row: 5, field: 'dueOn' },
      { row: 6, field: 'cadence' },
      { row: 6, field: 'dueWorkingDays' },
      { row: 7, field: 'dueOn' },
    ]);
    expect(importResponsibilityItems.errors[0].messageZh).toContain('不存在的类别');
    expect(importResponsibilityItems.errors[1].messageZh).toContain('第 2 行');
    expect(await count()).toEqual(before);
  });

  it('rejects a cadence change on an item units have reported on, listed on its row', async () => {
    const staff = await app.login('staff');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单导入');
    sheet.addRow(['清单类别', '清单名称', '序号', '事项内容', '频次']);
    // Item 1 of the party-principal list, reported on by ziyuan above, turned into a monthly one.
    sheet.addRow(['PARTY_PRINCIPAL', '党委（党组）主体责任清单', 1, '改为每月开展的事项。', '每月']);
    const importResponsibilityItems = await importFile(workbook, staff);
    expect(importResponsibilityItems.errors).toEqual([expect.objectContaining({ row: 2, field: 'cadence' })]);
  });

  it('rejects a file that is not an import of lists with BAD_USER_INPUT on field file', async () => {
    const staff = await app.login('staff');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('x').addRow(['任务编号', '任务名称']);
    const error = await app.errorOf(IMPORT, { file: await toBase64(workbook) }, staff);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });
});
