import { Injectable } from '@nestjs/common';
import {
  STATUS_PALETTE,
  TASK_STATUSES,
  type TaskStatus,
  formatBeijing,
  isIsoDate,
  weekMonday,
} from '@lvze/domain';
import ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { badInput } from '../../core/errors/domain-error.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { RequestLoaders } from '../../core/graphql/request-loaders.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Unit, type UnitKind } from '../organization/unit.entity.js';
import { User } from '../user/user.entity.js';
import type { ProgressUpdate } from './progress-update.entity.js';
import { TaskProgressService } from './task-progress.service.js';
import { type TaskDefinition, TaskService } from './task.service.js';
import { Task } from './task.entity.js';

export interface TaskImportError {
  /** 1-based Excel row; 0 for the file as a whole. */
  row: number;
  field: string;
  message: string;
  messageZh: string;
}

export interface TaskImportResult {
  created: number;
  updated: number;
  errors: TaskImportError[];
}

type ImportField =
  | 'code'
  | 'category'
  | 'title'
  | 'description'
  | 'leadLeader'
  | 'leadUnitCode'
  | 'leadUnitName'
  | 'coUnitCodes'
  | 'startsOn'
  | 'dueOn'
  | 'target'
  | 'measure';

/** The columns an import reads, in the order the ledger and the template write them. */
const IMPORT_COLUMNS: { field: ImportField; header: string; width: number; required?: boolean }[] = [
  { field: 'code', header: '任务编号', width: 10, required: true },
  { field: 'category', header: '任务类别', width: 12, required: true },
  { field: 'title', header: '任务名称', width: 36, required: true },
  { field: 'description', header: '目标与措施', width: 48, required: true },
  { field: 'leadLeader', header: '牵头领导', width: 18, required: true },
  { field: 'leadUnitCode', header: '牵头单位代码', width: 14, required: true },
  // Informational: the import goes by the code, so a renamed unit never breaks a file.
  { field: 'leadUnitName', header: '牵头单位', width: 20 },
  { field: 'coUnitCodes', header: '配合单位代码', width: 26, required: true },
  { field: 'startsOn', header: '开始日期', width: 12, required: true },
  { field: 'dueOn', header: '截止日期', width: 12, required: true },
  { field: 'target', header: '量化目标', width: 10, required: true },
  { field: 'measure', header: '计量单位', width: 10, required: true },
];

const HEADER_OF = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.field, c.header])) as Record<
  ImportField,
  string
>;

const LEDGER_SHEET = '挂图作战台账';
const TEMPLATE_SHEET = '任务导入';
const MAX_ROWS = 2000;
const CODE = /^[A-Za-z0-9-]{1,20}$/;
/** 配合单位代码: 、 as the ledger writes them; commas, semicolons or spaces as people type them. */
const CODE_SEPARATORS = /[、,，;；\s]+/;
const TEXT_LIMITS: { field: ImportField; max: number }[] = [
  { field: 'category', max: 50 },
  { field: 'description', max: 2000 },
  { field: 'leadLeader', max: 50 },
  { field: 'measure', max: 20 },
];

