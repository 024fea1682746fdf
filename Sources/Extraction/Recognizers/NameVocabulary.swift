/// Word lists the organisation recogniser uses to find where a name starts and whether what
/// precedes a suffix is a real name or a generic phrase (各中职学校, 合作企业).
enum NameVocabulary {
    /// Verbs and connectives a name never contains: the name starts after the last one.
    static let cutWords: [String] = [
        "联合", "携手", "牵手", "依托", "加入", "成立", "共建", "组建", "举办", "承办", "参加", "参与",
        "获得", "当选", "开展", "包括", "其中", "例如", "通过", "推动", "支持", "指导", "引入", "引进",
        "聘请", "牵头", "发起", "领航", "入选", "认定", "评为", "建设", "打造", "获评", "推进", "落实",
        "根据", "按照", "作为", "积极", "主动", "会同", "协同", "联手", "对接", "服务", "面向", "培养",
        "输送", "覆盖", "汇聚", "组织", "实施", "启动", "完成", "形成", "构建", "建立", "签订", "签署",
        "设立", "选派", "派出", "前往", "走进", "来自", "位于", "隶属", "获批", "入驻", "成为", "担任",
        "荣获", "获任", "以及", "还有", "同时", "此外", "另外", "分别", "均为", "属于", "开设", "合作",
        "共同", "带领", "组成", "挂牌", "授牌", "创建", "申报", "发布", "印发", "出台", "制定", "引导",
        "鼓励", "要求", "提升", "深化", "整合", "联办", "合办", "共办", "接受", "帮扶", "结对", "对口",
        "支援", "托管", "主办", "协办", "为例", "推荐", "赴", "考察", "调研", "交流", "学习", "访问",
        "邀请", "依据", "协议", "签约", "实训", "实习", "就业", "毕业", "录取", "升入", "考入", "进入",
        "进行", "举行", "召开", "参观", "走访", "对标", "借鉴", "依靠", "围绕", "结合", "立足", "聚焦",
        "助力", "促进", "推广", "统筹", "负责", "配合", "会议", "活动", "项目", "专业", "课程", "教师",
        "学生", "师生", "校长", "院长", "书记", "主任", "专家", "工匠", "导师", "团队", "基地", "平台",
        "中心", "工作室", "成果", "案例", "模式", "机制", "体系", "标准", "单位", "成员",
        "理事", "会员", "企业", "院校", "高校", "省内", "市内", "区内", "境内", "全市", "全省", "全区",
        "发挥", "利用", "确立", "加强", "招收", "融入", "表明", "实现", "驱动", "引领", "完善", "纳入",
        "允许", "编制", "强化", "接纳", "探索", "借助", "确保", "做实", "建强", "联动", "权威", "传统",
        "单个", "许多", "多数", "更多", "越来越多", "部分", "相关", "所在", "各自", "优化", "提高", "扩大",
        "重视", "高度", "铸牢", "选取", "带回", "进驻", "配备", "健全", "符合", "达标", "停办", "注销",
        "设置", "赋能", "开办", "建成", "前往", "带领", "做优", "做强", "做实", "做大", "做深", "建强", "打响",
        // （以下简称X）: what follows 简称 is a short name, never part of the one before it.
        "以下简称", "简称", "下称", "以下称", "增补", "接收", "此次", "希望", "辅导", "转化", "吸纳", "推选",
        "遴选", "欢迎", "感谢", "看望", "慰问", "陪同", "率队", "带队", "牵线", "促成", "见证", "捐赠",
        "捐建", "援建", "共育", "冠名", "订单", "联培", "委托", "指派", "派驻", "选送", "协调", "协助", "帮助",
    ]

    /// Function characters a name does not contain (和 and 与 are allowed in some types).
    static let cutScalars = ScalarSet(
        "与和及同跟由在为的是对向将把被从于给让等或以并且而至到如即了着其各该本每这此那所后前时也又还已将就都年月日有上获占来受届".unicodeScalars)

    /// Function characters allowed inside alliance names (全国…汽车及智慧出行…共同体).
    static let allianceScalars = ScalarSet("与及")
    /// Cut words allowed inside alliance names (国际合作联盟, 协同创新联盟).
    static let allianceWords: Set<String> = [
        "合作", "协同", "共同", "企业", "院校", "专业", "资源", "交流", "学习", "服务", "实训", "中心", "平台", "标准", "体系",
    ]

    /// Cut words that are also business words in company names (保安服务有限公司, 建设工程有限公司).
    static let businessWords: Set<String> = [
        "服务", "建设", "培养", "实训", "就业", "交流", "学习", "项目", "专业", "课程", "团队", "基地", "平台",
        "中心", "标准", "体系", "组织", "活动", "会议", "企业", "资源", "推广", "管理", "发展", "服务业",
    ]

    /// Leading words stripped from a candidate (determiners, quantities).
    static let leadingJunk: [String] = [
        "全市", "全省", "全区", "全县", "本地", "当地", "我市", "我省", "我区", "本市", "本省", "各级", "各类", "两大", "三大",
        "四大", "多家", "多所", "首批", "首个", "首家", "一批", "个", "批", "各", "与", "和", "及", "该", "本", "我", "其",
        "每", "这", "此", "那",
        "两", "几", "诸", "均", "共", "并", "所", "之",
    ]

