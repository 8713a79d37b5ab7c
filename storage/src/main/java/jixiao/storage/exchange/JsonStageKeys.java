package jixiao.storage.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.StageKind;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;

/**
 * Reads the stage keys of a JSON project object ({@code stages}, {@code declared}, {@code adjustment},
 * {@code monitoring}, {@code project_funding}, {@code forms}: docs/exchange.md), strictly as
 * {@link JsonReader} reads the rest: an unknown key, a month outside 1–12, a likelihood or cause not
 * on the form's list, a row counted twice, each a problem naming its key.
 */
final class JsonStageKeys {

    private final BiConsumer<String, Bilingual> problem;
    private final BiFunction<JsonNode, String, Optional<Project>> forms;

    /** {@code problem} takes a key and what is wrong with it; {@code forms} reads a nested project object at a key. */
    JsonStageKeys(BiConsumer<String, Bilingual> problem, BiFunction<JsonNode, String, Optional<Project>> forms) {
        this.problem = problem;
        this.forms = forms;
    }

    StageKeys read(JsonNode project) {
        return new StageKeys(stages(project.get("stages")), declared(project.get("declared")),
                object(project, "adjustment").map(this::adjustment), object(project, "monitoring").map(this::monitoring),
                wholeProject(project), object(project, "forms").map(this::forms).orElse(Map.of()));
    }

