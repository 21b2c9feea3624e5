// Chinese first, English beside it: every label of the page in both languages, picked by the
// `lang` parameter of the page's URL.
export type Lang = 'zh' | 'en';

const text = {
  title: ['社会工作政策研究工作台', 'Social-work policy workbench'],
  matrix: ['政策矩阵', 'Policy matrix'],
  timeline: ['参数时间线', 'Parameter timeline'],
  compare: ['情景比较', 'Compare a scenario'],
  batch: ['批量比较', 'Batch'],
  batchHint: [
    '上传情景文件（shegong compare 读取的 YAML 或 JSON），在各地区评估全部情景。',
    'Upload a scenario file (the YAML or JSON that shegong compare reads) and evaluate every scenario under the regions.',
  ],
  scenarioFile: ['情景文件', 'Scenario file'],
  runBatch: ['运行', 'Run'],
  running: ['运行中…', 'Running…'],
  scenarioAt: ['第 {n} 个情景', 'Scenario {n}'],
  stoppedAfter: ['已完成 {n} 个情景后停止', 'stopped after {n} scenarios'],
  scenarios: ['个情景', 'scenarios'],
  regionCount: ['个地区', 'regions'],
  downloadCSV: ['下载 CSV', 'Download the CSV'],
  outcomes: ['各地区结论', 'Outcomes by region'],
  topFailing: ['最常不通过的规则', 'Most frequent failing rules'],
  failCount: ['不通过次数', 'Failures'],
  noFailures: ['没有不通过的规则', 'No rule failed'],
  timelineNote: [
    '按各地区同步的政策参数的有效期绘制；虚线为文件发布日期。继承上级地区的值见政策矩阵。',
    "Steps over the validity windows of each region's synced parameters; dotted lines are the documents' issue dates. Values inherited from a parent region are in the matrix.",
  ],
  notPlotted: ['此概念的值不是数值，见下表', 'This concept has no numeric values to plot: see the table'],
  asOf: ['基准日', 'As of'],
  category: ['概念类别', 'Concept category'],
  all: ['全部', 'All'],
  regions: ['地区', 'Regions'],
  concept: ['概念', 'Concept'],
  unit: ['单位', 'Unit'],
  value: ['数值', 'Value'],
  load: ['加载中…', 'Loading…'],
  citation: ['出处', 'Citation'],
  document: ['文件', 'Document'],
  clause: ['条款', 'Clause'],
  quote: ['原文', 'Quote'],
  validity: ['有效期', 'Validity'],
  inForce: ['在基准日有效', 'In force on the as-of date'],
  notInForce: ['在基准日无效', 'Not in force on the as-of date'],
  openEnded: ['至今', 'open-ended'],
  reason: ['说明', 'Reason'],
  rules: ['规则', 'Rules'],
  inheritedFrom: ['继承自', 'inherited from'],
  close: ['关闭', 'Close'],
  stamp: ['结果来源（插件版本与规则集哈希）', 'Produced by (plugin versions and ruleset hashes)'],
  plugin: ['插件', 'Plugin'],
  version: ['版本', 'Version'],
  rulesetHash: ['规则集哈希', 'Ruleset hash'],
  state: ['状态', 'State'],
  project: ['项目', 'Project'],
  station: ['社工站', 'Station'],
  organization: ['社工机构', 'Organisation'],
  worker: ['社工', 'Worker'],
  government: ['政府', 'Government'],
  subjectKind: ['评估对象', 'Subject'],
  age: ['年龄', 'Age'],
  education: ['学历', 'Education'],
  certificate: ['职业水平证书', 'Certificate'],
  trainingHoursPerYear: ['年度继续教育学时', 'Training hours a year'],
  level: ['层级', 'Level'],
  townships: ['乡镇(街道)数', 'Townships'],
  townshipsWithStation: ['建站乡镇数', 'Townships with a station'],
  socialWorkers: ['社会工作人才数', 'Social workers'],
  privateSocialWorkOrganizations: ['民办社工机构数', 'Private social-work organisations'],
  township: ['乡镇(街道)', 'Township or street'],
  agreedHeadcount: ['协议约定驻站社工数', 'Workers agreed'],
  stationWorkers: ['驻站社工', 'Resident workers'],
  addWorker: ['添加一名社工', 'Add a worker'],
  facilities: ['设施', 'Facilities'],
  systems: ['制度与档案', 'Systems and records'],
  fullTimeStaff: ['专职工作人员数', 'Full-time staff'],
  qualifiedStaff: ['持证或本科以上专职人员数', 'Qualified full-time staff'],
  partyMembers: ['正式党员人数', 'Party members'],
  hasPartyOrganization: ['已建立党组织', 'Has a party organisation'],
  partyOrganizationMode: ['党组织组建方式', 'Party organisation formed'],
  registrationLevel: ['登记管理机关级别', 'Registered at level'],
  registeredDirectly: ['直接登记', 'Registered directly'],
  organizationCategory: ['社会组织类别', 'Kind of organisation'],
  operatesWithinCommunity: ['在社区内活动', 'Works inside communities'],
  annualInspection: ['年检结论', 'Annual inspection'],
  hasBoard: ['已设立理事会', 'Has a board'],
  hasSupervisoryBoard: ['已设立监事会', 'Has a supervisory board'],
  registrationConditions: ['已具备的登记条件', 'Registration conditions met'],
  disclosures: ['已公开的信息', 'Information disclosed'],
  otherTerms: ['其他（以、分隔）', 'Others (separated by 、 or commas)'],
  noneOfThem: ['一项也没有', 'None of them'],
  namedBy: ['列于', 'named by'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
  dateFormat: ['日期须为 YYYY-MM-DD，如 2024-01-01', 'A date is YYYY-MM-DD, e.g. 2024-01-01'],
  domain: ['服务领域', 'Service domain'],
  domainHint: ['各地区认可的用语或共享编码', "a region's accepted term or a shared code"],
  headcount: ['人数', 'Headcount'],
  professionalPosts: ['专业岗位数', 'Professional posts'],
  supervisedWorkers: ['受督导社工数', 'Supervised workers'],
  months: ['服务月数', 'Months'],
  budget: ['预算', 'Budget'],
  amount: ['金额（元）', 'Amount (yuan)'],
  addLine: ['添加一行', 'Add a line'],
  remove: ['删除', 'Remove'],
  run: ['比较各地区', 'Compare the regions'],
  share: ['本页链接即此情景，可直接分享', "This page's link holds the scenario: share it"],
  status: ['结论', 'Status'],
  remedy: ['整改', 'Remedy'],
  actual: ['实际', 'Actual'],
  required: ['要求', 'Required'],
  notApplicable: ['项不适用', 'not applicable'],
  minima: ['各地区经费下限', 'Budget minima by region'],
  minimumTotal: ['经费总额下限', 'Minimum total'],
  minimumLabor: ['人员经费下限', 'Minimum labour'],
  supervisionFund: ['督导经费', 'Supervision fund'],
  yourBudget: ['本情景预算', 'This budget'],
  noMinima: ['没有地区为此情景设定经费下限', 'No region sets budget minima for this scenario'],
  error: ['出错', 'Error'],
  language: ['English', '中文'],
} as const satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof text;

export function t(lang: Lang, key: Key): string {
  return text[key][lang === 'zh' ? 0 : 1];
}

const statusText: Record<string, readonly [string]> = {
  DEFINED: ['已规定'],
  INHERITED: ['继承'],
  NOT_REGULATED: ['未规定'],
  NOT_MODELLED: ['未建模'],
  COMPLIANT: ['符合'],
  NON_COMPLIANT: ['不符合'],
  INCOMPLETE: ['信息不全'],
  NOT_IN_FORCE: ['未生效'],
  PASS: ['通过'],
  FAIL: ['不通过'],
  NOT_APPLICABLE: ['不适用'],
  INSUFFICIENT_INPUT: ['缺少信息'],
};

// A status as the page shows it: the enum value stays visible, so what a researcher reads on the
// page is what the API answers (in English the enum alone).
export function statusLabel(lang: Lang, status: string): string {
  const s = statusText[status];
  return s && lang === 'zh' ? `${s[0]} ${status}` : status;
}

const categoryText: Record<string, readonly [string, string]> = {
  budget: ['经费', 'Budget'],
  staffing: ['人员', 'Staffing'],
  governance: ['治理', 'Governance'],
  contract: ['合同', 'Contract'],
  funding: ['资金', 'Funding'],
};

export function categoryLabel(lang: Lang, category: string): string {
  const c = categoryText[category];
  return c ? `${c[lang === 'zh' ? 0 : 1]} (${category})` : category;
}
