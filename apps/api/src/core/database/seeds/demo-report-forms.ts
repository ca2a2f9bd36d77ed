import type { ReportCadence, ReportDueRule, ReportForm, ReportTableRow } from '@lvze/domain';
import type { ReportAudience, ReportFiler } from '../../../modules/report/report.entity.js';

// Illustrative demo data. The article names four of the 198 self-inspection categories (危房改造,
// 易地扶贫搬迁, 生态公益林, 少数民族发展资金); the others are plausible poverty-alleviation project
// and fund categories, each split by funding source, not taken from any official list.

const NAMED_CATEGORIES = ['危房改造', '易地扶贫搬迁', '生态公益林', '少数民族发展资金'];

const PROJECT_KINDS = [
  '农村公路建设',
  '农村饮水安全巩固提升',
  '贫困村基础设施建设',
  '村级集体经济发展',
  '产业扶贫奖补',
  '扶贫小额信贷贴息',
  '雨露计划职业教育补助',
  '义务教育阶段资助',
  '学前教育资助',
  '普通高中教育资助',
  '健康扶贫医疗救助',
  '基本医疗保险参保资助',
  '大病专项救治',
  '家庭医生签约服务',
  '农村最低生活保障',
  '特困人员供养',
  '临时救助',
  '残疾人两项补贴',
  '光伏扶贫',
  '旅游扶贫',
  '电商扶贫',
  '消费扶贫',
  '劳务输出补助',
  '扶贫车间建设',
  '公益性岗位补贴',
  '生态护林员补助',
  '退耕还林补助',
  '石漠化综合治理',
  '土地整治',
  '高标准农田建设',
  '小型农田水利',
  '农村电网改造',
  '通信网络覆盖',
  '村级活动场所建设',
  '农村人居环境整治',
  '易地搬迁后续扶持',
  '以工代赈',
  '少数民族特色村寨建设',
  '兴边富民行动',
  '致富带头人培训',
  '农民实用技术培训',
  '畜牧养殖扶持',
  '特色种植扶持',
  '林下经济发展',
  '农产品加工扶持',
  '农业保险保费补贴',
  '金融扶贫风险补偿金',
  '扶贫互助资金',
  '贫困残疾人康复',
  '农村敬老院建设',
  '村卫生室标准化建设',
  '薄弱学校改造',
  '营养改善计划',
  '农村文化设施',
  '广播电视户户通',
  '农村垃圾污水处理',
  '道路安全生命防护工程',
  '水库移民后期扶持',
  '地质灾害避险搬迁',
  '农村危旧房屋加固',
  '产业路建设',
  '扶贫产业园建设',
  '定点帮扶资金',
  '社会帮扶资金',
  '粤桂扶贫协作资金',
];
const FUNDING_SOURCES = ['中央资金', '自治区资金', '市县资金'];

export const SELF_INSPECTION_CATEGORY_COUNT = 198;

/** The 198 rows of the self-inspection checklist: the four named ones, then kind × funding source. */
export const SELF_INSPECTION_CATEGORIES: ReportTableRow[] = [
  ...NAMED_CATEGORIES,
  ...PROJECT_KINDS.flatMap((kind) => FUNDING_SOURCES.map((source) => `${kind}（${source}）`)),
]
  .slice(0, SELF_INSPECTION_CATEGORY_COUNT)
  .map((label, i) => ({ key: `c${String(i + 1).padStart(3, '0')}`, label }));

export interface DemoReportTemplate {
  code: string;
  name: string;
  cadence: ReportCadence;
  /** FIXED_DATE dates are month-day in the campaign's year. */
  dueRule: ReportDueRule;
  audience: Omit<ReportAudience, 'unitIds'>;
  filedBy: ReportFiler;
  form: ReportForm;
}

/** The commission's deputy secretaries (placeholder names) and the counties each supervises (联系点). */
export const DEMO_CONTACT_LEADERS = [
  {
    username: 'deputy-zhang',
    displayName: '市纪委副书记 张某',
    counties: ['longsheng', 'ziyuan', 'guanyang', 'quanzhou', 'xingan', 'lingchuan'],
  },
  {
    username: 'deputy-li',
    displayName: '市纪委副书记 李某',
    counties: ['lingui', 'yangshuo', 'yongfu', 'pingle', 'lipu', 'gongcheng'],
  },
  {
    username: 'deputy-wang',
    displayName: '市纪委副书记 王某',
    counties: ['xiufeng', 'diecai', 'xiangshan', 'qixing', 'yanshan'],
  },
];

