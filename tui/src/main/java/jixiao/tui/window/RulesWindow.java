package jixiao.tui.window;

import com.googlecode.lanterna.input.KeyType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Columns;
import jixiao.domain.project.Funding;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.Scorer;
import jixiao.tui.controller.Key;
import jixiao.tui.controller.KeyBinding;
import jixiao.tui.controller.KeyMap;
import jixiao.tui.editing.Field;
import jixiao.tui.editing.IndicatorColumn;
import jixiao.tui.editing.IndicatorField;
import jixiao.tui.editing.InvalidEntry;
import jixiao.tui.presentation.ExplainSheet;
import jixiao.tui.presentation.Line;
import jixiao.tui.presentation.Segment;
import jixiao.tui.presentation.Tone;
import jixiao.tui.presentation.Words;

/**
 * For trainers: a target, an actual and a weight, scored under a chosen rule set as they are typed,
 * with the engine's explanation. No project and nothing stored.
 *
 * <pre>
 * 绩效 │ 评分规则演示
 * 规则 national-2020  财政部 2020 年办法 …
 * 目标   ≥360(个)
 * 实际   [144(个)  ]
 * 分值   5
 *   规则: 不低于目标（≥）：未达到时 实际 / 目标 × 分值
 *   未完成: 144 / 360 × 5.00 = 2.00
 * 规则得分 2.00    人工评分 无    得分 2.00    (未完成)
 * Enter 修改  ↑↓ 选择  s 换规则集  Esc 返回
 * </pre>
 */
final class RulesWindow extends ScreenWindow {

    private static final List<IndicatorColumn> INPUTS =
            List.of(IndicatorColumn.TARGET, IndicatorColumn.ACTUAL, IndicatorColumn.WEIGHT);
    private static final int LABEL = 12;

    private final List<RuleSet> ruleSets = RuleSets.builtIn();
    private int ruleSet;
    private int selected = 1;
    private Project example = new Project(ProjectKey.of(2025, "", "-"), Profile.EMPTY, Funding.EMPTY, Goals.EMPTY,
            List.of(Indicator.of("", "", "", "≥360(个)", "144(个)", BigDecimal.valueOf(5), null, "")),
            Published.NONE);
    private Project typing;

    RulesWindow(Session session) {
        super(session);
    }

    @Override
    protected String title() {
        return Words.RULES.in(language);
    }

    @Override
    protected List<Line> body(int width, int height) {
        Project shown = typing != null ? typing : example;
        RuleSet rules = ruleSets.get(ruleSet);
        List<Line> lines = new ArrayList<>();
        lines.add(Line.fitted(Words.RULE_SET.in(language) + " " + rules.name() + "  " + rules.description().in(language),
                Tone.HEADING, width));
        lines.add(Line.fitted("", Tone.NORMAL, width));
        for (int i = 0; i < INPUTS.size(); i++) {
            Field field = field(i);
            lines.add(Line.fitted(List.of(new Segment(Columns.fit(field.label().in(language), LABEL), Tone.HEADING),
                    new Segment(field.read(shown), i == selected ? Tone.CURSOR : Tone.NORMAL)), width));
        }
        lines.add(Line.fitted("", Tone.NORMAL, width));
        lines.addAll(ExplainSheet.score(new Scorer(rules).score(shown.indicators().get(0)), language, width));
        return lines;
    }

    @Override
    protected KeyMap keyMap() {
        return new KeyMap(List.of(
                KeyBinding.of(Key.of(KeyType.Enter, "Enter"), new Bilingual("修改", "edit"), this::editSelected),
                KeyBinding.of(Key.of(KeyType.ArrowUp, "↑"), new Bilingual("上一项", "previous"),
                        () -> selected = Math.max(0, selected - 1)),
                KeyBinding.of(Key.of(KeyType.ArrowDown, "↓"), new Bilingual("下一项", "next"),
                        () -> selected = Math.min(INPUTS.size() - 1, selected + 1)).or(Key.of(KeyType.Tab, "Tab")),
                KeyBinding.of(Key.character('s'), new Bilingual("换规则集", "next rule set"),
                        () -> ruleSet = (ruleSet + 1) % ruleSets.size()),
                KeyBinding.of(Key.of(KeyType.Escape, "Esc"), new Bilingual("返回", "back"), this::back)));
    }

    private Field field(int index) {
        return new IndicatorField(0, INPUTS.get(index));
    }

    private void editSelected() {
        Field field = field(selected);
        ask(Prompt.of(field.label(), field.read(example), text -> {
            try {
                example = field.write(example, text);
                typing = null;
                return Optional.empty();
            } catch (InvalidEntry invalid) {
                return Optional.of(invalid.reason());
            }
        }).typing(text -> {
            try {
                typing = field.write(example, text);
                return Optional.empty();
            } catch (InvalidEntry invalid) {
                typing = null;
                return Optional.of(invalid.reason());
            }
        }).cancelling(() -> typing = null).tabbing(() -> {
            selected = (selected + 1) % INPUTS.size();
            editSelected();
        }));
    }
}
