import { randomUUID } from 'node:crypto';
import { WorkingCalendar, addWeeks, compareWeeks, isoWeekOf, weeksBetween } from '@lvze/domain';
import type { DataSource } from 'typeorm';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { Unit } from '../src/modules/organization/unit.entity.js';
import { ProgressUpdate } from '../src/modules/task/progress-update.entity.js';
import { Task, TaskCoUnit, WeeklyPlan } from '../src/modules/task/task.entity.js';
import { User } from '../src/modules/user/user.entity.js';

const SUMMARIES = [
  '本周召开专题推进会，对照问题清单逐项督办，已完成阶段性整改任务。',
  '深入乡镇开展实地核查，走访群众反映集中的村（社区），收集问题线索并建立台账。',
  '会同财政、审计部门对扶贫资金拨付情况开展交叉检查，发现的问题已移交相关单位。',
  '组织召开警示教育大会，通报典型案例，督促相关单位落实整改责任。',
  '对上周督办事项开展“回头看”，整改情况已逐项核实并销号。',
];
const PROBLEMS = [
  '部分乡镇资料报送不及时，台账信息不完整。',
  '个别单位整改措施针对性不强，需进一步细化。',
  null,
  null,
  null,
];
const NEXT_STEPS = [
  '下周继续跟踪督办，确保按期完成整改。',
  '加强与配合单位的沟通协调，推动问题线索及时处置。',
  '梳理本阶段工作成效，形成专题报告报专项办。',
];

/** Chunk size for multi-row INSERTs: ~11 columns × 400 rows stays far below both parameter limits. */
const CHUNK = 400;

export interface BulkSeedResult {
  tasks: number;
  progressUpdates: number;
}

/**
 * Adds tasks until the current campaign has `totalTasks`, each with an update for every past week
 * (those with a reporting deadline) of the campaign year, in one transaction. Deterministic.
 */
export async function bulkSeedTasks(
  dataSource: DataSource,
  totalTasks: number,
  now: Date,
): Promise<BulkSeedResult> {
  const campaign = await dataSource
    .getRepository(Campaign)
    .findOneOrFail({ where: {}, order: { year: 'DESC' } });
  const existing = await dataSource.getRepository(Task).countBy({ campaignId: campaign.id });
  // Like the demo: the commission's departments lead, the counties and municipal units co-operate.
  const units = await dataSource.getRepository(Unit).find({ order: { sortOrder: 'ASC' } });
  const leads = units.filter((u) => u.kind === 'COMMISSION_DEPARTMENT');
  const partners = units.filter((u) => u.kind === 'COUNTY' || u.kind === 'MUNICIPAL_UNIT');
  const users = await dataSource.getRepository(User).find();
  const staff = users.find((u) => u.username === 'staff');
  if (!staff || leads.length === 0 || partners.length < 3)
    throw new Error('bulk seed needs the demo seed (staff user, units) first');
  const reporterByUnit = new Map(
    users.filter((u) => u.roles.includes('REPORTER') && u.unitId).map((u) => [u.unitId!, u]),
  );

  const calendar = new WorkingCalendar();
  const lastWeek = addWeeks(isoWeekOf(now), -1);
  const startsOn = campaign.startsOn;
  const dueOn = campaign.endsOn;
  const campaignWeeks = weeksBetween(startsOn, dueOn);
  const pastWeeks = campaignWeeks
    .filter((week) => compareWeeks(week, lastWeek) <= 0)
    .map((week) => ({ week, deadline: calendar.weeklyDeadline(week) }))
    .filter((w): w is { week: string; deadline: Date } => w.deadline !== null);

  const tasks: Task[] = [];
  const coUnits: TaskCoUnit[] = [];
  const plans: WeeklyPlan[] = [];
  const updates: ProgressUpdate[] = [];
  for (let n = existing + 1; n <= totalTasks; n++) {
    const lead = leads[n % leads.length];
    const task = Object.assign(new Task(), {
      id: randomUUID(),
      campaignId: campaign.id,
      code: `T${String(n).padStart(2, '0')}`,
      title: `压测任务 ${n}：扶贫领域突出问题专项整治第 ${n} 项`,
      category: ['资金监管', '作风建设', '问题整改', '制度建设'][n % 4],
      description: '对照问题清单逐项整改，建立台账，按周报送进展，年底前全部销号。',
      leadLeader: ['张副书记', '李常委', '王副主任'][n % 3],
      leadUnitId: lead.id,
      startsOn,
      dueOn,
      target: null,
      measure: null,
      archived: false,
      version: 1,
      createdAt: new Date(`${campaign.startsOn}T09:00:00+08:00`),
    });
    tasks.push(task);
    // Zero to two co-operating units.
    const taskCoUnits = Array.from({ length: n % 3 }, (_, k) => partners[(n * 5 + k * 11) % partners.length]);
    for (const co of taskCoUnits)
      coUnits.push(Object.assign(new TaskCoUnit(), { taskId: task.id, unitId: co.id }));
    // Like the demo: one task in twelve carries a front-loaded plan written by staff.
    if (n % 12 === 0) {
      campaignWeeks.forEach((week, i) =>
        plans.push(
          Object.assign(new WeeklyPlan(), {
            taskId: task.id,
            week,
            plannedPercent: Math.round(100 * Math.sqrt((i + 1) / campaignWeeks.length) * 10) / 10,
          }),
        ),
      );
    }
    // Pace between 70 % and 115 % of linear, so statuses spread over on-track / at risk / slipped / done.
    const pace = 0.7 + ((n * 37) % 46) / 100;
    // Filed by the first co-operating unit's reporter where there is one, else by staff.
    const author = (taskCoUnits.length && reporterByUnit.get(taskCoUnits[0].id)) || staff;
    pastWeeks.forEach(({ week, deadline }, i) => {
      const percent = Math.min(100, Math.round((100 * (i + 1) * pace) / campaignWeeks.length));
      updates.push(
        Object.assign(new ProgressUpdate(), {
          id: randomUUID(),
          taskId: task.id,
          week,
          percent,
          value: null,
          summary: SUMMARIES[(n + i) % SUMMARIES.length],
          problems: PROBLEMS[(n * 3 + i) % PROBLEMS.length],
          nextSteps: NEXT_STEPS[(n + i) % NEXT_STEPS.length],
          authorId: author.id,
          createdAt: new Date(deadline.getTime() - (2 + ((n + i) % 20)) * 3_600_000),
          late: false,
        }),
      );
    });
  }

  await dataSource.transaction(async (manager) => {
    for (let i = 0; i < tasks.length; i += CHUNK) await manager.insert(Task, tasks.slice(i, i + CHUNK));
    for (let i = 0; i < coUnits.length; i += CHUNK)
      await manager.insert(TaskCoUnit, coUnits.slice(i, i + CHUNK));
    for (let i = 0; i < plans.length; i += CHUNK) await manager.insert(WeeklyPlan, plans.slice(i, i + CHUNK));
    for (let i = 0; i < updates.length; i += CHUNK)
      await manager.insert(ProgressUpdate, updates.slice(i, i + CHUNK));
  });
  return { tasks: tasks.length, progressUpdates: updates.length };
}
