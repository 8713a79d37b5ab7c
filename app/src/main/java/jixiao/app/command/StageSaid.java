package jixiao.app.command;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
import jixiao.domain.register.StoredProject;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;

/** What the {@code stage} commands say once done: what happened to which year, and its stages now. */
final class StageSaid {

    private StageSaid() {
    }

    /** {@code 已开始运行监控（1–7月）}: the stage, and for a monitoring return the months it covers. */
    static void started(PrintWriter out, Language language, StoredProject year, StageKind stage) {
        Bilingual period = year.year().monitoring().filter(monitored -> stage == StageKind.MONITORING)
                .map(monitored -> new Bilingual("（" + monitored.period().zh() + "）", " (" + monitored.period().en() + ")"))
                .orElse(Bilingual.same(""));
        say(out, language, year, new Bilingual("已开始" + stage.label().zh() + period.zh(),
                "started the " + stage.label().en() + period.en()));
    }

    static void reopened(PrintWriter out, Language language, StoredProject year, StageKind stage) {
        say(out, language, year, new Bilingual("已重新打开" + stage.label().zh() + "（原因记入变更记录）",
                "reopened the " + stage.label().en() + " (the reason is in the history)"));
    }

    static void locked(PrintWriter out, Language language, StoredProject year, StageKind stage) {
        say(out, language, year, new Bilingual(stage.label().zh() + "已恢复只读", "the " + stage.label().en()
                + " is read-only again"));
    }

    private static void say(PrintWriter out, Language language, StoredProject stored, Bilingual what) {
        out.println(what.in(language) + ": #" + stored.id() + " " + stored.year().key());
        out.println((language == Language.ZH ? "各阶段：" : "stages: ") + stages(stored.year(), language) + "  "
                + (language == Language.ZH ? "第 " + stored.revision().number() + " 版" : "revision " + stored.revision().number()));
        out.flush();
    }

    private static String stages(ProjectYear year, Language language) {
        return year.stages().stream().map(Stage::kind).map(kind -> kind.label().in(language)
                + (year.isLocked(kind) ? (language == Language.ZH ? "（只读）" : " (read-only)") : ""))
                .collect(Collectors.joining(" → "));
    }
}
