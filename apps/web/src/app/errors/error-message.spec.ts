import { CombinedError } from '@urql/vue';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../i18n';
import { describeError, errorCode, fieldErrors, type DescribeOptions } from './error-message';

function options(locale: 'zh-CN' | 'en', fallbacks?: DescribeOptions['fallbacks']): DescribeOptions {
  const i18n = createAppI18n(locale);
  return { locale, t: (key) => i18n.global.t(key), fallbacks };
}

function gqlError(message: string, extensions: Record<string, unknown>) {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

describe('describeError', () => {
  const conflict = gqlError('Unit was changed by someone else', {
    code: 'CONFLICT',
    messageZh: '单位信息已被他人修改',
  });

  it('prefers the Chinese server message in zh-CN', () => {
    expect(describeError(conflict, options('zh-CN'))).toBe('单位信息已被他人修改');
  });

  it('prefers the English server message in en', () => {
    expect(describeError(conflict, options('en'))).toBe('Unit was changed by someone else');
  });

  it.each([
    ['CONFLICT', '数据已被他人修改，请刷新后重试'],
    ['FORBIDDEN', '无权执行此操作'],
    ['NOT_FOUND', '数据不存在或已被删除'],
    ['UNAUTHENTICATED', '登录已失效，请重新登录'],
    ['BAD_USER_INPUT', '填写内容有误，请检查后重试'],
  ])('maps %s to its i18n text when the server sent no Chinese message', (code, text) => {
    expect(describeError(gqlError('English only', { code }), options('zh-CN'))).toBe(text);
  });

  it('never shows internal text for an unknown code', () => {
    const internal = gqlError('TypeError: cannot read x of undefined', { code: 'INTERNAL_SERVER_ERROR' });
    expect(describeError(internal, options('zh-CN'))).toBe('系统繁忙，请稍后重试');
    expect(describeError(internal, options('en'))).toBe('The system is busy. Please try again later.');
  });

  it('reports a network failure as such', () => {
    const offline = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(describeError(offline, options('zh-CN'))).toBe('无法连接服务器，请检查网络后重试');
  });

  it('uses a caller fallback key for a code without server text', () => {
    const wrong = gqlError('Invalid credentials', { code: 'UNAUTHENTICATED' });
    expect(describeError(wrong, options('zh-CN', { UNAUTHENTICATED: 'auth.login.badCredentials' }))).toBe(
      '用户名或密码错误',
    );
  });

  it('returns an empty string for no error', () => {
    expect(describeError(undefined, options('zh-CN'))).toBe('');
  });

  it('finds the code of the first coded error', () => {
    expect(errorCode(conflict)).toBe('CONFLICT');
    expect(errorCode(new CombinedError({ networkError: new Error('x') }))).toBeNull();
  });
});

describe('fieldErrors', () => {
  it('keys BAD_USER_INPUT errors by the named field, path prefix removed', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'Username taken',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.username', messageZh: '用户名已存在' },
        },
        { message: 'Too weak', extensions: { code: 'BAD_USER_INPUT', field: 'password' } },
        { message: 'No', extensions: { code: 'FORBIDDEN', field: 'roles' } },
      ],
    });
    expect(fieldErrors(error, options('zh-CN'))).toEqual({
      username: '用户名已存在',
      password: '填写内容有误，请检查后重试',
    });
  });
});
