// Data from spec/data/designated-industries.csv (rows 35-67), one entry per row, in file order.
// Do not edit by hand without updating the CSV; IndustryCatalogueTests checks the counts.

extension IndustryCatalogue {
    static let entriesPart2: [DesignatedIndustry] = [
        .init(
            .designated, "ICT/cybersecurity", ["3721"], 14, .definite,
            ja: "移動電気通信業",
            en: "Mobile telecommunications",
            qualifier:
                "existed before 2019 with narrower scope; scope expanded; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: true, source: 9, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["4013"], 14, .definite,
            ja: "インターネット利用サポート業",
            en: "Internet user support services",
            qualifier:
                "existed before 2019 with narrower scope; scope expanded; any product/scope limits in the notice not seen; JSIC code name-matched; narrowed in 2020 (date not confirmed): software, information-processing and internet-use-support businesses carried on as non-core businesses within a company group are excluded per Pinsent Masons (secondary; notice wording not seen)",
            from: "2019-08-31", narrowerBefore: true, source: 11, .secondary
        ),
        .init(
            .core, "ICT/cybersecurity", [], nil, .noCode,
            ja: "サイバーセキュリティ関連業種（情報処理関連の機器・部品・ソフトウェア製造業種、情報サービス関連業種）のうちコア業種とされるもの",
            en: "Cybersecurity-related sectors designated as core (subset of the ICT list)",
            qualifier: "which ICT items are core, and with what limits, not found",
            from: "2020-05-08", narrowerBefore: false, source: 12, .secondary
        ),
        .init(
            .designated, "electricity", ["33"], 14, .definite,
            ja: "電力業（電気業）",
            en: "Electricity",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "gas", ["34"], 14, .definite,
            ja: "ガス業",
            en: "Gas",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "telecom", [], nil, .noCode,
            ja: "通信業",
            en: "Telecommunications (see the 2019 ICT rows for JSIC-level telecom entries)",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "water", ["3611"], 14, .definite,
            ja: "上水道",
            en: "Water supply",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "railway", ["42"], 14, .definite,
            ja: "鉄道業",
            en: "Railways",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "oil", [], nil, .noCode,
            ja: "石油業",
            en: "Oil",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "heat-supply", ["35"], 14, .definite,
            ja: "熱供給業",
            en: "Heat supply",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "broadcasting", ["38"], 14, .definite,
            ja: "放送業",
            en: "Broadcasting",
            qualifier: "JSIC code name-matched",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "transport", [], nil, .noCode,
            ja: "旅客運送",
            en: "Passenger transport",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .core, "electricity", [], nil, .noCode,
            ja: "電力業（電気業）",
            en: "Electricity",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "gas", [], nil, .noCode,
            ja: "ガス業",
            en: "Gas",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "telecom", [], nil, .noCode,
            ja: "通信業",
            en: "Telecommunications (see the 2019 ICT rows for JSIC-level telecom entries)",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "water", [], nil, .noCode,
            ja: "上水道",
            en: "Water supply",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "railway", [], nil, .noCode,
            ja: "鉄道業",
            en: "Railways",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "oil", [], nil, .noCode,
            ja: "石油業",
            en: "Oil",
            qualifier: "AMT memo: core covers only 'part of' this group; exact limits not found",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .designated, "security-services", ["9231"], 14, .definite,
            ja: "警備業",
            en: "Security guard services",
            qualifier: "JSIC code name-matched ('|' separates several codes)",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "agriculture-forestry-fisheries", ["A", "B"], 14, .definite,
            ja: "農林水産業",
            en: "Agriculture, forestry and fisheries",
            qualifier: "JSIC code name-matched ('|' separates several codes)",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "leather", ["20"], 14, .definite,
            ja: "皮革製品製造業",
            en: "Manufacture of leather products",
            qualifier: "JSIC code name-matched ('|' separates several codes)",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "transport", ["46"], 14, .definite,
            ja: "航空運輸業",
            en: "Air transport",
            qualifier: "JSIC code name-matched ('|' separates several codes)",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "transport", ["451", "452"], 14, .definite,
            ja: "海運業",
            en: "Maritime transport",
            qualifier: "JSIC code name-matched ('|' separates several codes)",
            from: nil, narrowerBefore: false, source: 13, .secondary
        ),
        .init(
            .designated, "medical", [], nil, .noCode,
            ja: "感染症に対する医薬品に係る製造業（医薬品中間物を含む）",
            en: "Manufacture of pharmaceuticals for infectious diseases (including pharmaceutical intermediates)",
            qualifier: "product-limited; JSIC (likely within 165) not stated in source",
            from: "2020-07-15", narrowerBefore: false, source: 14, .secondary
        ),
        .init(
            .designated, "medical", [], nil, .noCode,
            ja: "高度管理医療機器に係る製造業（附属品・部分品を含む）",
            en: "Manufacture of highly controlled medical devices (including accessories and parts)",
            qualifier: "product-limited; JSIC (likely within 274) not stated in source",
            from: "2020-07-15", narrowerBefore: false, source: 14, .secondary
        ),
        .init(
            .core, "medical", [], nil, .noCode,
            ja: "感染症に対する医薬品に係る製造業（医薬品中間物を含む）",
            en: "Manufacture of pharmaceuticals for infectious diseases (including pharmaceutical intermediates)",
            qualifier: "product-limited; JSIC (likely within 165) not stated in source",
            from: "2020-07-15", narrowerBefore: false, source: 14, .secondary
        ),
        .init(
            .core, "medical", [], nil, .noCode,
            ja: "高度管理医療機器に係る製造業（附属品・部分品を含む）",
            en: "Manufacture of highly controlled medical devices (including accessories and parts)",
            qualifier: "product-limited; JSIC (likely within 274) not stated in source",
            from: "2020-07-15", narrowerBefore: false, source: 14, .secondary
        ),
        .init(
            .designated, "critical-minerals", ["051"], 14, .possible,
            ja: "重要鉱物資源34鉱種に係る金属鉱業（資源調査船の運行や、測量等を含む）",
            en:
                "Metal mining (including the operation of mineral exploration vessels or land/underwater surveys for mining), pertaining to 34 critical minerals including rare earths",
            qualifier:
                "JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; the 34 minerals are probably the 34-kind rare-metal list in designated-industries.md §8 (inferred: the count and the published examples Mn, Ni, W, Co, Li, Ti match; the notice's own list not seen); JSIC code name-matched",
            from: "2021-11-04", narrowerBefore: false, source: 15, .secondary
        ),
        .init(
            .designated, "critical-minerals", [], nil, .noCode,
            ja: "重要鉱物資源34鉱種に係る金属鉱業の目的で使用する機器等（資源調査船・探査機、船舶用機器、掘削機等）の製造業、修理業、ソフトウエア業",
            en:
                "Manufacturing, repair/maintenance or software for devices or products used for metal mining (including mineral exploration vessels, marine equipment, excavators and drilling machines), pertaining to 34 critical minerals including rare earths",
            qualifier:
                "purpose-limited (equipment used for metal mining); JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; mineral list: designated-industries.md §8 (inferred)",
            from: "2021-11-04", narrowerBefore: false, source: 16, .secondary
        ),
        .init(
            .designated, "critical-minerals", [], nil, .noCode,
            ja: "重要鉱物資源34鉱種に係る鉱物の成分分析業",
            en: "Component analysis services of minerals, pertaining to 34 critical minerals including rare earths",
            qualifier:
                "JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; mineral list: designated-industries.md §8 (inferred)",
            from: "2021-11-04", narrowerBefore: false, source: 16, .secondary
        ),
        .init(
            .designated, "critical-minerals", [], nil, .noCode,
            ja: "特定離島港湾施設等の整備等を行う建設業等",
            en:
                "The construction service business etc. which improves or maintains port facilities on Designated Remote Islands to secure smooth activities by mineral exploration vessels",
            qualifier:
                "Designated Remote Islands = 沖ノ鳥島・南鳥島 (低潮線保全法 Cabinet Order) per tokiox summary; MOF JA press wording in full: 「重要鉱物資源の調査を行う船舶の円滑な活動を可能とすべく、特定離島(注)港湾施設等の整備等を行う建設業等」; JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice",
            from: "2021-11-04", narrowerBefore: false, source: 17, .secondary
        ),
        .init(
            .core, "critical-minerals", ["051"], 14, .possible,
            ja: "重要鉱物資源34鉱種に係る金属鉱業（資源調査船の運行や、測量等を含む）",
            en:
                "Metal mining (including the operation of mineral exploration vessels or land/underwater surveys for mining), pertaining to 34 critical minerals including rare earths",
            qualifier:
                "JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; the 34 minerals are probably the 34-kind rare-metal list in designated-industries.md §8 (inferred: the count and the published examples Mn, Ni, W, Co, Li, Ti match; the notice's own list not seen); JSIC code name-matched",
            from: "2021-11-04", narrowerBefore: false, source: 15, .secondary
        ),
        .init(
            .core, "critical-minerals", [], nil, .noCode,
            ja: "重要鉱物資源34鉱種に係る金属鉱業の目的で使用する機器等（資源調査船・探査機、船舶用機器、掘削機等）の製造業、修理業、ソフトウエア業",
            en:
                "Manufacturing, repair/maintenance or software for devices or products used for metal mining (including mineral exploration vessels, marine equipment, excavators and drilling machines), pertaining to 34 critical minerals including rare earths",
            qualifier:
                "purpose-limited (equipment used for metal mining); JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; mineral list: designated-industries.md §8 (inferred)",
            from: "2021-11-04", narrowerBefore: false, source: 16, .secondary
        ),
    ]
}
