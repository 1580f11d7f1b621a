// Data from spec/data/designated-industries.csv (rows 1-34), one entry per row, in file order.
// Do not edit by hand without updating the CSV; IndustryCatalogueTests checks the counts.

extension IndustryCatalogue {
    static let entriesPart1: [DesignatedIndustry] = [
        .init(
            .core, "weapons", ["E"], 13, .productDefined,
            ja: "大分類E―製造業（武器又は武器の使用を支援するための活動（輸送、通信、補給、救援又は捜索を含む。）若しくは武力攻撃に対する防御のために特に設計した物）",
            en:
                "Division E-Manufacturing of weapons or goods specially designed for activities to support the use of weapons (including transportation, communication, replenishment, rescue, or search) or for defense against armed attacks",
            qualifier: "manufacturing of the listed goods only (別表一イ)",
            from: "2020-05-08", narrowerBefore: false, source: 0, .verbatim
        ),
        .init(
            .core, "aircraft", ["E"], 13, .productDefined,
            ja: "大分類E―製造業（航空機）",
            en: "Division E-Manufacturing of aircraft",
            qualifier: "manufacturing of the listed goods only (別表一ロ, wording as enacted 2020)",
            from: "2020-05-08", narrowerBefore: false, source: 0, .verbatim
        ),
        .init(
            .core, "space", ["E"], 13, .productDefined,
            ja:
                "大分類E―製造業（人工衛星（地球を回る軌道の外に打ち上げられる飛しょう体及び天体上に置かれる人工の物体を含む。）、ロケット若しくはこれらの打上げ、追跡管制若しくは利用のために特に設計した装置又は推進薬若しくはその原料）",
            en:
                "Division E-Manufacturing of satellites (including space vehicles launched [JLT text truncated in the stored excerpt; rest is a gloss] beyond Earth orbit and artificial objects placed on celestial bodies), rockets, devices specially designed for their launch, tracking control or use, or propellants or their raw materials",
            qualifier: "manufacturing of the listed goods only (別表一ハ)",
            from: "2020-05-08", narrowerBefore: false, source: 0, .verbatim
        ),
        .init(
            .core, "aircraft", ["E"], 13, .productDefined,
            ja: "大分類E―製造業（航空機（無人航空機（人が乗ることので…［以下、出典抜粋で切断］）",
            en:
                "Division E-Manufacturing of aircraft, wording extended to unmanned aircraft (text truncated in stored excerpt)",
            qualifier:
                "2023 amendment rewrote 別表一ロ of the SA core notice to mention 無人航空機; full wording and limits not visible",
            from: "2023-05-24", narrowerBefore: false, source: 1, .verbatim
        ),
        .init(
            .designated, "weapons", ["2761"], 14, .definite,
            ja: "武器関連の製造業",
            en: "Manufacturing related to weapons",
            qualifier: "JSIC code name-matched (武器製造業); the notice defines the item by product, not by code",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .designated, "aircraft", [], nil, .noCode,
            ja: "航空機関連の製造業",
            en: "Manufacturing related to aircraft",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .designated, "space", [], nil, .noCode,
            ja: "宇宙開発関連の製造業",
            en: "Manufacturing related to space development",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .designated, "nuclear", [], nil, .noCode,
            ja: "原子力関連の製造業",
            en: "Manufacturing related to nuclear power",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .designated, "weapons-aircraft-space-nuclear", [], nil, .noCode,
            ja: "上記（武器・航空機・宇宙開発・原子力）に係る修理業",
            en: "Repair businesses relating to the above (weapons, aircraft, space, nuclear)",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .designated, "weapons-aircraft-space-nuclear", [], nil, .noCode,
            ja: "上記（武器・航空機・宇宙開発・原子力）に係るソフトウェア業",
            en: "Software businesses relating to the above (weapons, aircraft, space, nuclear)",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 2, .secondary
        ),
        .init(
            .core, "nuclear", [], nil, .noCode,
            ja: "原子力関連の製造業",
            en: "Manufacturing related to nuclear facilities",
            qualifier: "core per AMT memo item (1) 'nuclear facilities'",
            from: "2020-05-08", narrowerBefore: false, source: 3, .secondary
        ),
        .init(
            .core, "weapons-aircraft-space-nuclear", [], nil, .noCode,
            ja: "武器・航空機・宇宙開発・原子力に係る修理業",
            en: "Repair relating to weapons, aircraft, space, nuclear",
            qualifier:
                "assumed core because AMT lists these sectors as core without carving out repair; not read from the core notice",
            from: "2020-05-08", narrowerBefore: false, source: 4, .inferred
        ),
        .init(
            .core, "weapons-aircraft-space-nuclear", [], nil, .noCode,
            ja: "武器・航空機・宇宙開発・原子力に係るソフトウェア業",
            en: "Software relating to weapons, aircraft, space, nuclear",
            qualifier:
                "assumed core because AMT lists these sectors as core without carving out software; not read from the core notice",
            from: "2020-05-08", narrowerBefore: false, source: 4, .inferred
        ),
        .init(
            .designated, "dual-use", [], nil, .noCode,
            ja: "輸出管理レジームの対象リストの汎用品の製造業（軍事転用可能な汎用品の製造業）",
            en: "Manufacturing of dual-use items on export-control-regime lists",
            qualifier: "",
            from: nil, narrowerBefore: false, source: 5, .secondary
        ),
        .init(
            .core, "dual-use", [], nil, .noCode,
            ja: "輸出管理レジームの対象リストの汎用品の製造業",
            en: "Manufacturing of dual-use items (export-control lists)",
            qualifier: "core per AMT memo item (1) 'dual-use technologies'",
            from: "2020-05-08", narrowerBefore: false, source: 6, .secondary
        ),
        .init(
            .designated, "dual-use", [], nil, .noCode,
            ja: "外国為替令別表の1から15までの項の中欄に掲げる設計及び製造に係る技術を保有する製造業等",
            en:
                "Manufacturers etc. holding design/manufacturing technology listed in items 1-15 of the Foreign Exchange Order appended table",
            qualifier:
                "added by 平成29年 告示第2号 (amending the designated notice); applies_from is the 2017-10-01 commencement of the amended Act, not read from the notice",
            from: "2017-10-01", narrowerBefore: false, source: 7, .inferred
        ),
        .init(
            .designated, "ICT/cybersecurity", ["2814"], 14, .definite,
            ja: "集積回路製造業",
            en: "Manufacture of integrated circuits",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["2831"], 14, .definite,
            ja: "半導体メモリメディア製造業",
            en: "Manufacture of semiconductor memory media",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["2832"], 14, .definite,
            ja: "光ディスク・磁気ディスク・磁気テープ製造業",
            en: "Manufacture of optical discs, magnetic tapes and discs",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["2842"], 14, .definite,
            ja: "電子回路実装基板製造業",
            en: "Manufacture of electronic circuit implementation boards",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3011"], 14, .definite,
            ja: "有線通信機械器具製造業",
            en: "Manufacture of cable communication equipment",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3012"], 14, .definite,
            ja: "携帯電話機・PHS電話機製造業",
            en: "Manufacture of mobile phones and PHS",
            qualifier:
                "new; JSIC Rev.14 renamed it スマートフォン・携帯電話機・ＰＨＳ電話機製造業; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 9, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3013"], 14, .definite,
            ja: "無線通信機械器具製造業",
            en: "Manufacture of radio communication equipment",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3031"], 14, .definite,
            ja: "電子計算機製造業（パーソナルコンピュータを除く）",
            en: "Manufacture of computers, except personal computers",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3032"], 14, .definite,
            ja: "パーソナルコンピュータ製造業",
            en: "Manufacture of personal computers",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3033"], 14, .definite,
            ja: "外部記憶装置製造業",
            en: "Manufacture of external storage devices",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3911"], 14, .definite,
            ja: "受託開発ソフトウエア業",
            en: "Custom software development services",
            qualifier:
                "new; any product/scope limits in the notice not seen; JSIC code name-matched; narrowed in 2020 (date not confirmed): software, information-processing and internet-use-support businesses carried on as non-core businesses within a company group are excluded per Pinsent Masons (secondary; notice wording not seen)",
            from: "2019-08-31", narrowerBefore: false, source: 10, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3912"], 14, .definite,
            ja: "組込みソフトウエア業",
            en: "Embedded software services",
            qualifier:
                "new; any product/scope limits in the notice not seen; JSIC code name-matched; narrowed in 2020 (date not confirmed): software, information-processing and internet-use-support businesses carried on as non-core businesses within a company group are excluded per Pinsent Masons (secondary; notice wording not seen)",
            from: "2019-08-31", narrowerBefore: false, source: 10, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3913"], 14, .definite,
            ja: "パッケージソフトウエア業",
            en: "Packaged software services",
            qualifier:
                "new; any product/scope limits in the notice not seen; JSIC code name-matched; narrowed in 2020 (date not confirmed): software, information-processing and internet-use-support businesses carried on as non-core businesses within a company group are excluded per Pinsent Masons (secondary; notice wording not seen)",
            from: "2019-08-31", narrowerBefore: false, source: 10, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3713"], 14, .definite,
            ja: "有線放送電話業",
            en: "Cable broadcast telephone services",
            qualifier: "new; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: false, source: 8, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3921"], 14, .definite,
            ja: "情報処理サービス業",
            en: "Data processing services",
            qualifier:
                "new; any product/scope limits in the notice not seen; JSIC code name-matched; narrowed in 2020 (date not confirmed): software, information-processing and internet-use-support businesses carried on as non-core businesses within a company group are excluded per Pinsent Masons (secondary; notice wording not seen)",
            from: "2019-08-31", narrowerBefore: false, source: 10, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3711"], 14, .definite,
            ja: "地域電気通信業（有線放送電話業を除く）",
            en: "Regional telecommunications, except wired broadcast telephone services",
            qualifier:
                "existed before 2019 with narrower scope; scope expanded; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: true, source: 9, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3712"], 14, .definite,
            ja: "長距離電気通信業",
            en: "Long-distance telecommunications",
            qualifier:
                "existed before 2019 with narrower scope; scope expanded; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: true, source: 9, .secondary
        ),
        .init(
            .designated, "ICT/cybersecurity", ["3719"], 14, .definite,
            ja: "その他の固定電気通信業",
            en: "Miscellaneous fixed telecommunications",
            qualifier:
                "existed before 2019 with narrower scope; scope expanded; any product/scope limits in the notice not seen; JSIC code name-matched",
            from: "2019-08-31", narrowerBefore: true, source: 9, .secondary
        ),
    ]
}
