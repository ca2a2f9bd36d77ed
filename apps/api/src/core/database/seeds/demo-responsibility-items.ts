// Illustrative demo data: the article gives the number of items per list (5, 10, 20) and the
// commission's own lists for its leadership members and 17 departments, not their texts. These are
// plausible items written from the article's themes, not the real plan.
import type { Cadence } from '@lvze/domain';
import type { ResponsibilityKind } from '../../../modules/responsibility/responsibility.entity.js';

/** Which demo units carry a list's items (domain.md "Assignments"). */
export type DemoAssignees =
  'countiesAndMunicipalUnits' | 'functionalDepartments' | 'counties' | 'commission' | 'commissionDepartments';

export interface DemoResponsibilityItem {
  content: string;
  evidenceExpected: string;
  cadence: Cadence;
  /** 'MM-DD' in the campaign year: ONCE items, and YEARLY items with a fixed date. */
  dueOn?: string;
}

export interface DemoResponsibilityList {
  kind: ResponsibilityKind;
  title: string;
  assignees: DemoAssignees;
  items: DemoResponsibilityItem[];
}

export const DEMO_RESPONSIBILITY_LISTS: DemoResponsibilityList[] = [
  {
    kind: 'PARTY_PRINCIPAL',
    title: '党委（党组）主体责任清单',
    assignees: 'countiesAndMunicipalUnits',
    items: [
      {
        content:
          '每季度召开党委（党组）会议专题研究扶贫领域腐败和作风问题专项治理工作，分析形势、部署任务、解决突出问题。',
        evidenceExpected: '会议纪要、专题研究议题清单',
        cadence: 'QUARTERLY',
      },
      {
        content: '制定本地区本单位专项治理实施方案，细化责任分工，明确时间表、路线图，层层划好“责任田”。',
        evidenceExpected: '实施方案及印发文件、责任分工表',
        cadence: 'ONCE',
        dueOn: '03-31',
      },
      {
        content:
          '党委（党组）书记履行第一责任人职责，深入贫困乡村调研督导，约谈履职不力的下级党组织主要负责人。',
        evidenceExpected: '调研督导记录、约谈记录及照片',
        cadence: 'QUARTERLY',
      },
      {
        content: '建立工作月报制度，每月向市专项办如实报送专项治理进展、存在问题和下步打算。',
        evidenceExpected: '工作月报（加盖公章）',
        cadence: 'MONTHLY',
      },
      {
        content: '将专项治理纳入全面从严治党主体责任清单和年度绩效考核重要指标，开展年度述职述责。',
        evidenceExpected: '考核方案、述职述责报告',
        cadence: 'YEARLY',
        dueOn: '12-20',
      },
    ],
  },
  {
    kind: 'DEPARTMENT_SUPERVISORY',
    title: '部门监管责任清单',
    assignees: 'functionalDepartments',
    items: [
      {
        content:
          '对本部门主管的危房改造、易地扶贫搬迁、生态公益林等扶贫项目和资金开展自查自纠，实行清单化管理并向市纪委报备。',
        evidenceExpected: '自查自纠清单、问题整改台账、报备回执',
        cadence: 'ONCE',
        dueOn: '06-30',
      },
      {
        content: '每月报送行业扶贫项目资金监管情况，如实反映资金拨付进度和发现的问题。',
        evidenceExpected: '项目资金监管月报',
        cadence: 'MONTHLY',
      },
      {
        content: '建立扶贫项目审批、资金拨付全流程台账，做到项目、资金、责任人一一对应。',
        evidenceExpected: '项目资金台账',
        cadence: 'ONCE',
        dueOn: '04-30',
      },
      {
        content: '每季度对县级主管部门扶贫项目资金使用情况开展监督检查，严防项目审批不严、资金监管不力。',
        evidenceExpected: '检查通知、检查记录、问题清单',
        cadence: 'QUARTERLY',
      },
      {
        content: '对监管中发现的问题建立整改台账，逐项整改、逐项销号。',
        evidenceExpected: '整改台账、销号材料',
        cadence: 'QUARTERLY',
      },
      {
        content: '主动向纪检监察机关移交监管中发现的违纪违法问题线索，不瞒报、不压案。',
        evidenceExpected: '线索移交登记表',
        cadence: 'QUARTERLY',
      },
      {
        content: '公开扶贫政策、项目安排和资金使用信息，畅通群众监督渠道。',
        evidenceExpected: '公示材料、公示现场照片',
        cadence: 'QUARTERLY',
      },
      {
        content: '配合开展扶贫项目、危房改造等专项整治，每月报送整治进展。',
        evidenceExpected: '整治进展报告',
        cadence: 'MONTHLY',
      },
      {
        content: '加强本系统扶贫干部作风建设，组织开展警示教育。',
        evidenceExpected: '警示教育方案、签到表、照片',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '年度向市委、市政府报告履行监管责任情况。',
        evidenceExpected: '年度履责报告',
        cadence: 'YEARLY',
      },
    ],
  },
  {
    kind: 'COMMISSION_SUPERVISION',
    title: '纪委监督责任清单',
    assignees: 'counties',
    items: [
      {
        content: '建立纪委班子成员联系贫困乡村蹲点制度，班子成员深入联系乡镇蹲点调研12天以上。',
        evidenceExpected: '蹲点调研日志、调研报告',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '不打招呼、不定路线、直插基层，开展明察暗访，发现问题督促整改。',
        evidenceExpected: '明察暗访记录、问题交办单',
        cadence: 'QUARTERLY',
      },
      {
        content: '开设专项治理举报专栏，畅通来信、来访、来电、网络、微信等举报渠道。',
        evidenceExpected: '举报专栏截图、公告',
        cadence: 'ONCE',
        dueOn: '03-31',
      },
      {
        content: '梳理排查2016年以来扶贫领域信访举报件和问题线索，建立台账、逐件销号。',
        evidenceExpected: '信访举报及问题线索台账',
        cadence: 'ONCE',
        dueOn: '05-31',
      },
      {
        content: '开展大排查、大接访、大宣传活动，扩大案件线索来源。',
        evidenceExpected: '活动方案、接访登记表',
        cadence: 'QUARTERLY',
      },
      {
        content: '向贫困户发放监督卡和扶贫政策明白卡，公开举报方式。',
        evidenceExpected: '发放登记表、照片',
        cadence: 'ONCE',
        dueOn: '06-30',
      },
      {
        content: '扶贫领域问题线索集中管理、集体排查，按期办结并反馈。',
        evidenceExpected: '线索处置月报',
        cadence: 'MONTHLY',
      },
      {
        content: '建立片区协作办案机制，推行“县纪委常委+纪检监察室+派驻纪检组+乡镇纪委”工作模式。',
        evidenceExpected: '协作区设置文件、协作办案台账',
        cadence: 'ONCE',
        dueOn: '04-30',
      },
      {
        content: '严肃查处虚报项目、套取资金、优亲厚友、吃拿卡要等问题。',
        evidenceExpected: '立案审查统计表',
        cadence: 'QUARTERLY',
      },
      {
        content: '紧盯“关键少数”和重要岗位，直查直办群众反映强烈、影响恶劣的案件。',
        evidenceExpected: '直查直办案件清单',
        cadence: 'QUARTERLY',
      },
      {
        content: '推动扫黑除恶专项斗争与专项治理有机融合，排查涉黑涉恶腐败和“保护伞”问题线索。',
        evidenceExpected: '线索排查台账',
        cadence: 'QUARTERLY',
      },
      {
        content: '对扶贫领域形式主义、官僚主义问题开展重点治理。',
        evidenceExpected: '治理方案、问题清单、问责情况',
        cadence: 'QUARTERLY',
      },
      {
        content: '开展扶贫领域重点巡察和“机动式”巡察，实现深度贫困乡镇巡察全覆盖。',
        evidenceExpected: '巡察计划、巡察反馈意见',
        cadence: 'YEARLY',
        dueOn: '10-31',
      },
      {
        content: '每月集中通报曝光一批扶贫领域典型案件，第一时间通报直查直办案件。',
        evidenceExpected: '通报文件、曝光截图',
        cadence: 'MONTHLY',
      },
      {
        content: '通报曝光进村到户：在村民代表大会上宣读、在村屯宣传栏张贴、在乡村喇叭中广播。',
        evidenceExpected: '通报现场照片、张贴记录',
        cadence: 'QUARTERLY',
      },
      {
        content: '开展“十个一”警示教育活动，组织党员干部到廉政教育基地接受警示教育。',
        evidenceExpected: '活动方案、签到表、照片',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '对责任落实不力、履职不到位的党组织和党员干部严肃问责。',
        evidenceExpected: '问责决定、问责统计表',
        cadence: 'QUARTERLY',
      },
      {
        content: '对已通报案件开展“通报回访”，督促发案单位整改落实。',
        evidenceExpected: '回访记录、整改报告',
        cadence: 'QUARTERLY',
      },
      {
        content: '每月向市纪委报送专项治理工作进展和数据统计。',
        evidenceExpected: '工作月报、统计报表',
        cadence: 'MONTHLY',
      },
      {
        content: '深入开展扶贫项目、扶贫干部作风、危房改造等问题专项整治。',
        evidenceExpected: '专项整治总结',
        cadence: 'YEARLY',
      },
    ],
  },
  {
    kind: 'LEADERSHIP_MEMBER',
    title: '市纪委书记、监委主任责任清单',
    assignees: 'commission',
    items: [
      {
        content: '主持研究专项治理重大事项，每季度听取专项办工作汇报。',
        evidenceExpected: '会议纪要',
        cadence: 'QUARTERLY',
      },
      {
        content: '带队到贫困县面对面督导县委书记、纪委书记履行专项治理责任。',
        evidenceExpected: '督导记录',
        cadence: 'YEARLY',
        dueOn: '10-31',
      },
      {
        content: '到深度贫困村蹲点调研，与贫困群众面对面了解帮扶和作风问题。',
        evidenceExpected: '蹲点调研报告',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '为市县乡村各级干部讲授专项治理警示专题课。',
        evidenceExpected: '授课通知、课件',
        cadence: 'ONCE',
        dueOn: '10-31',
      },
    ],
  },
  {
    kind: 'LEADERSHIP_MEMBER',
    title: '市纪委副书记（联系督导贫困县）责任清单',
    assignees: 'commission',
    items: [
      {
        content: '每季度联系贫困县四家班子成员、县纪委书记和乡镇纪委书记开展谈心谈话和工作督导。',
        evidenceExpected: '谈心谈话记录、督导报告',
        cadence: 'QUARTERLY',
      },
      {
        content: '深入联系乡镇蹲点调研12天以上，带案下访。',
        evidenceExpected: '蹲点调研日志',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '督办联系县（市、区）重点案件，推动按期办结。',
        evidenceExpected: '督办单、办结报告',
        cadence: 'QUARTERLY',
      },
    ],
  },
  {
    kind: 'LEADERSHIP_MEMBER',
    title: '市纪委常委责任清单',
    assignees: 'commission',
    items: [
      {
        content: '督促分管部室落实内部责任分工方案，每季度听取进展。',
        evidenceExpected: '部室工作汇报',
        cadence: 'QUARTERLY',
      },
      {
        content: '审核每月集中通报曝光的典型案件。',
        evidenceExpected: '审核意见',
        cadence: 'MONTHLY',
      },
      {
        content: '参加市县两级纪委班子联系贫困乡村蹲点调研。',
        evidenceExpected: '蹲点调研日志',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
    ],
  },
  {
    kind: 'COMMISSION_DEPARTMENT',
    title: '市纪委监委部室责任清单',
    assignees: 'commissionDepartments',
    items: [
      {
        content: '按内部责任分工方案落实本部室专项治理任务，每月报送工作进展。',
        evidenceExpected: '部室工作月报',
        cadence: 'MONTHLY',
      },
      {
        content: '对联系的县（市、区）和市直单位开展专项治理督导检查。',
        evidenceExpected: '督导检查记录',
        cadence: 'QUARTERLY',
      },
      {
        content: '部室负责人参加蹲点调研，形成调研报告。',
        evidenceExpected: '调研报告',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '办理本部室承办的扶贫领域问题线索，按期反馈办理结果。',
        evidenceExpected: '线索办理台账',
        cadence: 'MONTHLY',
      },
      {
        content: '参与“十个一”警示教育活动，配合拍摄警示教育片、编印案例汇编。',
        evidenceExpected: '活动材料',
        cadence: 'YEARLY',
        dueOn: '11-30',
      },
      {
        content: '整理归档本部室专项治理工作台账。',
        evidenceExpected: '归档目录',
        cadence: 'ONCE',
        dueOn: '12-20',
      },
    ],
  },
];

export const DEMO_ASSIGNMENT_SUMMARIES = [
  '已召开专题会议研究部署，形成会议纪要。',
  '按计划推进，已完成阶段性工作并整理佐证材料。',
  '已完成对所辖乡镇的督导检查，发现问题已交办整改。',
  '建立工作台账，逐项对照落实，同步上传佐证材料。',
  '开展明察暗访2次，发现问题3个，已督促整改。',
  '本期工作已按要求完成，材料已报市专项办。',
  '受防汛工作影响进度略有滞后，已调整工作安排加快推进。',
  '已完成自查自纠，问题整改正在逐项销号。',
  '组织开展警示教育，参加干部120余人次。',
  '线索已全部登记在册，正在分类处置。',
];

export const DEMO_INSUFFICIENT_COMMENTS = [
  '佐证材料不全：缺少会议纪要原件扫描件，请补充后重新报送。',
  '照片无法体现工作内容，请补充签到表和活动方案。',
  '台账未逐项对应责任人，请完善后重新上传。',
];
