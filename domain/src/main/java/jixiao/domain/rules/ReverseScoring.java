package jixiao.domain.rules;

import jixiao.domain.language.Bilingual;

/** How a reverse target (≤, <) that was not met is scored; no national formula exists. */
public enum ReverseScoring {
    /** W × T / A: the default. */
    RATIO("ratio", new Bilingual("比例法：分值 × 目标 / 实际", "ratio: weight × target / actual")),
    /** W × (1 − (A − T) / T), and 0 once A ≥ 2T: used by some provincial systems. */
    DEVIATION("deviation", new Bilingual("偏差法：分值 × (1 − (实际 − 目标) / 目标)，实际 ≥ 2 × 目标时为 0",
            "deviation: weight × (1 − (actual − target) / target), 0 once actual ≥ 2 × target"));

    private final String key;
    private final Bilingual meaning;

    ReverseScoring(String key, Bilingual meaning) {
        this.key = key;
        this.meaning = meaning;
    }

    public String key() {
        return key;
    }

    public Bilingual meaning() {
        return meaning;
    }
}
