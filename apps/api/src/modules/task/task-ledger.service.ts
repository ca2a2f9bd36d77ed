import { Injectable } from '@nestjs/common';
import { STATUS_PALETTE, type TaskStatus, formatBeijing, isIsoDate, weekMonday } from '@lvze/domain';
import type ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import {
  HEADER_FILL,
  THIN,
  addDropdown,
  addHeaderRow,
  addHelpSheet,
  addStatusLegend,
  addTitleRow,
  fillStatus,
  newWorkbook,
  round1,
  setLedgerLayout,
  workbookBuffer,
} from '../../core/excel/ledger-sheet.js';
import {
  type ImportColumn,
  type ImportRow,
  type ImportRowError,
  cellDate,
  cellNumber,
  cellText,
  collectRowErrors,
  readImportRows,
} from '../../core/excel/xlsx-import.js';
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

export type TaskImportError = ImportRowError;

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
const IMPORT_COLUMNS: ImportColumn<ImportField>[] = [
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

export const UNIT_KIND_ZH: Record<UnitKind, string> = {
  CITY: '市级',
  COUNTY: '县（市、区）',
  MUNICIPAL_UNIT: '市直单位',
  COMMISSION_DEPARTMENT: '委机关部室',
};

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
    const workbook = newWorkbook(now);

    const sheet = workbook.addWorksheet(LEDGER_SHEET);
    const fixed = [
      ...IMPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
      { header: '当前状态', width: 10 },
      { header: '完成进度(%)', width: 9 },
      { header: '计划进度(%)', width: 9 },
    ];
    const firstWeekColumn = fixed.length + 1;
    const lastColumn = fixed.length + map.weeks.length;
    addTitleRow(
      sheet,
      `${campaign.name} 挂图作战台账（导出时间：${formatBeijing(now)} 北京时间）`,
      lastColumn,
    );
    const header = addHeaderRow(sheet, 2, [
      ...fixed,
      ...map.weeks.map((week) => ({ header: `W${week.slice(6)}\n${weekMonday(week).slice(5)}`, width: 6.5 })),
    ]);
    header.height = 32;

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
      fillStatus(row.getCell(IMPORT_COLUMNS.length + 1), evaluation.status);
      cells.forEach((c, w) => {
        const cell = row.getCell(firstWeekColumn + w);
        fillStatus(cell, c.status, 9);
        cell.alignment = { vertical: 'middle', horizontal: 'center' };
      });
    });
    setLedgerLayout(sheet, { columns: 3, rows: 2 }, 'A:C');
    sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: fixed.length } };

    addStatusLegend(workbook, '周次单元格中的数字为当周末已填报的累计完成进度（%），空白表示尚无填报。');
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
      content: await workbookBuffer(workbook),
    };
  }

  async importTemplate(): Promise<GeneratedFile> {
    const now = this.clock.now();
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ order: { sortOrder: 'ASC', code: 'ASC' } });
    const year = (await this.campaigns.current())?.year ?? Number(formatBeijing(now, 'YYYY'));
    const workbook = newWorkbook(now);

    const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
    addHeaderRow(sheet, 1, IMPORT_COLUMNS);
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
      addDropdown(
        sheet,
        IMPORT_COLUMNS.findIndex((c) => c.field === 'leadUnitCode') + 1,
        { from: 2, to: MAX_ROWS + 1 },
        `单位代码!$A$2:$A$${units.length + 1}`,
        { title: '牵头单位代码', error: '请从“单位代码”表中选择单位代码。' },
      );
    }
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 1, topLeftCell: 'D2' }];

    addHelpSheet(workbook, [
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

    return { filename: '挂图作战任务导入模板.xlsx', content: await workbookBuffer(workbook) };
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
    const rows = await readImportRows(content, {
      columns: IMPORT_COLUMNS,
      keyHeaders: ['任务编号', '任务名称'],
      maxRows: MAX_ROWS,
      noun: { en: 'task', zh: '任务' },
    });
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

  private validate(
    rows: ImportRow<ImportField>[],
    campaign: Campaign,
    unitIdByCode: Map<string, string>,
  ): { valid: ValidRow[]; errors: TaskImportError[] } {
    const errors: TaskImportError[] = [];
    const valid: ValidRow[] = [];
    const rowOfCode = new Map<string, number>();
    for (const { row, values } of rows) {
      const { errors: rowErrors, fail } = collectRowErrors<ImportField>(row);
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
}
