package jixiao.domain.stage;

import java.util.Objects;
import java.util.Optional;

/**
 * The project-level close of a monitoring return: 总体目标完成情况 (how the annual goal is going),
 * 是否需要整改 (whether the project must be put right: empty until answered) and 整改措施 (how).
 */
public record Conclusion(String summary, Optional<Boolean> rectify, String rectifyNote) {

    public static final Conclusion EMPTY = new Conclusion("", Optional.empty(), "");

    public Conclusion {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rectify, "rectify");
        Objects.requireNonNull(rectifyNote, "rectifyNote");
    }

    /** Whether the answer is yes but no 整改措施 says how: an error on the return. */
    public boolean rectifiesWithoutMeasures() {
        return rectify.orElse(false) && rectifyNote.isBlank();
    }

    public Conclusion withSummary(String changed) {
        return new Conclusion(changed, rectify, rectifyNote);
    }

    public Conclusion withRectify(Optional<Boolean> changed) {
        return new Conclusion(summary, changed, rectifyNote);
    }

    public Conclusion withRectifyNote(String changed) {
        return new Conclusion(summary, rectify, changed);
    }
}
