// The sources cited by spec/data/designated-industries.csv, deduplicated; entries refer to them by index.

extension IndustryCatalogue {
    /// The distinct sources of the catalogue, referred to by ``DesignatedIndustry/sourceIndex``.
    public static let sources: [String] = [
        "https://www.japaneselawtranslation.go.jp/notices/view/152 ; https://www.japaneselawtranslation.go.jp/ja/laws/download/5196/13/r02Zzf00050102je18.0.txt (SA core notice R2 No.5, 別表一; FDI core notice text not found)",
        "https://www.jil.go.jp/kokunai/mm/hourei/kokuji/20230424d.html (R5 告示第6号 amending SA core notice R2 No.5)",
        "https://wada7772.com/blog_detail?actual_object_id=439 ; https://www.kansai.meti.go.jp/2tsusyo/5_toushishinsa/tainaitoushishinsa.html",
        "https://ntpartnerlawfirm.com/foreign-investment-in-japan-2024 ; http://en.c4defence.com/Archive/savunma-endustrisi-ne-siki-yonetim/9534/1",
        "https://ntpartnerlawfirm.com/foreign-investment-in-japan-2024 ; https://wada7772.com/blog_detail?actual_object_id=439",
        "https://www.kansai.meti.go.jp/2tsusyo/5_toushishinsa/tainaitoushishinsa.html ; https://wada7772.com/blog_detail?actual_object_id=439",
        "https://ntpartnerlawfirm.com/foreign-investment-in-japan-2024",
        "http://www.boj.or.jp/about/services/tame/t_note23.htm/",
        "http://webiis06.mondaq.com/Article/839550 ; https://www.epochtimes.jp/2019/05/43123.html ; https://investmentpolicy.unctad.org/investment-policy-monitor/measures/3392/japan-japan-expanded-scope-of-industries-subject-to-prior-notification-for-fdi",
        "http://webiis06.mondaq.com/Article/839550 ; https://investmentpolicy.unctad.org/investment-policy-monitor/measures/3392/japan-japan-expanded-scope-of-industries-subject-to-prior-notification-for-fdi",
        "http://webiis06.mondaq.com/Article/839550 ; https://www.epochtimes.jp/2019/05/43123.html ; https://investmentpolicy.unctad.org/investment-policy-monitor/measures/3392/japan-japan-expanded-scope-of-industries-subject-to-prior-notification-for-fdi ; https://pinsentmasons.com/out-law/guides/foreign-direct-investment-in-japan",
        "http://webiis06.mondaq.com/Article/839550 ; https://investmentpolicy.unctad.org/investment-policy-monitor/measures/3392/japan-japan-expanded-scope-of-industries-subject-to-prior-notification-for-fdi ; https://pinsentmasons.com/out-law/guides/foreign-direct-investment-in-japan",
        "https://ntpartnerlawfirm.com/foreign-investment-in-japan-2024 ; http://en.c4defence.com/Archive/savunma-endustrisi-ne-siki-yonetim/9534/1 ; https://wada7772.com/blog_detail?actual_object_id=439",
        "https://wada7772.com/blog_detail?actual_object_id=439",
        "https://www.mof.go.jp/international_policy/gaitame_kawase/gaitame/recent_revised/20200615.html ; https://www.gov-base.info/2020/07/10/91304",
        "https://www.mof.go.jp/policy/international_policy/gaitame_kawase/press_release/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211102.html ; https://www.japanmetaldaily.com/articles/-/90520 ; https://www.iru-miru.com/article/39919",
        "https://www.mof.go.jp/policy/international_policy/gaitame_kawase/press_release/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211102.html ; https://www.iru-miru.com/article/39919",
        "https://www.mof.go.jp/policy/international_policy/gaitame_kawase/press_release/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211005.html ; https://www.mof.go.jp/english/policy/international_policy/fdi/20211102.html ; http://tokiox.com/wp/japan-priority-examination-of-rare-earths-by-the-law-34-of-minerals",
        "https://www.maff.go.jp/j/seisan/sien/sizai/s_hiryo/230424.html ; https://arqis.jp/knowledge/expansion-of-the-scope-of-business-categories-subject-to-boj-prior-notification-filing/ ; https://www.kansai.meti.go.jp/2kokusai/toushikanri/public_comment.html",
        "https://arqis.jp/knowledge/expansion-of-the-scope-of-business-categories-subject-to-boj-prior-notification-filing/ ; https://www.kansai.meti.go.jp/2kokusai/toushikanri/public_comment.html",
        "https://note.com/exportcontrol/n/n62ac9e757731 ; https://4nownews.com/?p=4205 ; https://n-legal.co.jp/column/%e5%a4%96%e7%82%ba%e6%b3%95%e3%81%ab%e3%81%8a%e3%81%91%e3%82%8b%e3%80%8c%e3%82%b3%e3%82%a2%e6%a5%ad%e7%a8%ae%e3%80%8d%e5%91%8a%e7%a4%ba%e6%94%b9%e6%ad%a3%e3%81%a8%e9%8a%98%e6%9f%84%e3%83%aa%e3%82%b9",
    ]
}
