export default {
  codes: {
    UNAUTHENTICATED: '登录已失效，请重新登录',
    FORBIDDEN: '无权执行此操作',
    BAD_USER_INPUT: '填写内容有误，请检查后重试',
    NOT_FOUND: '数据不存在或已被删除',
    CONFLICT: '数据已被他人修改，请刷新后重试',
  },
  network: '无法连接服务器，请检查网络后重试',
  unknown: '系统繁忙，请稍后重试',
  forbiddenPage: {
    title: '无权访问',
    description: '当前账号无权访问该页面。如需开通，请联系系统管理员。',
  },
  notFoundPage: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移除。',
  },
};
