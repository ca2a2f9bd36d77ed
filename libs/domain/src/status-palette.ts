import type { TaskStatus } from './task-status.js';

// The one status colour mapping for the web and the Excel ledger; a text label always goes with the
// colour because colour alone fails colour-blind readers (conventions.md).
export type StatusStyle = { color: string; zh: string; en: string };

export const STATUS_PALETTE: Readonly<Record<TaskStatus, StatusStyle>> = {
  NOT_STARTED: { color: '#A8ABB2', zh: '未开始', en: 'Not started' },
  ON_TRACK: { color: '#3A9E4A', zh: '正常推进', en: 'On track' },
  AT_RISK: { color: '#E6A23C', zh: '进度预警', en: 'At risk' },
  SLIPPED: { color: '#D93026', zh: '严重滞后', en: 'Slipped' },
  DONE: { color: '#2F6FDE', zh: '已完成', en: 'Done' },
};
