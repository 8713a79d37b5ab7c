package jixiao.storage.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;
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

/**
 * The lossless JSON exchange format ({@code exchange.md}): a JSON array of projects, or
 * {@code {"format": "jixiao/1", "projects": [...]}}. Numbers are strings so decimals survive.
 * Reading is strict about keys (a typo must not lose data) and reports every problem it finds.
 */
public final class JsonExchange {

    public static final String FORMAT = "jixiao/1";

    static final Map<FundingSource, String> SOURCE_KEYS = Map.of(FundingSource.TOTAL, "total",
            FundingSource.FISCAL, "fiscal", FundingSource.CARRYOVER, "carryover", FundingSource.OTHER, "other");
    static final Map<FundingColumn, String> COLUMN_KEYS = Map.of(FundingColumn.INITIAL, "initial",
            FundingColumn.ADJUSTED, "adjusted", FundingColumn.EXECUTED, "executed");

    private static final Set<String> TOP_KEYS = Set.of("format", "projects");
    private static final Set<String> PROJECT_KEYS = Set.of("year", "name", "code", "department", "unit",
            "nature", "category", "start", "end", "money_unit", "funding", "overall_goal", "goal",
            "actual_summary", "indicators", "published");
    private static final Set<String> INDICATOR_KEYS = Set.of("level1", "level2", "name", "target", "actual",
            "weight", "score", "deviation");
    private static final Set<String> PUBLISHED_KEYS = Set.of("execution_weight", "execution_rate",
            "execution_score", "total_score", "grade");

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);

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
        List<Project> read = new ArrayList<>();
        for (int i = 0; projects != null && i < projects.size(); i++) {
            reader.project(projects.get(i), i).ifPresent(read::add);
        }
        return reader.problems.isEmpty() ? new Reading(read, List.of()) : new Reading(List.of(), reader.problems);
    }

    /** Writes projects as {@code {"format": "jixiao/1", "projects": [...]}}; {@link #read} reads it back unchanged. */
    public void write(List<Project> projects, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode array = root.putArray("projects");
        for (Project project : projects) {
            array.add(projectNode(project));
        }
        mapper.writeValue(out, root);
    }

    /** One project as a single line of JSON, as the audit history keeps it. */
    public String toJson(Project project) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(projectNode(project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be written as JSON", e);
        }
    }

    /** Reads back what {@link #toJson} wrote; throws if the text is not such a project. */
    public Project fromJson(String json) {
        ProjectReader reader = new ProjectReader("history");
        try {
            return reader.project(mapper.readTree(json), 0).orElseThrow(() -> new IllegalArgumentException(
                    reader.problems.get(0).format(Language.EN)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a project in JSON: " + e.getOriginalMessage(), e);
        }
    }

    private ObjectNode projectNode(Project project) {
        ObjectNode node = mapper.createObjectNode();
        node.put("year", project.key().year());
        node.put("name", project.key().name());
        putText(node, "code", project.key().code());
        putText(node, "department", project.profile().department());
        node.put("unit", project.key().unit());
        putText(node, "nature", project.profile().nature());
        putText(node, "category", project.profile().category());
        putText(node, "start", project.profile().start());
        putText(node, "end", project.profile().end());
        putText(node, "money_unit", project.funding().moneyUnit());
        ObjectNode funding = node.putObject("funding");
        for (FundingSource source : FundingSource.values()) {
            FundingLine line = project.funding().line(source);
            if (!line.isEmpty()) {
                ObjectNode lineNode = funding.putObject(SOURCE_KEYS.get(source));
                for (FundingColumn column : FundingColumn.values()) {
                    line.get(column).ifPresent(amount -> lineNode.put(COLUMN_KEYS.get(column), amount.toPlainString()));
                }
            }
        }
        putText(node, "overall_goal", project.goals().overall());
        putText(node, "goal", project.goals().annual());
        putText(node, "actual_summary", project.goals().actualSummary());
        ArrayNode indicators = node.putArray("indicators");
        project.indicators().forEach(indicator -> indicators.add(indicatorNode(indicator)));
        if (!project.published().isEmpty()) {
            node.set("published", publishedNode(project.published()));
        }
        return node;
    }

    private ObjectNode indicatorNode(Indicator indicator) {
        ObjectNode node = mapper.createObjectNode();
        node.put("level1", indicator.level1());
        node.put("level2", indicator.level2());
        node.put("name", indicator.name());
        node.put("target", indicator.target().text());
        putText(node, "actual", indicator.actual().text());
        indicator.weight().ifPresent(weight -> node.put("weight", weight.toPlainString()));
        indicator.manualScore().ifPresent(score -> node.put("score", score.toPlainString()));
        putText(node, "deviation", indicator.deviation());
        return node;
    }

    private ObjectNode publishedNode(Published published) {
        ObjectNode node = mapper.createObjectNode();
        published.executionWeight().ifPresent(value -> node.put("execution_weight", value.toPlainString()));
        published.executionRate().ifPresent(value -> node.put("execution_rate", value.toPlainString()));
        published.executionScore().ifPresent(value -> node.put("execution_score", value.toPlainString()));
        published.totalScore().ifPresent(value -> node.put("total_score", value.toPlainString()));
        published.grade().ifPresent(value -> node.put("grade", value));
        return node;
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static Reading failed(Problem problem) {
        return new Reading(List.of(), List.of(problem));
    }

    /** Reads project nodes, collecting a problem for each bad key or value instead of stopping. */
    private static final class ProjectReader {
        private final String source;
        private final List<Problem> problems = new ArrayList<>();
        private String where = "";

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
            unknownKeys(root, TOP_KEYS, "");
            JsonNode format = root.get("format");
            if (format != null && !FORMAT.equals(format.asText())) {
                problem("format", "不支持的格式“" + format.asText() + "”，应为 " + FORMAT,
                        "unsupported format '" + format.asText() + "', expected " + FORMAT);
            }
            JsonNode projects = root.get("projects");
            if (projects == null || !projects.isArray()) {
                problem("projects", "缺少项目数组", "there is no array of projects");
                return null;
            }
            return projects;
        }

        Optional<Project> project(JsonNode node, int index) {
            where = "project " + (index + 1);
            if (!node.isObject()) {
                problem("", "项目应为 JSON 对象", "a project must be a JSON object");
                return Optional.empty();
            }
            String name = text(node, "name");
            where = "project " + (index + 1) + (name.isBlank() ? "" : " (" + name + ")");
            int before = problems.size();
            unknownKeys(node, PROJECT_KEYS, "");
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
            unknownKeys(node, Set.copyOf(SOURCE_KEYS.values()), "funding.");
            for (FundingSource source : FundingSource.values()) {
                JsonNode line = node.get(SOURCE_KEYS.get(source));
                if (line != null && !line.isNull()) {
                    lines.put(source, line(line, "funding." + SOURCE_KEYS.get(source)));
                }
            }
            return new Funding(moneyUnit, lines);
        }

        private FundingLine line(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "资金行应为 JSON 对象", "a funding line must be a JSON object");
                return FundingLine.EMPTY;
            }
            unknownKeys(node, Set.copyOf(COLUMN_KEYS.values()), path + ".");
            FundingLine line = FundingLine.EMPTY;
            for (FundingColumn column : FundingColumn.values()) {
                line = line.with(column, amount(node, COLUMN_KEYS.get(column), path + "."));
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
                unknownKeys(item, INDICATOR_KEYS, path + ".");
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
            unknownKeys(node, PUBLISHED_KEYS, "published.");
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
            String location = where.isEmpty() ? key : key.isEmpty() ? where : where + ": " + key;
            problems.add(new Problem(source, location, new Bilingual(zh, en)));
        }
    }
}
