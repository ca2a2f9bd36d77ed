export default {
  title: 'Audit log',
  description: 'Who changed what and when, with the record before and after (latest {limit}, Beijing time).',
  search: 'Filter by action, entity or ID',
  columns: {
    at: 'Time',
    actor: 'Actor',
    action: 'Action',
    entity: 'Entity',
    entityId: 'Entity ID',
  },
  system: 'System',
  changedFields: 'Changed fields',
  before: 'Before',
  after: 'After',
  noSnapshot: '(none)',
};
