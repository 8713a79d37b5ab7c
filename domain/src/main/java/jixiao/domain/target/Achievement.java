package jixiao.domain.target;

import java.util.Map;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.HalfWidth;

/** The three phrases a self-evaluation uses for how far a target was achieved (scoring.md §3). */
public enum Achievement {
    ACHIEVED(new Bilingual("达成", "achieved")),
    PARTLY_ACHIEVED(new Bilingual("部分达成", "partly achieved")),
    NOT_ACHIEVED(new Bilingual("未达成", "not achieved"));

    private static final Map<String, Achievement> PHRASES = Map.of(
            "达成指标", ACHIEVED, "达成", ACHIEVED, "已达成", ACHIEVED, "完成", ACHIEVED,
            "部分达成指标并具有一定效果", PARTLY_ACHIEVED, "部分达成", PARTLY_ACHIEVED,
            "未达成指标且效果较差", NOT_ACHIEVED, "未达成", NOT_ACHIEVED);

    private final Bilingual words;

    Achievement(Bilingual words) {
        this.words = words;
    }

    public Bilingual words() {
        return words;
    }

    /** The achievement a phrase states, ignoring surrounding whitespace; empty for any other text. */
    public static Optional<Achievement> of(String phrase) {
        return Optional.ofNullable(PHRASES.get(HalfWidth.of(phrase).strip()));
    }
}