const UNIT_KIND_ZH: Record<UnitKind, string> = {
  CITY: '市级',
  COUNTY: '县（市、区）',
  MUNICIPAL_UNIT: '市直单位',
  COMMISSION_DEPARTMENT: '委机关部室',
};

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});
const HEADER_FILL = solid('#DDE3EE');
const THIN: ExcelJS.Borders = {
  top: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  left: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  bottom: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  right: { style: 'thin', color: { argb: 'FFBFC4CC' } },
  diagonal: {},
};
// exceljs's PaperSize enum omits A3; 8 is A3 in the OOXML paper size table.
const A3_PAPER = 8 as ExcelJS.PaperSize;
/** Range validations exist at runtime (worksheet.dataValidations) but exceljs 4.4's typings omit them. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };
const round1 = (n: number) => Math.round(n * 10) / 10;

interface LedgerRow {
  row: number;
  values: Record<ImportField, ExcelJS.CellValue>;
}

interface ValidRow {
  row: number;
  code: string | null;
  category: string;
  title: string;
  description: string;
  leadLeader: string;
  definition: TaskDefinition;
}

/** The 台账: the battle map as an Excel workbook, its import template, and the import (issue 3). */
@Injectable()
export class TaskLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly campaigns: CampaignService,
    private readonly tasks: TaskService,
    private readonly progress: TaskProgressService,
  ) {}

  async exportLedger(user: AuthUser, campaignId?: string): Promise<GeneratedFile> {
    const campaign = await this.campaigns.resolve(campaignId);
    const loaders = new RequestLoaders();
    // battleMap applies the user's scope, so a reporter's ledger holds their unit's tasks only.
    const map = await this.tasks.battleMap(user, campaign.id, loaders);
    const tasks = map.rows.map((r) => r.task);
    const [evaluations, progress, coUnitIds, units] = await Promise.all([
      this.progress.evaluationLoader(loaders).loadMany(tasks),
      this.progress.progressLoader(loaders).loadMany(tasks.map((t) => t.id)),
      this.tasks.coUnitsLoader(loaders).loadMany(tasks.map((t) => t.id)),
      this.dataSource.getRepository(Unit).find(),
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const now = this.clock.now();
    const workbook = this.workbook(now);

    const sheet = workbook.addWorksheet(LEDGER_SHEET);
    const fixed = [
      ...IMPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
      { header: '当前状态', width: 10 },
      { header: '完成进度(%)', width: 9 },
      { header: '计划进度(%)', width: 9 },
    ];
    const firstWeekColumn = fixed.length + 1;
    const lastColumn = fixed.length + map.weeks.length;
    sheet.mergeCells(1, 1, 1, lastColumn);
    const title = sheet.getCell(1, 1);
    title.value = `${campaign.name} 挂图作战台账（导出时间：${formatBeijing(now)} 北京时间）`;
    title.font = { bold: true, size: 16 };
    title.alignment = { vertical: 'middle', horizontal: 'left' };
    sheet.getRow(1).height = 30;

    const header = sheet.getRow(2);
    fixed.forEach((column, i) => {
      header.getCell(i + 1).value = column.header;
      sheet.getColumn(i + 1).width = column.width;
    });
    map.weeks.forEach((week, i) => {
      header.getCell(firstWeekColumn + i).value = `W${week.slice(6)}\n${weekMonday(week).slice(5)}`;
      sheet.getColumn(firstWeekColumn + i).width = 6.5;
    });
    header.height = 32;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    });

    map.rows.forEach(({ task, cells }, i) => {
      const evaluation = evaluations[i] as { status: TaskStatus; percent: number; plannedPercent: number };
      const status = STATUS_PALETTE[evaluation.status];
      const row = sheet.getRow(3 + i);
      row.values = [
        task.code,
        task.category,
        task.title,
        task.description,
        task.leadLeader,
        unitById.get(task.leadUnitId)?.code ?? '',
        unitById.get(task.leadUnitId)?.name ?? '',
        (coUnitIds[i] as string[])
          .map((id) => unitById.get(id)?.code ?? '')
          .sort()
          .join('、'),
        task.startsOn,
        task.dueOn,
        task.target ?? null,
        task.measure ?? '',
        status.zh,
        round1(evaluation.percent),
        round1(evaluation.plannedPercent),
        ...cells.map((c) => (c.actualPercent === null ? null : round1(c.actualPercent))),
      ];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.border = THIN;
        cell.alignment = { vertical: 'middle', wrapText: column <= IMPORT_COLUMNS.length };
      });
      const statusCell = row.getCell(IMPORT_COLUMNS.length + 1);
      statusCell.fill = solid(status.color);
      statusCell.font = { color: { argb: 'FFFFFFFF' }, bold: true };
      cells.forEach((c, w) => {
        const cell = row.getCell(firstWeekColumn + w);
        cell.fill = solid(STATUS_PALETTE[c.status].color);
        cell.font = { color: { argb: 'FFFFFFFF' }, size: 9 };
        cell.alignment = { vertical: 'middle', horizontal: 'center' };
      });
    });
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 2, topLeftCell: 'D3' }];
    sheet.pageSetup = {
      paperSize: A3_PAPER,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      printTitlesColumn: 'A:C',
    };
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: fixed.length } };

    this.addLegend(workbook);
    await this.addProgressSheet(
      workbook,
      map.rows.map((r, i) => ({
        task: r.task,
        updates: (progress[i] as { updates: ProgressUpdate[] }).updates,
      })),
      unitById,
    );
    return {
      filename: `${campaign.name}-挂图作战台账-${formatBeijing(now, 'YYYYMMDD-HHmm')}.xlsx`,
      content: await this.toBuffer(workbook),
    };
  }

  async importTemplate(): Promise<GeneratedFile> {
    const now = this.clock.now();
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    const year = (await this.campaigns.current())?.year ?? Number(formatBeijing(now, 'YYYY'));
    const workbook = this.workbook(now);

    const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
    const header = sheet.getRow(1);
    IMPORT_COLUMNS.forEach((column, i) => {
      header.getCell(i + 1).value = column.header;
      sheet.getColumn(i + 1).width = column.width;
    });
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.border = THIN;
      cell.alignment = { vertical: 'middle', horizontal: 'center' };
    });
    const lead = units.find((u) => u.kind === 'COMMISSION_DEPARTMENT') ?? units[0];
    const coUnits = units.filter((u) => u.id !== lead?.id && u.kind === 'COUNTY').slice(0, 2);
    sheet.getRow(2).values = [
      'T01',
      '专项整治',
      '（示例，导入前请删除或改写本行）集中整治扶贫领域形式主义、官僚主义问题',
      '全面排查问题线索，建立问题清单，逐项销号',
      '市纪委副书记 张某',
      lead?.code ?? '',
      lead?.name ?? '',
      coUnits.map((u) => u.code).join('、'),
      `${year}-03-01`,
      `${year}-06-30`,
      12,
      '次',
    ];
    sheet.getRow(2).font = { italic: true, color: { argb: 'FF606266' } };
    // Dates as text, so Excel keeps 2026-03-01 as typed instead of reformatting it.
    for (const field of ['code', 'startsOn', 'dueOn', 'leadUnitCode', 'coUnitCodes'] as const) {
      sheet.getColumn(IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1).numFmt = '@';
    }
    if (units.length) {
      const leadColumn = sheet.getColumn(
        IMPORT_COLUMNS.findIndex((c) => c.field === 'leadUnitCode') + 1,
      ).letter;
      (sheet as unknown as RangeValidations).dataValidations.add(
        `${leadColumn}2:${leadColumn}${MAX_ROWS + 1}`,
        {
          type: 'list',
          allowBlank: true,
          formulae: [`单位代码!$A$2:$A$${units.length + 1}`],
          showErrorMessage: true,
          errorTitle: '牵头单位代码',
          error: '请从“单位代码”表中选择单位代码。',
        },
      );
    }
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 1, topLeftCell: 'D2' }];

    const help = workbook.addWorksheet('填写说明');
    help.columns = [
      { header: '列名', key: 'column', width: 16 },
      { header: '是否必填', key: 'required', width: 10 },
      { header: '填写说明', key: 'help', width: 90 },
    ];
    help.getRow(1).font = { bold: true };
    help.addRows([
      {
        column: '任务编号',
        required: '选填',
        help: '字母、数字或“-”，最长 20 位，如 T07；同一文件内不得重复。与本年度已有任务编号相同时更新该任务，否则新建；留空则自动编号（T 加序号）。',
      },
      { column: '任务类别', required: '选填', help: '如 责任落实、专项整治，最长 50 字。' },
      { column: '任务名称', required: '必填', help: '2–200 字。' },
      { column: '目标与措施', required: '选填', help: '最长 2000 字。' },
      { column: '牵头领导', required: '选填', help: '如 市纪委副书记 张某，最长 50 字。' },
      { column: '牵头单位代码', required: '必填', help: '填写“单位代码”表中的代码（不是单位名称）。' },
      { column: '牵头单位', required: '选填', help: '仅供阅读，导入时以牵头单位代码为准。' },
      {
        column: '配合单位代码',
        required: '选填',
        help: '“单位代码”表中的代码，多个用顿号“、”或逗号分隔，如 ziyuan、lingui；不能包含牵头单位。',
      },
      {
        column: '开始日期',
        required: '必填',
        help: `格式 ${year}-03-01（也可使用 Excel 日期单元格），须在本年度专项治理期间内。`,
      },
      {
        column: '截止日期',
        required: '必填',
        help: '格式同开始日期，不得早于开始日期，须在本年度专项治理期间内。',
      },
      {
        column: '量化目标',
        required: '选填',
        help: '大于 0 的数字，如 12；无量化目标的任务留空（按百分比填报进度）。',
      },
      { column: '计量单位', required: '选填', help: '如 天、次、件，最长 20 字；仅在填写量化目标时填写。' },
      { column: '', required: '', help: '' },
      {
        column: '导入规则',
        required: '',
        help: `第 2 行为示例，导入前请删除或改写。单次最多 ${MAX_ROWS} 行。文件中任何一行有误时整个文件都不导入，并列出所有错误所在行；文件中未出现的已有任务保持不变。导出的台账也可直接修改后导入。`,
      },
    ]);
    help.getColumn('help').alignment = { wrapText: true, vertical: 'top' };

    const unitSheet = workbook.addWorksheet('单位代码');
    unitSheet.columns = [
      { header: '单位代码', key: 'code', width: 22 },
      { header: '单位名称', key: 'name', width: 30 },
      { header: '单位类型', key: 'kind', width: 16 },
    ];
    unitSheet.getRow(1).font = { bold: true };
    unitSheet.addRows(
      units.map((u) => ({ code: u.code, name: u.name, kind: UNIT_KIND_ZH[u.kind] ?? u.kind })),
    );

    return { filename: '挂图作战任务导入模板.xlsx', content: await this.toBuffer(workbook) };
  }

  /**
   * Validates every row first and imports nothing when any is wrong; otherwise creates and updates
   * (matched by code in the campaign) in one transaction, through TaskService's own rules and audit.
   */
  async importTasks(
    actor: AuthUser,
    campaignId: string | undefined,
    content: Buffer,
  ): Promise<TaskImportResult> {
    const campaign = await this.campaigns.resolve(campaignId);
    const rows = await this.readRows(content);
    const units = await this.dataSource.getRepository(Unit).find();
    const { valid, errors } = this.validate(rows, campaign, new Map(units.map((u) => [u.code, u.id])));
    if (errors.length) return { created: 0, updated: 0, errors };

    return this.dataSource.transaction(async (manager) => {
      const codes = valid.flatMap((r) => (r.code ? [r.code] : []));
      const existing = new Map(
        (codes.length ? await manager.findBy(Task, { campaignId: campaign.id, code: In(codes) }) : []).map(
          (t) => [t.code, t],
        ),
      );
      let created = 0;
      let updated = 0;
      // Rows without a code come last: the next free T-number then never takes a code the file uses.
      for (const row of [...valid.filter((r) => r.code), ...valid.filter((r) => !r.code)]) {
        const fields = {
          ...row.definition,
          category: row.category,
          description: row.description,
          leadLeader: row.leadLeader,
        };
        const match = row.code ? existing.get(row.code) : undefined;
        if (match) {
          // The file is the newer truth for the tasks it lists: overwrite at the version read here.
          await this.tasks.updateIn(
            manager,
            actor,
            { id: match.id, version: match.version, ...fields },
            'task.import.update',
          );
          updated++;
        } else {
          await this.tasks.createIn(
            manager,
            actor,
            campaign,
            { ...fields, ...(row.code && { code: row.code }) },
            'task.import.create',
          );
          created++;
        }
      }
      return { created, updated, errors: [] };
    });
  }

  private async readRows(content: Buffer): Promise<LedgerRow[]> {
    const notXlsx = () =>
      badInput(
        'file',
        'The file is not an Excel workbook (.xlsx). Save it as .xlsx (Excel 2007 or later) and try again.',
        '文件不是 Excel 工作簿（.xlsx），请另存为 .xlsx 格式后重新导入。',
      );
    // An .xlsx is a zip archive; anything else (old .xls, CSV, garbage) fails here with a clear message.
    if (content.length < 4 || content.readUInt32LE(0) !== 0x04034b50) throw notXlsx();
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(
        content.buffer.slice(content.byteOffset, content.byteOffset + content.length) as ArrayBuffer,
      );
    } catch {
      throw notXlsx();
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw notXlsx();

    let headerRow = 0;
    let columnOf = new Map<string, number>();
    for (let r = 1; r <= Math.min(5, sheet.rowCount) && !headerRow; r++) {
      const found = new Map<string, number>();
      sheet.getRow(r).eachCell((cell, column) => {
        const text = cellText(cell.value)
          .split('\n')[0]
          .replace(/[\s*＊]/g, '');
        if (text && !found.has(text)) found.set(text, column);
      });
      if (found.has('任务编号') && found.has('任务名称')) {
        headerRow = r;
        columnOf = found;
      }
    }
    if (!headerRow) {
      throw badInput(
        'file',
        'No header row with 任务编号 and 任务名称 in the first 5 rows of the first sheet. Use the import template.',
        '第一个工作表前 5 行中未找到含“任务编号”“任务名称”的表头行，请使用导入模板。',
      );
    }
    const missing = IMPORT_COLUMNS.filter((c) => c.required && !columnOf.has(c.header)).map((c) => c.header);
    if (missing.length) {
      throw badInput(
        'file',
        `The header row (row ${headerRow}) lacks the columns ${missing.join(', ')}. Use the import template.`,
        `表头（第 ${headerRow} 行）缺少以下列：${missing.join('、')}，请使用导入模板。`,
      );
    }

    const rows: LedgerRow[] = [];
    for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      const values = Object.fromEntries(
        IMPORT_COLUMNS.map((c) => [
          c.field,
          columnOf.has(c.header) ? row.getCell(columnOf.get(c.header)!).value : null,
        ]),
      ) as Record<ImportField, ExcelJS.CellValue>;
      if (IMPORT_COLUMNS.every((c) => cellText(values[c.field]) === '')) continue;
      rows.push({ row: r, values });
      if (rows.length > MAX_ROWS) {
        throw badInput(
          'file',
          `The file has more than ${MAX_ROWS} task rows; split it into several files.`,
          `文件超过 ${MAX_ROWS} 行任务，请拆分为多个文件分批导入。`,
        );
      }
    }
    if (!rows.length) {
      throw badInput('file', 'The file has no task rows below its header.', '文件表头下没有任务行。');
    }
    return rows;
  }

  private validate(
    rows: LedgerRow[],
    campaign: Campaign,
    unitIdByCode: Map<string, string>,
  ): { valid: ValidRow[]; errors: TaskImportError[] } {
    const errors: TaskImportError[] = [];
    const valid: ValidRow[] = [];
    const rowOfCode = new Map<string, number>();
    for (const { row, values } of rows) {
      const rowErrors: TaskImportError[] = [];
      const fail = (field: ImportField, message: string, messageZh: string) => {
        if (!rowErrors.some((e) => e.field === field)) rowErrors.push({ row, field, message, messageZh });
      };
      const text = (field: ImportField) => cellText(values[field]);

      const code = text('code');
      if (code && !CODE.test(code)) {
        fail(
          'code',
          `The code "${code}" must be 1–20 letters, digits or "-".`,
          `任务编号“${code}”须为 1–20 位字母、数字或“-”。`,
        );
      } else if (code && rowOfCode.has(code)) {
        fail(
          'code',
          `The code ${code} repeats row ${rowOfCode.get(code)}.`,
          `任务编号 ${code} 与第 ${rowOfCode.get(code)} 行重复。`,
        );
      } else if (code) {
        rowOfCode.set(code, row);
      }

      const title = text('title');
      if (title.length < 2 || title.length > 200) {
        fail('title', 'The title is required (2–200 characters).', '任务名称为必填项，须为 2–200 字。');
      }
      for (const { field, max } of TEXT_LIMITS) {
        if (text(field).length > max) {
          fail(
            field,
            `${HEADER_OF[field]} is longer than ${max} characters.`,
            `${HEADER_OF[field]}超过 ${max} 字。`,
          );
        }
      }

      const leadCode = text('leadUnitCode');
      const leadUnitId = unitIdByCode.get(leadCode);
      if (!leadCode) {
        fail('leadUnitCode', 'The lead unit code is required.', '牵头单位代码为必填项。');
      } else if (!leadUnitId) {
        fail(
          'leadUnitCode',
          `There is no unit with the code "${leadCode}" (see the unit list).`,
          `牵头单位代码“${leadCode}”不存在（见“单位代码”表）。`,
        );
      }
      const coCodes = [...new Set(text('coUnitCodes').split(CODE_SEPARATORS).filter(Boolean))];
      const unknown = coCodes.filter((c) => !unitIdByCode.has(c));
      if (unknown.length) {
        fail(
          'coUnitCodes',
          `There is no unit with the code ${unknown.map((c) => `"${c}"`).join(', ')} (see the unit list).`,
          `配合单位代码“${unknown.join('、')}”不存在（见“单位代码”表）。`,
        );
      }

      const dates = { startsOn: '', dueOn: '' };
      for (const field of ['startsOn', 'dueOn'] as const) {
        const date = cellDate(values[field]);
        if (!date) {
          fail(field, `${HEADER_OF[field]} is required.`, `${HEADER_OF[field]}为必填项。`);
        } else if (!isIsoDate(date)) {
          fail(
            field,
            `"${date}" is not a date like 2026-03-01.`,
            `${HEADER_OF[field]}“${date}”不是有效日期，应为 2026-03-01 格式。`,
          );
        }
        dates[field] = date;
      }

      const target = cellNumber(values.target);
      if (target === undefined || (target !== null && !(target > 0))) {
        fail(
          'target',
          'The target must be a number greater than 0, or blank.',
          '量化目标须为大于 0 的数字，或留空。',
        );
      }
      const measure = text('measure') || null;

      const definition: TaskDefinition = {
        title,
        // Unknown codes are reported above; an empty id keeps the shared rules from matching them.
        leadUnitId: leadUnitId ?? '',
        coUnitIds: coCodes.flatMap((c) => unitIdByCode.get(c) ?? []),
        ...dates,
        target: target ?? null,
        measure: target === undefined ? null : measure,
      };
      for (const problem of this.tasks.definitionProblems(campaign, definition)) {
        const field = String(problem.details.field);
        fail(
          (field === 'leadUnitId'
            ? 'leadUnitCode'
            : field === 'coUnitIds'
              ? 'coUnitCodes'
              : field) as ImportField,
          problem.message,
          problem.messageZh,
        );
      }

      if (rowErrors.length) {
        errors.push(...rowErrors);
      } else {
        valid.push({
          row,
          code: code || null,
          category: text('category'),
          title,
          description: text('description'),
          leadLeader: text('leadLeader'),
          definition,
        });
      }
    }
    return { valid, errors };
  }

  private addLegend(workbook: ExcelJS.Workbook): void {
    const legend = workbook.addWorksheet('图例');
    legend.columns = [
      { header: '颜色', key: 'swatch', width: 8 },
      { header: '状态', key: 'zh', width: 12 },
      { header: 'Status', key: 'en', width: 14 },
      { header: '色值', key: 'color', width: 10 },
    ];
    legend.getRow(1).font = { bold: true };
    for (const status of TASK_STATUSES) {
      const style = STATUS_PALETTE[status];
      const row = legend.addRow({ swatch: '', zh: style.zh, en: style.en, color: style.color });
      row.getCell('swatch').fill = solid(style.color);
    }
    legend.addRow({});
    legend.addRow({ zh: '周次单元格中的数字为当周末已填报的累计完成进度（%），空白表示尚无填报。' });
  }

  private async addProgressSheet(
    workbook: ExcelJS.Workbook,
    tasks: { task: Task; updates: ProgressUpdate[] }[],
    unitById: Map<string, Unit>,
  ): Promise<void> {
    const authorIds = [...new Set(tasks.flatMap((t) => t.updates.map((u) => u.authorId)))];
    const authors = authorIds.length
      ? await this.dataSource.getRepository(User).findBy({ id: In(authorIds) })
      : [];
    const authorById = new Map(authors.map((a) => [a.id, a]));
    const sheet = workbook.addWorksheet('进度明细');
    sheet.columns = [
      { header: '任务编号', key: 'code', width: 10 },
      { header: '任务名称', key: 'title', width: 30 },
      { header: '周次', key: 'week', width: 10 },
      { header: '完成进度(%)', key: 'percent', width: 10 },
      { header: '累计完成量', key: 'value', width: 10 },
      { header: '工作进展', key: 'summary', width: 40 },
      { header: '存在问题', key: 'problems', width: 30 },
      { header: '下步计划', key: 'nextSteps', width: 30 },
      { header: '填报人', key: 'author', width: 14 },
      { header: '填报单位', key: 'unit', width: 18 },
      { header: '填报时间', key: 'filedAt', width: 17 },
      { header: '逾期', key: 'late', width: 6 },
    ];
    sheet.getRow(1).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
    for (const { task, updates } of tasks) {
      for (const update of updates) {
        const author = authorById.get(update.authorId);
        sheet.addRow({
          code: task.code,
          title: task.title,
          week: update.week,
          percent: round1(update.percent),
          value: update.value,
          summary: update.summary,
          problems: update.problems ?? '',
          nextSteps: update.nextSteps ?? '',
          author: author?.displayName ?? '',
          unit: (author?.unitId && unitById.get(author.unitId)?.name) || '',
          filedAt: formatBeijing(update.createdAt),
          late: update.late ? '是' : '否',
        });
      }
    }
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
    sheet.autoFilter = { from: 'A1', to: 'L1' };
  }

  private workbook(now: Date): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = '履责';
    workbook.created = now;
    return workbook;
  }

  private async toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }
}

/** A cell's text: rich text joined, formulas by their result, hyperlinks by their text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return utcDate(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value)
    return value.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

function cellDate(value: ExcelJS.CellValue): string {
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return cellDate((value.result ?? null) as ExcelJS.CellValue);
  }
  // A date whose cell lost its date format (e.g. pasted into the template's text columns) arrives
  // as the bare Excel serial: days since 1899-12-30.
  if (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 2958466) {
    return utcDate(new Date(Date.UTC(1899, 11, 30) + value * 86_400_000));
  }
  return cellText(value);
}

// Excel stores a date cell as a zone-less wall-clock serial and exceljs hands it over as that wall
// clock in UTC, so its UTC calendar date is the date the user typed, i.e. the Beijing calendar date.
function utcDate(value: Date): string {
  return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
}

/** null for blank, undefined when not a number. */
function cellNumber(value: ExcelJS.CellValue): number | null | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value);
  if (!text) return null;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : undefined;
}
