package jixiao.domain.register;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.stage.StageKind;

/**
 * One entry of the audit history: when, by whom, what was done to which project-year and to which
 * of its stages (none where the change concerns the year as a whole: an insert, a delete, an import
 * that brought several stages, a rule set re-pinned), the year before and after (absent before an
 * insert and after a delete, or where the record cannot be read), and a note where the action alone
 * does not say why (a stage reopened, a rule set re-pinned on purpose, or replaced when the
 * database was upgraded).
 */
public record Change(long id, Instant at, String user, Action action, long projectId, Optional<StageKind> stage,
        Optional<Snapshot> before, Optional<Snapshot> after, Optional<Bilingual> note) {

    /** What was done; the words, with {@code %s} where the stage it was done to goes. */
    public enum Action {
        INSERT(new Bilingual("新增", "added"), new Bilingual("新增%s", "added the %s")),
        UPDATE(new Bilingual("修改", "changed"), new Bilingual("修改%s", "changed the %s")),
        DELETE(new Bilingual("删除", "deleted"), new Bilingual("删除%s", "deleted the %s")),
        /** A stage started from the one before. */
        START(new Bilingual("开始", "started"), new Bilingual("开始%s", "started the %s")),
        /** A read-only stage opened to change again, with why. */
        REOPEN(new Bilingual("重新打开", "reopened"), new Bilingual("重新打开%s", "reopened the %s")),
        /** A reopened stage made read-only again. */
        LOCK(new Bilingual("恢复只读", "locked again"), new Bilingual("%s恢复只读", "locked the %s again"));

        private final Bilingual label;
        private final Bilingual ofStage;

        Action(Bilingual label, Bilingual ofStage) {
            this.label = label;
            this.ofStage = ofStage;
        }

        public Bilingual label() {
            return label;
        }

        /** What was done to a stage: {@code 开始运行监控}, {@code 申报恢复只读}. */
        public Bilingual of(StageKind stage) {
            return new Bilingual(ofStage.zh().formatted(stage.label().zh()), ofStage.en().formatted(stage.label().en()));
        }
    }

    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(note, "note");
    }

    /** What was done, in words: {@code 开始运行监控}, {@code 修改}. */
    public Bilingual describe() {
        return stage.map(action::of).orElse(action.label());
    }

    /** The fields that differ between before and after, each with both values; the rule set among them. */
    public List<FieldChange> fieldChanges() {
        return FieldChange.between(before, after);
    }
}
