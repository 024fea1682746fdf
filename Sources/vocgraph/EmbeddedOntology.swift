// Generated from Ontology/*.ttl; do not edit. `VOCGRAPH_RECORD=1 swift test --filter
// EmbeddedOntologyTests` regenerates it, and a test fails while the two differ.

/// The ontology files of `Ontology/`, embedded so that `validate` works from any
/// directory and after `make install`.
enum EmbeddedOntology {
    /// File name → Turtle text, in name order.
    static let files: [(name: String, text: String)] = [
        (
            "lexicon.ttl",
            #"""
            # VocGraph lexicon: general knowledge the recognisers use as anchors and for brand ↔ legal name
            # resolution. Regions (with their short forms), national government bodies, countries, and
            # well-known enterprises. Nothing here is taken from a particular document's answers: it is the
            # kind of list any reader of Chinese vocational-education reports already knows.
            #
            # Format (kept simple so the extractor reads it without an RDF parser): one subject per
            # statement, `a` one class, `skos:prefLabel` once, `skos:altLabel` any number of times, all
            # labels `@zh`; regions carry `vg:regionLevel`. The extractor embeds this file
            # (Sources/Extraction/Lexicon/LexiconText.swift; a test keeps the two in sync).
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix vg:   <https://w3id.org/vocgraph/ns#> .
            @prefix vgl:  <https://w3id.org/vocgraph/lexicon/> .


            # ---------------------------------------------------------------- regions
            vgl:r-08bdf43e65 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "全国"@zh .
            vgl:r-f0e9521611 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "中国"@zh .
            vgl:r-0cc659a9f5 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "国家"@zh .
            vgl:r-ca6b1e3684 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "中华人民共和国"@zh .
            vgl:r-9f95b139d7 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "粤港澳大湾区"@zh .
            vgl:r-a57c0357e2 a vg:Region ; vg:regionLevel "national" ; skos:prefLabel "大湾区"@zh .
            vgl:r-c48ef60e01 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "华南"@zh .
            vgl:r-0a7e404732 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "德国"@zh .
            vgl:r-0b1001a02c a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "澳大利亚"@zh .
            vgl:r-963cd73004 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "韩国"@zh .
            vgl:r-7d3566712e a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "意大利"@zh .
            vgl:r-f98b2fc82a a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "新加坡"@zh .
            vgl:r-cf2abf0c5b a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "日本"@zh .
            vgl:r-d055c3998f a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "英国"@zh .
            vgl:r-58857e5318 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "美国"@zh .
            vgl:r-8167897284 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "法国"@zh .
            vgl:r-6930e3f7dd a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "加拿大"@zh .
            vgl:r-14c7289f30 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "新西兰"@zh .
            vgl:r-8e1849a687 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "荷兰"@zh .
            vgl:r-0344bcb449 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "瑞士"@zh .
            vgl:r-af02be73f1 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "瑞典"@zh .
            vgl:r-07e125b935 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "芬兰"@zh .
            vgl:r-81bb2b7732 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "丹麦"@zh .
            vgl:r-3942b5dce9 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "挪威"@zh .
            vgl:r-205ca5ebee a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "奥地利"@zh .
            vgl:r-bde5cc5b7e a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "西班牙"@zh .
            vgl:r-44a06f03db a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "葡萄牙"@zh .
            vgl:r-d8fcbae05f a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "俄罗斯"@zh .
            vgl:r-8f6ee8c641 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "泰国"@zh .
            vgl:r-b3320aa9c0 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "马来西亚"@zh .
            vgl:r-027121b052 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "印度尼西亚"@zh .
            vgl:r-193e6ef53d a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "越南"@zh .
            vgl:r-e6ff6d750d a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "柬埔寨"@zh .
            vgl:r-e273aaab1f a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "老挝"@zh .
            vgl:r-de19f7861f a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "缅甸"@zh .
            vgl:r-f1e3c16bbd a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "菲律宾"@zh .
            vgl:r-fd41ccf562 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "印度"@zh .
            vgl:r-0ae6df4762 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "巴基斯坦"@zh .
            vgl:r-75fb1f4a2a a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "埃及"@zh .
            vgl:r-54fc2b6c3b a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "南非"@zh .
            vgl:r-0b51895bad a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "肯尼亚"@zh .
            vgl:r-1086024db5 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "赞比亚"@zh .
            vgl:r-f29d378e0e a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "尼日利亚"@zh .
            vgl:r-889be185c8 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "埃塞俄比亚"@zh .
            vgl:r-c733bdf600 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "巴西"@zh .
            vgl:r-37eb14e4da a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "阿根廷"@zh .
            vgl:r-a2de65cab7 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "智利"@zh .
            vgl:r-f5b984831b a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "墨西哥"@zh .
            vgl:r-6f8eab9a29 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "爱尔兰"@zh .
            vgl:r-4f09d2e86c a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "比利时"@zh .
            vgl:r-07d67d4245 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "波兰"@zh .
            vgl:r-8bc42950fd a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "匈牙利"@zh .
            vgl:r-572b2e8c04 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "捷克"@zh .
            vgl:r-fc2c8c3122 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "希腊"@zh .
            vgl:r-f60603b487 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "土耳其"@zh .
            vgl:r-294eb34fe0 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "以色列"@zh .
            vgl:r-20e2113f5d a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "阿联酋"@zh .
            vgl:r-8fa333c196 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "沙特阿拉伯"@zh .
            vgl:r-25eb4860f7 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "哈萨克斯坦"@zh .
            vgl:r-76cd294797 a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "蒙古"@zh .
            vgl:r-8c2021079f a vg:Region ; vg:regionLevel "country" ; skos:prefLabel "朝鲜"@zh .
            vgl:r-18910c0427 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "北京市"@zh ; skos:altLabel "北京"@zh .
            vgl:r-fa5d66a406 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "天津市"@zh ; skos:altLabel "天津"@zh .
            vgl:r-2e9414cac2 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "上海市"@zh ; skos:altLabel "上海"@zh .
            vgl:r-ed1914eab5 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "重庆市"@zh ; skos:altLabel "重庆"@zh .
            vgl:r-e69f6da617 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "河北省"@zh ; skos:altLabel "河北"@zh .
            vgl:r-a72a4c9cf9 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "山西省"@zh ; skos:altLabel "山西"@zh .
            vgl:r-71a432a047 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "辽宁省"@zh ; skos:altLabel "辽宁"@zh .
            vgl:r-6504bc2e11 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "吉林省"@zh ; skos:altLabel "吉林"@zh .
            vgl:r-0aa517841b a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "黑龙江省"@zh ; skos:altLabel "黑龙江"@zh .
            vgl:r-ac7240a660 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "江苏省"@zh ; skos:altLabel "江苏"@zh .
            vgl:r-5395aa5619 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "浙江省"@zh ; skos:altLabel "浙江"@zh .
            vgl:r-dc483ac9f0 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "安徽省"@zh ; skos:altLabel "安徽"@zh .
            vgl:r-05e2ff1242 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "福建省"@zh ; skos:altLabel "福建"@zh .
            vgl:r-6aad2fd585 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "江西省"@zh ; skos:altLabel "江西"@zh .
            vgl:r-b85b578cd4 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "山东省"@zh ; skos:altLabel "山东"@zh .
            vgl:r-f29569c0ea a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "河南省"@zh ; skos:altLabel "河南"@zh .
            vgl:r-507b7d2776 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "湖北省"@zh ; skos:altLabel "湖北"@zh .
            vgl:r-dcd1a5e042 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "湖南省"@zh ; skos:altLabel "湖南"@zh .
            vgl:r-ee41002480 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "广东省"@zh ; skos:altLabel "广东"@zh .
            vgl:r-41433e9d4b a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "海南省"@zh ; skos:altLabel "海南"@zh .
            vgl:r-516a7ed467 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "四川省"@zh ; skos:altLabel "四川"@zh .
            vgl:r-235a28935e a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "贵州省"@zh ; skos:altLabel "贵州"@zh .
            vgl:r-5b4e2414fa a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "云南省"@zh ; skos:altLabel "云南"@zh .
            vgl:r-45db5e6d5f a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "陕西省"@zh ; skos:altLabel "陕西"@zh .
            vgl:r-bec3f0f941 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "甘肃省"@zh ; skos:altLabel "甘肃"@zh .
            vgl:r-e968c39487 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "青海省"@zh ; skos:altLabel "青海"@zh .
            vgl:r-845ea36851 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "台湾省"@zh ; skos:altLabel "台湾"@zh .
            vgl:r-4fa8c90e95 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "内蒙古自治区"@zh ; skos:altLabel "内蒙古"@zh .
            vgl:r-ae809897af a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "广西壮族自治区"@zh ; skos:altLabel "广西"@zh .
            vgl:r-47b696932b a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "西藏自治区"@zh ; skos:altLabel "西藏"@zh .
            vgl:r-44837e6aca a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "宁夏回族自治区"@zh ; skos:altLabel "宁夏"@zh .
            vgl:r-cd0c29a578 a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "新疆维吾尔自治区"@zh ; skos:altLabel "新疆"@zh .
            vgl:r-a5e5be1a6b a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "香港特别行政区"@zh ; skos:altLabel "香港"@zh .
            vgl:r-df4913fffc a vg:Region ; vg:regionLevel "province" ; skos:prefLabel "澳门特别行政区"@zh ; skos:altLabel "澳门"@zh .
            vgl:r-892d3dbc51 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "广州市"@zh ; skos:altLabel "广州"@zh .
            vgl:r-70ac7d972d a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "深圳市"@zh ; skos:altLabel "深圳"@zh ; skos:altLabel "鹏城"@zh .
            vgl:r-9d050b9106 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "珠海市"@zh ; skos:altLabel "珠海"@zh .
            vgl:r-cfcdff1fba a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "汕头市"@zh ; skos:altLabel "汕头"@zh .
            vgl:r-34f32ac09a a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "佛山市"@zh ; skos:altLabel "佛山"@zh .
            vgl:r-8df4d9f554 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "韶关市"@zh ; skos:altLabel "韶关"@zh .
            vgl:r-aaaece6197 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "湛江市"@zh ; skos:altLabel "湛江"@zh .
            vgl:r-3e56bf0f8d a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "肇庆市"@zh ; skos:altLabel "肇庆"@zh .
            vgl:r-ff8f3544fd a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "江门市"@zh ; skos:altLabel "江门"@zh .
            vgl:r-e39c6f2302 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "茂名市"@zh ; skos:altLabel "茂名"@zh .
            vgl:r-8b88b79c28 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "惠州市"@zh ; skos:altLabel "惠州"@zh .
            vgl:r-5337d4f072 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "梅州市"@zh ; skos:altLabel "梅州"@zh .
            vgl:r-79d99628f3 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "汕尾市"@zh ; skos:altLabel "汕尾"@zh .
            vgl:r-c8cf391433 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "河源市"@zh ; skos:altLabel "河源"@zh .
            vgl:r-1cfd1da5ec a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "阳江市"@zh ; skos:altLabel "阳江"@zh .
            vgl:r-388eb08e2d a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "清远市"@zh ; skos:altLabel "清远"@zh .
            vgl:r-b90341e24a a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "东莞市"@zh ; skos:altLabel "东莞"@zh .
            vgl:r-905fef9911 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "中山市"@zh ; skos:altLabel "中山"@zh .
            vgl:r-ce7e374d50 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "潮州市"@zh ; skos:altLabel "潮州"@zh .
            vgl:r-77fd1b1cc7 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "揭阳市"@zh ; skos:altLabel "揭阳"@zh .
            vgl:r-0cd5e5b190 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "云浮市"@zh ; skos:altLabel "云浮"@zh .
            vgl:r-93413130d8 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "南京市"@zh ; skos:altLabel "南京"@zh .
            vgl:r-38150fb2d7 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "杭州市"@zh ; skos:altLabel "杭州"@zh .
            vgl:r-6cf593f0fc a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "苏州市"@zh ; skos:altLabel "苏州"@zh .
            vgl:r-00c9660ed6 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "武汉市"@zh ; skos:altLabel "武汉"@zh .
            vgl:r-f3de59ac4e a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "长沙市"@zh ; skos:altLabel "长沙"@zh .
            vgl:r-1cfc7499b5 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "成都市"@zh ; skos:altLabel "成都"@zh .
            vgl:r-4dd3ebe756 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "西安市"@zh ; skos:altLabel "西安"@zh .
            vgl:r-32d72595bb a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "厦门市"@zh ; skos:altLabel "厦门"@zh .
            vgl:r-206df2ab2e a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "福州市"@zh ; skos:altLabel "福州"@zh .
            vgl:r-a71e023d15 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "南宁市"@zh ; skos:altLabel "南宁"@zh .
            vgl:r-b93706107c a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "贵阳市"@zh ; skos:altLabel "贵阳"@zh .
            vgl:r-5f7d6b3054 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "昆明市"@zh ; skos:altLabel "昆明"@zh .
            vgl:r-5bc496985f a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "郑州市"@zh ; skos:altLabel "郑州"@zh .
            vgl:r-abadbec187 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "济南市"@zh ; skos:altLabel "济南"@zh .
            vgl:r-e07d48ec78 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "青岛市"@zh ; skos:altLabel "青岛"@zh .
            vgl:r-f4c609df04 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "合肥市"@zh ; skos:altLabel "合肥"@zh .
            vgl:r-203bdc2aa6 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "南昌市"@zh ; skos:altLabel "南昌"@zh .
            vgl:r-8b70ce66b0 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "海口市"@zh ; skos:altLabel "海口"@zh .
            vgl:r-5d574ac300 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "三亚市"@zh ; skos:altLabel "三亚"@zh .
            vgl:r-3b79e1953b a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "宁波市"@zh ; skos:altLabel "宁波"@zh .
            vgl:r-fe86bd150a a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "无锡市"@zh ; skos:altLabel "无锡"@zh .
            vgl:r-e5fd67f5f2 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "大连市"@zh ; skos:altLabel "大连"@zh .
            vgl:r-458f0e2215 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "沈阳市"@zh ; skos:altLabel "沈阳"@zh .
            vgl:r-67f7a0dc24 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "哈尔滨市"@zh ; skos:altLabel "哈尔滨"@zh .
            vgl:r-ee51754fd8 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "长春市"@zh ; skos:altLabel "长春"@zh .
            vgl:r-2cba5b49a5 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "石家庄市"@zh ; skos:altLabel "石家庄"@zh .
            vgl:r-518b6b2afd a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "太原市"@zh ; skos:altLabel "太原"@zh .
            vgl:r-114b918b13 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "兰州市"@zh ; skos:altLabel "兰州"@zh .
            vgl:r-3874fbfa94 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "银川市"@zh ; skos:altLabel "银川"@zh .
            vgl:r-b0f06c37ec a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "西宁市"@zh ; skos:altLabel "西宁"@zh .
            vgl:r-0649943fec a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "乌鲁木齐市"@zh ; skos:altLabel "乌鲁木齐"@zh .
            vgl:r-e6793afd04 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "拉萨市"@zh ; skos:altLabel "拉萨"@zh .
            vgl:r-c11e0d4c83 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "呼和浩特市"@zh ; skos:altLabel "呼和浩特"@zh .
            vgl:r-23e2e8acf2 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "温州市"@zh ; skos:altLabel "温州"@zh .
            vgl:r-e9ff198411 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "泉州市"@zh ; skos:altLabel "泉州"@zh .
            vgl:r-a7dbbe0352 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "柳州市"@zh ; skos:altLabel "柳州"@zh .
            vgl:r-519ba8889d a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "桂林市"@zh ; skos:altLabel "桂林"@zh .
            vgl:r-4ab8fd15d3 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "株洲市"@zh ; skos:altLabel "株洲"@zh .
            vgl:r-85b910e7b6 a vg:Region ; vg:regionLevel "city" ; skos:prefLabel "韶山市"@zh ; skos:altLabel "韶山"@zh .
            vgl:r-44ca1a7390 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "福田区"@zh ; skos:altLabel "福田"@zh .
            vgl:r-8c59260681 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "罗湖区"@zh ; skos:altLabel "罗湖"@zh .
            vgl:r-ae9d62d632 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "南山区"@zh ; skos:altLabel "南山"@zh .
            vgl:r-e44daa2884 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "盐田区"@zh ; skos:altLabel "盐田"@zh .
            vgl:r-b8578bc400 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "宝安区"@zh ; skos:altLabel "宝安"@zh .
            vgl:r-3722e56e5f a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "龙岗区"@zh ; skos:altLabel "龙岗"@zh .
            vgl:r-234afc0e65 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "龙华区"@zh ; skos:altLabel "龙华"@zh .
            vgl:r-843aecb568 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "坪山区"@zh ; skos:altLabel "坪山"@zh .
            vgl:r-b91da82a45 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "光明区"@zh .
            vgl:r-d8ac84970f a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "大鹏新区"@zh .
            vgl:r-b008a59cf7 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "深汕特别合作区"@zh .
            vgl:r-6e2601c36f a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "前海"@zh .
            vgl:r-e14959409c a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "越秀区"@zh ; skos:altLabel "越秀"@zh .
            vgl:r-405a648e40 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "海珠区"@zh ; skos:altLabel "海珠"@zh .
            vgl:r-02b64c58e6 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "荔湾区"@zh ; skos:altLabel "荔湾"@zh .
            vgl:r-748c9cc9ed a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "天河区"@zh ; skos:altLabel "天河"@zh .
            vgl:r-096d9a608b a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "白云区"@zh ; skos:altLabel "白云"@zh .
            vgl:r-1f97632976 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "黄埔区"@zh ; skos:altLabel "黄埔"@zh .
            vgl:r-9769ac7d68 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "番禺区"@zh ; skos:altLabel "番禺"@zh .
            vgl:r-c5c802b9fa a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "花都区"@zh ; skos:altLabel "花都"@zh .
            vgl:r-2239062e08 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "南沙区"@zh ; skos:altLabel "南沙"@zh .
            vgl:r-da8d2b0750 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "从化区"@zh ; skos:altLabel "从化"@zh .
            vgl:r-36863c7128 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "增城区"@zh ; skos:altLabel "增城"@zh .
            vgl:r-2a6af1b42f a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "蓬江区"@zh ; skos:altLabel "蓬江"@zh .
            vgl:r-276f392574 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "江海区"@zh ; skos:altLabel "江海"@zh .
            vgl:r-af43625281 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "新会区"@zh ; skos:altLabel "新会"@zh .
            vgl:r-044be39c49 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "台山市"@zh ; skos:altLabel "台山"@zh .
            vgl:r-ee5efb03a9 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "开平市"@zh ; skos:altLabel "开平"@zh .
            vgl:r-ec354698a5 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "鹤山市"@zh ; skos:altLabel "鹤山"@zh .
            vgl:r-707b4a1532 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "恩平市"@zh ; skos:altLabel "恩平"@zh .
            vgl:r-a68165c6ee a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "禅城区"@zh ; skos:altLabel "禅城"@zh .
            vgl:r-139c61fe7f a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "南海区"@zh ; skos:altLabel "南海"@zh .
            vgl:r-1864db37e2 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "顺德区"@zh ; skos:altLabel "顺德"@zh .
            vgl:r-60b13911ec a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "三水区"@zh ; skos:altLabel "三水"@zh .
            vgl:r-3509589db3 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "高明区"@zh .
            vgl:r-6d493e5c4d a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "香洲区"@zh ; skos:altLabel "香洲"@zh .
            vgl:r-ad8f9cac2b a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "斗门区"@zh ; skos:altLabel "斗门"@zh .
            vgl:r-aff22456c5 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "金湾区"@zh ; skos:altLabel "金湾"@zh .
            vgl:r-b7c8216338 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "横琴"@zh .
            vgl:r-4d8bae1588 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "松山湖"@zh .
            vgl:r-a14d269e92 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "虎门镇"@zh ; skos:altLabel "虎门"@zh .
            vgl:r-d55d5d7114 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "长安镇"@zh .
            vgl:r-29c06669d0 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "惠城区"@zh ; skos:altLabel "惠城"@zh .
            vgl:r-4e830e0eea a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "惠阳区"@zh ; skos:altLabel "惠阳"@zh .
            vgl:r-4e24ce5722 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "博罗县"@zh ; skos:altLabel "博罗"@zh .
            vgl:r-c0b06740e9 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "惠东县"@zh ; skos:altLabel "惠东"@zh .
            vgl:r-c317989bfe a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "龙门县"@zh .
            vgl:r-f342fd3dd7 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "火炬开发区"@zh ; skos:altLabel "火炬开发"@zh .
            vgl:r-985e1bede9 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "金平区"@zh ; skos:altLabel "金平"@zh .
            vgl:r-4befba14db a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "龙湖区"@zh ; skos:altLabel "龙湖"@zh .
            vgl:r-69ba0a309d a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "澄海区"@zh ; skos:altLabel "澄海"@zh .
            vgl:r-5f03984ac5 a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "潮阳区"@zh ; skos:altLabel "潮阳"@zh .
            vgl:r-01597cf47c a vg:Region ; vg:regionLevel "district" ; skos:prefLabel "潮南区"@zh ; skos:altLabel "潮南"@zh .

            # ---------------------------------------------------------------- national bodies
            vgl:o-b34273267f a vg:GovBody ; skos:prefLabel "中华人民共和国教育部"@zh ; skos:altLabel "教育部"@zh .
            vgl:o-742d4707d7 a vg:GovBody ; skos:prefLabel "中华人民共和国国务院"@zh ; skos:altLabel "国务院"@zh .
            vgl:o-2a344e6e71 a vg:GovBody ; skos:prefLabel "中国共产党中央委员会"@zh ; skos:altLabel "中共中央"@zh ; skos:altLabel "党中央"@zh .
            vgl:o-56e04d7313 a vg:GovBody ; skos:prefLabel "中共中央政治局"@zh ; skos:altLabel "中央政治局"@zh .
            vgl:o-b95f28752a a vg:GovBody ; skos:prefLabel "中华人民共和国工业和信息化部"@zh ; skos:altLabel "工业和信息化部"@zh ; skos:altLabel "工信部"@zh .
            vgl:o-3dc22db8ec a vg:GovBody ; skos:prefLabel "中华人民共和国人力资源和社会保障部"@zh ; skos:altLabel "人力资源和社会保障部"@zh ; skos:altLabel "人力资源社会保障部"@zh ; skos:altLabel "人社部"@zh .
            vgl:o-8de0a9df5a a vg:GovBody ; skos:prefLabel "国家发展和改革委员会"@zh ; skos:altLabel "国家发展改革委"@zh ; skos:altLabel "国家发改委"@zh .
            vgl:o-2f6eac5699 a vg:GovBody ; skos:prefLabel "中华人民共和国财政部"@zh ; skos:altLabel "财政部"@zh .
            vgl:o-0688ce95f3 a vg:GovBody ; skos:prefLabel "中华人民共和国科学技术部"@zh ; skos:altLabel "科技部"@zh .
            vgl:o-861f4494ac a vg:GovBody ; skos:prefLabel "中华人民共和国商务部"@zh ; skos:altLabel "商务部"@zh .
            vgl:o-c840fe0cf2 a vg:GovBody ; skos:prefLabel "中华人民共和国民政部"@zh ; skos:altLabel "民政部"@zh .
            vgl:o-6407367462 a vg:GovBody ; skos:prefLabel "中华人民共和国农业农村部"@zh ; skos:altLabel "农业农村部"@zh .
            vgl:o-0dd05cf674 a vg:GovBody ; skos:prefLabel "中华人民共和国文化和旅游部"@zh ; skos:altLabel "文化和旅游部"@zh ; skos:altLabel "文旅部"@zh .
            vgl:o-baee2d2897 a vg:GovBody ; skos:prefLabel "国务院国有资产监督管理委员会"@zh ; skos:altLabel "国务院国资委"@zh .
            vgl:o-035e9a04ea a vg:GovBody ; skos:prefLabel "中华全国总工会"@zh ; skos:altLabel "全国总工会"@zh .
            vgl:o-ace2a8faa2 a vg:GovBody ; skos:prefLabel "共青团中央"@zh ; skos:altLabel "团中央"@zh .
            vgl:o-5d3d17180e a vg:GovBody ; skos:prefLabel "全国人民代表大会"@zh ; skos:altLabel "全国人大"@zh .
            vgl:o-1cb901e548 a vg:GovBody ; skos:prefLabel "国家乡村振兴局"@zh .
            vgl:o-e3d3b5f05e a vg:GovBody ; skos:prefLabel "教育部职业教育与成人教育司"@zh ; skos:altLabel "教育部职成司"@zh ; skos:altLabel "职业教育与成人教育司"@zh .

            # ---------------------------------------------------------------- international bodies
            vgl:o-73676aadae a vg:OtherOrganization ; skos:prefLabel "联合国教科文组织"@zh ; skos:altLabel "UNESCO"@zh .
            vgl:o-682a3a74b2 a vg:OtherOrganization ; skos:prefLabel "世界技能组织"@zh .
            vgl:o-d11a3c93bb a vg:OtherOrganization ; skos:prefLabel "香港职业训练局"@zh ; skos:altLabel "职业训练局"@zh .

            # ---------------------------------------------------------------- well-known enterprises (brand ↔ legal name)
            vgl:o-4ef9ef9358 a vg:Enterprise ; skos:prefLabel "华为技术有限公司"@zh ; skos:altLabel "华为"@zh ; skos:altLabel "华为公司"@zh ; skos:altLabel "华为集团"@zh .
            vgl:o-549d47af1b a vg:Enterprise ; skos:prefLabel "腾讯科技（深圳）有限公司"@zh ; skos:altLabel "腾讯"@zh ; skos:altLabel "腾讯公司"@zh ; skos:altLabel "腾讯集团"@zh .
            vgl:o-7e1577e984 a vg:Enterprise ; skos:prefLabel "京东物流"@zh ; skos:altLabel "京东物流集团"@zh .
            vgl:o-ba1b1204ea a vg:Enterprise ; skos:prefLabel "北京京东世纪贸易有限公司"@zh ; skos:altLabel "京东"@zh ; skos:altLabel "京东集团"@zh .
            vgl:o-e11bfe150b a vg:Enterprise ; skos:prefLabel "比亚迪股份有限公司"@zh ; skos:altLabel "比亚迪"@zh .
            vgl:o-0459297c9f a vg:Enterprise ; skos:prefLabel "深圳市大疆创新科技有限公司"@zh ; skos:altLabel "大疆"@zh ; skos:altLabel "大疆创新"@zh .
            vgl:o-8a69156b08 a vg:Enterprise ; skos:prefLabel "中兴通讯股份有限公司"@zh ; skos:altLabel "中兴通讯"@zh .
            vgl:o-4c14c0018f a vg:Enterprise ; skos:prefLabel "美的集团股份有限公司"@zh ; skos:altLabel "美的集团"@zh .
            vgl:o-a103e5175f a vg:Enterprise ; skos:prefLabel "珠海格力电器股份有限公司"@zh ; skos:altLabel "格力电器"@zh ; skos:altLabel "格力"@zh .
            vgl:o-27307ce245 a vg:Enterprise ; skos:prefLabel "广州汽车集团股份有限公司"@zh ; skos:altLabel "广汽集团"@zh ; skos:altLabel "广汽"@zh .
            vgl:o-f420a92beb a vg:Enterprise ; skos:prefLabel "广州小鹏汽车科技有限公司"@zh ; skos:altLabel "小鹏汽车"@zh .
            vgl:o-586d3fa6ec a vg:Enterprise ; skos:prefLabel "阿里巴巴集团"@zh ; skos:altLabel "阿里巴巴"@zh .
            vgl:o-071dad9f90 a vg:Enterprise ; skos:prefLabel "阿里云计算有限公司"@zh ; skos:altLabel "阿里云"@zh .
            vgl:o-dc3e99d5c1 a vg:Enterprise ; skos:prefLabel "北京百度网讯科技有限公司"@zh ; skos:altLabel "百度"@zh .
            vgl:o-db16f31541 a vg:Enterprise ; skos:prefLabel "北京字节跳动科技有限公司"@zh ; skos:altLabel "字节跳动"@zh .
            vgl:o-08b2bee559 a vg:Enterprise ; skos:prefLabel "科大讯飞股份有限公司"@zh ; skos:altLabel "科大讯飞"@zh .
            vgl:o-1fdf4ba96e a vg:Enterprise ; skos:prefLabel "顺丰控股股份有限公司"@zh ; skos:altLabel "顺丰"@zh ; skos:altLabel "顺丰速运"@zh .
            vgl:o-de3f2d91dc a vg:Enterprise ; skos:prefLabel "中国移动通信集团有限公司"@zh ; skos:altLabel "中国移动"@zh .
            vgl:o-867e8d12a1 a vg:Enterprise ; skos:prefLabel "中国电信集团有限公司"@zh ; skos:altLabel "中国电信"@zh .
            vgl:o-a5755317dd a vg:Enterprise ; skos:prefLabel "中国联合网络通信集团有限公司"@zh ; skos:altLabel "中国联通"@zh .
            vgl:o-5ea2f6261c a vg:Enterprise ; skos:prefLabel "中国平安保险（集团）股份有限公司"@zh ; skos:altLabel "中国平安"@zh ; skos:altLabel "平安集团"@zh .
            vgl:o-2e1e854dc2 a vg:Enterprise ; skos:prefLabel "招商银行股份有限公司"@zh ; skos:altLabel "招商银行"@zh ; skos:altLabel "招行"@zh .
            vgl:o-acf86680c0 a vg:Enterprise ; skos:prefLabel "富士康科技集团"@zh ; skos:altLabel "富士康"@zh .
            vgl:o-cd6362472a a vg:Enterprise ; skos:prefLabel "美团"@zh .
            vgl:o-f62acd304e a vg:Enterprise ; skos:prefLabel "海尔集团"@zh ; skos:altLabel "海尔"@zh .
            vgl:o-2b4a825cc3 a vg:Enterprise ; skos:prefLabel "联想集团"@zh .
            vgl:o-ed0ecc1cef a vg:Enterprise ; skos:prefLabel "小米集团"@zh .
            vgl:o-a068474666 a vg:Enterprise ; skos:prefLabel "广州地铁集团有限公司"@zh ; skos:altLabel "广州地铁"@zh .
            vgl:o-58bf202441 a vg:Enterprise ; skos:prefLabel "深圳市地铁集团有限公司"@zh ; skos:altLabel "深圳地铁"@zh .
            vgl:o-7d16787de1 a vg:Enterprise ; skos:prefLabel "南方电网"@zh ; skos:altLabel "中国南方电网"@zh ; skos:altLabel "中国南方电网有限责任公司"@zh .
            vgl:o-fb39542113 a vg:Enterprise ; skos:prefLabel "中国建筑集团有限公司"@zh ; skos:altLabel "中国建筑"@zh .
            vgl:o-cb0b0e4b48 a vg:Enterprise ; skos:prefLabel "迈瑞医疗"@zh ; skos:altLabel "深圳迈瑞生物医疗电子股份有限公司"@zh ; skos:altLabel "迈瑞"@zh .
            vgl:o-b84cced057 a vg:Enterprise ; skos:prefLabel "广汽埃安"@zh ; skos:altLabel "埃安"@zh .
            vgl:o-8d2be68965 a vg:Enterprise ; skos:prefLabel "唯品会"@zh .
            vgl:o-c2b630585c a vg:Enterprise ; skos:prefLabel "欧派家居"@zh ; skos:altLabel "欧派"@zh .
            vgl:o-57593539a8 a vg:Enterprise ; skos:prefLabel "立讯精密"@zh ; skos:altLabel "立讯精密工业股份有限公司"@zh .
            vgl:o-46852fd524 a vg:Enterprise ; skos:prefLabel "汇川技术"@zh ; skos:altLabel "深圳市汇川技术股份有限公司"@zh .
            vgl:o-6f1a9695e1 a vg:Enterprise ; skos:prefLabel "宁德时代"@zh ; skos:altLabel "宁德时代新能源科技股份有限公司"@zh .
            vgl:o-c7b7061814 a vg:Enterprise ; skos:prefLabel "传音控股"@zh .
            vgl:o-dae7c8ecde a vg:Enterprise ; skos:prefLabel "华润集团"@zh ; skos:altLabel "华润"@zh .
            vgl:o-0c1cd50e63 a vg:Enterprise ; skos:prefLabel "招商局集团"@zh ; skos:altLabel "招商局"@zh .
            vgl:o-2b6ac38358 a vg:Enterprise ; skos:prefLabel "中国电子"@zh ; skos:altLabel "中国电子信息产业集团有限公司"@zh .
            vgl:o-dda3ed4fc2 a vg:Enterprise ; skos:prefLabel "奔驰"@zh ; skos:altLabel "梅赛德斯-奔驰"@zh .
            vgl:o-e5695af6f0 a vg:Enterprise ; skos:prefLabel "宝马"@zh .
            vgl:o-fe1a4eafc9 a vg:Enterprise ; skos:prefLabel "丰田"@zh ; skos:altLabel "丰田汽车"@zh .
            vgl:o-e3f97e8edf a vg:Enterprise ; skos:prefLabel "本田"@zh ; skos:altLabel "广汽本田"@zh .
            vgl:o-b61c7d641d a vg:Enterprise ; skos:prefLabel "西门子"@zh ; skos:altLabel "西门子公司"@zh .
            vgl:o-e4ef219b70 a vg:Enterprise ; skos:prefLabel "博世"@zh ; skos:altLabel "博世集团"@zh .
            vgl:o-b1079190bb a vg:Enterprise ; skos:prefLabel "大众汽车"@zh ; skos:altLabel "一汽-大众"@zh ; skos:altLabel "上汽大众"@zh .
            vgl:o-ab8521075f a vg:Enterprise ; skos:prefLabel "广州白云国际机场"@zh ; skos:altLabel "白云机场"@zh .
            vgl:o-9cabb982aa a vg:Enterprise ; skos:prefLabel "深圳航空"@zh .
            vgl:o-74def143b5 a vg:Enterprise ; skos:prefLabel "南方航空"@zh ; skos:altLabel "中国南方航空"@zh .
            vgl:o-3a916c5432 a vg:Enterprise ; skos:prefLabel "李锦记"@zh ; skos:altLabel "李锦记集团"@zh .
            vgl:o-85299512d3 a vg:Enterprise ; skos:prefLabel "碧桂园"@zh .
            vgl:o-42df2b647b a vg:Enterprise ; skos:prefLabel "万科"@zh ; skos:altLabel "万科集团"@zh .
            vgl:o-695c9bd8e1 a vg:Enterprise ; skos:prefLabel "保利"@zh ; skos:altLabel "保利集团"@zh .
            vgl:o-d5adb014d4 a vg:Enterprise ; skos:prefLabel "三一重工"@zh .
            vgl:o-782d09f8e6 a vg:Enterprise ; skos:prefLabel "京东方"@zh ; skos:altLabel "京东方科技集团"@zh .

            """#
        ),
        (
            "metrics.ttl",
            #"""
            @prefix vg:   <https://w3id.org/vocgraph/ns#> .
            @prefix vgi:  <https://w3id.org/vocgraph/id/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

            # The VocGraph metric vocabulary: the indicators that quality reports and policies use.
            # One skos:Concept per indicator: Chinese prefLabel, altLabels (other wordings), vg:unit and
            # vg:largerIsBetter. Sources/Extraction/Figures/MetricVocabulary.swift embeds the same table;
            # FigureVocabularyTests fails when the two differ. `vocgraph metrics --unmapped FILE…` lists
            # wordings that map to no concept, so the vocabulary can grow.

            vgi:metrics a skos:ConceptScheme ;
                skos:prefLabel "VocGraph metrics"@en , "VocGraph 指标"@zh .

            vg:unit rdfs:label "unit"@en ; rdfs:comment "The unit a metric is reported in (人, %, 个 …)."@en .
            vg:largerIsBetter rdfs:label "larger is better"@en ; rdfs:comment "Whether a larger value of the metric is the better outcome."@en .

            vgi:metric-industry-education-enterprises a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "产教融合型企业"@zh ;
                skos:altLabel "产教融合型企业数"@zh ;
                skos:altLabel "产教融合型企业（认定）"@zh ;
                skos:altLabel "产教融合型企业数量"@zh ;
                vg:unit "家" ;
                vg:largerIsBetter true .

            vgi:metric-dual-qualified-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "“双师型”教师比例"@zh ;
                skos:altLabel "双师型教师比例"@zh ;
                skos:altLabel "“双师型”教师占比"@zh ;
                skos:altLabel "专业课教师中“双师型”教师比例"@zh ;
                skos:altLabel "“双师型”专业教师比例"@zh ;
                skos:altLabel "“双师型”教师占专业课教师比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-senior-dual-qualified-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "高级“双师型”教师比例"@zh ;
                skos:altLabel "高级双师型教师比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-part-time-enterprise-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "企业兼职教师比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-senior-title-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "高级专业技术职务专任教师比例"@zh ;
                skos:altLabel "高级专业技术职务专任教师占比"@zh ;
                skos:altLabel "专任教师高级职称教师比例"@zh ;
                skos:altLabel "高级专业技术职称教师比例"@zh ;
                skos:altLabel "公办高职院校高级专业技术职称教师比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-specialty-groups a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专业群数量"@zh ;
                skos:altLabel "专业群"@zh ;
                skos:altLabel "专业群数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-first-class-specialty-groups a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "一流专业群"@zh ;
                skos:altLabel "一流专业群数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-specialties a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专业数量"@zh ;
                skos:altLabel "专业数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-online-quality-courses a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "在线精品课程数"@zh ;
                skos:altLabel "在线精品课程"@zh ;
                skos:altLabel "精品在线开放课程"@zh ;
                skos:altLabel "在线精品课程数量"@zh ;
                vg:unit "门" ;
                vg:largerIsBetter true .

            vgi:metric-courses a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "教学计划内课程总数"@zh ;
                skos:altLabel "教学计划内课程数"@zh ;
                vg:unit "门" ;
                vg:largerIsBetter true .

            vgi:metric-school-enterprise-courses a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "校企合作课程数"@zh ;
                vg:unit "门" ;
                vg:largerIsBetter true .

            vgi:metric-teaching-resource-libraries a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专业教学资源库数"@zh ;
                skos:altLabel "专业教学资源库"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-textbooks a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "编写教材数"@zh ;
                vg:unit "本" ;
                vg:largerIsBetter true .

            vgi:metric-on-campus-training-bases a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "校内实训基地数量"@zh ;
                skos:altLabel "校内实训基地"@zh ;
                skos:altLabel "校内实训基地数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-off-campus-training-bases a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "校外实习实训基地数量"@zh ;
                skos:altLabel "校外实习实训基地"@zh ;
                skos:altLabel "校外实训基地数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-virtual-training-bases a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "虚拟仿真实训基地数"@zh ;
                skos:altLabel "虚拟仿真实训基地"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-productive-training-centres a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "全球领先的生产性实训中心"@zh ;
                skos:altLabel "生产性实训中心"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-progression-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "升学率"@zh ;
                skos:altLabel "升学人数占毕业生人数比例（升学率）"@zh ;
                skos:altLabel "升学人数占毕业生人数比例"@zh ;
                skos:altLabel "中职毕业生升学率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-employment-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "就业率"@zh ;
                skos:altLabel "毕业生就业率"@zh ;
                skos:altLabel "毕业去向落实率"@zh ;
                skos:altLabel "毕业生去向落实率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-provincial-placement-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业生本省去向落实率"@zh ;
                skos:altLabel "本省去向落实率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-graduates a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业生人数"@zh ;
                skos:altLabel "毕业生数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-graduates-placed a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业去向落实人数"@zh ;
                skos:altLabel "毕业生去向落实人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-progression-count a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "升学人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-undergraduate-progression-count a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "升入本科人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-self-employment-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "自主创业率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-promotion-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业三年晋升比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-partner-enterprises a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "校企合作企业数量"@zh ;
                skos:altLabel "校企合作企业数"@zh ;
                skos:altLabel "合作企业数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-enrolment a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "全日制在校生人数"@zh ;
                skos:altLabel "在校生数"@zh ;
                skos:altLabel "在校生人数"@zh ;
                skos:altLabel "全日制在校生数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-full-time-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专任教师数"@zh ;
                skos:altLabel "专任教师总数"@zh ;
                skos:altLabel "专任教师"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-staff a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "教职工总数"@zh ;
                skos:altLabel "教职工数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-student-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生师比"@zh ;
                vg:unit ":1" ;
                vg:largerIsBetter false .

            vgi:metric-funding-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "年生均财政拨款水平"@zh ;
                skos:altLabel "生均财政拨款"@zh ;
                vg:unit "元" ;
                vg:largerIsBetter true .

            vgi:metric-land-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生均校园用地面积"@zh ;
                skos:altLabel "生均校园占地面积"@zh ;
                skos:altLabel "生均占地面积"@zh ;
                vg:unit "m²" ;
                vg:largerIsBetter true .

            vgi:metric-floor-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生均校舍建筑面积"@zh ;
                skos:altLabel "生均建筑面积"@zh ;
                vg:unit "m²" ;
                vg:largerIsBetter true .

            vgi:metric-books-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生均纸质图书数"@zh ;
                skos:altLabel "生均纸质图书"@zh ;
                vg:unit "册" ;
                vg:largerIsBetter true .

            vgi:metric-workstations-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生均校内实践教学工位数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-fitness-pass-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "学生体质测评合格率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-skill-certificates a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "职业技能等级证书（含职业资格证书）获取人数"@zh ;
                skos:altLabel "职业技能等级证书获取人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-industry-mentors a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "聘请行业导师人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-social-training a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "社会培训人数"@zh ;
                vg:unit "人次" ;
                vg:largerIsBetter true .

            vgi:metric-international-awards a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "国际技能大赛获奖数量"@zh ;
                skos:altLabel "国外技能大赛获奖数量"@zh ;
                vg:unit "项" ;
                vg:largerIsBetter true .

            vgi:metric-industry-colleges a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "特色产业学院"@zh ;
                skos:altLabel "产业学院"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-demonstration-industry-colleges a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "示范性特色产业学院"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-vocational-education-groups a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "职教集团"@zh ;
                skos:altLabel "职业教育集团"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-apprenticeship-centres a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "现代学徒中心"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-apprenticeship-specialties a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "现代学徒制专业"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-quality-secondary-schools a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "国家级优质中职学校"@zh ;
                skos:altLabel "国家级优质中等职业学校"@zh ;
                vg:unit "所" ;
                vg:largerIsBetter true .

            vgi:metric-high-level-secondary-schools a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "广东省高水平中职学校"@zh ;
                skos:altLabel "省高水平中职学校"@zh ;
                skos:altLabel "高水平中职学校"@zh ;
                skos:altLabel "广东省高水平中职学校建设项目学校"@zh ;
                vg:unit "所" ;
                vg:largerIsBetter true .

            vgi:metric-teacher-training-bases a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "教师培养培训基地"@zh ;
                skos:altLabel "“双师型”教师培养培训基地"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-enterprise-practice-bases a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "教师企业实践示范基地"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-master-teacher-studios a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "卓越名师工作室"@zh ;
                skos:altLabel "名师工作室"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-application-innovation-centres a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "应用技术创新中心"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-public-technology-platforms a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "公共技术服务平台"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-think-tanks a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "高端智库"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-overseas-training-centres a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "海外职业教育培训中心"@zh ;
                skos:altLabel "职业教育培训中心"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-fiscal-investment a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "职业教育累计财政投入"@zh ;
                skos:altLabel "累计投入"@zh ;
                vg:unit "亿元" ;
                vg:largerIsBetter true .

            vgi:metric-schools a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "学校数"@zh ;
                skos:altLabel "中职学校数"@zh ;
                vg:unit "所" ;
                vg:largerIsBetter true .

            vgi:metric-professional-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专业教师数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-moral-education-staff a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "德育工作人员数"@zh ;
                skos:altLabel "德育工作人员"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-ideological-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "思政课教师数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-sports-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "体育课专任教师数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-arts-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "美育课专任教师数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-head-teachers a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "班主任数"@zh ;
                skos:altLabel "班主任人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-authorised-posts a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "教职员工额定编制数"@zh ;
                skos:altLabel "教职工额定编制数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-postgraduate-teacher-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专任教师研究生学历或硕士及以上教师比例"@zh ;
                skos:altLabel "硕士研究生及以上学历专任教师占比"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-equipment-per-student a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "生均教学科研仪器设备值"@zh ;
                skos:altLabel "生均教学仪器设备值"@zh ;
                skos:altLabel "生均教学、实习仪器设备资产值"@zh ;
                vg:unit "元" ;
                vg:largerIsBetter true .

            vgi:metric-certificate-integrated-courses a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "课证融通课程数"@zh ;
                vg:unit "门" ;
                vg:largerIsBetter true .

            vgi:metric-online-teaching-courses a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "网络教学课程数"@zh ;
                vg:unit "门" ;
                vg:largerIsBetter true .

            vgi:metric-online-course-students a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "在线精品课程课均学生数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-monthly-income a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "月收入"@zh ;
                skos:altLabel "平均月收入"@zh ;
                skos:altLabel "毕业生月收入"@zh ;
                vg:unit "元" ;
                vg:largerIsBetter true .

            vgi:metric-first-employment a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业生初次就业人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-three-sector-employment a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业生面向三次产业就业人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-student-internship-ratio a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "合作企业接收学生实习比例"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            vgi:metric-teacher-enterprise-practice a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "合作企业接收教师企业实践人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-joint-practice-centres a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "与企业共建开放型区域产教融合实践中心数量"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-enterprise-equipment-value a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "企业提供的校内实践教学设备值"@zh ;
                vg:unit "万元" ;
                vg:largerIsBetter true .

            vgi:metric-enterprise-donated-equipment a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "企业对学校捐赠设备总值"@zh ;
                vg:unit "万元" ;
                vg:largerIsBetter true .

            vgi:metric-fitness-test-participants a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "参加国家学生体质健康标准测试人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-craftsman-mentors a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "聘请大国工匠、劳动模范人数"@zh ;
                vg:unit "人" ;
                vg:largerIsBetter true .

            vgi:metric-mentor-hours a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "行业导师年课时总量"@zh ;
                vg:unit "课时" ;
                vg:largerIsBetter true .

            vgi:metric-mentor-pay a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "年支付行业导师课酬"@zh ;
                vg:unit "万元" ;
                vg:largerIsBetter true .

            vgi:metric-internship-funding a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "年实习专项经费"@zh ;
                vg:unit "万元" ;
                vg:largerIsBetter true .

            vgi:metric-internship-insurance-funding a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "年实习责任保险经费"@zh ;
                vg:unit "万元" ;
                vg:largerIsBetter true .

            vgi:metric-non-degree-training-projects a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "非学历培训项目数"@zh ;
                vg:unit "项" ;
                vg:largerIsBetter true .

            vgi:metric-non-degree-training-hours a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "非学历培训学时"@zh ;
                vg:unit "学时" ;
                vg:largerIsBetter true .

            vgi:metric-public-training-hours a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "公益项目培训学时"@zh ;
                vg:unit "学时" ;
                vg:largerIsBetter true .

            vgi:metric-ip-projects a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "知识产权项目数量"@zh ;
                vg:unit "项" ;
                vg:largerIsBetter true .

            vgi:metric-patents-granted a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "专利授权数量"@zh ;
                vg:unit "项" ;
                vg:largerIsBetter true .

            vgi:metric-foreign-cooperation-specialties a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "中外合作办学专业数"@zh ;
                skos:altLabel "中外合作办学专业"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-order-classes a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "订单班数量"@zh ;
                skos:altLabel "校企合作订单班数量"@zh ;
                skos:altLabel "订单班数"@zh ;
                vg:unit "个" ;
                vg:largerIsBetter true .

            vgi:metric-local-employment-rate a skos:Concept ;
                skos:inScheme vgi:metrics ;
                skos:prefLabel "毕业生本地就业率"@zh ;
                skos:altLabel "毕业生留本地就业率"@zh ;
                skos:altLabel "本地就业率"@zh ;
                vg:unit "%" ;
                vg:largerIsBetter true .

            """#
        ),
        (
            "vocgraph.ttl",
            #"""
            # VocGraph vocabulary: organisations, programmes, policies and the facts that link them in
            # Chinese vocational-education reports. Reuses W3C ORG, schema.org, PROV-O, Web Annotation,
            # SKOS, RDF Data Cube, ELI and Dublin Core; vg: adds only what they lack.
            @prefix rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
            @prefix owl:     <http://www.w3.org/2002/07/owl#> .
            @prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov:    <http://www.w3.org/ns/prov#> .
            @prefix org:     <http://www.w3.org/ns/org#> .
            @prefix schema:  <https://schema.org/> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix foaf:    <http://xmlns.com/foaf/0.1/> .
            @prefix oa:      <http://www.w3.org/ns/oa#> .
            @prefix qb:      <http://purl.org/linked-data/cube#> .
            @prefix eli:     <http://data.europa.eu/eli/ontology#> .
            @prefix sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#> .
            @prefix sdmx-measure:   <http://purl.org/linked-data/sdmx/2009/measure#> .
            @prefix sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#> .
            @prefix vg:      <https://w3id.org/vocgraph/ns#> .

            <https://w3id.org/vocgraph/ns> a owl:Ontology ;
                dcterms:title "VocGraph vocabulary"@en , "职业教育知识图谱词表"@zh ;
                rdfs:comment "Organisations, programmes, policies and provenance-carrying facts extracted from Chinese vocational-education reports and policies."@en .

            # ---------------------------------------------------------------- organisations

            vg:Organization a owl:Class ; rdfs:subClassOf org:FormalOrganization ;
                rdfs:label "Organisation"@en , "机构"@zh .
            vg:School a owl:Class ; rdfs:subClassOf vg:Organization , schema:EducationalOrganization ;
                rdfs:label "Secondary vocational school"@en , "中职学校"@zh ;
                rdfs:comment "Secondary vocational and technician schools, and 中学 that run vocational programmes."@en .
            vg:HigherEd a owl:Class ; rdfs:subClassOf vg:Organization , schema:CollegeOrUniversity ;
                rdfs:label "Higher education institution"@en , "高等院校"@zh ;
                rdfs:comment "高职院校, 职业技术学院/大学, 技术大学 and universities."@en .
            vg:Enterprise a owl:Class ; rdfs:subClassOf vg:Organization , schema:Corporation ;
                rdfs:label "Enterprise"@en , "企业"@zh .
            vg:Alliance a owl:Class ; rdfs:subClassOf vg:Organization ;
                rdfs:label "Alliance"@en , "产教联盟"@zh ;
                rdfs:comment "职教集团, 市域产教联合体, 行业产教融合共同体, 联盟 and named 产业学院."@en .
            vg:GovBody a owl:Class ; rdfs:subClassOf vg:Organization , schema:GovernmentOrganization ;
                rdfs:label "Government body"@en , "政府部门"@zh .
            vg:OtherOrganization a owl:Class ; rdfs:subClassOf vg:Organization ;
                rdfs:label "Other organisation"@en , "其他机构"@zh ;
                rdfs:comment "Hospitals, museums, communities, associations and other bodies."@en .

            vg:Programme a owl:Class ; rdfs:subClassOf skos:Concept ;
                rdfs:label "Training programme"@en , "培养模式"@zh ;
                rdfs:comment "五年一贯制, 三二分段, 3+4 中本贯通, 现代学徒制, 订单班 and similar."@en .
            vg:Policy a owl:Class ; rdfs:subClassOf eli:LegalResource , schema:Legislation ;
                rdfs:label "Policy document"@en , "政策文件"@zh .
            vg:PolicyTask a owl:Class ; rdfs:subClassOf eli:LegalResourceSubdivision , prov:Plan ;
                rdfs:label "Policy task"@en , "政策任务"@zh .
            vg:Document a owl:Class ; rdfs:subClassOf foaf:Document , prov:Entity ;
                rdfs:label "Source document"@en , "来源文档"@zh .

            # ---------------------------------------------------------------- relations

            vg:partnersWith a owl:ObjectProperty ; rdfs:domain vg:Organization ; rdfs:range vg:Enterprise ;
                rdfs:label "partners with"@en , "校企合作"@zh ;
                rdfs:comment "A school or college cooperates with an enterprise."@en .
            vg:memberOf a owl:ObjectProperty ; rdfs:subPropertyOf org:memberOf ;
                rdfs:domain vg:Organization ; rdfs:range vg:Alliance ;
                rdfs:label "member of"@en , "成员单位"@zh .
            vg:leads a owl:ObjectProperty ; rdfs:subPropertyOf vg:memberOf ;
                rdfs:domain vg:Organization ; rdfs:range vg:Alliance ;
                rdfs:label "leads"@en , "牵头"@zh .
            vg:pathway a owl:ObjectProperty ; rdfs:domain vg:School ; rdfs:range vg:HigherEd ;
                rdfs:label "through-training pathway to"@en , "贯通培养"@zh .
            vg:assists a owl:ObjectProperty ; rdfs:domain vg:Organization ; rdfs:range vg:Organization ;
                rdfs:label "assists"@en , "帮扶"@zh .
            vg:partnersWithSchool a owl:ObjectProperty , owl:SymmetricProperty ;
                rdfs:domain vg:Organization ; rdfs:range vg:Organization ;
                rdfs:label "cooperates with school"@en , "校际合作"@zh .
            vg:cites a owl:ObjectProperty ; rdfs:subPropertyOf dcterms:references ;
                rdfs:domain vg:Document ; rdfs:range vg:Policy ;
                rdfs:label "cites"@en , "引用"@zh .
            vg:mentions a owl:ObjectProperty ; rdfs:domain vg:Document ;
                rdfs:label "mentions"@en , "提及"@zh .

            # ---------------------------------------------------------------- provenance

            vg:Fact a owl:Class ; rdfs:subClassOf rdf:Statement , prov:Entity ;
                rdfs:label "Extracted fact"@en , "抽取事实"@zh ;
                rdfs:comment "One extracted triple, reified with rdf:subject/predicate/object and linked by prov:wasDerivedFrom to the evidence spans that support it."@en .
            vg:line a owl:DatatypeProperty ; rdfs:range xsd:integer ;
                rdfs:label "line"@en ; rdfs:comment "1-based line of the evidence span's start in its source document."@en .
            vg:page a owl:DatatypeProperty ; rdfs:range xsd:integer ;
                rdfs:label "page"@en ; rdfs:comment "1-based page of the evidence span's start, for a paged source (PDF); vg:line counts lines of the whole extracted text."@en .
            vg:issuer a owl:DatatypeProperty ; rdfs:domain vg:Document ;
                rdfs:label "issuer"@en , "发文机关"@zh ;
                rdfs:comment "The body that issued the document, as its header (or side file) names it."@en .
            vg:spatialLevel a owl:DatatypeProperty ; rdfs:domain vg:Document ;
                rdfs:label "level of the document's region"@en ;
                rdfs:comment "national, province, city or county: the level of the document's dcterms:spatial region, guessed from its issuer and title."@en .
            vg:sha256 a owl:DatatypeProperty ; rdfs:range xsd:string ;
                rdfs:label "SHA-256"@en ; rdfs:comment "Hex SHA-256 of the source document's bytes."@en .
            vg:rule a owl:ObjectProperty ;
                rdfs:label "extraction rule"@en ; rdfs:comment "The recogniser rule that produced a fact."@en .

            # ---------------------------------------------------------------- extraction terms

            vg:Region a owl:Class ; rdfs:subClassOf skos:Concept ;
                rdfs:label "Region"@en , "地区"@zh ;
                rdfs:comment "A country, province, city or district (Ontology/lexicon.ttl); the recognisers use region names to find where organisation names start and to resolve 深圳艺术学校 and 深圳市艺术学校 as one."@en .
            vg:regionLevel a owl:DatatypeProperty ; rdfs:domain vg:Region ; rdfs:range xsd:string ;
                rdfs:label "region level"@en ;
                rdfs:comment "national, country, province, city or district."@en .
            vg:programme a owl:ObjectProperty ; rdfs:domain vg:Fact ; rdfs:range vg:Programme ;
                rdfs:label "programme"@en , "培养项目"@zh ;
                rdfs:comment "The through-training programme named with a pathway fact (“3+4”中本贯通, 三二分段 …)."@en .
            vg:confidence a owl:DatatypeProperty ; rdfs:domain vg:Fact ; rdfs:range xsd:decimal ;
                rdfs:label "confidence"@en , "置信度"@zh ;
                rdfs:comment "How sure the rule is of the fact, on an ordered scale: 0.9 (both names and the cue in one clause, a council list or one table row), 0.7 (the cue elsewhere in the sentence, or coreference inside it), 0.5 (coreference across sentences, such as a headline's school)."@en .
            vg:cue a owl:DatatypeProperty ; rdfs:domain vg:Fact ; rdfs:range xsd:string ;
                rdfs:label "cue word"@en , "提示词"@zh ;
                rdfs:comment "The word that shows the relation (共建, 理事长单位, 贯通, 结对帮扶), as written."@en .
            vg:referentEvidence a owl:ObjectProperty ; rdfs:subPropertyOf prov:wasDerivedFrom ;
                rdfs:domain vg:Fact ; rdfs:range oa:SpecificResource ;
                rdfs:label "evidence of the referent"@en ;
                rdfs:comment "For a fact whose quote names a party only by a word (该校, 学院, 双方, 联合体), the span where that party was named (often the headline): a second evidence span with its own selectors."@en .
            vg:viaCoreference a owl:DatatypeProperty ; rdfs:domain vg:Fact ; rdfs:range xsd:boolean ;
                rdfs:label "via coreference"@en ;
                rdfs:comment "True when the fact's subject was found through 学校/该校/本校 or an implicit subject, not named in the evidence."@en .

            # ---------------------------------------------------------------- reused terms
            # Declared here so that `vocgraph validate` can check that a graph uses only known terms.

            rdfs:label a owl:AnnotationProperty .
            rdfs:comment a owl:AnnotationProperty .
            skos:prefLabel a owl:AnnotationProperty .
            skos:altLabel a owl:AnnotationProperty .
            dcterms:title a owl:AnnotationProperty .
            dcterms:identifier a owl:AnnotationProperty .
            dcterms:publisher a owl:ObjectProperty .
            dcterms:issued a owl:DatatypeProperty .
            dcterms:type a owl:AnnotationProperty .
            dcterms:spatial a owl:AnnotationProperty .
            dcterms:references a owl:ObjectProperty .
            org:memberOf a owl:ObjectProperty .
            org:FormalOrganization a owl:Class .
            schema:EducationalOrganization a owl:Class .
            schema:CollegeOrUniversity a owl:Class .
            schema:Corporation a owl:Class .
            schema:GovernmentOrganization a owl:Class .
            schema:Legislation a owl:Class .
            schema:Report a owl:Class .
            foaf:Document a owl:Class .
            skos:Concept a owl:Class .
            skos:ConceptScheme a owl:Class .
            skos:inScheme a owl:ObjectProperty .
            eli:LegalResource a owl:Class .
            eli:LegalResourceSubdivision a owl:Class .
            eli:is_part_of a owl:ObjectProperty .
            eli:id_local a owl:DatatypeProperty .
            prov:Entity a owl:Class .
            prov:Activity a owl:Class .
            prov:Plan a owl:Class .
            prov:wasDerivedFrom a owl:ObjectProperty .
            prov:wasGeneratedBy a owl:ObjectProperty .
            rdf:Statement a owl:Class .
            rdf:subject a owl:ObjectProperty .
            rdf:predicate a owl:ObjectProperty .
            rdf:object a owl:ObjectProperty .
            oa:SpecificResource a owl:Class .
            oa:TextQuoteSelector a owl:Class .
            oa:TextPositionSelector a owl:Class .
            oa:hasSource a owl:ObjectProperty .
            oa:hasSelector a owl:ObjectProperty .
            oa:exact a owl:DatatypeProperty .
            oa:prefix a owl:DatatypeProperty .
            oa:suffix a owl:DatatypeProperty .
            oa:start a owl:DatatypeProperty .
            oa:end a owl:DatatypeProperty .
            qb:Observation a owl:Class .
            qb:DataSet a owl:Class .
            qb:dataSet a owl:ObjectProperty .

            # ---------------------------------------------------------------- figures, targets, trace

            vg:TaskList a owl:Class ; rdfs:label "Task list"@en , "任务清单"@zh .
            vg:Target a owl:Class ; rdfs:subClassOf prov:Entity ; rdfs:label "Quantified target"@en , "量化目标"@zh .
            vg:Comparison a owl:Class ;
                rdfs:label "Target–observation comparison"@en , "目标与实测对照"@zh ;
                rdfs:comment "Links a target to an observation of the same metric concept and region reported in or after the policy's year."@en .
            vg:task a owl:ObjectProperty ; rdfs:domain vg:Target ; rdfs:range vg:PolicyTask ;
                rdfs:label "task"@en , "所属任务"@zh .
            vg:taskNumber a owl:DatatypeProperty ; rdfs:domain vg:PolicyTask ; rdfs:range xsd:integer ;
                rdfs:label "task number"@en , "序号"@zh .
            vg:text a owl:DatatypeProperty ; rdfs:label "text"@en , "原文"@zh .
            vg:responsibleUnit a owl:ObjectProperty ; rdfs:domain vg:PolicyTask ; rdfs:range vg:Organization ;
                rdfs:label "responsible unit"@en , "责任单位"@zh .
            vg:responsibleOrder a owl:DatatypeProperty ; rdfs:domain vg:PolicyTask ;
                rdfs:label "responsible units, in order"@en , "责任单位（原顺序）"@zh ;
                rdfs:comment "The task's responsible units as the list names them, joined by 、 (the vg:responsibleUnit edges carry no order)."@en .
            vg:leadUnit a owl:ObjectProperty ; rdfs:subPropertyOf vg:responsibleUnit ;
                rdfs:label "lead unit"@en , "牵头单位"@zh .
            vg:metric a owl:ObjectProperty ; rdfs:range skos:Concept ; rdfs:label "metric"@en , "指标"@zh .
            vg:metricLabel a owl:DatatypeProperty ; rdfs:label "metric wording"@en , "指标原文"@zh .
            vg:comparator a owl:ObjectProperty ; rdfs:domain vg:Target ; rdfs:range skos:Concept ;
                rdfs:label "comparator"@en , "比较方式"@zh .
            vg:targetValue a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:decimal ;
                rdfs:label "target value"@en , "目标值"@zh .
            vg:targetValueMax a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:decimal ;
                rdfs:label "target value (upper bound)"@en , "目标上限"@zh .
            vg:deadline a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:gYear ;
                rdfs:label "deadline"@en , "完成时限"@zh .
            vg:indicatorAttribute a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:string ;
                rdfs:label "indicator attribute"@en , "属性"@zh ;
                rdfs:comment "The 属性 of a plan's indicator as the plan's table writes it: 预期性 (expected) or 约束性 (binding)."@en .
            vg:baseYear a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:gYear ;
                rdfs:label "base year"@en , "基期年份"@zh ;
                rdfs:comment "The year a relative target starts from (比2023年提高5个百分点: 2023; 较上年: the year before the target's own year); the trace computes the target from the observation of that year."@en .
            vg:delta a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:decimal ;
                rdfs:label "change from the base"@en , "变化量"@zh ;
                rdfs:comment "The change a relative target asks for, negative for a decrease (下降2个百分点: -2), in the unit vg:deltaUnit."@en .
            vg:deltaUnit a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:string ;
                rdfs:label "unit of the change"@en , "变化量单位"@zh ;
                rdfs:comment "个百分点 (added to a percentage), % (a growth rate of the base) or the base's own unit (增加200人)."@en .
            vg:factor a owl:DatatypeProperty ; rdfs:domain vg:Target ; rdfs:range xsd:decimal ;
                rdfs:label "multiple of the base"@en , "倍数"@zh ;
                rdfs:comment "A relative target as a multiple of its base: 2 for 翻一番, 4 for 翻两番, 1 for 不低于上年."@en .
            vg:unit a owl:ObjectProperty ; rdfs:label "unit"@en , "单位"@zh .
            vg:scope a owl:ObjectProperty ; rdfs:label "scope"@en , "统计范围"@zh ;
                rdfs:comment "What an observation counts over: an organisation (vg:Organization, the node the extractor made for that school) or a region's schools as a whole (vg:SchoolSystem)."@en .
            vg:SchoolSystem a owl:Class ;
                rdfs:label "Schools of a region"@en , "区域学校（整体）"@zh ;
                rdfs:comment "The schools of one region and sector taken as a whole (深圳市中职学校, 广州市中等职业学校, 广州市职业学校): the scope of a region-wide figure. Not an organisation, so not a vg:Organization: it signs no agreement and carries no task; vg:region names its region and skos:prefLabel its name."@en .
            vg:region a owl:DatatypeProperty ; rdfs:label "region"@en , "地区"@zh .
            vg:regionWide a owl:DatatypeProperty ; rdfs:domain qb:Observation ; rdfs:range xsd:boolean ;
                rdfs:label "region-wide"@en , "全域统计"@zh .
            vg:largerIsBetter a owl:DatatypeProperty ; rdfs:domain skos:Concept ; rdfs:range xsd:boolean ;
                rdfs:label "larger is better"@en , "越大越好"@zh ;
                rdfs:comment "Whether a larger value of a metric (Ontology/metrics.ttl) is the better outcome."@en .
            vg:kind a owl:DatatypeProperty ; rdfs:domain vg:Document ;
                rdfs:label "document kind"@en , "文档类型"@zh .
            vg:target a owl:ObjectProperty ; rdfs:domain vg:Comparison ; rdfs:range vg:Target ;
                rdfs:label "target"@en , "目标"@zh .
            vg:observation a owl:ObjectProperty ; rdfs:domain vg:Comparison ; rdfs:range qb:Observation ;
                rdfs:label "observation"@en , "观测值"@zh .
            dcterms:date a owl:DatatypeProperty .
            sdmx-dimension:refPeriod a owl:DatatypeProperty .
            sdmx-measure:obsValue a owl:DatatypeProperty .
            sdmx-attribute:unitMeasure a owl:ObjectProperty .

            """#
        ),
    ]
}
