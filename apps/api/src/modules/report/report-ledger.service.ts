import { Injectable } from '@nestjs/common';
import { type ReportField, type ReportForm, formatBeijing, tableTotals } from '@lvze/domain';
import type ExcelJS from 'exceljs';
import { DataSource, In } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import {
  THIN,
  addHeaderRow,
  addNamedSheet,
  addTitleRow,
  newWorkbook,
  setLedgerLayout,
  workbookBuffer,
} from '../../core/excel/ledger-sheet.js';
import { badInput } from '../../core/errors/domain-error.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { Unit } from '../organization/unit.entity.js';
import { ReportTemplateService } from './report-template.service.js';
import {
  ReportObligation,
  type ReportStatus,
  ReportSubmission,
  ReportTemplateVersion,
} from './report.entity.js';
import { STATUS_ZH } from './report.service.js';

type Row = Record<string, unknown>;

/** Filed content counts in the totals; a returned report is being corrected, a pending one is empty. */
const COUNTED: readonly ReportStatus[] = ['SUBMITTED', 'ACCEPTED'];
// Excel forbids these in sheet names and caps them at 31 characters.

interface UnitReport {
  unit: Unit;
  obligation: ReportObligation;
  content: Row | null;
}

/** The consolidated ledger (台账) of one template and period: every unit's report in one .xlsx. */
@Injectable()
export class ReportLedgerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly templates: ReportTemplateService,
  ) {}

  async exportLedger(templateId: string, period: string): Promise<GeneratedFile> {
    const template = await this.templates.get(templateId);
    const obligations = await this.dataSource
      .getRepository(ReportObligation)
      .createQueryBuilder('o')
      .innerJoin(Unit, 'u', 'u.id = o.unit_id')
      .where('o.template_id = :templateId AND o.period = :period', { templateId, period })
      .orderBy('u.sort_order', 'ASC')
      .addOrderBy('u.code', 'ASC')
      .getMany();
    if (!obligations.length) {
      throw badInput(
        'period',
        `${template.name} has no reports for ${period}.`,
        `${template.name}没有 ${period} 期的报备。`,
      );
    }
    const ids = obligations.map((o) => o.id);
    const [units, submissions] = await Promise.all([
      this.dataSource.getRepository(Unit).findBy({ id: In(obligations.map((o) => o.unitId)) }),
      this.dataSource
        .getRepository(ReportSubmission)
        .find({ where: { obligationId: In(ids) }, order: { id: 'ASC' } }),
    ]);
    const latest = new Map(submissions.map((s) => [s.obligationId, s]));
    const unitById = new Map(units.map((u) => [u.id, u]));
    const reports: UnitReport[] = obligations.map((o) => ({
      unit: unitById.get(o.unitId)!,
      obligation: o,
      content: (latest.get(o.id)?.content as Row | undefined) ?? null,
    }));
    const form = await this.formOf(
      template.currentVersionId,
      [...latest.values()].map((s) => s.templateVersionId),
    );

    const now = this.clock.now();
    const workbook = newWorkbook(now);
    this.addReportsSheet(workbook, `${template.name}（${period}）报备台账`, form, reports);
    const tables = form.fields.filter((f) => f.type === 'TABLE');
    for (const field of tables) {
      const counted = reports.filter((r) => r.content && COUNTED.includes(r.obligation.status));
      this.addTableSummary(workbook, field, counted, tables.length > 1);
      for (const report of counted) this.addUnitTable(workbook, field, report, tables.length > 1);
    }
    return {
      filename: `${template.name}-${period}-台账-${formatBeijing(now, 'YYYYMMDD-HHmm')}.xlsx`,
      content: await workbookBuffer(workbook),
    };
  }

  /** The current form, plus any field only an older version used, so no filed value is dropped. */
  private async formOf(currentVersionId: string, usedVersionIds: string[]): Promise<ReportForm> {
    const versions = await this.dataSource
      .getRepository(ReportTemplateVersion)
      .find({ where: { id: In([currentVersionId, ...new Set(usedVersionIds)]) }, order: { number: 'DESC' } });
    const fields = new Map<string, ReportField>();
    for (const version of versions)
      for (const field of version.form.fields) if (!fields.has(field.key)) fields.set(field.key, field);
    return { fields: [...fields.values()] };
  }

  /** One row per unit: status, filing time in Beijing time, late, and every field (tables as totals). */
  private addReportsSheet(
    workbook: ExcelJS.Workbook,
    title: string,
    form: ReportForm,
    reports: UnitReport[],
  ): void {
    const sheet = workbook.addWorksheet('报备汇总');
    const valueColumns = form.fields.flatMap((field) =>
      field.type === 'TABLE'
        ? (field.columns ?? [])
            .filter((c) => c.total)
            .map((c) => ({
              header: `${field.label}·${c.label}合计`,
              width: 14,
              value: (content: Row) => tableTotals(field, rowsOf(content[field.key]))[c.key],
            }))
        : [
            {
              header: field.label,
              width: field.type === 'LONG_TEXT' ? 50 : 14,
              value: (content: Row) => cellValue(field, content[field.key]),
            },
          ],
    );
    const columns = [
      { header: '序号', width: 6 },
      { header: '单位', width: 24 },
      { header: '状态', width: 10 },
      { header: '报送时间（北京时间）', width: 20 },
      { header: '是否逾期', width: 10 },
      ...valueColumns,
    ];
    addTitleRow(sheet, title, columns.length);
    addHeaderRow(sheet, 2, columns);
    reports.forEach((report, i) => {
      const { obligation, content } = report;
      const row = sheet.getRow(3 + i);
      row.values = [
        i + 1,
        report.unit.name,
        STATUS_ZH[obligation.status],
        obligation.submittedAt ? formatBeijing(obligation.submittedAt) : '',
        obligation.submittedAt ? (obligation.late ? '是' : '否') : '',
        ...valueColumns.map((c) => (content ? (c.value(content) ?? '') : '')),
      ] as ExcelJS.CellValue[];
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = THIN;
        cell.alignment = { vertical: 'top', wrapText: true };
      });
    });
    setLedgerLayout(sheet, { columns: 2, rows: 2 }, 'A:B');
  }

  /** Each row of the table summed over every unit that filed it, with a grand total. */
  private addTableSummary(
    workbook: ExcelJS.Workbook,
    field: ReportField,
    reports: UnitReport[],
    named: boolean,
  ): void {
    const sheet = addNamedSheet(workbook, named ? `${field.label}汇总` : '分类汇总');
    const totalColumns = (field.columns ?? []).filter((c) => c.total);
    const columns = [
      { header: '序号', width: 6 },
      { header: '类别', width: 36 },
      { header: '填报单位数', width: 12 },
      ...totalColumns.map((c) => ({ header: c.label, width: 16 })),
    ];
    addTitleRow(sheet, `${field.label}（${reports.length}个单位合计，含已报送、已通过）`, columns.length);
    addHeaderRow(sheet, 2, columns);
    const rowsByKey = new Map<string, Row[]>();
    for (const report of reports) {
      for (const row of rowsOf(report.content![field.key])) {
        const key = String(row.rowKey ?? '');
        rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row]);
      }
    }
    const categories =
      field.rows ?? [...rowsByKey.keys()].filter(Boolean).map((key) => ({ key, label: key }));
    categories.forEach((category, i) => {
      const rows = rowsByKey.get(category.key) ?? [];
      const totals = tableTotals(field, rows);
      sheet.getRow(3 + i).values = [
        i + 1,
        category.label,
        rows.length,
        ...totalColumns.map((c) => totals[c.key]),
      ];
    });
    const all = reports.flatMap((r) => rowsOf(r.content![field.key]));
    const grand = tableTotals(field, all);
    const totalRow = sheet.getRow(3 + categories.length);
    totalRow.values = ['', '合计', reports.length, ...totalColumns.map((c) => grand[c.key])];
    totalRow.font = { bold: true };
    setLedgerLayout(sheet, { columns: 2, rows: 2 }, 'A:B');
  }

  /** One unit's table as filed, with its totals. */
  private addUnitTable(
    workbook: ExcelJS.Workbook,
    field: ReportField,
    report: UnitReport,
    named: boolean,
  ): void {
    // A form with several tables gives each unit a sheet per table, named after both.
    const sheet = addNamedSheet(workbook, named ? `${report.unit.name}·${field.label}` : report.unit.name);
    const columns = field.columns ?? [];
    addTitleRow(
      sheet,
      `${report.unit.name} ${field.label}（${STATUS_ZH[report.obligation.status]}，${formatBeijing(report.obligation.submittedAt!)}报送）`,
      columns.length + 2,
    );
    addHeaderRow(sheet, 2, [
      { header: '序号', width: 6 },
      { header: '类别', width: 36 },
      ...columns.map((c) => ({ header: c.label, width: 16 })),
    ]);
    const labels = new Map((field.rows ?? []).map((r) => [r.key, r.label]));
    const rows = rowsOf(report.content![field.key]);
    rows.forEach((row, i) => {
      const label = labels.get(String(row.rowKey)) ?? '';
      sheet.getRow(3 + i).values = [
        i + 1,
        label,
        ...columns.map((c) => (row[c.key] ?? null) as ExcelJS.CellValue),
      ];
    });
    const totals = tableTotals(field, rows);
    const totalRow = sheet.getRow(3 + rows.length);
    totalRow.values = ['', '合计', ...columns.map((c) => (c.total ? totals[c.key] : null))];
    totalRow.font = { bold: true };
  }
}

const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

function cellValue(field: ReportField, value: unknown): ExcelJS.CellValue {
  if (value === undefined || value === null) return '';
  if (field.type === 'ATTACHMENT') return Array.isArray(value) ? `${value.length}个附件` : '';
  return value as ExcelJS.CellValue;
}
