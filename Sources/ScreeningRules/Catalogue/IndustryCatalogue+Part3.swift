// Data from spec/data/designated-industries.csv (rows 68-99), one entry per row, in file order.
// Do not edit by hand without updating the CSV; IndustryCatalogueTests checks the counts.

extension IndustryCatalogue {
    static let entriesPart3: [DesignatedIndustry] = [
        .init(
            .core, "critical-minerals", [], nil, .noCode,
            ja: "重要鉱物資源34鉱種に係る鉱物の成分分析業",
            en: "Component analysis services of minerals, pertaining to 34 critical minerals including rare earths",
            qualifier:
                "JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice; mineral list: designated-industries.md §8 (inferred)",
            from: "2021-11-04", narrowerBefore: false, source: 16, .secondary
        ),
        .init(
            .core, "critical-minerals", [], nil, .noCode,
            ja: "特定離島港湾施設等の整備等を行う建設業等",
            en:
                "The construction service business etc. which improves or maintains port facilities on Designated Remote Islands to secure smooth activities by mineral exploration vessels",
            qualifier:
                "Designated Remote Islands = 沖ノ鳥島・南鳥島 (低潮線保全法 Cabinet Order) per tokiox summary; MOF JA press wording in full: 「重要鉱物資源の調査を行う船舶の円滑な活動を可能とすべく、特定離島(注)港湾施設等の整備等を行う建設業等」; JA and EN wording copied from the MOF press releases of 2021-10-05 (JA and EN), not from the notice",
            from: "2021-11-04", narrowerBefore: false, source: 17, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "肥料輸入業（肥料原料として年間1000トン以上の塩化カリウム又はりん酸アンモニウムを輸入するもの）",
            en: "Import of fertilizers",
            qualifier:
                "only importers of >=1,000 t/year of potassium chloride or ammonium phosphate as fertilizer raw material",
            from: "2023-05-24", narrowerBefore: false, source: 18, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "永久磁石等の製造業",
            en: "Manufacture of permanent magnets, etc.",
            qualifier: "JA name is a gloss of the English source; product limits ('etc.') not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "工作機械・産業用ロボット等の製造業",
            en: "Manufacture of machine tools and industrial robots, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "半導体素子・集積回路の製造装置等の製造業",
            en: "Manufacture of manufacturing equipment for semiconductor devices and integrated circuits, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "蓄電池等の製造業",
            en: "Manufacture of storage batteries, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "天然ガスの卸売業",
            en: "Wholesale of natural gas",
            qualifier: "JA name is a gloss of the English source; limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "金属・鉱物の製錬業",
            en: "Refining of metals and minerals",
            qualifier: "JA name is a gloss of the English source; which metals/minerals not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "船舶の部品（船舶用機器）の製造業",
            en: "Manufacture of marine equipment",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "金属3Dプリンターの製造業",
            en: "Manufacture of metal 3D printers",
            qualifier: "JA name is a gloss of the English source; ",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "肥料輸入業（肥料原料として年間1000トン以上の塩化カリウム又はりん酸アンモニウムを輸入するもの）",
            en: "Import of fertilizers",
            qualifier:
                "only importers of >=1,000 t/year of potassium chloride or ammonium phosphate as fertilizer raw material",
            from: "2023-05-24", narrowerBefore: false, source: 18, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "永久磁石等の製造業",
            en: "Manufacture of permanent magnets, etc.",
            qualifier: "JA name is a gloss of the English source; product limits ('etc.') not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "工作機械・産業用ロボット等の製造業",
            en: "Manufacture of machine tools and industrial robots, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "半導体素子・集積回路の製造装置等の製造業",
            en: "Manufacture of manufacturing equipment for semiconductor devices and integrated circuits, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "蓄電池等の製造業",
            en: "Manufacture of storage batteries, etc.",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "天然ガスの卸売業",
            en: "Wholesale of natural gas",
            qualifier: "JA name is a gloss of the English source; limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "金属・鉱物の製錬業",
            en: "Refining of metals and minerals",
            qualifier: "JA name is a gloss of the English source; which metals/minerals not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "船舶の部品（船舶用機器）の製造業",
            en: "Manufacture of marine equipment",
            qualifier: "JA name is a gloss of the English source; product limits not found",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "金属3Dプリンターの製造業",
            en: "Manufacture of metal 3D printers",
            qualifier: "JA name is a gloss of the English source; ",
            from: "2023-05-24", narrowerBefore: false, source: 19, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "半導体製造関連機器の製造業（半導体製造のために専ら用いられる機械器具、部分品、物資及び素材等）",
            en:
                "Manufacture of semiconductor-manufacturing-related equipment (machinery, parts, materials used exclusively for semiconductor manufacturing)",
            qualifier: "items as listed in the 2024 public-comment draft; final notice text not seen",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "先端電子部品の製造業（積層セラミックコンデンサ等の電子部品類及びそれらの素材等）",
            en:
                "Manufacture of advanced electronic components (e.g. multilayer ceramic capacitors, and their materials)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; notice reportedly names 積層セラミックコンデンサ・フィルムコンデンサ・積層インダクタ and SAWフィルタ・BAWフィルタ・水晶振動子・水晶共振子・水晶発振子",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "工作機械部品の製造業（ボールねじ、リニアガイドやリニアスケール等の工作機械部品）",
            en: "Manufacture of machine-tool parts (ball screws, linear guides, linear scales, etc.)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; notice reportedly also names コンクリート製品の製造業（ミネラルキャスト）",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "船舶用機関の製造業（4サイクルであり、かつ、連続最大出力735kW以上の民生船舶用のディーゼルエンジン）",
            en:
                "Manufacture of marine engines (4-stroke civilian marine diesel engines with continuous max output >= 735 kW)",
            qualifier: "items as listed in the 2024 public-comment draft; final notice text not seen",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "光ファイバケーブルの製造業（石英系の光ファイバ・光ファイバ素線）",
            en: "Manufacture of optical fibre cables (silica-based optical fibres and fibre strands)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; added 'from the viewpoint of national security' rather than as an ESPA critical product",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .designated, "supply-chain", [], nil, .noCode,
            ja: "複合機の製造業（データの送受信機能を有するものであって、複写やスキャン等の複数の機能を有する機械器具）",
            en:
                "Manufacture of multifunction machines (with data send/receive function and multiple functions such as copying/scanning)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; added 'from the viewpoint of national security' rather than as an ESPA critical product",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "半導体製造関連機器の製造業（半導体製造のために専ら用いられる機械器具、部分品、物資及び素材等）",
            en:
                "Manufacture of semiconductor-manufacturing-related equipment (machinery, parts, materials used exclusively for semiconductor manufacturing)",
            qualifier: "items as listed in the 2024 public-comment draft; final notice text not seen",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "先端電子部品の製造業（積層セラミックコンデンサ等の電子部品類及びそれらの素材等）",
            en:
                "Manufacture of advanced electronic components (e.g. multilayer ceramic capacitors, and their materials)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; notice reportedly names 積層セラミックコンデンサ・フィルムコンデンサ・積層インダクタ and SAWフィルタ・BAWフィルタ・水晶振動子・水晶共振子・水晶発振子",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "工作機械部品の製造業（ボールねじ、リニアガイドやリニアスケール等の工作機械部品）",
            en: "Manufacture of machine-tool parts (ball screws, linear guides, linear scales, etc.)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; notice reportedly also names コンクリート製品の製造業（ミネラルキャスト）",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "船舶用機関の製造業（4サイクルであり、かつ、連続最大出力735kW以上の民生船舶用のディーゼルエンジン）",
            en:
                "Manufacture of marine engines (4-stroke civilian marine diesel engines with continuous max output >= 735 kW)",
            qualifier: "items as listed in the 2024 public-comment draft; final notice text not seen",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "光ファイバケーブルの製造業（石英系の光ファイバ・光ファイバ素線）",
            en: "Manufacture of optical fibre cables (silica-based optical fibres and fibre strands)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; added 'from the viewpoint of national security' rather than as an ESPA critical product",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
        .init(
            .core, "supply-chain", [], nil, .noCode,
            ja: "複合機の製造業（データの送受信機能を有するものであって、複写やスキャン等の複数の機能を有する機械器具）",
            en:
                "Manufacture of multifunction machines (with data send/receive function and multiple functions such as copying/scanning)",
            qualifier:
                "items as listed in the 2024 public-comment draft; final notice text not seen; added 'from the viewpoint of national security' rather than as an ESPA critical product",
            from: "2024-09-15", narrowerBefore: false, source: 20, .secondary
        ),
    ]
}
