import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { passwordProblems } from '@lvze/domain';
import { DataSource, type EntityManager, In } from 'typeorm';
import { alignByKey, type RequestLoaders } from '../../core/graphql/request-loaders.js';
import { updateIfVersion } from '../../core/database/versioned-update.js';
import { badInput, notFound, unauthenticated } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hashPassword, verifyPassword } from '../auth/password-hasher.js';
import { Unit } from '../organization/unit.entity.js';
import type { CreateUserInput, UpdateUserInput } from './dto/user.inputs.js';
import { User, type Role } from './user.entity.js';

const NAMES = { entity: 'user', entityZh: '用户' };

export function assertStrongPassword(field: string, password: string): void {
  const problems = passwordProblems(password);
  if (problems.length) {
    throw badInput(
      field,
      'The password needs at least 8 characters with three of: lowercase, uppercase, digits, symbols.',
      '密码至少 8 位，且须包含小写字母、大写字母、数字、符号中的三类。',
    );
  }
}

@Injectable()
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { username: 'ASC' } });
  }

  findById(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  userLoader(loaders: RequestLoaders) {
    return loaders.for<string, User | null>('user.byId', async (ids) =>
      alignByKey(ids, await this.dataSource.getRepository(User).findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }

  async create(actor: AuthUser, input: CreateUserInput): Promise<User> {
    assertStrongPassword('password', input.password);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.existsBy(User, { username: input.username })) {
        throw badInput(
          'username',
          `The username "${input.username}" is taken.`,
          `用户名“${input.username}”已被使用。`,
        );
      }
      await this.assertUnitFitsRoles(manager, input.roles, input.unitId ?? null);
      const user = manager.create(User, {
        id: randomUUID(),
        username: input.username,
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
        unitId: input.unitId ?? null,
      });
      await manager.insert(User, user);
      const after = await manager.findOneByOrFail(User, { id: user.id });
      await this.audit.record(manager, {
        actor,
        action: 'user.create',
        entity: 'User',
        entityId: user.id,
        after,
      });
      return after;
    });
  }

  async update(actor: AuthUser, input: UpdateUserInput): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.getIn(manager, input.id);
      const roles = input.roles ?? before.roles;
      const unitId = input.unitId !== undefined ? input.unitId : before.unitId;
      await this.assertUnitFitsRoles(manager, roles, unitId);
      const changes: Partial<User> = {};
      if (input.displayName !== undefined) changes.displayName = input.displayName;
      if (input.roles !== undefined) changes.roles = input.roles;
      if (input.unitId !== undefined) changes.unitId = input.unitId;
      // A role or unit change ends the user's sessions: their old token carried the old scope.
      if (input.roles !== undefined || input.unitId !== undefined)
        changes.tokenGeneration = before.tokenGeneration + 1;
      await updateIfVersion(manager, User, { id: before.id, version: input.version }, changes, NAMES);
      return this.recordChange(manager, actor, 'user.update', before);
    });
  }

  async setDisabled(actor: AuthUser, id: string, disabled: boolean): Promise<User> {
    if (actor.id === id && disabled) {
      throw badInput('id', 'You cannot disable your own account.', '不能停用自己的账号。');
    }
    return this.dataSource.transaction(async (manager) => {
      const before = await this.getIn(manager, id);
      await manager.update(
        User,
        { id },
        {
          disabled,
          tokenGeneration: before.tokenGeneration + 1,
          version: before.version + 1,
        },
      );
      return this.recordChange(manager, actor, disabled ? 'user.disable' : 'user.enable', before);
    });
  }

  async resetPassword(actor: AuthUser, id: string, password: string): Promise<User> {
    assertStrongPassword('password', password);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.getIn(manager, id);
      await manager.update(
        User,
        { id },
        {
          passwordHash,
          failedLogins: 0,
          lockedUntil: null,
          tokenGeneration: before.tokenGeneration + 1,
          version: before.version + 1,
        },
      );
      return this.recordChange(manager, actor, 'user.resetPassword', before);
    });
  }

  async changeOwnPassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.id });
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw badInput('currentPassword', 'The current password is wrong.', '当前密码不正确。');
    }
    assertStrongPassword('newPassword', newPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash, version: user.version + 1 });
      await this.audit.record(manager, {
        actor,
        action: 'user.changePassword',
        entity: 'User',
        entityId: user.id,
      });
    });
  }

  /** Resolves a token's subject; any reason the session no longer holds is UNAUTHENTICATED. */
  async sessionUser(userId: string, generation: number): Promise<User> {
    const user = await this.findById(userId);
    if (!user || user.tokenGeneration !== generation) {
      throw unauthenticated('Your session has ended. Please sign in again.', '登录已失效，请重新登录。');
    }
    if (user.disabled) throw unauthenticated('This account is disabled.', '该账号已停用。');
    return user;
  }

  private async getIn(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOneBy(User, { id });
    if (!user) throw notFound('User', '用户', id);
    return user;
  }

  private async recordChange(
    manager: EntityManager,
    actor: AuthUser,
    action: string,
    before: User,
  ): Promise<User> {
    const after = await manager.findOneByOrFail(User, { id: before.id });
    await this.audit.record(manager, { actor, action, entity: 'User', entityId: before.id, before, after });
    return after;
  }

  private async assertUnitFitsRoles(
    manager: EntityManager,
    roles: Role[],
    unitId: string | null,
  ): Promise<void> {
    if (unitId && !(await manager.existsBy(Unit, { id: unitId }))) {
      throw badInput('unitId', 'The unit does not exist.', '所选单位不存在。');
    }
    if (roles.includes('REPORTER') && !unitId) {
      throw badInput('unitId', 'A reporter must belong to a unit.', '填报员必须指定所属单位。');
    }
  }
}
