/// The days of the vernal and autumnal equinoxes in Japan Standard Time.
///
/// 国民の祝日に関する法律 (Act No. 178 of 1948) Art. 2 makes 「春分日」 the Vernal Equinox Day and 「秋分日」 the
/// Autumnal Equinox Day. The law names an astronomical day: the National Astronomical Observatory of Japan computes
/// it and the government gazettes it each February for the following year (暦要項), which is why the Cabinet Office's
/// list never runs more than about two years ahead.
///
/// This type uses the standard approximation of the equinox days (the formula used throughout Japanese calendar
/// software, fitted to the observatory's ephemerides):
///
///     vernal    = ⌊20.8357 + 0.242194·(Y−1980) − trunc((Y−1983)/4)⌋   for 1900–1979
///     vernal    = ⌊20.8431 + 0.242194·(Y−1980) − ⌊(Y−1980)/4⌋⌋       for 1980–2099
///     autumnal  = ⌊23.2588 + 0.242194·(Y−1980) − trunc((Y−1983)/4)⌋   for 1900–1979
///     autumnal  = ⌊23.2488 + 0.242194·(Y−1980) − ⌊(Y−1980)/4⌋⌋       for 1980–2099
///
/// It reproduces every equinox day in the Cabinet Office's list (1955 onward). The constants have six decimals, so
/// the computation is done exactly in integers scaled by 10⁶; no binary floating point is involved.
///
/// - Important: Equinox days after the last gazetted year are predictions. The gazetted day can differ from the
///   formula only when the equinox instant falls close to midnight JST, so treat far-future equinox days (and the
///   substitute and citizens' holidays that depend on them) as provisional until the Cabinet Office publishes them.
enum Equinox {
    /// The years the formula covers.
    static let years: ClosedRange<Int> = 1900...2099

    /// The day of March on which the vernal equinox falls in `year` (1900–2099).
    static func vernalDay(in year: Int) -> Int {
        day(year: year, base1900: 20_835_700, base1980: 20_843_100)
    }

    /// The day of September on which the autumnal equinox falls in `year` (1900–2099).
    static func autumnalDay(in year: Int) -> Int {
        day(year: year, base1900: 23_258_800, base1980: 23_248_800)
    }

    /// ⌊base + 0.242194·(Y−1980)⌋ − leap correction, with the constants scaled by 10⁶.
    private static func day(year: Int, base1900: Int, base1980: Int) -> Int {
        precondition(years.contains(year), "equinox formula covers 1900–2099")
        let elapsed = year - 1980
        if year >= 1980 {
            return (base1980 + 242_194 * elapsed) / 1_000_000 - elapsed / 4
        }
        // For 1900–1979 the numerator stays positive, so integer division is the floor; the leap correction uses
        // truncation toward zero, exactly as the published formula's int() does.
        return (base1900 + 242_194 * elapsed) / 1_000_000 - (year - 1983) / 4
    }
}
