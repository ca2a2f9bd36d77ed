import { type AccountabilityDecision, addDays, beijingDate, beijingInstant } from '@lvze/domain';
import { Between, type EntityManager } from 'typeorm';
import { AccountabilityRecord } from '../../../modules/accountability/accountability-record.entity.js';
import type { Campaign } from '../../../modules/campaign/campaign.entity.js';
import { DueDateExtension } from '../../../modules/extension/due-date-extension.entity.js';
import type { Unit } from '../../../modules/organization/unit.entity.js';
import { Task } from '../../../modules/task/task.entity.js';
import type { User } from '../../../modules/user/user.entity.js';
import { timeOrderedId } from '../time-ordered-id.js';

// Illustrative decisions of the year so far (the article reports accountability without names):
// month-day, county code, decision, persons, reason.
const DECISIONS: [string, string, AccountabilityDecision, string, string][] = [
  [
    '03-18',
    'guanyang',
    'TALK_REMINDER',
    '王某某，灌阳县乡村振兴局副局长',
    '扶贫项目资金公示不及时，经提醒、预警后仍未整改到位。',
  ],
  [
    '04-22',
    'longsheng',
    'WRITTEN_EXAMINATION',
    '李某某，龙胜各族自治县某乡党委副书记',
    '连续两周未按时报送挂图作战进展，工作推进滞后。',
  ],
  [
    '05-27',
    'ziyuan',
    'TALK_REMINDER',
    '陈某某，资源县某镇扶贫工作站站长',
    '易地扶贫搬迁后续扶持台账不完整，自查自纠走过场。',
  ],
  [
    '06-24',
    'quanzhou',
    'CIRCULATED_CRITICISM',
    '全州县某乡党委',
    '危房改造资金拨付滞后，责任清单事项逾期未完成。',
  ],
  [
    '07-29',
    'lingchuan',
    'ADMONISHMENT_TALK',
    '张某某，灵川县某局局长',
    '落实部门监管责任不力，专项检查发现问题整改逾期。',
  ],
  [
    '08-26',
    'xingan',
    'TALK_REMINDER',
    '刘某某，兴安县某村党支部书记',
    '生态公益林补偿资金发放信息未按要求公开。',
  ],
  ['09-23', 'guanyang', 'CIRCULATED_CRITICISM', '灌阳县某局', '工作月报连续逾期未报，经预警仍未报送。'],
  [
    '10-28',
    'longsheng',
    'ORGANISATIONAL_HANDLING',
    '赵某某，龙胜各族自治县某乡副乡长',
    '少数民族发展资金项目监管失职，造成资金闲置。',
  ],
  [
    '11-18',
    'pingle',
    'DISCIPLINARY_SANCTION',
    '周某某，平乐县某村委会主任',
    '虚报冒领扶贫项目资金，给予党内警告处分。',
  ],
];

/** The year's accountability decisions so far, and two extension requests on tasks lately due. */
export async function seedDemoAccountability(options: {
  manager: EntityManager;
  now: Date;
  campaign: Campaign;
  unitsByCode: Map<string, Unit>;
  staff: User;
  leader: User;
}): Promise<void> {
  const { manager, now, campaign, unitsByCode, staff, leader } = options;
  const today = beijingDate(now);
  const records: AccountabilityRecord[] = DECISIONS.map(([monthDay, code, decision, persons, reason]) => ({
    id: timeOrderedId(),
    campaignId: campaign.id,
    alertId: null,
    unitId: unitsByCode.get(code)!.id,
    decision,
    persons,
    reason,
    decidedOn: `${campaign.year}-${monthDay}`,
    recordedById: staff.id,
    recordedAt: beijingInstant(`${campaign.year}-${monthDay}`, '16:30'),
    version: 1,
  })).filter((r) => r.decidedOn <= today);
  if (records.length) await manager.insert(AccountabilityRecord, records);

  // Two tasks that fell due in the last two months: one granted more time (the map shows the new
  // due date, the original kept), one whose request awaits a decision.
  const [approved, pending] = await manager.find(Task, {
    where: {
      campaignId: campaign.id,
      dueOn: Between(addDays(today, -60), addDays(today, -1)),
      archived: false,
    },
    order: { dueOn: 'DESC', code: 'DESC' },
    take: 2,
  });
  const requestedAt = beijingInstant(addDays(today, -3), '10:00');
  if (approved) {
    const moved = minDate(addDays(today, 21), campaign.endsOn);
    await manager.insert(DueDateExtension, {
      ...extension(approved, staff, requestedAt, moved, '配合单位数据核查任务量大，需顺延三周完成。'),
      status: 'APPROVED',
      pendingKey: null,
      decidedById: leader.id,
      decidedAt: beijingInstant(addDays(today, -2), '15:00'),
      decisionNote: '同意延期，请按新期限推进。',
    });
    await manager.update(Task, { id: approved.id }, { dueOn: moved });
  }
  if (pending) {
    const moved = minDate(addDays(today, 28), campaign.endsOn);
    await manager.insert(DueDateExtension, {
      ...extension(pending, staff, requestedAt, moved, '涉及跨县协调，现场核查需延后四周。'),
      status: 'PENDING',
      pendingKey: pending.id,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
    });
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b);

function extension(task: Task, by: User, at: Date, requestedDueOn: string, reason: string) {
  return {
    id: timeOrderedId(),
    taskId: task.id,
    unitId: task.leadUnitId,
    originalDueOn: task.dueOn,
    requestedDueOn,
    reason,
    requestedById: by.id,
    requestedAt: at,
    version: 1,
  };
}
