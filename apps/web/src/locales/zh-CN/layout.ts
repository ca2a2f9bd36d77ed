export default {
  menu: {
    title: '功能导航',
    home: '工作台',
    week: '本周任务',
    battleMap: '挂图作战',
    audit: '审计日志',
    admin: '系统管理',
    units: '单位管理',
    users: '用户管理',
    calendar: '工作日历',
  },
  currentCampaign: '当前专项',
  noCampaign: '暂无进行中的专项',
  openMenu: '打开菜单',
  collapseMenu: '收起菜单',
  expandMenu: '展开菜单',
  userMenu: '账号',
};