export const DEMO_REPORT_TEMPLATES: DemoReportTemplate[] = [
  {
    code: 'monthly-work',
    name: '工作月报',
    cadence: 'MONTHLY',
    dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5 },
    audience: { unitKinds: ['COUNTY', 'MUNICIPAL_UNIT'], tags: [], functionalDepartments: false },
    filedBy: 'UNIT',
    form: {
      fields: [
        {
          key: 'work',
          label: '本月工作开展情况',
          labelEn: 'Work this month',
          type: 'LONG_TEXT',
          required: true,
        },
        { key: 'found', label: '发现问题数', labelEn: 'Problems found', type: 'NUMBER', required: true },
        {
          key: 'rectified',
          label: '整改问题数',
          labelEn: 'Problems rectified',
          type: 'NUMBER',
          required: true,
        },
        {
          key: 'plan',
          label: '下月工作计划',
          labelEn: 'Plan for next month',
          type: 'LONG_TEXT',
          required: true,
        },
        { key: 'attachments', label: '附件', labelEn: 'Attachments', type: 'ATTACHMENT' },
      ],
    },
  },
  {
    code: 'self-inspection',
    name: '自查自纠清单',
    cadence: 'ONCE',
    dueRule: { kind: 'FIXED_DATE', date: '04-30' },
    audience: { unitKinds: ['COUNTY'], tags: [], functionalDepartments: true },
    filedBy: 'UNIT',
    form: {
      fields: [
        {
          key: 'categories',
          label: '198类项目和资金自查情况',
          labelEn: 'Self-inspection of the 198 categories',
          type: 'TABLE',
          required: true,
          rows: SELF_INSPECTION_CATEGORIES,
          columns: [
            { key: 'projects', label: '项目个数', labelEn: 'Projects', type: 'NUMBER', total: true },
            {
              key: 'funds',
              label: '资金金额（万元）',
              labelEn: 'Funds (10k yuan)',
              type: 'MONEY',
              total: true,
            },
            { key: 'found', label: '发现问题数', labelEn: 'Problems found', type: 'NUMBER', total: true },
            { key: 'rectified', label: '已整改数', labelEn: 'Rectified', type: 'NUMBER', total: true },
          ],
        },
        { key: 'summary', label: '自查自纠情况说明', labelEn: 'Summary', type: 'LONG_TEXT' },
      ],
    },
  },
  {
    code: 'quarterly-contact',
    name: '每季度联系督导记录',
    cadence: 'QUARTERLY',
    dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 10 },
    audience: { unitKinds: ['COUNTY'], tags: [], functionalDepartments: false },
    filedBy: 'CONTACT_LEADER',
    form: {
      fields: [
        { key: 'visits', label: '督导次数', labelEn: 'Visits', type: 'NUMBER', required: true },
        { key: 'talks', label: '谈心谈话人次', labelEn: 'Talks held', type: 'NUMBER', required: true },
        { key: 'problems', label: '发现问题', labelEn: 'Problems found', type: 'LONG_TEXT', required: true },
      ],
    },
  },
  {
    code: 'annual-duty',
    name: '述职述责报告',
    cadence: 'YEARLY',
    dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 10 },
    audience: { unitKinds: ['COUNTY', 'MUNICIPAL_UNIT'], tags: [], functionalDepartments: false },
    filedBy: 'UNIT',
    form: {
      fields: [
        { key: 'report', label: '述职述责报告', labelEn: 'Duty report', type: 'LONG_TEXT', required: true },
        { key: 'attachments', label: '附件', labelEn: 'Attachments', type: 'ATTACHMENT' },
      ],
    },
  },
];

export const DEMO_MONTHLY_WORK = [
  '召开专项治理推进会，逐项对照责任清单查摆问题，开展扶贫项目资金专项检查。',
  '组织对所辖乡镇扶贫领域项目开展实地督查，走访贫困户，核查惠民政策落实情况。',
  '围绕群众信访举报线索开展集中排查，对发现的问题建立台账、限期整改。',
  '开展警示教育，通报典型案例，督促各责任单位落实主体责任。',
];
export const DEMO_MONTHLY_PLAN = [
  '继续推进问题整改销号，开展“回头看”，确保整改到位。',
  '对重点项目资金使用情况开展交叉检查，督促加快资金拨付进度。',
  '加强信访举报线索办理，提升问题线索处置效率。',
];
export const DEMO_CONTACT_PROBLEMS = [
  '部分村扶贫项目公示不及时，已督促整改。',
  '个别乡镇扶贫资金拨付进度偏慢，已约谈相关负责人。',
  '部分帮扶干部入户走访记录不完整，已要求补齐。',
];
export const DEMO_RETURN_COMMENTS = [
  '问题整改数据与台账不一致，请核对后重新报送。',
  '本月工作情况过于简略，请补充具体措施和成效。',
  '请补充问题整改的佐证材料。',
];
