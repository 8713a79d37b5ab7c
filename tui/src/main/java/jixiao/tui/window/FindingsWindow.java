package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.lint.Lint;
import jixiao.domain.lint.Linter;
import jixiao.domain.project.Project;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.controller.Navigation;
import jixiao.tui.controller.RowCursor;
import jixiao.tui.editing.Draft;
import jixiao.tui.presentation.FindingList;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Tone;
import jixiao.tui.words.Words;

/**
 * The project's errors, mismatches and warnings, worst first, then the target-quality lint
 * against the unit's other projects. Enter jumps to the indicator.
 *
 * <pre>
 * 绩效 │ 问题清单 — 2024 某单位 某项目
 * 总分 97.10  等级 优 …
 * 错误      #3  得分低于满分，须填写偏差原因分析及改进措施
 * 提醒      #7  超额完成，需复核目标是否偏低
 * Enter 到该指标  Esc 返回
 * </pre>
 */
final class FindingsWindow extends DraftWindow {

    private final IndicatorsWindow indicators;
    private final List<Project> neighbours;
    private final RowCursor cursor = new RowCursor();
    private Project listed;
    private List<FindingList.Entry> entries = List.of();

    /** {@code neighbours}: the unit's other stored projects, which the target-quality lint compares with. */
    FindingsWindow(Session session, Draft draft, IndicatorsWindow indicators, List<Project> neighbours) {
        super(session, draft);
        this.indicators = indicators;
        this.neighbours = neighbours;
    }

    @Override
    protected String title() {
        return Words.FINDINGS.in(language) + " — " + projectTitle();
    }

    @Override
    protected List<Line> body(int width, int height) {
        List<FindingList.Entry> findings = findings();
        List<Line> lines = new ArrayList<>();
        lines.add(scoreLine(width));
        if (findings.isEmpty()) {
            lines.add(Line.fitted(Words.NO_FINDINGS.in(language), Tone.GOOD, width));
        }
        lines.addAll(FindingList.rows(findings, language, width, cursor.viewport(findings.size(), height - 1,
                row -> FindingList.lines(findings.get(row), language, width, false).size()), cursor.selected()));
        return lines;
    }

    @Override
    protected KeyMap keyMap() {
        List<KeyBinding> bindings = new ArrayList<>(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), Words.GO_TO_THE_INDICATOR, this::jump)
                        .unless(this::notAboutAnIndicator),
                KeyBinding.of(Key.of(KeyType.F5, "F5"), Words.PROJECT_AND_FUNDING,
                        () -> session.open(new ProjectWindow(session, draft))),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), Words.BACK, this::back).or(Key.character('q')),
                reportBinding()));
        bindings.addAll(Navigation.rows(cursor, () -> findings().size(), () -> bodyHeight() - 1));
        return new KeyMap(bindings);
    }

    /** Made again only when the draft changed: every key and every redraw asks for them. */
    private List<FindingList.Entry> findings() {
        if (listed != draft.project()) {
            listed = draft.project();
            Lint lint = new Linter(draft.rules()).lint(List.of(listed), neighbours);
            entries = FindingList.of(draft.review(), lint.about(listed.key()));
        }
        return entries;
    }

    private Optional<FindingList.Entry> selected() {
        List<FindingList.Entry> findings = findings();
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(Math.min(cursor.selected(), findings.size() - 1)));
    }

    private Optional<Bilingual> notAboutAnIndicator() {
        return selected().flatMap(FindingList.Entry::indicator).isPresent() ? Optional.empty() : Optional.of(Words.ABOUT_THE_FORM);
    }

    private void jump() {
        selected().flatMap(FindingList.Entry::indicator).ifPresent(ref -> {
            indicators.select(ref.index());
            back();
        });
    }
}