    private Optional<List<StageKind>> stages(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            problem("stages", "应为阶段名的数组，如 [\"declaration\", \"monitoring\"]",
                    "must be an array of stage names, such as [\"declaration\", \"monitoring\"]");
            return Optional.empty();
        }
        List<StageKind> stages = new ArrayList<>();
        for (JsonNode item : node) {
            Optional<StageKind> kind = StageKind.ofKey(item.asText());
            if (kind.isEmpty() || !item.isTextual()) {
                problem("stages", "“" + item.asText() + "”不是阶段：应为 declaration、adjustment、monitoring 或 self-evaluation",
                        "'" + item.asText() + "' is no stage: expected declaration, adjustment, monitoring or self-evaluation");
            } else if (!stages.isEmpty() && !stages.get(stages.size() - 1).isBefore(kind.get())) {
                problem("stages", "阶段应按一年的顺序各出现一次", "the stages must each appear once, in the year's order");
            } else {
                stages.add(kind.get());
            }
        }
        return Optional.of(stages);
    }

    private Map<Integer, Target> declared(JsonNode node) {
        Map<Integer, Target> declared = new LinkedHashMap<>();
        for (Map.Entry<Integer, JsonNode> row : rows(node, "declared", Set.of("position", "target")).entrySet()) {
            declared.put(row.getKey(), Target.parse(text(row.getValue(), "target", "declared")));
        }
        return declared;
    }

    private StageKeys.AdjustmentKeys adjustment(JsonNode node) {
        unknownKeys(node, Set.of("reason", "approved_on", "budgets"), "adjustment.");
        Optional<Map<FundingSource, BigDecimal>> budgets = object(node, "budgets").map(given -> {
            unknownKeys(given, Set.copyOf(JsonKeys.SOURCES.values()), "adjustment.budgets.");
            Map<FundingSource, BigDecimal> amounts = new EnumMap<>(FundingSource.class);
            JsonKeys.SOURCES.forEach((source, key) -> amount(given, key, "adjustment.budgets.")
                    .ifPresent(amount -> amounts.put(source, amount)));
            return amounts;
        });
        return new StageKeys.AdjustmentKeys(text(node, "reason", "adjustment."), date(node), budgets);
    }

    private Optional<LocalDate> date(JsonNode node) {
        String text = text(node, "approved_on", "adjustment.").strip();
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problem("adjustment.approved_on", "“" + text + "”不是日期：应写作 2025-06-30",
                    "'" + text + "' is not a date: write it as 2025-06-30");
            return Optional.empty();
        }
    }

    private StageKeys.MonitoringKeys monitoring(JsonNode node) {
        unknownKeys(node, Set.of("month", "funding", "budget_cause", "indicators", "summary", "rectify", "rectify_note"),
                "monitoring.");
        Map<FundingSource, FundingProgress> funding = new EnumMap<>(FundingSource.class);
        object(node, "funding").ifPresent(lines -> {
            unknownKeys(lines, Set.copyOf(JsonKeys.SOURCES.values()), "monitoring.funding.");
            JsonKeys.SOURCES.forEach((source, key) -> object(lines, key).ifPresent(line -> {
                String path = "monitoring.funding." + key + ".";
                unknownKeys(line, Set.of("executed", "forecast"), path);
                funding.put(source, new FundingProgress(amount(line, "executed", path), amount(line, "forecast", path)));
            }));
        });
        Map<Integer, IndicatorProgress> rows = new LinkedHashMap<>();
        rows(node.get("indicators"), "monitoring.indicators", Set.of("position", "progress", "forecast", "likelihood",
                "causes", "cause_note", "correction")).forEach((row, item) -> rows.put(row, progress(item)));
        return new StageKeys.MonitoringKeys(month(node), funding, text(node, "budget_cause", "monitoring."), rows,
                new Conclusion(text(node, "summary", "monitoring."), rectify(node), text(node, "rectify_note", "monitoring.")));
    }

    private Month month(JsonNode node) {
        String text = text(node, "month", "monitoring.").strip();
        if (text.matches("\\d{1,2}") && Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 12) {
            return Month.of(Integer.parseInt(text));
        }
        problem("monitoring.month", "监控月份应为 1 到 12，而不是“" + text + "”",
                "the month must be 1 to 12, not '" + text + "'");
        return Month.JANUARY;
    }

    private IndicatorProgress progress(JsonNode item) {
        String path = "monitoring.indicators.";
        String likely = text(item, "likelihood", path).strip();
        Optional<Likelihood> likelihood = Likelihood.of(likely);
        if (!likely.isEmpty() && likelihood.isEmpty()) {
            problem(path + "likelihood", "“" + likely + "”不是完成目标可能性：应为 确定能、有可能 或 完全不可能",
                    "'" + likely + "' is no likelihood: expected 确定能, 有可能 or 完全不可能");
        }
        return new IndicatorProgress(Actual.parse(text(item, "progress", path)), Actual.parse(text(item, "forecast", path)),
                likelihood, causes(item.get("causes")), text(item, "cause_note", path), text(item, "correction", path));
    }

    private Set<Cause> causes(JsonNode node) {
        Set<Cause> causes = EnumSet.noneOf(Cause.class);
        if (node == null || node.isNull()) {
            return causes;
        }
        List<String> named = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> named.add(item.asText()));
        } else if (node.isTextual()) {
            named.addAll(StageWords.split(node.asText()));
        } else {
            problem("monitoring.indicators.causes", "应为偏差原因的数组", "must be an array of causes");
        }
        for (String name : named) {
            Cause.of(name).ifPresentOrElse(causes::add, () -> problem("monitoring.indicators.causes",
                    "“" + name + "”不是偏差原因：应为 " + StageWords.LIST.zh(),
                    "'" + name + "' is no cause: expected " + StageWords.LIST.en()));
        }
        return causes;
    }

    private Optional<Boolean> rectify(JsonNode node) {
        String text = text(node, "rectify", "monitoring.").strip();
        Optional<Optional<Boolean>> answer = StageWords.yesOrNo(text);
        if (answer.isEmpty()) {
            problem("monitoring.rectify", "是否需要整改应为 是 或 否，而不是“" + text + "”",
                    "whether to rectify must be 是 or 否 (yes or no), not '" + text + "'");
            return Optional.empty();
        }
        return answer.get();
    }

    private WholeProjectFunding wholeProject(JsonNode project) {
        return object(project, "project_funding").map(node -> {
            unknownKeys(node, Set.of("total", "fiscal", "other"), "project_funding.");
            return new WholeProjectFunding(amount(node, "total", "project_funding."),
                    amount(node, "fiscal", "project_funding."), amount(node, "other", "project_funding."));
        }).orElse(WholeProjectFunding.EMPTY);
    }

    /** {@code forms}: the form of each stage named, read as a project object. */
    Map<StageKind, Project> forms(JsonNode node) {
        Map<StageKind, Project> given = new EnumMap<>(StageKind.class);
        if (!node.isObject()) {
            problem("forms", "应为 JSON 对象，如 {\"declaration\": {…}}", "must be a JSON object, such as {\"declaration\": {…}}");
            return given;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            Optional<StageKind> kind = StageKind.ofKey(name).filter(found -> found.key().equals(name));
            if (kind.isEmpty()) {
                problem("forms." + name, "不是阶段名", "is no stage name");
            } else {
                forms.apply(node.get(name), "forms." + name).ifPresent(form -> given.put(kind.get(), form));
            }
        }
        return given;
    }

    /** The items of an array of rows with a {@code position} (from 1), by row from 0. */
    private Map<Integer, JsonNode> rows(JsonNode node, String key, Set<String> known) {
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return rows;
        }
        if (!node.isArray()) {
            problem(key, "应为 JSON 数组", "must be a JSON array");
            return rows;
        }
        for (int i = 0; i < node.size(); i++) {
            String path = key + "[" + (i + 1) + "]";
            JsonNode item = node.get(i);
            if (!item.isObject()) {
                problem(path, "应为 JSON 对象", "must be a JSON object");
                continue;
            }
            unknownKeys(item, known, path + ".");
            String position = text(item, "position", path + ".").strip();
            if (!position.matches("[1-9]\\d{0,5}")) {
                problem(path + ".position", "应为指标的行号（从 1 起），而不是“" + position + "”",
                        "must be the indicator's row (from 1), not '" + position + "'");
            } else if (rows.put(Integer.parseInt(position) - 1, item) != null) {
                problem(path + ".position", "第 " + position + " 行出现了两次", "row " + position + " is given twice");
            }
        }
        return rows;
    }

    private Optional<JsonNode> object(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            problem(key, "应为 JSON 对象", "must be a JSON object");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<BigDecimal> amount(JsonNode node, String key, String path) {
        String text = text(node, key, path);
        try {
            return Amounts.parse(text);
        } catch (NumberFormatException e) {
            problem(path + key, "“" + text + "”不是数字", "'" + text + "' is not a number");
            return Optional.empty();
        }
    }

    private String text(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isContainerNode()) {
            problem(path + key, "应为文字", "must be text");
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(prefix + name, "未知的键（拼写错误？）", "unknown key (a typo?)");
            }
        }
    }

    private void problem(String key, String zh, String en) {
        problem.accept(key, new Bilingual(zh, en));
    }
}