    /// Words that make a stem generic when it consists of nothing else.
    static let genericWords: [String] = [
        "中等职业技术", "中等职业", "职业技术", "职业院校", "中等", "中职", "高职", "职业", "技术", "技工",
        "技师", "普通", "高级", "高等", "示范性", "示范", "优质", "重点", "特色", "高水平", "民办", "公办",
        "省级", "国家级", "市级", "区级", "省属", "市属", "区属", "合作", "相关", "其他", "有关", "所有",
        "全部", "部分", "龙头", "骨干", "知名", "优秀", "本科", "专科", "应用型", "院校", "各级", "各类",
        "主要", "头部", "上市", "大型", "中小", "科技型", "国有", "外资", "民营", "行业", "产业", "区域",
        "市域", "职教", "教育", "这些", "一流", "双高", "两级", "市区", "世界", "国际", "全球", "深港", "社区",
        "育人", "深度", "命运", "校企", "跨区域", "现代化", "智慧", "未来", "数字化", "教学", "研究",
        "唯一", "参赛", "周边", "地区", "首家", "试点", "园区", "独立", "国外", "外方", "内地", "合资",
        "投资", "中华民族", "局属", "系统", "股份制", "心理健康", "足球", "校园", "受援", "代表", "新型", "综合", "实训", "培训",
        "实习", "二级",
        "国际", "中外", "境外", "海外", "国内", "本地", "当地", "企业", "单位", "领域", "品牌", "各地",
        "中高职", "中小学", "高校", "名校", "强校", "地方", "政府", "有限", "集团", "主管", "业务",
        "行政", "部门", "机关", "工作", "相应", "上级", "同级", "责任", "一所", "多所", "产教融合", "产教",
        "融合", "行业产教融合", "示范校", "试点", "联合", "协同", "创新", "发展", "高质量", "现代",
        "省", "市", "区", "县", "所", "家", "类", "级", "型", "性", "中", "高", "大", "小", "新", "老", "各",
        "全", "该", "本", "我", "职", "校", "联合体",
    ]

    /// Field words: a stem of these names a real organisation only with a region in front
    /// (深圳艺术学校, but not 艺术学校).
    static let domainWords: [String] = [
        "专门", "开放", "成人", "广播电视", "电视", "人民", "信息", "智能", "数字", "跨境", "物流", "电子",
        "网络", "制造", "服务", "文化", "艺术", "体育", "师范", "医学", "卫生", "财经", "商贸", "工程",
        "理工", "农业", "交通", "建筑", "旅游", "科技", "城市", "工业", "商业", "机电", "电力", "轻工",
        "外语", "经济", "管理", "传媒", "音乐", "美术", "戏剧", "舞蹈", "护理", "药科", "海洋", "水利",
        "云端", "实验",
    ]

    /// Words that contain a function scalar but belong inside names (时代, 现代 …).
    static let protectedWords: [String] = [
        "时代", "现代", "当代", "年代", "有限", "所有", "来源", "上市", "和平", "同济", "为民", "美的", "组织部", "宣传部",
        "统战部", "组织工作", "城市建设", "建设工程",
    ]

    static let protectedTrie = ScalarTrie(protectedWords)

    /// Words inside department names that are otherwise verbs (组织部, 宣传部).
    static let departmentTrie = ScalarTrie(["组织", "宣传", "统战", "发展改革", "改革", "服务"])

    /// Designations that make a qualifier-only alliance stem a category, not a name.
    static let designations: [[Unicode.Scalar]] = [
        "示范", "市域", "重点", "高水平", "省级", "国家级", "一批", "若干", "股份制", "新型",
    ]
    .map { Array($0.unicodeScalars) }

    /// Words that make a would-be name a plural (两大职教集团).
    static let plurals: [[Unicode.Scalar]] = ["两大", "三大", "四大", "多个", "各类", "多家", "两所"].map {
        Array($0.unicodeScalars)
    }

    /// Scalars that start a quantity such as 两所 or 多家 (left as a cut).
    static let numerals = ScalarSet("一二三四五六七八九十百千万两几多")

    static let cutTrie = ScalarTrie(cutWords)

    static let junkTrie = ScalarTrie(leadingJunk)

    static let genericTrie = ScalarTrie(genericWords.map { ($0, 0) } + domainWords.map { ($0, 1) })

    /// How specific the words between a name's regions and its suffix are.
    enum Specificity: Comparable {
        /// Nothing at all (汕尾市|职业技术学校).
        case empty
        /// Only qualifiers (中等, 民办, 各类).
        case qualifiers
        /// Qualifiers and field words (艺术, 信息).
        case field
        /// Something else: a proper name (华强, 讯方).
        case proper
    }

    /// Classifies `stem` by greedy longest match over the generic and field word lists.
    static func specificity(_ stem: ArraySlice<Unicode.Scalar>) -> Specificity {
        let scalars = Array(stem)
        if scalars.isEmpty { return .empty }
        var i = 0
        var sawField = false
        var longest = 0
        while i < scalars.count {
            guard let hit = genericTrie.longestMatch(in: scalars, at: i) else { return .proper }
            if hit.value == 1 { sawField = true }
            longest = max(longest, hit.length)
            i += hit.length
        }
        // 大新, 新会: single-scalar qualifiers only, two or more of them, read as a proper name.
        if longest == 1 && scalars.count >= 2 { return .proper }
        return sawField ? .field : .qualifiers
    }
}
