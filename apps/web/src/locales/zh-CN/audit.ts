export default {
  title: '审计日志',
  description: '记录系统内所有数据变更的操作人、时间及变更前后内容（显示最近 {limit} 条，北京时间）。',
  search: '按操作、对象或编号筛选',
  columns: {
    at: '时间',
    actor: '操作人',
    action: '操作',
    entity: '对象类型',
    entityId: '对象编号',
  },
  system: '系统',
  changedFields: '变更字段',
  before: '变更前',
  after: '变更后',
  noSnapshot: '（无）',
};
