import { Injectable } from '@nestjs/common';
import { CADENCES, type Cadence, STATUS_PALETTE, formatBeijing, isIsoDate } from '@lvze/domain';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import {
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
import { Unit } from '../organization/unit.entity.js';
import { UNIT_KIND_ZH } from '../task/task-ledger.service.js';
import { AssignmentProgressService } from './assignment-progress.service.js';
import { AssignmentUpdate } from './assignment.entity.js';
import { AssignmentService } from './assignment.service.js';
import type { ResponsibilityMatrixArgs } from './dto/responsibility.inputs.js';
import {
  RESPONSIBILITY_KINDS,
  ResponsibilityItem,
  type ResponsibilityKind,
  ResponsibilityList,
} from './responsibility.entity.js';
import { CADENCE_LOCKED, type ItemDefinition, ResponsibilityService } from './responsibility.service.js';

export interface ResponsibilityImportResult {
  created: number;
  updated: number;
  listsCreated: number;
  errors: ImportRowError[];
}

export const RESPONSIBILITY_KIND_ZH: Record<ResponsibilityKind, string> = {
  PARTY_PRINCIPAL: '党委（党组）主体责任',
  DEPARTMENT_SUPERVISORY: '部门监管责任',
  COMMISSION_SUPERVISION: '纪委监督责任',
  LEADERSHIP_MEMBER: '纪委领导班子成员责任',
  COMMISSION_DEPARTMENT: '纪委部室责任',
};

export const CADENCE_ZH: Record<Cadence, string> = {
  ONCE: '一次性',
  MONTHLY: '每月',
  QUARTERLY: '每季度',
  YEARLY: '每年',
};

type ImportField =
  'kind' | 'listTitle' | 'seq' | 'content' | 'evidenceExpected' | 'cadence' | 'dueOn' | 'dueWorkingDays';

const IMPORT_COLUMNS: ImportColumn<ImportField>[] = [
  { field: 'kind', header: '清单类别', width: 22, required: true },
  { field: 'listTitle', header: '清单名称', width: 28, required: true },
  { field: 'seq', header: '序号', width: 7, required: true },
  { field: 'content', header: '事项内容', width: 56, required: true },
  { field: 'evidenceExpected', header: '应交材料', width: 30 },
  { field: 'cadence', header: '频次', width: 9, required: true },
  { field: 'dueOn', header: '截止日期', width: 12 },
  { field: 'dueWorkingDays', header: '完成时限(工作日)', width: 14 },
];

const MATRIX_SHEET = '落实矩阵';
const DETAIL_SHEET = '明细';
const TEMPLATE_SHEET = '清单导入';
const MAX_ROWS = 1000;
const CHUNK = 1000;

/** Matched without spaces and with either width of parentheses: 党委(党组)主体责任 is 党委（党组）主体责任. */
const normalize = (text: string) =>
  text.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toUpperCase();
const KIND_BY_NAME = new Map<string, ResponsibilityKind>(
  RESPONSIBILITY_KINDS.flatMap((kind) => [
    [normalize(kind), kind],
    [normalize(RESPONSIBILITY_KIND_ZH[kind]), kind],
    [normalize(`${RESPONSIBILITY_KIND_ZH[kind]}清单`), kind],
  ]),
);
const CADENCE_BY_NAME = new Map<string, Cadence>(
  CADENCES.flatMap((cadence) => [
    [normalize(cadence), cadence],
    [normalize(CADENCE_ZH[cadence]), cadence],
  ]),
);
const listKey = (kind: string, title: string) => `${kind}\u0000${title}`;

interface ValidRow {
  row: number;
  kind: ResponsibilityKind;
  listTitle: string;
  seq: number;
  content: string;
  evidenceExpected: string;
  definition: ItemDefinition;
  /** Blank in the file: a new item takes the default, an existing one keeps its own. */
  dueWorkingDaysGiven: boolean;
}

/** The responsibility matrix as an Excel ledger (台账), and lists imported from .xlsx (issue 4). */
@Injectable()
export class ResponsibilityLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly campaigns: CampaignService,
    private readonly responsibilities: ResponsibilityService,
    private readonly assignments: AssignmentService,
    private readonly progress: AssignmentProgressService,
  ) {}

  async exportLedger(user: AuthUser, args: ResponsibilityMatrixArgs): Promise<GeneratedFile> {
    const campaign = await this.campaigns.resolve(args.campaignId);
    const loaders = new RequestLoaders();
    const matrix = await this.assignments.matrix(user, { ...args, campaignId: campaign.id }, loaders);
    const lists = (await this.progress
      .listLoader(loaders)
      .loadMany(matrix.rows.map((r) => r.item.listId))) as ResponsibilityList[];
    const assignmentIds = matrix.rows.flatMap((r) => r.cells.flatMap((c) => (c ? [c.assignmentId] : [])));
    const latest = await this.latestUpdates(assignmentIds);
    const county = args.countyId
      ? await this.dataSource.getRepository(Unit).findOneBy({ id: args.countyId })
      : null;
    const now = this.clock.now();
    const workbook = newWorkbook(now);

    const filters = [
      args.kind && RESPONSIBILITY_KIND_ZH[args.kind],
      args.unitKind && UNIT_KIND_ZH[args.unitKind],
      county?.name,
    ].filter(Boolean);
    const fixed = [
      { header: '清单', width: 20 },
      { header: '序号', width: 6 },
      { header: '事项内容', width: 44 },
      { header: '应交材料', width: 24 },
      { header: '频次', width: 8 },
    ];
    const sheet = workbook.addWorksheet(MATRIX_SHEET);
    addTitleRow(
      sheet,
      `${campaign.name} 责任清单落实矩阵（${filters.length ? `${filters.join('，')}；` : ''}截至 ${matrix.asOf}，导出时间：${formatBeijing(now)} 北京时间）`,
      fixed.length + matrix.units.length,
    );
    const header = addHeaderRow(sheet, 2, [
      ...fixed,
      ...matrix.units.map((unit) => ({ header: unit.name, width: 7 })),
    ]);
    header.height = 48;
    matrix.rows.forEach(({ item, cells }, i) => {
      const row = sheet.getRow(3 + i);
      row.values = [
        lists[i].title,
        item.seq,
        item.content,
        item.evidenceExpected,
        CADENCE_ZH[item.cadence],
        ...cells.map((c) => (c ? `${round1(c.percent)}%` : null)),
      ];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cell.border = THIN;
        cell.alignment = { vertical: 'middle', wrapText: column <= fixed.length };
      });
      cells.forEach((c, u) => {
        if (!c) return;
        const cell = row.getCell(fixed.length + 1 + u);
        fillStatus(cell, c.status, 9);
        cell.alignment = { vertical: 'middle', horizontal: 'center' };
      });
    });
    setLedgerLayout(sheet, { columns: 3, rows: 2 }, 'A:C');

    const detail = workbook.addWorksheet(DETAIL_SHEET);
    const detailColumns = [
      { header: '单位代码', width: 14 },
      { header: '单位名称', width: 20 },
      { header: '清单', width: 20 },
      { header: '序号', width: 6 },
      { header: '事项内容', width: 44 },
      { header: '周期', width: 9 },
      { header: '状态', width: 10 },
      { header: '完成进度(%)', width: 10 },
      { header: '截止日期', width: 12 },
      { header: '最近填报', width: 40 },
      { header: '填报时间', width: 17 },
    ];
    addHeaderRow(detail, 1, detailColumns);
    matrix.rows.forEach(({ item, cells }, i) => {
      cells.forEach((c, u) => {
        if (!c) return;
        const unit = matrix.units[u];
        const update = latest.get(c.assignmentId);
        const row = detail.addRow([
          unit.code,
          unit.name,
          lists[i].title,
          item.seq,
          item.content,
          c.period,
          STATUS_PALETTE[c.status].zh,
          round1(c.percent),
          c.dueOn,
          update?.summary ?? '',
          update ? formatBeijing(update.createdAt) : '',
        ]);
        fillStatus(row.getCell(7), c.status);
      });
    });
    detail.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
    detail.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: detailColumns.length } };

    addStatusLegend(
      workbook,
      '矩阵单元格中的数字为该单位本期的完成进度（%），颜色为本期状态；空白表示该单位不承担此事项。',
    );
    return {
      filename: `${campaign.name}-责任清单落实台账-${formatBeijing(now, 'YYYYMMDD-HHmm')}.xlsx`,
      content: await workbookBuffer(workbook),
    };
  }

  async importTemplate(): Promise<GeneratedFile> {
    const now = this.clock.now();
    const year = (await this.campaigns.current())?.year ?? Number(formatBeijing(now, 'YYYY'));
    const workbook = newWorkbook(now);
    const sheet = workbook.addWorksheet(TEMPLATE_SHEET);
    addHeaderRow(sheet, 1, IMPORT_COLUMNS);
    sheet.getRow(2).values = [
      RESPONSIBILITY_KIND_ZH.PARTY_PRINCIPAL,
      '党委（党组）主体责任清单',
      6,
      '（示例，导入前请删除或改写本行）每半年向上级党委报告一次扶贫领域专项治理工作情况。',
      '报告文稿',
      CADENCE_ZH.ONCE,
      `${year}-06-30`,
      null,
    ];
    sheet.getRow(2).font = { italic: true, color: { argb: 'FF606266' } };
    sheet.getColumn(IMPORT_COLUMNS.findIndex((c) => c.field === 'dueOn') + 1).numFmt = '@';
    const column = (field: ImportField) => IMPORT_COLUMNS.findIndex((c) => c.field === field) + 1;
    const rows = { from: 2, to: MAX_ROWS + 1 };
    addDropdown(
      sheet,
      column('kind'),
      rows,
      `"${RESPONSIBILITY_KINDS.map((k) => RESPONSIBILITY_KIND_ZH[k]).join(',')}"`,
      { title: '清单类别', error: '请从下拉列表中选择清单类别。', strict: false },
    );
    addDropdown(sheet, column('cadence'), rows, `"${CADENCES.map((c) => CADENCE_ZH[c]).join(',')}"`, {
      title: '频次',
      error: '请从下拉列表中选择频次。',
      strict: false,
    });
    sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: 1, topLeftCell: 'D2' }];

    addHelpSheet(workbook, [
      {
        column: '清单类别',
        required: '必填',
        help: `${RESPONSIBILITY_KINDS.map((k) => `${RESPONSIBILITY_KIND_ZH[k]}（${k}）`).join('、')}，填中文名称或代码均可。`,
      },
      {
        column: '清单名称',
        required: '必填',
        help: '2–200 字。与本年度同类别已有清单名称相同时归入该清单，否则新建清单。',
      },
      {
        column: '序号',
        required: '必填',
        help: '事项在清单中的序号，1–999 的整数。清单中已有该序号的事项将被更新，否则新建；同一文件内同一清单的序号不得重复。',
      },
      { column: '事项内容', required: '必填', help: '2–2000 字。' },
      {
        column: '应交材料',
        required: '选填',
        help: '单位应提交的佐证材料，如 会议纪要、工作台账，最长 1000 字。',
      },
      {
        column: '频次',
        required: '必填',
        help: '一次性、每月、每季度、每年（或 ONCE、MONTHLY、QUARTERLY、YEARLY）。',
      },
      {
        column: '截止日期',
        required: '视频次',
        help: `一次性事项必填，每年事项可填；每月、每季度事项不填。格式 ${year}-06-30（也可使用 Excel 日期单元格），须在本年度专项治理期间内。`,
      },
      {
        column: '完成时限(工作日)',
        required: '选填',
        help: '按期事项每期结束后几个工作日内完成，0–30 的整数；新建事项留空为 5，已有事项留空保持不变。',
      },
      { column: '', required: '', help: '' },
      {
        column: '导入规则',
        required: '',
        help: `第 2 行为示例，导入前请删除或改写。单次最多 ${MAX_ROWS} 行。文件中任何一行有误时整个文件都不导入，并列出所有错误所在行；文件中未出现的已有清单和事项保持不变。导入的新事项须再在“责任清单”页分配给责任单位。`,
      },
    ]);
    return { filename: '责任清单导入模板.xlsx', content: await workbookBuffer(workbook) };
  }

  /**
   * Validates every row first and imports nothing when any is wrong; otherwise, in one transaction,
   * updates the items matched by (kind, list title, seq) and creates the rest, lists as needed,
   * through ResponsibilityService's own rules and audit.
   */
  async importItems(
    actor: AuthUser,
    campaignId: string | undefined,
    content: Buffer,
  ): Promise<ResponsibilityImportResult> {
    const campaign = await this.campaigns.resolve(campaignId);
    const rows = await readImportRows(content, {
      columns: IMPORT_COLUMNS,
      keyHeaders: ['清单名称', '事项内容'],
      maxRows: MAX_ROWS,
      noun: { en: 'item', zh: '事项' },
    });
    const { valid, errors } = this.validate(rows, campaign);
    const lists = await this.dataSource
      .getRepository(ResponsibilityList)
      .find({ where: { campaignId: campaign.id }, order: { seq: 'ASC', createdAt: 'ASC' } });
    const listByKey = new Map<string, ResponsibilityList>();
    for (const list of lists) {
      const key = listKey(list.kind, list.title.trim());
      if (!listByKey.has(key)) listByKey.set(key, list);
    }
    const items = lists.length
      ? await this.dataSource.getRepository(ResponsibilityItem).findBy({ listId: In(lists.map((l) => l.id)) })
      : [];
    const itemOf = new Map(items.map((i) => [`${i.listId}:${i.seq}`, i]));
    const match = (row: ValidRow) => {
      const list = listByKey.get(listKey(row.kind, row.listTitle));
      return list && itemOf.get(`${list.id}:${row.seq}`);
    };
    // A cadence cannot change once units reported by it: listed per row like any other problem.
    const recadenced = valid.flatMap((row) => {
      const item = match(row);
      return item && item.cadence !== row.definition.cadence ? [{ row, item }] : [];
    });
    const locked = await this.responsibilities.reportedItemIds(recadenced.map((r) => r.item.id));
    for (const { row, item } of recadenced) {
      if (!locked.has(item.id)) continue;
      const problem = CADENCE_LOCKED();
      errors.push({ row: row.row, field: 'cadence', message: problem.message, messageZh: problem.messageZh });
    }
    if (errors.length) {
      errors.sort((a, b) => a.row - b.row);
      return { created: 0, updated: 0, listsCreated: 0, errors };
    }

    return this.dataSource.transaction(async (manager) => {
      let created = 0;
      let updated = 0;
      let listsCreated = 0;
      for (const row of valid) {
        const existing = match(row);
        const fields = {
          content: row.content,
          evidenceExpected: row.evidenceExpected,
          ...row.definition,
          dueWorkingDays: row.dueWorkingDaysGiven ? row.definition.dueWorkingDays : undefined,
        };
        if (existing) {
          // The file is the newer truth for the items it lists: overwrite at the version read here.
          await this.responsibilities.updateItemIn(
            manager,
            actor,
            { id: existing.id, version: existing.version, ...fields },
            'responsibilityItem.import.update',
          );
          updated++;
          continue;
        }
        const key = listKey(row.kind, row.listTitle);
        let list = listByKey.get(key);
        if (!list) {
          list = await this.responsibilities.createListIn(
            manager,
            actor,
            campaign,
            { kind: row.kind, title: row.listTitle },
            'responsibilityList.import.create',
          );
          listByKey.set(key, list);
          listsCreated++;
        }
        await this.responsibilities.createItemIn(
          manager,
          actor,
          list,
          { ...fields, seq: row.seq },
          'responsibilityItem.import.create',
        );
        created++;
      }
      return { created, updated, listsCreated, errors: [] };
    });
  }

  private validate(
    rows: ImportRow<ImportField>[],
    campaign: Campaign,
  ): { valid: ValidRow[]; errors: ImportRowError[] } {
    const errors: ImportRowError[] = [];
    const valid: ValidRow[] = [];
    const rowOfKey = new Map<string, number>();
    for (const { row, values } of rows) {
      const { errors: rowErrors, fail } = collectRowErrors<ImportField>(row);
      const text = (field: ImportField) => cellText(values[field]);

      const kindText = text('kind');
      const kind = KIND_BY_NAME.get(normalize(kindText));
      if (!kind) {
        fail(
          'kind',
          kindText
            ? `"${kindText}" is not a list kind (${RESPONSIBILITY_KINDS.join(', ')}).`
            : 'The list kind is required.',
          kindText
            ? `清单类别“${kindText}”无效，应为${RESPONSIBILITY_KINDS.map((k) => RESPONSIBILITY_KIND_ZH[k]).join('、')}之一。`
            : '清单类别为必填项。',
        );
      }
      const listTitle = text('listTitle');
      if (listTitle.length < 2 || listTitle.length > 200) {
        fail(
          'listTitle',
          'The list title is required (2–200 characters).',
          '清单名称为必填项，须为 2–200 字。',
        );
      }
      const seq = cellNumber(values.seq);
      if (!seq || !Number.isInteger(seq) || seq < 1 || seq > 999) {
        fail('seq', 'The number (序号) must be a whole number from 1 to 999.', '序号须为 1–999 的整数。');
      } else if (kind && listTitle) {
        const key = `${listKey(kind, listTitle)}:${seq}`;
        const first = rowOfKey.get(key);
        if (first) {
          fail(
            'seq',
            `The list's number ${seq} repeats row ${first}.`,
            `该清单的序号 ${seq} 与第 ${first} 行重复。`,
          );
        } else {
          rowOfKey.set(key, row);
        }
      }
      const content = text('content');
      if (content.length < 2 || content.length > 2000) {
        fail(
          'content',
          'The requirement is required (2–2000 characters).',
          '事项内容为必填项，须为 2–2000 字。',
        );
      }
      const evidenceExpected = text('evidenceExpected');
      if (evidenceExpected.length > 1000) {
        fail(
          'evidenceExpected',
          'The expected evidence is longer than 1000 characters.',
          '应交材料超过 1000 字。',
        );
      }
      const cadenceText = text('cadence');
      const cadence = CADENCE_BY_NAME.get(normalize(cadenceText));
      if (!cadence) {
        fail(
          'cadence',
          cadenceText
            ? `"${cadenceText}" is not a cadence (ONCE, MONTHLY, QUARTERLY, YEARLY).`
            : 'The cadence is required.',
          cadenceText ? `频次“${cadenceText}”无效，应为一次性、每月、每季度或每年。` : '频次为必填项。',
        );
      }
      const dueOn = cellDate(values.dueOn) || null;
      if (dueOn && !isIsoDate(dueOn)) {
        fail(
          'dueOn',
          `"${dueOn}" is not a date like 2026-06-30.`,
          `截止日期“${dueOn}”不是有效日期，应为 2026-06-30 格式。`,
        );
      }
      const days = cellNumber(values.dueWorkingDays);
      if (days === undefined || (days !== null && (!Number.isInteger(days) || days < 0 || days > 30))) {
        fail(
          'dueWorkingDays',
          'The working days must be a whole number from 0 to 30, or blank.',
          '完成时限(工作日)须为 0–30 的整数，或留空。',
        );
      }
      const definition: ItemDefinition = { cadence: cadence ?? 'ONCE', dueOn, dueWorkingDays: days ?? 5 };
      if (cadence && (!dueOn || isIsoDate(dueOn))) {
        for (const problem of this.responsibilities.definitionProblems(campaign, definition)) {
          fail(String(problem.details.field) as ImportField, problem.message, problem.messageZh);
        }
      }

      if (rowErrors.length) {
        errors.push(...rowErrors);
      } else {
        valid.push({
          row,
          kind: kind!,
          listTitle,
          seq: seq!,
          content,
          evidenceExpected,
          definition,
          dueWorkingDaysGiven: days !== null,
        });
      }
    }
    return { valid, errors };
  }

  /** Each assignment's latest update (ids are time-ordered), for the detail sheet. */
  private async latestUpdates(assignmentIds: string[]): Promise<Map<string, AssignmentUpdate>> {
    const latest = new Map<string, AssignmentUpdate>();
    for (let i = 0; i < assignmentIds.length; i += CHUNK) {
      const ids = assignmentIds.slice(i, i + CHUNK);
      const newest = this.dataSource
        .getRepository(AssignmentUpdate)
        .createQueryBuilder('n')
        .select('MAX(n.id)')
        .where('n.assignment_id IN (:...ids)')
        .groupBy('n.assignment_id');
      const updates = await this.dataSource
        .getRepository(AssignmentUpdate)
        .createQueryBuilder('u')
        .where(`u.id IN (${newest.getQuery()})`)
        .setParameters({ ids })
        .getMany();
      for (const update of updates) latest.set(update.assignmentId, update);
    }
    return latest;
  }
}
