import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ReportTemplateService } from '../src/modules/report/report-template.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { type FileDownload, headerIndex, readXlsx } from './support/xlsx.js';

// The clock of the specs: Wednesday 2026-11-25 10:00 Beijing (test-app.ts).

const CREATE = `mutation ($input: CreateReportTemplateInput!) {
  createReportTemplate(input: $input) { id code cadence version dueRule { kind days date } currentVersion { number } }
}`;
const UPDATE = `mutation ($input: UpdateReportTemplateInput!) {
  updateReportTemplate(input: $input) { id version currentVersion { number } versions { number } }
}`;
const OBLIGATIONS = `query ($unitId: ID, $status: ReportStatus, $templateId: ID, $period: String) {
  reportObligations(unitId: $unitId, status: $status, templateId: $templateId, period: $period) {
    id period dueAt status late overdue daysLeft version unit { code } template { code }
  }
}`;
const OBLIGATION = `query ($id: ID!) {
  reportObligation(id: $id) {
    id period status late version draft content submittedAt
    templateVersion { number form }
    submissions { late content submittedBy { username } templateVersion { number } }
    reviews { accepted comment reviewer { username } }
    lastReview { accepted comment }
  }
}`;
const DRAFT = `mutation ($input: SaveReportDraftInput!) { saveReportDraft(input: $input) { id status draft version } }`;
const SUBMIT = `mutation ($input: SubmitReportInput!) { submitReport(input: $input) { id status late submittedAt version } }`;
const REVIEW = `mutation ($input: ReviewReportInput!) { reviewReport(input: $input) { id status version } }`;

const FORM_V1 = {
  fields: [
    {
      key: 'summary',
      label: '本月工作开展情况',
      labelEn: 'Work this month',
      type: 'LONG_TEXT',
      required: true,
    },
    { key: 'found', label: '发现问题数', labelEn: 'Problems found', type: 'NUMBER', required: true },
    { key: 'amount', label: '涉及资金（万元）', labelEn: 'Funds involved', type: 'MONEY' },
  ],
};
const FORM_V2 = {
  fields: [
    ...FORM_V1.fields,
    { key: 'plan', label: '下月工作计划', labelEn: 'Next month', type: 'LONG_TEXT', required: true },
  ],
};
const VALID = { summary: '开展专项督查3次', found: 2, amount: 12.5 };

interface Obligation {
  id: string;
  period: string;
  dueAt: string;
  status: string;
  late: boolean;
  overdue: boolean;
  daysLeft: number | null;
  version: number;
  unit: { code: string };
  template: { code: string };
}

