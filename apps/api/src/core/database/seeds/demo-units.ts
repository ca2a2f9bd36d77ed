// Illustrative demo data: the 17 county-level areas of Guilin are real (domain.md); the names of the
// 42 municipal units and 17 commission departments are plausible, not taken from the article.

export interface DemoUnit {
  code: string;
  name: string;
  tags?: string[];
}

export const COUNTIES: DemoUnit[] = [
  { code: 'xiufeng', name: '秀峰区' },
  { code: 'diecai', name: '叠彩区' },
  { code: 'xiangshan', name: '象山区' },
  { code: 'qixing', name: '七星区' },
  { code: 'yanshan', name: '雁山区' },
  { code: 'lingui', name: '临桂区' },
  { code: 'yangshuo', name: '阳朔县' },
  { code: 'lingchuan', name: '灵川县' },
  { code: 'quanzhou', name: '全州县' },
  { code: 'xingan', name: '兴安县' },
  { code: 'yongfu', name: '永福县' },
  { code: 'guanyang', name: '灌阳县', tags: ['poverty-county'] },
  { code: 'longsheng', name: '龙胜各族自治县', tags: ['poverty-county'] },
  { code: 'ziyuan', name: '资源县', tags: ['poverty-county'] },
  { code: 'pingle', name: '平乐县' },
  { code: 'lipu', name: '荔浦市' },
  { code: 'gongcheng', name: '恭城瑶族自治县' },
];

/** The 22 poverty-related functional departments (职能部门) among the 42 municipal units. */
export const FUNCTIONAL_DEPARTMENTS: DemoUnit[] = [
  { code: 'fupinban', name: '市扶贫开发办公室' },
  { code: 'caizheng', name: '市财政局' },
  { code: 'nongye', name: '市农业农村局' },
  { code: 'zhujian', name: '市住房和城乡建设局' },
  { code: 'minzheng', name: '市民政局' },
  { code: 'renshe', name: '市人力资源和社会保障局' },
  { code: 'jiaoyu', name: '市教育局' },
  { code: 'weijian', name: '市卫生健康委员会' },
  { code: 'yibao', name: '市医疗保障局' },
  { code: 'shuili', name: '市水利局' },
  { code: 'jiaotong', name: '市交通运输局' },
  { code: 'ziran', name: '市自然资源局' },
  { code: 'linye', name: '市林业局' },
  { code: 'minzong', name: '市民族宗教事务委员会' },
  { code: 'fagai', name: '市发展和改革委员会' },
  { code: 'shengtai', name: '市生态环境局' },
  { code: 'shangwu', name: '市商务局' },
  { code: 'wenlv', name: '市文化广电和旅游局' },
  { code: 'gongxin', name: '市工业和信息化局' },
  { code: 'gongxiao', name: '市供销合作社' },
  { code: 'canlian', name: '市残疾人联合会' },
  { code: 'shenji', name: '市审计局' },
];

export const OTHER_MUNICIPAL_UNITS: DemoUnit[] = [
  { code: 'shiweiban', name: '市委办公室' },
  { code: 'zhengfuban', name: '市人民政府办公室' },
  { code: 'zuzhibu', name: '市委组织部' },
  { code: 'xuanchuanbu', name: '市委宣传部' },
  { code: 'tongzhanbu', name: '市委统战部' },
  { code: 'zhengfawei', name: '市委政法委员会' },
  { code: 'gongan', name: '市公安局' },
  { code: 'jianchayuan', name: '市人民检察院' },
  { code: 'fayuan', name: '市中级人民法院' },
  { code: 'sifa', name: '市司法局' },
  { code: 'xinfang', name: '市信访局' },
  { code: 'tongji', name: '市统计局' },
  { code: 'shijian', name: '市市场监督管理局' },
  { code: 'yingji', name: '市应急管理局' },
  { code: 'guoziwei', name: '市人民政府国有资产监督管理委员会' },
  { code: 'tuiyijunren', name: '市退役军人事务局' },
  { code: 'jiguanshiwu', name: '市机关事务管理局' },
  { code: 'zonggonghui', name: '市总工会' },
  { code: 'tuanshiwei', name: '共青团桂林市委员会' },
  { code: 'fulian', name: '市妇女联合会' },
];

/** The commission's 17 internal departments (部室). */
export const COMMISSION_DEPARTMENTS: DemoUnit[] = [
  { code: 'jw-bangongshi', name: '办公室' },
  { code: 'jw-zuzhibu', name: '组织部' },
  { code: 'jw-xuanchuanbu', name: '宣传部' },
  { code: 'jw-yanjiushi', name: '研究室' },
  { code: 'jw-faguishi', name: '法规室' },
  { code: 'jw-dangfeng', name: '党风政风监督室' },
  { code: 'jw-xinfang', name: '信访室' },
  { code: 'jw-anjian', name: '案件监督管理室' },
  { code: 'jw-jiancha1', name: '第一监督检查室' },
  { code: 'jw-jiancha2', name: '第二监督检查室' },
  { code: 'jw-jiancha3', name: '第三监督检查室' },
  { code: 'jw-jiancha4', name: '第四监督检查室' },
  { code: 'jw-diaocha1', name: '第一审查调查室' },
  { code: 'jw-diaocha2', name: '第二审查调查室' },
  { code: 'jw-diaocha3', name: '第三审查调查室' },
  { code: 'jw-shenli', name: '案件审理室' },
  { code: 'jw-ganbu', name: '干部监督室' },
];

export const CITY: DemoUnit = { code: 'guilin', name: '桂林市' };
export const COMMISSION: DemoUnit = { code: 'jiwei', name: '中共桂林市纪律检查委员会 桂林市监察委员会' };
