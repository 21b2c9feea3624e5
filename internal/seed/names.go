package seed

// Word lists for the synthetic demo data. Everything built from them is
// marked as synthetic (示例): names are invented, phone numbers are left
// empty so no real person can be reached by accident.

var surnames = []string{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "梁", "郑", "谢", "宋", "唐", "许", "邓", "冯", "韩", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蒋", "蔡", "余"}

var givenChars = []string{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "文", "华", "红", "玉", "兰", "建", "国", "颖", "婷", "雪", "慧", "欣", "宇", "浩", "晨", "思", "佳", "琳", "嘉", "怡", "子", "梓", "雨", "晓", "春", "海", "亮", "萍"}

// orgWords are the distinctive parts of organisation names.
var orgWords = []string{"启航", "同心", "阳光", "仁爱", "彩虹", "春晖", "益民", "和谐", "心桥", "乐群", "善德", "明德", "向日葵", "微光", "星火", "暖心", "福源", "映山红", "助人", "共享"}

// regionPlaces gives, per region, the division code used in credit codes
// (a prefecture-level city) and district/county names for purchasers and
// stations.
var regionPlaces = map[string]struct {
	City      string
	Division  string
	Districts []string
	Townships []string
}{
	"shenzhen": {"深圳市", "440300", []string{"福田区", "罗湖区", "南山区", "宝安区", "龙岗区", "龙华区"}, []string{"园岭街道", "东门街道", "粤海街道", "新安街道", "布吉街道", "民治街道"}},
	"hunan":    {"长沙市", "430100", []string{"芙蓉区", "天心区", "岳麓区", "开福区", "浏阳市", "宁乡市"}, []string{"东岸乡", "坪塘街道", "莲花镇", "捞刀河街道", "大瑶镇", "花明楼镇"}},
	"sichuan":  {"成都市", "510100", []string{"锦江区", "青羊区", "金牛区", "武侯区", "郫都区", "大邑县"}, []string{"春熙路街道", "草市街街道", "荷花池街道", "玉林街道", "犀浦街道", "安仁镇"}},
	"yunnan":   {"昆明市", "530100", []string{"五华区", "盘龙区", "官渡区", "西山区", "呈贡区", "宜良县"}, []string{"华山街道", "拓东街道", "关上街道", "碧鸡街道", "龙城街道", "狗街镇"}},
	"zhuzhou":  {"株洲市", "430200", []string{"荷塘区", "芦淞区", "石峰区", "天元区", "渌口区", "醴陵市"}, []string{"月塘街道", "建设街道", "清水塘街道", "嵩山路街道", "南洲镇", "白兔潭镇"}},
}

// shenzhenDomains are Shenzhen's 16 service domains (SZ-CATALOG-DOMAINS-16);
// high marks the high-risk ones that carry the 169,000 floor.
var shenzhenDomains = []struct {
	Term string
	High bool
}{
	{"社会福利", true}, {"社会救助", false}, {"慈善事业", false}, {"社区建设", false},
	{"婚姻家庭", false}, {"精神卫生", true}, {"残障康复", true}, {"教育辅导", false},
	{"就业援助", false}, {"职工帮扶", false}, {"犯罪预防", false}, {"禁毒戒毒", true},
	{"矫治帮教", true}, {"卫生健康", true}, {"纠纷调解", true}, {"应急处置", true},
}

// otherDomains mixes shared codes and regional terms, as real data would.
var otherDomains = map[string][]string{
	"hunan":   {"社会救助领域", "农村留守儿童关爱保护领域", "城乡社区建设领域", "DOM-ELDERLY"},
	"sichuan": {"社会救助", "基本养老服务", "未成年人保护", "DOM-DISASTER", "社会组织孵化培育"},
	"yunnan":  {"民政领域", "脱贫攻坚", "戒毒防艾", "老年人服务", "DOM-YOUTH"},
	"zhuzhou": {"婚姻家庭", "教育辅导", "卫生医疗", "DOM-ELDERLY", "应急处置"},
}

var majors = []string{"社会工作", "社会工作", "社会工作", "心理学", "社会学", "护理学", "教育学", "行政管理", "法学"}

var facilities = []string{"办公室", "个案工作室", "小组活动室", "社区活动室", "档案室", "心理咨询室", "儿童之家"}

var trainingTitles = []string{"社会工作伦理与实务", "个案管理实务", "小组工作方法", "社区工作与三社联动", "儿童保护实务", "老年社会工作", "危机干预", "项目管理与评估"}

var evaluators = []string{"（示例）第三方评估中心", "（示例）社会工作协会评估部", "（示例）高校社会工作系评估组"}