describe('required reports (报备)', () => {
  let app: TestApp;
  let staff: string;
  let ziyuan: string;
  let lingui: string;
  let units: Map<string, string>;
  let template: { id: string; version: number };

  beforeAll(async () => {
    app = await startTestApp();
    [staff, ziyuan, lingui] = await Promise.all([
      app.login('staff'),
      app.login('ziyuan'),
      app.login('lingui'),
    ]);
    const { units: rows } = await app.ok<{ units: { id: string; code: string }[] }>(
      '{ units { id code } }',
      {},
      staff,
    );
    units = new Map(rows.map((u) => [u.code, u.id]));
    template = (
      await app.ok<{
        createReportTemplate: { id: string; version: number; currentVersion: { number: number } };
      }>(
        CREATE,
        {
          input: {
            code: 'spec-monthly',
            name: '测试月报',
            cadence: 'MONTHLY',
            dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 },
            audience: { unitIds: [units.get('ziyuan'), units.get('lingui')] },
            form: FORM_V1,
            activeFrom: '2026-05-01',
          },
        },
        staff,
      )
    ).createReportTemplate;
  });
  afterAll(() => app.close());

  const obligations = async (vars: Record<string, unknown>, token = staff) =>
    (
      await app.ok<{ reportObligations: Obligation[] }>(
        OBLIGATIONS,
        { templateId: template.id, ...vars },
        token,
      )
    ).reportObligations;
  const one = async (unit: string, period: string) =>
    (await obligations({ period })).find((o) => o.unit.code === unit)!;

  it('creates each unit’s reports up to the next period, due on the working-day rule', async () => {
    const all = await obligations({});
    expect(all).toHaveLength(2 * 8); // 2026-05 … 2026-12 for two units
    const may = await one('ziyuan', '2026-05');
    // The May 2026 monthly report is due on the 5th working day of June, 18:00 Beijing.
    expect(may.dueAt).toBe('2026-06-05T18:00:00.000+08:00');
    expect(may).toMatchObject({ status: 'PENDING', overdue: true, late: false });
    // Sat 31 Oct → Mon 2 … Fri 6 Nov.
    expect((await one('ziyuan', '2026-10')).dueAt).toBe('2026-11-06T18:00:00.000+08:00');
    const november = await one('ziyuan', '2026-11');
    // Mon 30 Nov → Tue 1 … Mon 7 Dec; from Wed 25 Nov: 26, 27, 30 Nov, 1–4, 7 Dec = 8 working days.
    expect(november).toMatchObject({ dueAt: '2026-12-07T18:00:00.000+08:00', daysLeft: 8, overdue: false });
  });

  it('shows a reporter their own unit only, and refuses another unit', async () => {
    const mine = await obligations({}, ziyuan);
    expect(mine.length).toBe(8);
    expect(new Set(mine.map((o) => o.unit.code))).toEqual(new Set(['ziyuan']));
    const theirs = await one('lingui', '2026-10');
    expect((await app.errorOf(OBLIGATIONS, { unitId: units.get('lingui') }, ziyuan)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.errorOf(OBLIGATION, { id: theirs.id }, ziyuan)).extensions.code).toBe('FORBIDDEN');
    const draft = { input: { obligationId: theirs.id, content: VALID } };
    expect((await app.errorOf(SUBMIT, draft, ziyuan)).extensions.code).toBe('FORBIDDEN');
    expect((await app.errorOf(DRAFT, draft, ziyuan)).extensions.code).toBe('FORBIDDEN');
    // Staff review; they do not file for a unit.
    expect((await app.errorOf(SUBMIT, draft, staff)).extensions.code).toBe('FORBIDDEN');
  });

  it('runs the whole lifecycle PENDING → SUBMITTED → RETURNED → SUBMITTED → ACCEPTED, keeping the history', async () => {
    const october = await one('ziyuan', '2026-10');
    // Drafts are stored as typed, unvalidated.
    const { saveReportDraft } = await app.ok<{ saveReportDraft: { draft: unknown; version: number } }>(
      DRAFT,
      { input: { obligationId: october.id, content: { found: '两个' }, version: october.version } },
      ziyuan,
    );
    expect(saveReportDraft.draft).toEqual({ found: '两个' });
    // A stale version is a conflict.
    expect(
      (
        await app.errorOf(
          DRAFT,
          { input: { obligationId: october.id, content: {}, version: october.version } },
          ziyuan,
        )
      ).extensions.code,
    ).toBe('CONFLICT');

    const invalid = await app.errorOf(
      SUBMIT,
      { input: { obligationId: october.id, content: { found: '两个', amount: 1.234 } } },
      ziyuan,
    );
    expect(invalid.extensions.code).toBe('BAD_USER_INPUT');
    expect(invalid.extensions.field).toBe('content.summary');
    expect(invalid.message).toContain('Work this month');
    expect(invalid.extensions.messageZh).toBe('本月工作开展情况为必填项');
    const problems = invalid.extensions.problems as { field: string; messageZh: string }[];
    expect(problems.map((p) => p.field)).toEqual(['summary', 'found', 'amount']);
    expect(problems[1].messageZh).toBe('发现问题数应为数字');

    const { submitReport } = await app.ok<{ submitReport: { status: string; late: boolean } }>(
      SUBMIT,
      { input: { obligationId: october.id, content: VALID } },
      ziyuan,
    );
    // Due 6 Nov 18:00, filed 25 Nov.
    expect(submitReport).toMatchObject({ status: 'SUBMITTED', late: true });
    expect(
      (await app.errorOf(DRAFT, { input: { obligationId: october.id, content: {} } }, ziyuan)).extensions
        .code,
    ).toBe('BAD_USER_INPUT');

    const review = (input: Record<string, unknown>, token = staff) =>
      app.gql<{ reviewReport: { status: string } }>(
        REVIEW,
        { input: { obligationId: october.id, ...input } },
        token,
      );
    expect((await review({ accept: true }, ziyuan)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    const noComment = (await review({ accept: false, comment: ' ' })).errors?.[0];
    expect(noComment?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
    expect((await review({ accept: false, comment: '请补充问题整改情况' })).data?.reviewReport.status).toBe(
      'RETURNED',
    );
    expect((await review({ accept: true })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

    const returned = await app.ok<{
      reportObligation: { lastReview: { comment: string }; content: unknown };
    }>(OBLIGATION, { id: october.id }, ziyuan);
    expect(returned.reportObligation.lastReview.comment).toBe('请补充问题整改情况');
    expect(returned.reportObligation.content).toEqual(VALID);

    const fixed = { ...VALID, found: 3 };
    await app.ok(SUBMIT, { input: { obligationId: october.id, content: fixed } }, ziyuan);
    expect((await review({ accept: true })).data?.reviewReport.status).toBe('ACCEPTED');
    expect(
      (await app.errorOf(SUBMIT, { input: { obligationId: october.id, content: fixed } }, ziyuan)).extensions
        .code,
    ).toBe('BAD_USER_INPUT');

    const { reportObligation } = await app.ok<{
      reportObligation: {
        status: string;
        content: unknown;
        draft: unknown;
        submissions: { late: boolean; content: unknown; submittedBy: { username: string } }[];
        reviews: { accepted: boolean; comment: string; reviewer: { username: string } }[];
      };
    }>(OBLIGATION, { id: october.id }, staff);
    expect(reportObligation.status).toBe('ACCEPTED');
    expect(reportObligation.content).toEqual(fixed);
    expect(reportObligation.draft).toBeNull();
    expect(reportObligation.submissions.map((s) => [s.content, s.late, s.submittedBy.username])).toEqual([
      [fixed, true, 'ziyuan'],
      [VALID, true, 'ziyuan'],
    ]);
    expect(reportObligation.reviews.map((r) => [r.accepted, r.comment, r.reviewer.username])).toEqual([
      [true, '', 'staff'],
      [false, '请补充问题整改情况', 'staff'],
    ]);
    const { auditEvents } = await app.ok<{ auditEvents: { action: string }[] }>(
      'query ($id: ID) { auditEvents(entityId: $id) { action } }',
      { id: october.id },
      await app.login('auditor'),
    );
    expect(auditEvents.map((e) => e.action).sort()).toEqual(
      ['report.saveDraft', 'report.submit', 'report.return', 'report.resubmit', 'report.accept'].sort(),
    );
  });

  it('files on time before the due time', async () => {
    const november = await one('ziyuan', '2026-11');
    const { submitReport } = await app.ok<{ submitReport: { late: boolean; submittedAt: string } }>(
      SUBMIT,
      { input: { obligationId: november.id, content: VALID } },
      ziyuan,
    );
    expect(submitReport).toMatchObject({ late: false, submittedAt: '2026-11-25T10:00:00.000+08:00' });
  });

  it('keeps attachments with the report: own uploads only, kept across a resubmission', async () => {
    const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(512, 0x20), Buffer.from('\n%%EOF\n')]);
    const upload = async (token: string) =>
      (
        (await (
          await fetch(`${app.server.url}/api/files`, {
            method: 'POST',
            headers: {
              'content-type': 'application/octet-stream',
              'x-file-name': encodeURIComponent('工作月报附件.pdf'),
              authorization: `Bearer ${token}`,
            },
            body: PDF,
          })
        ).json()) as { id: string }
      ).id;
    const [mine, theirs] = [await upload(ziyuan), await upload(lingui)];
    const { reportTemplates } = await app.ok<{ reportTemplates: { id: string; code: string }[] }>(
      '{ reportTemplates { id code } }',
      {},
      ziyuan,
    );
    const monthly = reportTemplates.find((t) => t.code === 'monthly-work')!;
    const [report] = (
      await app.ok<{ reportObligations: Obligation[] }>(
        OBLIGATIONS,
        { templateId: monthly.id, period: '2026-11', status: 'PENDING' },
        ziyuan,
      )
    ).reportObligations;
    const content = (files: string[]) => ({
      work: '开展督查',
      found: 1,
      rectified: 1,
      plan: '继续',
      attachments: files,
    });
    const foreign = await app.errorOf(
      DRAFT,
      { input: { obligationId: report.id, content: content([theirs]) } },
      ziyuan,
    );
    expect(foreign.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.attachments' });
    const DETAIL = `query ($id: ID!) { reportObligation(id: $id) {
      draftAttachments { id filename url }
      submissions { attachments { id filename size mimeType previewable url } } } }`;
    await app.ok(DRAFT, { input: { obligationId: report.id, content: content([mine]) } }, ziyuan);
    const drafted = await app.ok<{
      reportObligation: { draftAttachments: { id: string; filename: string }[] };
    }>(DETAIL, { id: report.id }, ziyuan);
    expect(drafted.reportObligation.draftAttachments.map((f) => [f.id, f.filename])).toEqual([
      [mine, '工作月报附件.pdf'],
    ]);

    await app.ok(SUBMIT, { input: { obligationId: report.id, content: content([mine]) } }, ziyuan);
    await app.ok(REVIEW, { input: { obligationId: report.id, accept: false, comment: '请补充' } }, staff);
    await app.ok(SUBMIT, { input: { obligationId: report.id, content: content([mine]) } }, ziyuan);
    const { reportObligation } = await app.ok<{
      reportObligation: {
        submissions: {
          attachments: { id: string; filename: string; size: number; previewable: boolean; url: string }[];
        }[];
      };
    }>(DETAIL, { id: report.id }, staff);
    expect(reportObligation.submissions.map((s) => s.attachments.map((f) => f.id))).toEqual([[mine], [mine]]);
    // The reviewing staff open the very bytes the reporter uploaded through the signed link.
    const filed = reportObligation.submissions[0].attachments[0];
    expect(filed).toMatchObject({ filename: '工作月报附件.pdf', size: PDF.length, previewable: true });
    const opened = await fetch(`${app.server.url}${filed.url}`);
    expect(opened.status).toBe(200);
    expect(Buffer.from(await opened.arrayBuffer()).equals(PDF)).toBe(true);
    // Another unit's reporter reaches neither the report nor, through it, its files.
    expect((await app.errorOf(DETAIL, { id: report.id }, lingui)).extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    // Filed with this report, the file cannot be reused elsewhere.
    const other = (
      await app.ok<{ reportObligations: Obligation[] }>(
        OBLIGATIONS,
        { templateId: monthly.id, period: '2026-12' },
        ziyuan,
      )
    ).reportObligations[0];
    expect(
      (await app.errorOf(SUBMIT, { input: { obligationId: other.id, content: content([mine]) } }, ziyuan))
        .extensions.field,
    ).toBe('content.attachments');
  });

  it('keeps a report filed on v1 on v1 when the form changes; pending ones move to v2', async () => {
    const stale = await app.errorOf(
      UPDATE,
      { input: { id: template.id, version: template.version + 5, form: FORM_V2 } },
      staff,
    );
    expect(stale.extensions.code).toBe('CONFLICT');
    const { updateReportTemplate } = await app.ok<{
      updateReportTemplate: {
        version: number;
        currentVersion: { number: number };
        versions: { number: number }[];
      };
    }>(UPDATE, { input: { id: template.id, version: template.version, form: FORM_V2 } }, staff);
    expect(updateReportTemplate.currentVersion.number).toBe(2);
    expect(updateReportTemplate.versions.map((v) => v.number)).toEqual([2, 1]);
    // Saving the same form again (as the edit dialog does with any other change) adds no version.
    const again = await app.ok<{ updateReportTemplate: { versions: { number: number }[] } }>(
      UPDATE,
      { input: { id: template.id, version: updateReportTemplate.version, form: FORM_V2 } },
      staff,
    );
    expect(again.updateReportTemplate.versions.map((v) => v.number)).toEqual([2, 1]);

    const filed = await one('ziyuan', '2026-10');
    const detail = (
      await app.ok<{
        reportObligation: {
          status: string;
          content: unknown;
          templateVersion: { number: number; form: typeof FORM_V1 };
          submissions: { templateVersion: { number: number } }[];
        };
      }>(OBLIGATION, { id: filed.id }, ziyuan)
    ).reportObligation;
    expect(detail.status).toBe('ACCEPTED');
    expect(detail.templateVersion.number).toBe(1);
    expect(detail.templateVersion.form).toEqual(FORM_V1);
    expect(detail.submissions.map((s) => s.templateVersion.number)).toEqual([1, 1]);

    // A pending report is filed on the new form: the v1 content now misses a required field.
    const pending = await one('lingui', '2026-10');
    const error = await app.errorOf(SUBMIT, { input: { obligationId: pending.id, content: VALID } }, lingui);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.plan' });
    const ok = await app.ok<{ submitReport: { status: string } }>(
      SUBMIT,
      { input: { obligationId: pending.id, content: { ...VALID, plan: '继续督查' } } },
      lingui,
    );
    expect(ok.submitReport.status).toBe('SUBMITTED');
  });

  it('moves unfiled reports to a new due rule and keeps filed ones', async () => {
    const current = (
      await app.ok<{ reportTemplate: { version: number } }>(
        'query ($id: ID!) { reportTemplate(id: $id) { version } }',
        { id: template.id },
        staff,
      )
    ).reportTemplate;
    await app.ok(
      UPDATE,
      {
        input: {
          id: template.id,
          version: current.version,
          dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 1 },
        },
      },
      staff,
    );
    expect((await one('lingui', '2026-11')).dueAt).toBe('2026-12-01T18:00:00.000+08:00');
    expect((await one('ziyuan', '2026-11')).dueAt).toBe('2026-12-07T18:00:00.000+08:00'); // filed
  });

  it('filters overdue and not overdue reports', async () => {
    const OVERDUE = `query ($t: ID, $o: Boolean) { reportObligations(templateId: $t, overdue: $o) { id overdue } }`;
    const list = async (o?: boolean) =>
      (await app.ok<{ reportObligations: Obligation[] }>(OVERDUE, { t: template.id, o }, staff))
        .reportObligations;
    const [all, late, notLate] = [await list(), await list(true), await list(false)];
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((o) => o.overdue)).toBe(true);
    expect(notLate.every((o) => !o.overdue)).toBe(true);
    expect(late.length + notLate.length).toBe(all.length);
  });

  it('lists the review queue, and counts each period in the completeness matrix', async () => {
    const queue = await obligations({ status: 'SUBMITTED' });
    expect(queue.map((o) => [o.unit.code, o.period]).sort()).toEqual([
      ['lingui', '2026-10'],
      ['ziyuan', '2026-11'],
    ]);
    const { reportCompleteness } = await app.ok<{
      reportCompleteness: {
        periods: string[];
        units: { code: string }[];
        cells: { unitId: string; period: string; status: string }[];
        counts: {
          period: string;
          total: number;
          accepted: number;
          submitted: number;
          pending: number;
          late: number;
          overdue: number;
        }[];
      };
    }>(
      `query ($id: ID!) { reportCompleteness(templateId: $id) {
        periods units { code } cells { unitId period status late overdue }
        counts { period total pending submitted returned accepted late overdue } } }`,
      { id: template.id },
      staff,
    );
    expect(reportCompleteness.periods).toEqual([
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(reportCompleteness.units.map((u) => u.code).sort()).toEqual(['lingui', 'ziyuan']);
    expect(reportCompleteness.cells).toHaveLength(16);
    const october = reportCompleteness.counts.find((c) => c.period === '2026-10')!;
    expect(october).toMatchObject({ total: 2, accepted: 1, submitted: 1, pending: 0, late: 2, overdue: 0 });
    const may = reportCompleteness.counts.find((c) => c.period === '2026-05')!;
    expect(may).toMatchObject({ total: 2, pending: 2, overdue: 2 });
  });

  it('creates nothing twice, and drops only unfiled reports of a unit taken out of the audience', async () => {
    const templates = app.server.app.get(ReportTemplateService);
    expect(await templates.ensureAll()).toBe(0);
    const { reportTemplate } = await app.ok<{ reportTemplate: { version: number } }>(
      'query ($id: ID!) { reportTemplate(id: $id) { version } }',
      { id: template.id },
      staff,
    );
    await app.ok(
      UPDATE,
      {
        input: {
          id: template.id,
          version: reportTemplate.version,
          audience: { unitIds: [units.get('ziyuan')] },
        },
      },
      staff,
    );
    const left = await obligations({ unitId: units.get('lingui') });
    expect(left.map((o) => [o.period, o.status])).toEqual([['2026-10', 'SUBMITTED']]);
    expect(await obligations({ unitId: units.get('ziyuan') })).toHaveLength(8);
  });

  it('takes a fixed due date for a one-off report and refuses a working-day rule for it', async () => {
    const once = (changes: Record<string, unknown>) => ({
      input: {
        code: 'spec-once',
        name: '一次性报告',
        cadence: 'ONCE',
        dueRule: { kind: 'FIXED_DATE', date: '2026-12-30' },
        audience: { unitKinds: ['COUNTY'] },
        form: FORM_V1,
        ...changes,
      },
    });
    const fieldOf = async (changes: Record<string, unknown>, token = staff) =>
      (await app.errorOf(CREATE, once(changes), token)).extensions;
    expect(await fieldOf({ dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'dueRule.date',
    });
    expect(await fieldOf({ form: { fields: [{ key: 'a', label: 'A', type: 'CHOICE' }] } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'form.fields[0].options',
    });
    expect((await fieldOf({}, ziyuan)).code).toBe('FORBIDDEN');
    const { createReportTemplate } = await app.ok<{ createReportTemplate: { id: string } }>(
      CREATE,
      once({}),
      staff,
    );
    const rows = (
      await app.ok<{ reportObligations: Obligation[] }>(
        OBLIGATIONS,
        { templateId: createReportTemplate.id },
        staff,
      )
    ).reportObligations;
    expect(rows).toHaveLength(17);
    expect(new Set(rows.map((o) => `${o.period} ${o.dueAt}`))).toEqual(
      new Set(['ONCE 2026-12-30T18:00:00.000+08:00']),
    );
    expect((await fieldOf({ name: '同号模板' })).field).toBe('code');
  });

  it('seeds the four demo reports with a realistic mix of filings', async () => {
    const { reportTemplates } = await app.ok<{
      reportTemplates: {
        id: string;
        code: string;
        cadence: string;
        currentVersion: { form: { fields: { rows?: unknown[] }[] } };
      }[];
    }>('{ reportTemplates { id code cadence currentVersion { form } } }', {}, ziyuan);
    const byCode = new Map(reportTemplates.map((t) => [t.code, t]));
    expect([...byCode.keys()]).toEqual(
      expect.arrayContaining(['monthly-work', 'self-inspection', 'quarterly-contact', 'annual-duty']),
    );
    expect(byCode.get('self-inspection')!.currentVersion.form.fields[0].rows).toHaveLength(198);
    const { reportCompleteness } = await app.ok<{
      reportCompleteness: {
        units: unknown[];
        counts: {
          period: string;
          total: number;
          pending: number;
          submitted: number;
          returned: number;
          accepted: number;
          late: number;
          overdue: number;
        }[];
      };
    }>(
      'query ($id: ID!) { reportCompleteness(templateId: $id) { units { code } counts { period total pending submitted returned accepted late overdue } } }',
      { id: byCode.get('monthly-work')!.id },
      staff,
    );
    expect(reportCompleteness.units).toHaveLength(59);
    expect(reportCompleteness.counts.map((c) => c.period)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
    );
    const sum = (key: 'accepted' | 'returned' | 'submitted' | 'late' | 'overdue') =>
      reportCompleteness.counts.reduce((n, c) => n + c[key], 0);
    for (const key of ['accepted', 'returned', 'submitted', 'late', 'overdue'] as const)
      expect(sum(key)).toBeGreaterThan(0);
    // Filed and reviewed with the history a real year leaves.
    const returned = (
      await app.ok<{ reportObligations: { id: string }[] }>(
        'query ($t: ID) { reportObligations(templateId: $t, status: RETURNED) { id } }',
        { t: byCode.get('monthly-work')!.id },
        staff,
      )
    ).reportObligations;
    const detail = await app.ok<{ reportObligation: { lastReview: { accepted: boolean; comment: string } } }>(
      'query ($id: ID!) { reportObligation(id: $id) { lastReview { accepted comment } } }',
      { id: returned[0].id },
      staff,
    );
    expect(detail.reportObligation.lastReview.accepted).toBe(false);
    expect(detail.reportObligation.lastReview.comment).not.toBe('');
  });

  it('exports the consolidated ledger: the 198-category sums equal the sum of the units’ sheets', async () => {
    const { reportTemplates } = await app.ok<{ reportTemplates: { id: string; code: string }[] }>(
      '{ reportTemplates { id code } }',
      {},
      staff,
    );
    const id = (code: string) => reportTemplates.find((t) => t.code === code)!.id;
    const LEDGER = `query ($t: ID!, $p: String!) { reportLedger(templateId: $t, period: $p) { filename mimeType contentBase64 } }`;
    expect((await app.errorOf(LEDGER, { t: id('self-inspection'), p: 'ONCE' }, ziyuan)).extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await app.errorOf(LEDGER, { t: id('self-inspection'), p: '2026-05' }, staff)).extensions.field,
    ).toBe('period');

    const { reportLedger } = await app.ok<{ reportLedger: FileDownload }>(
      LEDGER,
      { t: id('self-inspection'), p: 'ONCE' },
      staff,
    );
    expect(reportLedger.filename).toMatch(/^自查自纠清单-ONCE-台账-\d{8}-\d{4}\.xlsx$/);
    const workbook = await readXlsx(reportLedger.contentBase64);
    const all = workbook.getWorksheet('报备汇总')!;
    expect(all.actualRowCount).toBe(2 + 39); // title, headings, 17 counties + 22 functional departments
    const counted = [];
    for (let r = 3; r <= all.actualRowCount; r++) {
      if (['已报送', '已通过'].includes(String(all.getCell(r, 3).value)))
        counted.push(String(all.getCell(r, 2).value));
    }
    expect(counted.length).toBeGreaterThan(10);
    const summary = workbook.getWorksheet('分类汇总')!;
    const heads = headerIndex(summary, 2);
    const columns = ['项目个数', '资金金额（万元）', '发现问题数', '已整改数'];
    // Sum each category over the unit sheets, in fen for money.
    const expected = new Map<string, number[]>();
    for (const unit of counted) {
      const sheet = workbook.getWorksheet(unit)!;
      expect(sheet).toBeDefined();
      const unitHeads = headerIndex(sheet, 2);
      for (let r = 3; r < sheet.actualRowCount; r++) {
        const label = String(sheet.getCell(r, 2).value);
        const sums = expected.get(label) ?? [0, 0, 0, 0];
        columns.forEach((c, i) => {
          sums[i] += Math.round(Number(sheet.getCell(r, unitHeads.get(c)!).value ?? 0) * 100);
        });
        expected.set(label, sums);
      }
    }
    expect(summary.actualRowCount).toBe(2 + 198 + 1);
    const grand = [0, 0, 0, 0];
    for (let r = 3; r < 3 + 198; r++) {
      const label = String(summary.getCell(r, 2).value);
      const sums = expected.get(label) ?? [0, 0, 0, 0];
      columns.forEach((c, i) => {
        expect([label, c, Math.round(Number(summary.getCell(r, heads.get(c)!).value) * 100)]).toEqual([
          label,
          c,
          sums[i],
        ]);
        grand[i] += sums[i];
      });
    }
    expect(String(summary.getCell(3, 2).value)).toBe('危房改造');
    const totalRow = 3 + 198;
    expect(summary.getCell(totalRow, 2).value).toBe('合计');
    columns.forEach((c, i) =>
      expect(Math.round(Number(summary.getCell(totalRow, heads.get(c)!).value) * 100)).toBe(grand[i]),
    );
    expect(grand[0]).toBeGreaterThan(0);

    const monthly = await app.ok<{ reportLedger: FileDownload }>(
      LEDGER,
      { t: id('monthly-work'), p: '2026-10' },
      staff,
    );
    const book = await readXlsx(monthly.reportLedger.contentBase64);
    expect(book.worksheets.map((w) => w.name)).toEqual(['报备汇总']);
    const sheet = book.getWorksheet('报备汇总')!;
    expect(sheet.actualRowCount).toBe(2 + 59);
    expect([...headerIndex(sheet, 2).keys()]).toEqual(
      expect.arrayContaining([
        '单位',
        '状态',
        '报送时间（北京时间）',
        '是否逾期',
        '本月工作开展情况',
        '发现问题数',
        '整改问题数',
        '下月工作计划',
        '附件',
      ]),
    );
  });

  it('lets the contact-point leader, and only them, file a county’s quarterly record; coverage shows it', async () => {
    const [zhang, li] = await Promise.all([app.login('deputy-zhang'), app.login('deputy-li')]);
    const { contactPoints } = await app.ok<{
      contactPoints: { leader: { username: string }; unit: { code: string } }[];
    }>('{ contactPoints { leader { username } unit { code } } }', {}, staff);
    expect(contactPoints).toHaveLength(17);
    expect(contactPoints).toContainEqual({ leader: { username: 'deputy-zhang' }, unit: { code: 'ziyuan' } });

    const MINE = `query { reportObligations(filedByMe: true, period: "2026-Q4") { id template { code } unit { code } } }`;
    const mine = (await app.ok<{ reportObligations: Obligation[] }>(MINE, {}, zhang)).reportObligations;
    expect(new Set(mine.map((o) => o.template.code))).toEqual(new Set(['quarterly-contact']));
    expect(mine.map((o) => o.unit.code).sort()).toEqual(
      ['guanyang', 'lingchuan', 'longsheng', 'quanzhou', 'xingan', 'ziyuan'].sort(),
    );
    expect((await app.ok<{ reportObligations: Obligation[] }>(MINE, {}, ziyuan)).reportObligations).toEqual(
      [],
    );

    const record = mine.find((o) => o.unit.code === 'ziyuan')!;
    const CAN = 'query ($id: ID!) { reportObligation(id: $id) { canFile canReview } }';
    const can = async (token: string) =>
      (
        await app.ok<{ reportObligation: { canFile: boolean; canReview: boolean } }>(
          CAN,
          { id: record.id },
          token,
        )
      ).reportObligation;
    expect(await can(zhang)).toEqual({ canFile: true, canReview: false });
    expect(await can(li)).toEqual({ canFile: false, canReview: false });
    expect(await can(ziyuan)).toEqual({ canFile: false, canReview: false });
    const content = { visits: 2, talks: 12, problems: '个别村扶贫项目公示不及时。' };
    const input = { input: { obligationId: record.id, content } };
    expect((await app.errorOf(SUBMIT, input, ziyuan)).extensions.code).toBe('FORBIDDEN');
    expect((await app.errorOf(SUBMIT, input, li)).extensions.code).toBe('FORBIDDEN');
    expect(
      (await app.ok<{ submitReport: { status: string } }>(SUBMIT, input, zhang)).submitReport.status,
    ).toBe('SUBMITTED');
    expect(await can(staff)).toEqual({ canFile: false, canReview: true });

    const COVERAGE = `query ($q: String!) { contactCoverage(quarter: $q) { unit { code } leaders { username } filed report { status } } }`;
    const { contactCoverage } = await app.ok<{
      contactCoverage: {
        unit: { code: string };
        leaders: { username: string }[];
        filed: boolean;
        report: { status: string } | null;
      }[];
    }>(COVERAGE, { q: '2026-Q4' }, staff);
    expect(contactCoverage).toHaveLength(17);
    expect(contactCoverage.find((c) => c.unit.code === 'ziyuan')).toEqual({
      unit: { code: 'ziyuan' },
      leaders: [{ username: 'deputy-zhang' }],
      filed: true,
      report: { status: 'SUBMITTED' },
    });
    expect((await app.errorOf(COVERAGE, { q: '2026-13' }, staff)).extensions.field).toBe('quarter');

    // Staff relink: deputy-li takes on ziyuan as well and may then file its records.
    const SET = `mutation ($l: ID!, $u: [ID!]!) { setContactPoints(leaderId: $l, unitIds: $u) { unit { code } } }`;
    const { me } = await app.ok<{ me: { id: string } }>('{ me { id } }', {}, li);
    const liCounties = ['lingui', 'yangshuo', 'yongfu', 'pingle', 'lipu', 'gongcheng', 'ziyuan'].map((c) =>
      units.get(c),
    );
    expect((await app.errorOf(SET, { l: me.id, u: liCounties }, ziyuan)).extensions.code).toBe('FORBIDDEN');
    expect(
      (await app.errorOf(SET, { l: me.id, u: [units.get('jw-dangfeng')] }, staff)).extensions.field,
    ).toBe('unitIds');
    const { setContactPoints } = await app.ok<{ setContactPoints: { unit: { code: string } }[] }>(
      SET,
      { l: me.id, u: liCounties },
      staff,
    );
    expect(setContactPoints).toHaveLength(7);
    const q3 = (
      await app.ok<{ reportObligations: Obligation[] }>(
        `query { reportObligations(filedByMe: true, period: "2026-Q3") { id status unit { code } } }`,
        {},
        li,
      )
    ).reportObligations.find((o) => o.unit.code === 'ziyuan')!;
    expect(q3).toBeDefined();
  });

  it('answers the report list in the same number of queries for 2 units and for 59', async () => {
    const runner = app.server.dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const count = async (query: string, variables: Record<string, unknown>) => {
      // Once first, so the working-day calendar (cached for a minute) is not counted on one side only.
      await app.ok(query, variables, staff);
      const spy = jest.spyOn(proto, 'query');
      await app.ok(query, variables, staff);
      const calls = spy.mock.calls.length;
      spy.mockRestore();
      return calls;
    };
    const LIST = `query ($templateId: ID) { reportObligations(templateId: $templateId) {
      id daysLeft overdue canFile canReview content unit { name } template { name currentVersion { number } }
      templateVersion { number } submissions { submittedBy { username } attachments { id } } reviews { reviewer { username } }
      lastReview { comment } draftAttachments { id } } }`;
    const MATRIX = `query ($id: ID!) { reportCompleteness(templateId: $id) { periods units { name } cells { status } counts { period total } template { name } } }`;
    const small = await count(LIST, { templateId: template.id });
    const smallMatrix = await count(MATRIX, { id: template.id });
    const { createReportTemplate: big } = await app.ok<{ createReportTemplate: { id: string } }>(
      CREATE,
      {
        input: {
          code: 'spec-many',
          name: '多单位月报',
          cadence: 'MONTHLY',
          dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 },
          audience: { unitKinds: ['COUNTY', 'MUNICIPAL_UNIT'] },
          form: FORM_V1,
          activeFrom: '2026-05-01',
        },
      },
      staff,
    );
    const rows = (
      await app.ok<{ reportObligations: Obligation[] }>(OBLIGATIONS, { templateId: big.id }, staff)
    ).reportObligations;
    expect(rows).toHaveLength(59 * 8);
    // Some with history, so the history loaders have rows to batch.
    for (const o of rows.filter(
      (r) => ['ziyuan', 'lingui', 'yangshuo'].includes(r.unit.code) && r.period === '2026-10',
    )) {
      await app.ok(SUBMIT, { input: { obligationId: o.id, content: VALID } }, await app.login(o.unit.code));
      await app.ok(REVIEW, { input: { obligationId: o.id, accept: false, comment: '请补充' } }, staff);
    }
    const [bigList, bigMatrix] = [
      await count(LIST, { templateId: big.id }),
      await count(MATRIX, { id: big.id }),
    ];
    console.log(
      `report list: ${small}/${bigList} queries; completeness: ${smallMatrix}/${bigMatrix} queries`,
    );
    expect(bigList).toBe(small);
    expect(bigMatrix).toBe(smallMatrix);
    expect(small).toBeLessThan(12);
  });
});
