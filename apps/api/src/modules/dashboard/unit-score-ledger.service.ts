import { Injectable } from '@nestjs/common';
import {
  ALERT_LEVEL_NAMES_ZH,
  ALERT_PENALTY,
  MAX_ALERT_PENALTY,
  SCORE_WEIGHTS,
  formatBeijing,
} from '@lvze/domain';
import {
  THIN,
  addHeaderRow,
  addTitleRow,
  newWorkbook,
  setLedgerLayout,
  workbookBuffer,
} from '../../core/excel/ledger-sheet.js';
import type { GeneratedFile } from '../../core/graphql/file-download.model.js';
import { RequestLoaders } from '../../core/graphql/request-loaders.js';
import { DashboardService, type StatusCount } from './dashboard.service.js';

const UNIT_KIND_ZH: Record<string, string> = {
  CITY: '市级',
  COUNTY: '县（市、区）',
  MUNICIPAL_UNIT: '市直单位',
  COMMISSION_DEPARTMENT: '纪委监委部室',
};

const count = (counts: StatusCount[], status: StatusCount['status']) =>
  counts.find((c) => c.status === status)?.count ?? 0;

/** The year's unit scores as an .xlsx ledger: the annual performance assessment's input (年度绩效考核). */
@Injectable()
export class UnitScoreLedgerService {
  constructor(private readonly dashboards: DashboardService) {}

  async exportLedger(campaignId?: string): Promise<GeneratedFile> {
    const { campaign, asOf, rows } = await this.dashboards.unitScores(campaignId, new RequestLoaders());
    const workbook = newWorkbook(asOf);
    const sheet = workbook.addWorksheet('单位得分');
    const columns = [
      { header: '排名', width: 6 },
      { header: '单位编码', width: 14 },
      { header: '单位名称', width: 24 },
      { header: '单位类别', width: 14 },
      { header: '得分', width: 8 },
      { header: `按时填报率(%)\n权重${SCORE_WEIGHTS.updates}`, width: 12 },
      { header: '应报周次', width: 8 },
      { header: '按时报送', width: 8 },
      { header: `牵头任务状况(%)\n权重${SCORE_WEIGHTS.tasks}`, width: 12 },
      { header: '正常/完成', width: 9 },
      { header: '预警', width: 6 },
      { header: '滞后', width: 6 },
      { header: `责任落实状况(%)\n权重${SCORE_WEIGHTS.assignments}`, width: 12 },
      { header: `报备及时率(%)\n权重${SCORE_WEIGHTS.reports}`, width: 12 },
      { header: '应报备', width: 7 },
      { header: '按时报备', width: 8 },
      { header: '未消除预警', width: 14 },
      { header: '预警扣分', width: 8 },
    ];
    addTitleRow(
      sheet,
      `${campaign.name} 单位得分台账（年度绩效考核依据，统计时间：${formatBeijing(asOf)} 北京时间）`,
      columns.length,
    );
    addHeaderRow(sheet, 2, columns).height = 34;
    rows.forEach((r, i) => {
      const rate = (part: string) => r.parts.find((p) => p.part === part)?.rate ?? null;
      const row = sheet.getRow(3 + i);
      row.values = [
        r.rank,
        r.unit.code,
        r.unit.name,
        UNIT_KIND_ZH[r.unit.kind] ?? r.unit.kind,
        r.score,
        rate('updates'),
        r.updatesDue,
        r.updatesOnTime,
        rate('tasks'),
        count(r.tasks, 'ON_TRACK') + count(r.tasks, 'DONE'),
        count(r.tasks, 'AT_RISK'),
        count(r.tasks, 'SLIPPED'),
        rate('assignments'),
        rate('reports'),
        r.reportsDue,
        r.reportsOnTime,
        r.openAlerts
          .filter((a) => a.count > 0)
          .map((a) => `${ALERT_LEVEL_NAMES_ZH[a.level]}${a.count}`)
          .join('、'),
        r.penalty,
      ];
      row.eachCell({ includeEmpty: true }, (cell) => (cell.border = THIN));
    });
    setLedgerLayout(sheet, { columns: 3, rows: 2 }, 'A:C');

    const method = workbook.addWorksheet('计分办法');
    method.getColumn(1).width = 100;
    [
      '得分 = 各项得分率按权重加权（单位不涉及的项目不计，其余项目权重按比例放大至 100）− 未消除预警扣分，结果在 0–100 之间。',
      `按时填报率（权重 ${SCORE_WEIGHTS.updates}）：牵头任务在每周截止时间前报送周进度的周次 / 应报周次（任务开始后、首次报告完成前截止的周次）。`,
      `牵头任务状况（权重 ${SCORE_WEIGHTS.tasks}）：正常推进、已完成计 1，进度预警计 0.5，严重滞后计 0，未开始不计。`,
      `责任落实状况（权重 ${SCORE_WEIGHTS.assignments}）：本单位责任清单事项当期状态，计分同上。`,
      `报备及时率（权重 ${SCORE_WEIGHTS.reports}）：按期报备的报告 / 已到期应报备的报告。`,
      `预警扣分：每条未消除的提醒扣 ${ALERT_PENALTY.REMINDER} 分、预警扣 ${ALERT_PENALTY.WARNING} 分、问责扣 ${ALERT_PENALTY.ACCOUNTABILITY} 分，最多扣 ${MAX_ALERT_PENALTY} 分。`,
      '得分相同者名次并列（1、2、2、4）。',
    ].forEach((text) => (method.addRow([text]).getCell(1).alignment = { wrapText: true }));

    return {
      filename: `${campaign.name}-单位得分台账-${formatBeijing(asOf, 'YYYYMMDD-HHmm')}.xlsx`,
      content: await workbookBuffer(workbook),
    };
  }
}
