package jixiao.storage.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Excerpt;
import jixiao.domain.language.Printable;
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
 *
 * <p>Strict about shape too: one JSON document per file and nothing after it, no key twice in an
 * object, no project twice in a file; and bounded ({@link Limits}): it streams the file one project
 * at a time, so a file of any size is read in the memory of its largest project, and refuses
 * numbers, texts, nesting and projects beyond the limits as it meets them. Read from bytes, a file
 * may be UTF-8 with or without a byte-order mark, or UTF-16 or UTF-32, which Jackson tells apart.
 */
public final class JsonReader {

    /** What Jackson's own messages may show of themselves in a problem. */
    private static final int MESSAGE_CHARS = 160;

    /** The reader of a spreadsheet's {@code forms} cells: made once, not once a cell. */
    private static final JsonReader CELLS = new JsonReader();

    private final Limits limits;
    private final JsonFactory factory;

    public JsonReader() {
        this(Limits.DEFAULT);
    }

    JsonReader(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Limits.NUMBER_CHARS)
                        .maxStringLength(limits.cellChars()).maxNameLength(limits.cellChars())
                        .maxNestingDepth(limits.nesting()).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** Reads a whole file from its bytes; {@code source} names it in problems. Never throws for bad content. */
    public Reading read(InputStream in, String source) throws IOException {
        List<ProjectYear> years = new ArrayList<>();
        List<Problem> problems = read(in, source, years::add);
        return problems.isEmpty() ? new Reading(years, List.of()) : new Reading(List.of(), problems);
    }

    /** Reads a whole file already decoded (an encoding the user named); as {@link #read(InputStream, String)}. */
    public Reading read(Reader in, String source) throws IOException {
        List<ProjectYear> years = new ArrayList<>();
        List<Problem> problems;
        try (JsonParser parser = factory.createParser(in)) {
            problems = read(parser, source, years::add);
        }
        return problems.isEmpty() ? new Reading(years, List.of()) : new Reading(List.of(), problems);
    }

    /**
     * Reads a file, handing each project-year to {@code each} as soon as it is read, if it had no problem.
     * Returns every problem found; a caller that must import all or nothing discards what it was
     * handed when the list is not empty. Never throws for bad content.
     */
    public List<Problem> read(InputStream in, String source, Consumer<ProjectYear> each) throws IOException {
        try (JsonParser parser = factory.createParser(in)) {
            return read(parser, source, each);
        }
    }

