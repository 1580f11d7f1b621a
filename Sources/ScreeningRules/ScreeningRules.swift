// ScreeningRules: the FEFTA rules engine (facts in, determination out). Pure: no clock, I/O or database.
// See ../shared/spec/fefta-rules.md for the law and design.md §3–4 for the contract.
