package jixiao.tui.presentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Language;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.tui.words.Words;

/**
 * The stages of a project-year on one line, in their order: which exist, which is current (the
 * latest, the one the screens edit), which are read-only because a later one exists, and which
 * were reopened. A stage the year does not have is dimmed.
 *
 * <pre>
 * 阶段  申报（只读） › 目标调整 — › 运行监控 1–7月（当前） › 自评 —
 * </pre>
 */
public final class StageStrip {

    private static final String BETWEEN = " › ";

    private StageStrip() {
    }

    public static Line of(ProjectYear year, Language language, int width) {
        List<Segment> parts = new ArrayList<>();
        parts.add(new Segment(Words.STAGES.in(language) + "  ", Tone.HEADING));
        StageKind current = year.latest().kind();
        for (StageKind kind : StageKind.values()) {
            if (kind != StageKind.DECLARATION) {
                parts.add(new Segment(BETWEEN, Tone.DIM));
            }
            Optional<Stage> stage = year.stage(kind);
            String name = kind.label().in(language) + stage.filter(MonitoringReturn.class::isInstance)
                    .map(monitored -> " " + ((MonitoringReturn) monitored).period().in(language)).orElse("");
            if (stage.isEmpty()) {
                parts.add(new Segment(name + " —", Tone.DIM));
            } else if (kind == current) {
                parts.add(new Segment(name + state(Words.STAGE_CURRENT, language), Tone.GOOD));
            } else if (year.isLocked(kind)) {
                parts.add(new Segment(name + state(Words.STAGE_READ_ONLY, language), Tone.NORMAL));
            } else {
                parts.add(new Segment(name + state(Words.STAGE_REOPENED, language), Tone.WARNING));
            }
        }
        return Line.fitted(parts, width);
    }

    private static String state(jixiao.domain.language.Bilingual word, Language language) {
        return language == Language.ZH ? "（" + word.zh() + "）" : " (" + word.en() + ")";
    }
}