    private List<Problem> read(JsonParser parser, String source, Consumer<ProjectYear> each) throws IOException {
        Problems problems = new Problems(source, limits);
        ProjectReader reader = new ProjectReader(problems, limits, each);
        try {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("文件为空", "the file is empty");
            } else if (first == JsonToken.START_ARRAY) {
                reader.projects(parser);
            } else if (first == JsonToken.START_OBJECT) {
                reader.top(parser);
            } else {
                reader.problem("", "顶层应为项目数组或 {\"format\", \"projects\"} 对象",
                        "the top level must be an array of projects or an object with \"format\" and \"projects\"");
            }
            if (problems.count() == 0 && parser.nextToken() != null) {
                int line = parser.currentTokenLocation().getLineNr();
                problems.add(":" + line, new Bilingual("JSON 文档结束后还有内容：一个文件只能有一个文档（两个文件连在了一起？）",
                        "there is more after the end of the JSON document: a file holds one document (two files joined?)"));
            }
        } catch (StreamConstraintsException e) {
            problems.add(":" + line(e, parser), beyondLimits(e));
        } catch (JsonProcessingException e) {
            problems.add(":" + line(e, parser), notJson(e));
        } catch (JsonTree.TooLarge e) {
            problems.add(":" + parser.currentTokenLocation().getLineNr(), tooLarge());
        }
        return problems.all();
    }

    /** A project holding more than {@link Limits} let one project hold. */
    private Bilingual tooLarge() {
        return new Bilingual("项目超出上限（" + limits.projectValues() + " 个值，" + limits.projectChars() + " 字文字）",
                "a project beyond the limits (" + limits.projectValues() + " values, " + limits.projectChars()
                        + " characters of text)");
    }

    /** Where the parser stopped: Jackson's limits say nothing of it, the parser does. */
    private static int line(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation().getLineNr() : parser.currentLocation().getLineNr();
    }

    /** Jackson's limits, set from {@link Limits}, said as the user's problem. */
    private Bilingual beyondLimits(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Number")) {
            return new Bilingual("数字超过 " + Limits.NUMBER_CHARS + " 个字符", "a number longer than " + Limits.NUMBER_CHARS
                    + " characters");
        }
        if (message.contains("nesting depth")) {
            return new Bilingual("数组和对象嵌套超过 " + limits.nesting() + " 层", "arrays and objects nested deeper than "
                    + limits.nesting());
        }
        return new Bilingual("文字或键超过单元格的上限 " + limits.cellChars() + " 字",
                "a text or key longer than a cell's " + limits.cellChars() + " characters");
    }

    private static Bilingual notJson(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("UTF-8") || message.contains("UTF8")) {
            return new Bilingual("文件不是 UTF-8 编码：JSON 应存为 UTF-8（或 UTF-16）", "the file is not UTF-8: save JSON as"
                    + " UTF-8 (or UTF-16)");
        }
        if (message.startsWith("Duplicate")) {
            String key = e.getProcessor() instanceof JsonParser parser ? currentName(parser) : "";
            Bilingual shown = Excerpt.of(key);
            return new Bilingual("同一对象里键“" + shown.zh() + "”出现了两次", "the key '" + shown.en()
                    + "' is given twice in one object");
        }
        String clipped = Printable.of(message.length() > MESSAGE_CHARS ? message.substring(0, MESSAGE_CHARS) + "…" : message)
                .replace('\n', ' ');
        return new Bilingual("不是有效的 JSON：" + clipped, "not valid JSON: " + clipped);
    }

    private static String currentName(JsonParser parser) {
        try {
            return String.valueOf(parser.currentName());
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * The forms of a spreadsheet's {@code forms} cell, a JSON object as a project object's {@code forms}
     * is, read within the same limits; each problem is said as the key it concerns and why.
     */
    static Map<StageKind, Project> forms(String text, BiConsumer<String, Bilingual> problem) {
        return CELLS.formsCell(text, problem);
    }

    private Map<StageKind, Project> formsCell(String text, BiConsumer<String, Bilingual> problem) {
        Problems problems = new Problems("", limits);
        ProjectReader reader = new ProjectReader(problems, limits, year -> { });
        Map<StageKind, Project> forms = Map.of();
        try (JsonParser parser = factory.createParser(text)) {
            JsonNode node = parser.nextToken() == null ? null : JsonTree.read(parser, limits);
            if (node == null) {
                problem.accept("forms", new Bilingual("应为 JSON 对象", "must be a JSON object"));
                return Map.of();
            }
            forms = new JsonStageKeys((key, why) -> reader.problem(key, why.zh(), why.en()), reader::nestedForm).forms(node);
        } catch (JsonProcessingException e) {
            problem.accept("forms", notJson(e));
        } catch (JsonTree.TooLarge e) {
            problem.accept("forms", tooLarge());
        } catch (IOException e) {
            problem.accept("forms", new Bilingual("无法读取：" + e.getMessage(), "cannot be read: " + e.getMessage()));
        }
        problems.all().forEach(found -> problem.accept(found.where(), found.message()));
        return forms;
    }

    /** Reads project nodes, collecting a problem for each bad key or value instead of stopping. */
    private static final class ProjectReader {
        private final Problems problems;
        private final Limits limits;
        private final Consumer<ProjectYear> each;
        private final ProjectIdentities identities = new ProjectIdentities();
        private String where = "";
        private int read;
        private long indicatorsRead;
        /** Before each key while a nested form of {@code forms} is read. */
        private String prefix = "";

        ProjectReader(Problems problems, Limits limits, Consumer<ProjectYear> each) {
            this.problems = problems;
            this.limits = limits;
            this.each = each;
        }

        /** The object {@code {"format": …, "projects": […]}}, its first token read. */
        void top(JsonParser parser) throws IOException, JsonTree.TooLarge {
            boolean projects = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(key)) {
                    String format = parser.getText();
                    if (!JsonKeys.FORMAT.equals(format)) {
                        Bilingual shown = Excerpt.of(String.valueOf(format));
                        problem("format", "不支持的格式“" + shown.zh() + "”，应为 " + JsonKeys.FORMAT,
                                "unsupported format '" + shown.en() + "', expected " + JsonKeys.FORMAT);
                    }
                    parser.skipChildren();
                } else if ("projects".equals(key) && value == JsonToken.START_ARRAY) {
                    projects = true;
                    projects(parser);
                } else {
                    problem(Excerpt.of(key).en(), "projects".equals(key) ? "projects 应为项目数组" : "未知的键（拼写错误？）",
                            "projects".equals(key) ? "projects must be an array of projects" : "unknown key (a typo?)");
                    parser.skipChildren();
                }
            }
            if (!projects && problems.count() == 0) {
                problem("projects", "缺少项目数组", "there is no array of projects");
            }
        }

        /** The array of projects, its first token read: each read, checked and handed on in turn. */
        void projects(JsonParser parser) throws IOException, JsonTree.TooLarge {
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = JsonTree.read(parser, limits);
                int before = problems.count();
                Optional<ProjectYear> project = project(node, read++);
                project.flatMap(found -> identities.add(found.key(), read)).ifPresent(earlier -> problem("",
                        earlier.byCode() ? "与第 " + earlier.where() + " 个项目的项目编码相同：一个编码只能属于一个项目"
                                : "与第 " + earlier.where() + " 个项目的年度、单位和名称相同：一个项目在文件里只能出现一次",
                        earlier.byCode() ? "has the code of project " + earlier.where() + ": a code belongs to one project"
                                : "has the year, unit and name of project " + earlier.where()
                                        + ": a project may appear once in a file"));
                indicatorsRead += node.path("indicators").size();
                if (indicatorsRead > limits.rows()) {
                    problems.add(":" + line, new Bilingual("文件的指标超过 " + limits.rows() + " 个的上限：请分成几个文件导入",
                            "the file has more than " + limits.rows() + " indicators, the limit: import it as several files"));
                    return;
                }
                if (project.isPresent() && problems.count() == before) {
                    each.accept(project.get());
                }
            }
        }

        /** A project object: its form and the stage keys beside it, made into its year ({@link FlatYear}). */
        Optional<ProjectYear> project(JsonNode node, int index) {
            where = "project " + (index + 1);
            if (!node.isObject()) {
                problem("", "项目应为 JSON 对象", "a project must be a JSON object");
                return Optional.empty();
            }
            String name = text(node, "name");
            where = "project " + (index + 1) + (name.isBlank() ? "" : " (" + Excerpt.of(name).en() + ")");
            int before = problems.count();
            texts(node, "");
            unknownKeys(node, JsonKeys.PROJECT, "");
            Optional<Project> form = form(node);
            StageKeys keys = new JsonStageKeys((key, why) -> problem(key, why.zh(), why.en()), this::nestedForm)
                    .read(node);
            if (problems.count() > before) {
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
            int before = problems.count();
            String name = text(node, "name");
            Integer year = year(node);
            if (name.isBlank()) {
                problem("name", "缺少项目名称", "the project has no name");
            }
            Funding funding = funding(node.get("funding"), text(node, "money_unit"));
            List<Indicator> indicators = indicators(node.get("indicators"));
            Published published = published(node.get("published"));
            if (indicators.size() > limits.indicators()) {
                problem("indicators", "一个项目至多 " + limits.indicators() + " 个指标",
                        "a project may have at most " + limits.indicators() + " indicators");
            }
            if (problems.count() > before) {
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
            if (!ProjectKey.isYear(text)) {
                Bilingual shown = Excerpt.of(text);
                problem("year", "年度应为 " + ProjectKey.FIRST_YEAR + " 至 " + ProjectKey.LAST_YEAR + " 的四位数字，而不是“"
                        + shown.zh() + "”", "the year must be four digits from " + ProjectKey.FIRST_YEAR + " to "
                        + ProjectKey.LAST_YEAR + ", not '" + shown.en() + "'");
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
            // A JSON number is measured before it is written out: 1e100000000 has a hundred million digits.
            Optional<Bilingual> problem = value.isNumber() ? AmountText.problem(value.decimalValue())
                    : AmountText.problem(value.asText());
            if (problem.isPresent()) {
                problem(path + key, problem.get());
                return Optional.empty();
            }
            return Amounts.parse(value.isNumber() ? value.decimalValue().toPlainString() : value.asText());
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
                    problem(Excerpt.of(prefix + name).en(), "未知的键（拼写错误？）", "unknown key (a typo?)");
                }
            }
        }

        /** Every text and key of a project, at any depth, must be one a form may hold ({@link CellText}). */
        private void texts(JsonNode node, String path) {
            if (node.isTextual()) {
                CellText.problem(node.textValue(), limits).ifPresent(problem -> problem(path, problem));
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    texts(node.get(i), path + "[" + (i + 1) + "]");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                CellText.problem(field.getKey(), limits).ifPresent(problem -> problem(Excerpt.of(key).en(), problem));
                texts(field.getValue(), key);
            }
        }

        private void problem(String key, String zh, String en) {
            problem(key, new Bilingual(zh, en));
        }

        private void problem(String key, Bilingual message) {
            String at = key.isEmpty() ? key : prefix + key;
            String location = where.isEmpty() ? at : at.isEmpty() ? where : where + ": " + at;
            problems.add(location, message);
        }
    }
}
