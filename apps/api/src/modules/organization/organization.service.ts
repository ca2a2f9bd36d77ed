import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { alignByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { badInput, notFound } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CreateUnitInput, UpdateUnitInput } from './dto/unit.inputs.js';
import { Unit, type UnitKind } from './unit.entity.js';

const NAMES = { entity: 'unit', entityZh: '单位' };

@Injectable()
export class OrganizationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(kind?: UnitKind): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).find({
      where: kind ? { kind } : {},
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  findByIds(ids: readonly string[]): Promise<Unit[]> {
    return this.dataSource.getRepository(Unit).findBy({ id: In([...ids]) });
  }

  /** Batches every unit lookup of one request into a single query. */
  unitLoader(loaders: RequestLoaders) {
    return loaders.for<string, Unit | null>('unit.byId', async (ids) =>
      alignByKey(ids, await this.findByIds(ids), (unit) => unit.id),
    );
  }

  async get(id: string): Promise<Unit> {
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id });
    if (!unit) throw notFound('Unit', '单位', id);
    return unit;
  }

  async create(actor: AuthUser, input: CreateUnitInput): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(Unit, { code: input.code })) {
        throw badInput(
          'code',
          `The unit code "${input.code}" is already used.`,
          `单位代码“${input.code}”已被使用。`,
        );
      }
      const parentId =
        input.parentId ?? (await manager.findOneBy(Unit, { kind: 'CITY', parentId: IsNull() }))?.id;
      if (input.parentId && !(await manager.existsBy(Unit, { id: input.parentId }))) {
        throw badInput('parentId', 'The parent unit does not exist.', '上级单位不存在。');
      }
      const unit = manager.create(Unit, {
        id: randomUUID(),
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: parentId ?? null,
        isFunctionalDepartment: input.isFunctionalDepartment ?? false,
        tags: input.tags ?? [],
        sortOrder: 1000,
      });
      await manager.insert(Unit, unit);
      await this.audit.record(manager, {
        actor,
        action: 'unit.create',
        entity: 'Unit',
        entityId: unit.id,
        after: unit,
      });
      return manager.findOneByOrFail(Unit, { id: unit.id });
    });
  }

  async update(actor: AuthUser, input: UpdateUnitInput): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(Unit, { id: input.id });
      if (!before) throw notFound('Unit', '单位', input.id);
      if (input.parentId !== undefined)
        await this.assertParentAllowed(manager.getRepository(Unit), before.id, input.parentId);
      const changes: Partial<Unit> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.parentId !== undefined) changes.parentId = input.parentId;
      if (input.isFunctionalDepartment !== undefined)
        changes.isFunctionalDepartment = input.isFunctionalDepartment;
      if (input.tags !== undefined) changes.tags = input.tags;
      await updateIfVersion(manager, Unit, { id: before.id, version: input.version }, changes, NAMES);
      const after = await manager.findOneByOrFail(Unit, { id: before.id });
      await this.audit.record(manager, {
        actor,
        action: 'unit.update',
        entity: 'Unit',
        entityId: before.id,
        before,
        after,
      });
      return after;
    });
  }

  /** A unit may not become its own ancestor. */
  private async assertParentAllowed(
    units: { findOneBy: (w: { id: string }) => Promise<Unit | null> },
    unitId: string,
    parentId: string,
  ): Promise<void> {
    let cursor: string | null = parentId;
    while (cursor) {
      if (cursor === unitId) {
        throw badInput(
          'parentId',
          'A unit cannot be placed under itself or its own sub-unit.',
          '不能将单位设为自身或其下级单位的下级。',
        );
      }
      const parent: Unit | null = await units.findOneBy({ id: cursor });
      if (!parent) throw badInput('parentId', 'The parent unit does not exist.', '上级单位不存在。');
      cursor = parent.parentId;
    }
  }
}
