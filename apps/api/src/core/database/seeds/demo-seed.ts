import { WorkingCalendar, beijingDate } from '@lvze/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { FileStorage } from '../../../modules/file/file-storage.js';
import { hashPassword } from '../../../modules/auth/password-hasher.js';
import { Campaign, DEFAULT_CAMPAIGN_SETTINGS } from '../../../modules/campaign/campaign.entity.js';
import { Unit, type UnitKind } from '../../../modules/organization/unit.entity.js';
import { User, type Role } from '../../../modules/user/user.entity.js';
import { assertStrongPassword } from '../../../modules/user/user.service.js';
import { seedDemoResponsibilities } from './demo-responsibility-seed.js';
import { seedDemoEvidence } from './demo-evidence-seed.js';
import { DEMO_CONTACT_LEADERS } from './demo-report-forms.js';
import { seedDemoReports } from './demo-report-seed.js';
import { seedDemoAccountability } from './demo-accountability-seed.js';
import { seedDemoTasks } from './demo-task-seed.js';
import {
  CITY,
  COMMISSION,
  COMMISSION_DEPARTMENTS,
  COUNTIES,
  type DemoUnit,
  FUNCTIONAL_DEPARTMENTS,
  OTHER_MUNICIPAL_UNITS,
} from './demo-units.js';

export const DEMO_PASSWORD = 'Lvze@2026';

/** Seeds only an empty database (no units yet), so a second start keeps everything. */
export async function seedDemoIfEmpty(
  dataSource: DataSource,
  now: Date,
  storage: FileStorage,
): Promise<boolean> {
  if ((await dataSource.getRepository(Unit).count()) > 0) return false;
  // One hash for every demo account: they share the documented demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (manager) => {
    await seedDemo(manager, now, passwordHash);
    await seedDemoEvidence(manager, storage);
  });
  return true;
}

/** An empty database without demo data still needs one account to sign in with. */
export async function bootstrapAdminIfNoUsers(dataSource: DataSource, password: string): Promise<boolean> {
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  assertStrongPassword('ADMIN_INITIAL_PASSWORD', password);
  await dataSource.getRepository(User).insert({
    id: randomUUID(),
    username: 'admin',
    displayName: '系统管理员',
    passwordHash: await hashPassword(password),
    roles: ['ADMIN'],
    unitId: null,
  });
  return true;
}

async function seedDemo(manager: EntityManager, now: Date, passwordHash: string): Promise<void> {
  let sortOrder = 0;
  const units: Unit[] = [];
  const addUnit = (
    demo: DemoUnit,
    kind: UnitKind,
    parentId: string | null,
    isFunctionalDepartment = false,
  ) => {
    const unit = manager.create(Unit, {
      id: randomUUID(),
      code: demo.code,
      name: demo.name,
      kind,
      parentId,
      isFunctionalDepartment,
      tags: demo.tags ?? [],
      sortOrder: sortOrder++,
    });
    units.push(unit);
    return unit;
  };
  const city = addUnit(CITY, 'CITY', null);
  const commission = addUnit(COMMISSION, 'CITY', city.id);
  for (const county of COUNTIES) addUnit(county, 'COUNTY', city.id);
  for (const dept of FUNCTIONAL_DEPARTMENTS) addUnit(dept, 'MUNICIPAL_UNIT', city.id, true);
  for (const unit of OTHER_MUNICIPAL_UNITS) addUnit(unit, 'MUNICIPAL_UNIT', city.id);
  for (const dept of COMMISSION_DEPARTMENTS) addUnit(dept, 'COMMISSION_DEPARTMENT', commission.id);
  await manager.insert(Unit, units);

  const office = units.find((u) => u.code === 'jw-dangfeng')!;
  const users: Partial<User>[] = [
    { username: 'admin', displayName: '系统管理员', roles: ['ADMIN'], unitId: commission.id },
    { username: 'staff', displayName: '专项办 王明', roles: ['STAFF'], unitId: office.id },
    { username: 'leader', displayName: '市纪委 李书记', roles: ['LEADER'], unitId: commission.id },
    ...DEMO_CONTACT_LEADERS.map((d) => ({
      username: d.username,
      displayName: d.displayName,
      roles: ['LEADER' as Role],
      unitId: commission.id,
    })),
    { username: 'auditor', displayName: '审计管理员', roles: ['AUDITOR'], unitId: commission.id },
  ];
  for (const unit of units.filter((u) => u.kind === 'COUNTY' || u.kind === 'MUNICIPAL_UNIT')) {
    users.push({
      username: unit.code,
      displayName: `${unit.name}填报员`,
      roles: ['REPORTER' as Role],
      unitId: unit.id,
    });
  }
  const savedUsers = users.map((user) => manager.create(User, { ...user, id: randomUUID(), passwordHash }));
  await manager.insert(User, savedUsers);

  const year = Number(beijingDate(now).slice(0, 4));
  const campaign = manager.create(Campaign, {
    id: randomUUID(),
    name: `${year}年桂林市扶贫领域腐败和作风问题专项治理`,
    year,
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    settings: DEFAULT_CAMPAIGN_SETTINGS,
  });
  await manager.insert(Campaign, campaign);

  const byUsername = new Map(savedUsers.map((u) => [u.username, u]));
  const calendar = new WorkingCalendar();
  const reportersByUnitId = new Map(
    savedUsers.filter((u) => u.roles.includes('REPORTER')).map((u) => [u.unitId!, u]),
  );
  await seedDemoTasks({
    manager,
    now,
    campaign,
    calendar,
    unitsByCode: new Map(units.map((u) => [u.code, u])),
    staff: byUsername.get('staff')!,
    leader: byUsername.get('leader')!,
    reportersByUnitId,
  });
  await seedDemoResponsibilities({
    manager,
    now,
    campaign,
    calendar,
    units,
    staff: byUsername.get('staff')!,
    reportersByUnitId,
  });
  await seedDemoReports({
    manager,
    now,
    campaign,
    calendar,
    staff: byUsername.get('staff')!,
    reportersByUnitId,
  });
  await seedDemoAccountability({
    manager,
    now,
    campaign,
    unitsByCode: new Map(units.map((u) => [u.code, u])),
    staff: byUsername.get('staff')!,
    leader: byUsername.get('leader')!,
  });
}
