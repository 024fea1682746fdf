import RDF

/// The metric vocabulary of `Ontology/metrics.ttl`, embedded so that Extraction reads no RDF file.
///
/// Keep in sync with the Turtle file: `FigureVocabularyTests` parses `metrics.ttl` and compares.
public enum MetricVocabulary {
    /// The `skos:ConceptScheme` of the metrics.
    public static let schemeIRI = Vocab.vgi.namespace + "metrics"
    /// The namespace of metric concepts (`vgi:metric-<slug>`).
    public static let conceptPrefix = Vocab.vgi.namespace + "metric-"

    /// Every concept, in the order of the Turtle file.
    public static let concepts: [MetricConcept] = [
        MetricConcept(
            slug: "industry-education-enterprises", prefLabel: "产教融合型企业",
            altLabels: ["产教融合型企业数", "产教融合型企业（认定）", "产教融合型企业数量"],
            unit: "家", largerIsBetter: true),
        MetricConcept(
            slug: "dual-qualified-teacher-ratio", prefLabel: "“双师型”教师比例",
            altLabels: [
                "双师型教师比例", "“双师型”教师占比", "专业课教师中“双师型”教师比例", "“双师型”专业教师比例",
                "“双师型”教师占专业课教师比例",
            ],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "senior-dual-qualified-teacher-ratio", prefLabel: "高级“双师型”教师比例",
            altLabels: ["高级双师型教师比例"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "part-time-enterprise-teacher-ratio", prefLabel: "企业兼职教师比例",
            altLabels: [],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "senior-title-teacher-ratio", prefLabel: "高级专业技术职务专任教师比例",
            altLabels: ["高级专业技术职务专任教师占比", "专任教师高级职称教师比例", "高级专业技术职称教师比例", "公办高职院校高级专业技术职称教师比例"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "specialty-groups", prefLabel: "专业群数量",
            altLabels: ["专业群", "专业群数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "first-class-specialty-groups", prefLabel: "一流专业群",
            altLabels: ["一流专业群数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "specialties", prefLabel: "专业数量",
            altLabels: ["专业数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "online-quality-courses", prefLabel: "在线精品课程数",
            altLabels: ["在线精品课程", "精品在线开放课程", "在线精品课程数量"],
            unit: "门", largerIsBetter: true),
        MetricConcept(
            slug: "courses", prefLabel: "教学计划内课程总数",
            altLabels: ["教学计划内课程数"],
            unit: "门", largerIsBetter: true),
        MetricConcept(
            slug: "school-enterprise-courses", prefLabel: "校企合作课程数",
            altLabels: [],
            unit: "门", largerIsBetter: true),
        MetricConcept(
            slug: "teaching-resource-libraries", prefLabel: "专业教学资源库数",
            altLabels: ["专业教学资源库"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "textbooks", prefLabel: "编写教材数",
            altLabels: [],
            unit: "本", largerIsBetter: true),
        MetricConcept(
            slug: "on-campus-training-bases", prefLabel: "校内实训基地数量",
            altLabels: ["校内实训基地", "校内实训基地数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "off-campus-training-bases", prefLabel: "校外实习实训基地数量",
            altLabels: ["校外实习实训基地", "校外实训基地数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "virtual-training-bases", prefLabel: "虚拟仿真实训基地数",
            altLabels: ["虚拟仿真实训基地"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "productive-training-centres", prefLabel: "全球领先的生产性实训中心",
            altLabels: ["生产性实训中心"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "progression-rate", prefLabel: "升学率",
            altLabels: ["升学人数占毕业生人数比例（升学率）", "升学人数占毕业生人数比例", "中职毕业生升学率"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "employment-rate", prefLabel: "就业率",
            altLabels: ["毕业生就业率", "毕业去向落实率", "毕业生去向落实率"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "provincial-placement-rate", prefLabel: "毕业生本省去向落实率",
            altLabels: ["本省去向落实率"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "graduates", prefLabel: "毕业生人数",
            altLabels: ["毕业生数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "graduates-placed", prefLabel: "毕业去向落实人数",
            altLabels: ["毕业生去向落实人数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "progression-count", prefLabel: "升学人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "undergraduate-progression-count", prefLabel: "升入本科人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "self-employment-rate", prefLabel: "自主创业率",
            altLabels: [],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "promotion-ratio", prefLabel: "毕业三年晋升比例",
            altLabels: [],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "partner-enterprises", prefLabel: "校企合作企业数量",
            altLabels: ["校企合作企业数", "合作企业数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "enrolment", prefLabel: "全日制在校生人数",
            altLabels: ["在校生数", "在校生人数", "全日制在校生数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "full-time-teachers", prefLabel: "专任教师数",
            altLabels: ["专任教师总数", "专任教师"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "staff", prefLabel: "教职工总数",
            altLabels: ["教职工数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "student-teacher-ratio", prefLabel: "生师比",
            altLabels: [],
            unit: ":1", largerIsBetter: false),
        MetricConcept(
            slug: "funding-per-student", prefLabel: "年生均财政拨款水平",
            altLabels: ["生均财政拨款"],
            unit: "元", largerIsBetter: true),
        MetricConcept(
            slug: "land-per-student", prefLabel: "生均校园用地面积",
            altLabels: ["生均校园占地面积", "生均占地面积"],
            unit: "m²", largerIsBetter: true),
        MetricConcept(
            slug: "floor-per-student", prefLabel: "生均校舍建筑面积",
            altLabels: ["生均建筑面积"],
            unit: "m²", largerIsBetter: true),
        MetricConcept(
            slug: "books-per-student", prefLabel: "生均纸质图书数",
            altLabels: ["生均纸质图书"],
            unit: "册", largerIsBetter: true),
        MetricConcept(
            slug: "workstations-per-student", prefLabel: "生均校内实践教学工位数",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "fitness-pass-rate", prefLabel: "学生体质测评合格率",
            altLabels: [],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "skill-certificates", prefLabel: "职业技能等级证书（含职业资格证书）获取人数",
            altLabels: ["职业技能等级证书获取人数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "industry-mentors", prefLabel: "聘请行业导师人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "social-training", prefLabel: "社会培训人数",
            altLabels: [],
            unit: "人次", largerIsBetter: true),
        MetricConcept(
            slug: "international-awards", prefLabel: "国际技能大赛获奖数量",
            altLabels: ["国外技能大赛获奖数量"],
            unit: "项", largerIsBetter: true),
        MetricConcept(
            slug: "industry-colleges", prefLabel: "特色产业学院",
            altLabels: ["产业学院"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "demonstration-industry-colleges", prefLabel: "示范性特色产业学院",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "vocational-education-groups", prefLabel: "职教集团",
            altLabels: ["职业教育集团"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "apprenticeship-centres", prefLabel: "现代学徒中心",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "apprenticeship-specialties", prefLabel: "现代学徒制专业",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "quality-secondary-schools", prefLabel: "国家级优质中职学校",
            altLabels: ["国家级优质中等职业学校"],
            unit: "所", largerIsBetter: true),
        MetricConcept(
            slug: "high-level-secondary-schools", prefLabel: "广东省高水平中职学校",
            altLabels: ["省高水平中职学校", "高水平中职学校", "广东省高水平中职学校建设项目学校"],
            unit: "所", largerIsBetter: true),
        MetricConcept(
            slug: "teacher-training-bases", prefLabel: "教师培养培训基地",
            altLabels: ["“双师型”教师培养培训基地"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "enterprise-practice-bases", prefLabel: "教师企业实践示范基地",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "master-teacher-studios", prefLabel: "卓越名师工作室",
            altLabels: ["名师工作室"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "application-innovation-centres", prefLabel: "应用技术创新中心",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "public-technology-platforms", prefLabel: "公共技术服务平台",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "think-tanks", prefLabel: "高端智库",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "overseas-training-centres", prefLabel: "海外职业教育培训中心",
            altLabels: ["职业教育培训中心"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "fiscal-investment", prefLabel: "职业教育累计财政投入",
            altLabels: ["累计投入"],
            unit: "亿元", largerIsBetter: true),
        MetricConcept(
            slug: "schools", prefLabel: "学校数",
            altLabels: ["中职学校数"],
            unit: "所", largerIsBetter: true),
        MetricConcept(
            slug: "professional-teachers", prefLabel: "专业教师数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "moral-education-staff", prefLabel: "德育工作人员数",
            altLabels: ["德育工作人员"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "ideological-teachers", prefLabel: "思政课教师数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "sports-teachers", prefLabel: "体育课专任教师数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "arts-teachers", prefLabel: "美育课专任教师数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "head-teachers", prefLabel: "班主任数",
            altLabels: ["班主任人数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "authorised-posts", prefLabel: "教职员工额定编制数",
            altLabels: ["教职工额定编制数"],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "postgraduate-teacher-ratio", prefLabel: "专任教师研究生学历或硕士及以上教师比例",
            altLabels: ["硕士研究生及以上学历专任教师占比"],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "equipment-per-student", prefLabel: "生均教学科研仪器设备值",
            altLabels: ["生均教学仪器设备值", "生均教学、实习仪器设备资产值"],
            unit: "元", largerIsBetter: true),
        MetricConcept(
            slug: "certificate-integrated-courses", prefLabel: "课证融通课程数",
            altLabels: [],
            unit: "门", largerIsBetter: true),
        MetricConcept(
            slug: "online-teaching-courses", prefLabel: "网络教学课程数",
            altLabels: [],
            unit: "门", largerIsBetter: true),
        MetricConcept(
            slug: "online-course-students", prefLabel: "在线精品课程课均学生数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "monthly-income", prefLabel: "月收入",
            altLabels: ["平均月收入", "毕业生月收入"],
            unit: "元", largerIsBetter: true),
        MetricConcept(
            slug: "first-employment", prefLabel: "毕业生初次就业人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "three-sector-employment", prefLabel: "毕业生面向三次产业就业人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "student-internship-ratio", prefLabel: "合作企业接收学生实习比例",
            altLabels: [],
            unit: "%", largerIsBetter: true),
        MetricConcept(
            slug: "teacher-enterprise-practice", prefLabel: "合作企业接收教师企业实践人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "joint-practice-centres", prefLabel: "与企业共建开放型区域产教融合实践中心数量",
            altLabels: [],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "enterprise-equipment-value", prefLabel: "企业提供的校内实践教学设备值",
            altLabels: [],
            unit: "万元", largerIsBetter: true),
        MetricConcept(
            slug: "enterprise-donated-equipment", prefLabel: "企业对学校捐赠设备总值",
            altLabels: [],
            unit: "万元", largerIsBetter: true),
        MetricConcept(
            slug: "fitness-test-participants", prefLabel: "参加国家学生体质健康标准测试人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "craftsman-mentors", prefLabel: "聘请大国工匠、劳动模范人数",
            altLabels: [],
            unit: "人", largerIsBetter: true),
        MetricConcept(
            slug: "mentor-hours", prefLabel: "行业导师年课时总量",
            altLabels: [],
            unit: "课时", largerIsBetter: true),
        MetricConcept(
            slug: "mentor-pay", prefLabel: "年支付行业导师课酬",
            altLabels: [],
            unit: "万元", largerIsBetter: true),
        MetricConcept(
            slug: "internship-funding", prefLabel: "年实习专项经费",
            altLabels: [],
            unit: "万元", largerIsBetter: true),
        MetricConcept(
            slug: "internship-insurance-funding", prefLabel: "年实习责任保险经费",
            altLabels: [],
            unit: "万元", largerIsBetter: true),
        MetricConcept(
            slug: "non-degree-training-projects", prefLabel: "非学历培训项目数",
            altLabels: [],
            unit: "项", largerIsBetter: true),
        MetricConcept(
            slug: "non-degree-training-hours", prefLabel: "非学历培训学时",
            altLabels: [],
            unit: "学时", largerIsBetter: true),
        MetricConcept(
            slug: "public-training-hours", prefLabel: "公益项目培训学时",
            altLabels: [],
            unit: "学时", largerIsBetter: true),
        MetricConcept(
            slug: "ip-projects", prefLabel: "知识产权项目数量",
            altLabels: [],
            unit: "项", largerIsBetter: true),
        MetricConcept(
            slug: "patents-granted", prefLabel: "专利授权数量",
            altLabels: [],
            unit: "项", largerIsBetter: true),
        MetricConcept(
            slug: "foreign-cooperation-specialties", prefLabel: "中外合作办学专业数",
            altLabels: ["中外合作办学专业"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "order-classes", prefLabel: "订单班数量", altLabels: ["校企合作订单班数量", "订单班数"],
            unit: "个", largerIsBetter: true),
        MetricConcept(
            slug: "local-employment-rate", prefLabel: "毕业生本地就业率",
            altLabels: ["毕业生留本地就业率", "本地就业率"], unit: "%", largerIsBetter: true),
    ]
}
