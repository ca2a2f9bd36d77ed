import { STATUS_PALETTE } from './status-palette.js';
import { TASK_STATUSES } from './task-status.js';

describe('STATUS_PALETTE', () => {
  it.each([
    ['SLIPPED', '#D93026', '严重滞后', 'Slipped'],
    ['AT_RISK', '#E6A23C', '进度预警', 'At risk'],
    ['ON_TRACK', '#3A9E4A', '正常推进', 'On track'],
    ['DONE', '#2F6FDE', '已完成', 'Done'],
    ['NOT_STARTED', '#A8ABB2', '未开始', 'Not started'],
  ] as const)('%s is %s %s / %s', (status, color, zh, en) => {
    expect(STATUS_PALETTE[status]).toEqual({ color, zh, en });
  });

  it('covers every status with a distinct colour', () => {
    expect(Object.keys(STATUS_PALETTE).sort()).toEqual([...TASK_STATUSES].sort());
    const colors = TASK_STATUSES.map((s) => STATUS_PALETTE[s].color);
    expect(new Set(colors).size).toBe(colors.length);
    expect(colors.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
  });
});
