export default {
  login: {
    title: '用户登录',
    subtitle: '专项治理责任落实管理平台',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    badCredentials: '用户名或密码错误',
    notice: '本系统为内部工作系统，请妥善保管账号密码，操作全程留痕。',
  },
  signOut: '退出登录',
  signOutConfirm: '确定退出登录吗？',
  changePassword: {
    title: '修改密码',
    current: '当前密码',
    next: '新密码',
    repeat: '确认新密码',
    success: '密码已修改',
  },
};
