import { describe, expect, it } from 'vitest';
import type { ReportTemplateRowFragment } from '@/gql/graphql';
import {
  createInput,
  draftFromTemplate,
  emptyTemplate,
  formChanged,
  formFromDraft,
  formProblems,
  parseRows,
  updateInput,
} from './template-form';

const template: ReportTemplateRowFragment = {
  id: 't1',
  code: 'self-inspection',
  name: '自查自纠清单',
  cadence: 'ONCE',
  filedBy: 'UNIT',
  activeFrom: '2026-01-01',
  activeUntil: null,
  version: 3,
  dueRule: { kind: 'FIXED_DATE', days: null, date: '2026-06-30' },
  audience: { unitKinds: ['COUNTY'], tags: [], functionalDepartments: false, unitIds: [] },
  currentVersion: {
    id: 'v2',
    number: 2,
    createdAt: '2026-01-01T00:00:00+08:00',
    form: {
      fields: [
        {
          key: 'categories',
          label: '198类项目和资金',
          type: 'TABLE',
          required: true,
          rows: [
            { key: 'c001', label: '危房改造' },
            { key: 'c002', label: '易地扶贫搬迁' },
          ],
          columns: [
            { key: 'projects', label: '项目数', type: 'NUMBER', total: true },
            { key: 'funds', label: '资金（万元）', type: 'MONEY', total: true },
          ],
        },
        { key: 'level', label: '整改情况', type: 'CHOICE', options: ['已整改', '整改中'] },
      ],
    },
  },
};

describe('template form', () => {
  it('round-trips a template’s form through the editor unchanged', () => {
    const draft = draftFromTemplate(template);
    expect(draft.fields[0]!.rows).toBe('c001\t危房改造\nc002\t易地扶贫搬迁');
    expect(formFromDraft(draft)).toEqual(template.currentVersion.form);
    expect(formChanged(template, draft)).toBe(false);
    expect(updateInput(template, draft)).toEqual({ id: 't1', version: 3 });
  });

  it('sends only what changed; a changed form is a new version', () => {
    const draft = draftFromTemplate(template);
    draft.name = '自查自纠清单（修订）';
    draft.fields[1]!.options = '已整改、整改中、未整改';
    const input = updateInput(template, draft);
    expect(input.name).toBe('自查自纠清单（修订）');
    expect(input.dueRule).toBeUndefined();
    expect(input.filedBy).toBeUndefined();
    draft.filedBy = 'CONTACT_LEADER';
    expect(updateInput(template, draft).filedBy).toBe('CONTACT_LEADER');
    expect((input.form as { fields: { options?: string[] }[] }).fields[1]!.options).toEqual([
      '已整改',
      '整改中',
      '未整改',
    ]);
  });

  it('numbers bare row labels and keeps given keys', () => {
    expect(parseRows('c9\t生态公益林\n少数民族发展资金\n\n')).toEqual([
      { key: 'c9', label: '生态公益林' },
      { key: 'r2', label: '少数民族发展资金' },
    ]);
  });

  it('builds a create input with the due rule of its kind', () => {
    const draft = emptyTemplate();
    draft.code = 'monthly-work';
    draft.name = '工作月报';
    const input = createInput(draft);
    expect(input.dueRule).toEqual({ kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 });
    expect(input.audience.unitKinds).toEqual(['COUNTY']);
    expect(input.filedBy).toBe('UNIT');
    expect(formProblems(draft)).toEqual([]);
  });

  it('names problems with the form itself', () => {
    const draft = emptyTemplate();
    draft.fields.push({ ...draft.fields[0]!, label: '' });
    expect(formProblems(draft).map((p) => p.field)).toEqual(['fields[1].key', 'fields[1].label']);
  });
});
