import { Injectable } from '@nestjs/common';
import { formatBeijing } from '@lvze/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock.js';
import { unauthenticated } from '../../core/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { User } from '../user/user.entity.js';
import type { AuthUser } from './auth-user.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password-hasher.js';
import { TokenService } from './token.service.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const wrongCredentials = () => unauthenticated('The username or password is wrong.', '用户名或密码错误。');

export const toAuthUser = (user: User): AuthUser => ({
  id: user.id,
  username: user.username,
  roles: user.roles,
  unitId: user.unitId,
});

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneBy({ username: username.trim().toLowerCase() });
    if (!user) {
      // Same work as for a real account, so timing does not reveal which usernames exist.
      await verifyPassword(password, await DUMMY_HASH_PROMISE);
      throw wrongCredentials();
    }
    const now = this.clock.now();
    if (user.lockedUntil && user.lockedUntil > now) throw this.locked(user.lockedUntil);

    if (!(await verifyPassword(password, user.passwordHash))) {
      await this.countFailure(user, now);
      throw wrongCredentials();
    }
    if (user.disabled) throw unauthenticated('This account is disabled.', '该账号已停用，请联系系统管理员。');

    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
      await this.audit.record(manager, {
        actor: toAuthUser(user),
        action: 'auth.login',
        entity: 'User',
        entityId: user.id,
      });
    });
    const { token, expiresAt } = await this.tokens.issue({
      userId: user.id,
      generation: user.tokenGeneration,
    });
    return { token, expiresAt, user };
  }

  /** Every failed attempt counts, atomically, even several aliases of `login` in one request. */
  private async countFailure(user: User, now: Date): Promise<void> {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    const locked = await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .update(User)
        .set({ failedLogins: () => 'failed_logins + 1' })
        .where('id = :id', { id: user.id })
        .execute();
      const result = await manager
        .createQueryBuilder()
        .update(User)
        .set({ lockedUntil, failedLogins: 0 })
        .where('id = :id AND failed_logins >= :max', { id: user.id, max: MAX_FAILED_LOGINS })
        .execute();
      const lockedNow = Boolean(result.affected);
      await this.audit.record(manager, {
        actor: null,
        action: lockedNow ? 'auth.locked' : 'auth.loginFailed',
        entity: 'User',
        entityId: user.id,
        after: lockedNow ? { lockedUntil } : null,
      });
      return lockedNow;
    });
    if (locked) throw this.locked(lockedUntil);
  }

  private locked(until: Date) {
    const when = formatBeijing(until, 'YYYY-MM-DD HH:mm');
    return unauthenticated(
      `Too many failed sign-ins: this account is locked until ${when} Beijing time.`,
      `登录失败次数过多，账号已锁定至 ${when}（北京时间）。`,
    );
  }
}
