package jixiao.storage.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * Reads the lossless JSON exchange format ({@code docs/exchange.md}): a JSON array of projects, or
 * {@code {"format": "jixiao/1", "projects": [...]}}. Strict about keys (a typo must not lose data),
 * it reports every problem it finds, each naming the project and the key. For imports, never for
 * the audit history, whose old records must read whatever this format becomes.
 */
public final class JsonReader {

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Reads a whole file; {@code source} names it in problems. Never throws for bad content. */
    public Reading read(Reader in, String source) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            return failed(new Problem(source, where, new Bilingual("不是有效的 JSON：" + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode()) {
            return failed(new Problem(source, "", new Bilingual("文件为空", "the file is empty")));
        }
        ProjectReader reader = new ProjectReader(source);
        JsonNode projects = reader.projectsOf(root);
        List<ProjectYear> read = new ArrayList<>();
        for (int i = 0; projects != null && i < projects.size(); i++) {
            reader.project(projects.get(i), i).ifPresent(read::add);
        }
        return reader.problems.isEmpty() ? new Reading(read, List.of()) : new Reading(List.of(), reader.problems);
    }

    /**
     * The forms of a spreadsheet's {@code forms} cell, a JSON object as a project object's {@code forms}
     * is; each problem is said as the key it concerns and why.
     */
    static Map<StageKind, Project> forms(String text, BiConsumer<String, Bilingual> problem) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            problem.accept("forms", new Bilingual("不是有效的 JSON：" + e.getOriginalMessage(),
                    "not valid JSON: " + e.getOriginalMessage()));
            return Map.of();
        }
        ProjectReader reader = new ProjectReader("");
        Map<StageKind, Project> forms = new JsonStageKeys((key, why) -> reader.problem(key, why.zh(), why.en()),
                reader::nestedForm).forms(node == null ? new ObjectMapper().nullNode() : node);
        reader.problems.forEach(found -> problem.accept(found.where(), found.message()));
        return forms;
    }

    private static Reading failed(Problem problem) {
        return new Reading(List.of(), List.of(problem));
    }

    /** Reads project nodes, collecting a problem for each bad key or value instead of stopping. */
    private static final class ProjectReader {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private String where = "";
        /** Before each key while a nested form of {@code forms} is read. */
        private String prefix = "";

        ProjectReader(String source) {
            this.source = source;
        }

        JsonNode projectsOf(JsonNode root) {
            if (root.isArray()) {
                return root;
            }
            if (!root.isObject()) {
                problem("", "顶层应为项目数组或 {\"format\", \"projects\"} 对象",
                        "the top level must be an array of projects or an object with \"format\" and \"projects\"");
                return null;
            }
            unknownKeys(root, JsonKeys.TOP, "");
            JsonNode format = root.get("format");
            if (format != null && !JsonKeys.FORMAT.equals(format.asText())) {
                problem("format", "不支持的格式“" + format.asText() + "”，应为 " + JsonKeys.FORMAT,
                        "unsupported format '" + format.asText() + "', expected " + JsonKeys.FORMAT);
            }
            JsonNode projects = root.get("projects");
            if (projects == null || !projects.isArray()) {
                problem("projects", "缺少项目数组", "there is no array of projects");
                return null;
            }
            return projects;
        }

        /** A project object: its form and the stage keys beside it, made into its year ({@link FlatYear}). */
        Optional<ProjectYear> project(JsonNode node, int index) {
            where = "project " + (index + 1);
            if (!node.isObject()) {
                problem("", "项目应为 JSON 对象", "a project must be a JSON object");
                return Optional.empty();
            }
            String name = text(node, "name");
            where = "project " + (index + 1) + (name.isBlank() ? "" : " (" + name + ")");
            int before = problems.size();
            unknownKeys(node, JsonKeys.PROJECT, "");
            Optional<Project> form = form(node);
            StageKeys keys = new JsonStageKeys((key, why) -> problem(key, why.zh(), why.en()), this::nestedForm)
                    .read(node);
            if (problems.size() > before) {
                return Optional.empty();
            }
            FlatYear.Read read = new FlatYear(form.orElseThrow(), keys).toYear();
            read.problems().forEach(problem -> problem(problem.key(), problem.message().zh(), problem.message().en()));
            return read.year();
        }

        /** A form of {@code forms}: a project object without stage keys, its problems named under {@code key}. */
        private Optional<Project> nestedForm(JsonNode node, String key) {
            if (!node.isObject()) {
                problem(key, "应为项目对象", "must be a project object");
                return Optional.empty();
            }
            prefix = key + ".";
            try {
                unknownKeys(node, JsonKeys.FORM, "");
                return form(node);
            } finally {
                prefix = "";
            }
        }

        /** The form of a project object; empty (and the problems said) when it cannot be read. */
        private Optional<Project> form(JsonNode node) {
            int before = problems.size();
            String name = text(node, "name");
            Integer year = year(node);
            if (name.isBlank()) {
                problem("name", "缺少项目名称", "the project has no name");
            }
            Funding funding = funding(node.get("funding"), text(node, "money_unit"));
            List<Indicator> indicators = indicators(node.get("indicators"));
            Published published = published(node.get("published"));
            if (problems.size() > before) {
                return Optional.empty();
            }
            return Optional.of(new Project(new ProjectKey(year, text(node, "unit"), name, text(node, "code")),
                    new Profile(text(node, "department"), text(node, "nature"), text(node, "category"),
                            text(node, "start"), text(node, "end")),
                    funding, new Goals(text(node, "overall_goal"), text(node, "goal"), text(node, "actual_summary")),
                    indicators, published));
        }

        private Integer year(JsonNode node) {
            JsonNode year = node.get("year");
            String text = year == null || year.isNull() ? "" : year.asText().strip();
            if (!text.matches("\\d{4}")) {
                problem("year", "年度应为四位数字，而不是“" + text + "”", "the year must be four digits, not '" + text + "'");
                return 0;
            }
            return Integer.valueOf(text);
        }

        private Funding funding(JsonNode node, String moneyUnit) {
            Map<FundingSource, FundingLine> lines = new EnumMap<>(FundingSource.class);
            if (node == null || node.isNull()) {
                return new Funding(moneyUnit, lines);
            }
            if (!node.isObject()) {
                problem("funding", "资金应为 JSON 对象", "funding must be a JSON object");
                return new Funding(moneyUnit, lines);
            }
            unknownKeys(node, Set.copyOf(JsonKeys.SOURCES.values()), "funding.");
            for (FundingSource source : FundingSource.values()) {
                JsonNode line = node.get(JsonKeys.SOURCES.get(source));
                if (line != null && !line.isNull()) {
                    lines.put(source, line(line, "funding." + JsonKeys.SOURCES.get(source)));
                }
            }
            return new Funding(moneyUnit, lines);
        }

        private FundingLine line(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "资金行应为 JSON 对象", "a funding line must be a JSON object");
                return FundingLine.EMPTY;
            }
            unknownKeys(node, Set.copyOf(JsonKeys.COLUMNS.values()), path + ".");
            FundingLine line = FundingLine.EMPTY;
            for (FundingColumn column : FundingColumn.values()) {
                line = line.with(column, amount(node, JsonKeys.COLUMNS.get(column), path + "."));
            }
            return line;
        }

        private List<Indicator> indicators(JsonNode node) {
            List<Indicator> indicators = new ArrayList<>();
            if (node == null || node.isNull()) {
                return indicators;
            }
            if (!node.isArray()) {
                problem("indicators", "指标应为 JSON 数组", "indicators must be a JSON array");
                return indicators;
            }
            for (int i = 0; i < node.size(); i++) {
                String path = "indicators[" + (i + 1) + "]";
                JsonNode item = node.get(i);
                if (!item.isObject()) {
                    problem(path, "指标应为 JSON 对象", "an indicator must be a JSON object");
                    continue;
                }
                unknownKeys(item, JsonKeys.INDICATOR, path + ".");
                indicators.add(Indicator.of(text(item, "level1"), text(item, "level2"), text(item, "name"),
                        text(item, "target"), text(item, "actual"), amount(item, "weight", path + ".").orElse(null),
                        amount(item, "score", path + ".").orElse(null), text(item, "deviation")));
            }
            return indicators;
        }

        private Published published(JsonNode node) {
            if (node == null || node.isNull()) {
                return Published.NONE;
            }
            if (!node.isObject()) {
                problem("published", "published 应为 JSON 对象", "published must be a JSON object");
                return Published.NONE;
            }
            unknownKeys(node, JsonKeys.PUBLISHED, "published.");
            String grade = text(node, "grade");
            return new Published(amount(node, "execution_weight", "published."),
                    amount(node, "execution_rate", "published."), amount(node, "execution_score", "published."),
                    amount(node, "total_score", "published."), grade.isBlank() ? Optional.empty() : Optional.of(grade));
        }

        private Optional<BigDecimal> amount(JsonNode node, String key, String path) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return Optional.empty();
            }
            if (!value.isTextual() && !value.isNumber()) {
                problem(path + key, "应为数字字符串", "must be a number written as a string");
                return Optional.empty();
            }
            try {
                return Amounts.parse(value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
            } catch (NumberFormatException e) {
                problem(path + key, "“" + value.asText() + "”不是数字", "'" + value.asText() + "' is not a number");
                return Optional.empty();
            }
        }

        private String text(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || value.isNull()) {
                return "";
            }
            if (value.isContainerNode()) {
                problem(key, "应为文字", "must be text");
                return "";
            }
            return value.asText();
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
            String at = key.isEmpty() ? key : prefix + key;
            String location = where.isEmpty() ? at : at.isEmpty() ? where : where + ": " + at;
            problems.add(new Problem(source, location, new Bilingual(zh, en)));
        }
    }
}
