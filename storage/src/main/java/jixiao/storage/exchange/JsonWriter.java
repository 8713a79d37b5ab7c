package jixiao.storage.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jixiao.domain.project.FundingColumn;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.Published;
import jixiao.storage.file.FileHead;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.StageKind;

/**
 * Writes the lossless JSON exchange format ({@code docs/exchange.md}): numbers as strings so that
 * decimals survive, empty text left out. What it writes, {@link JsonReader} reads back unchanged.
 */
public final class JsonWriter {

    /** The format this writer writes, as {@code {"format": …}} names it. */
    public static final String FORMAT = JsonKeys.FORMAT;

    /** How a file this writer wrote begins, by which jixiao knows it may replace it. */
    private static final String MARK = "\"format\" : \"" + FORMAT + "\"";

    /** Pretty, and leaving the caller's writer open: whoever opened it closes it. */
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Writes project-years as {@code {"format": "jixiao/1", "projects": [...]}}: each one object, its
     * latest form with its stages beside it ({@link FlatYear}). Flushes but does not close {@code out}.
     */
    public void write(List<ProjectYear> years, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode array = root.putArray("projects");
        for (ProjectYear year : years) {
            FlatYear flat = FlatYear.of(year);
            ObjectNode node = projectNode(flat.form());
            JsonStageNodes.put(node, flat.keys(), this::projectNode);
            array.add(node);
        }
        mapper.writeValue(out, root);
    }

    /** Whether a file is one this writer wrote (an export jixiao may replace). */
    public static boolean wrote(Path file) {
        return FileHead.text(file, 64).contains(MARK);
    }

    /** One form as a single line of JSON: a project object without its year's stages. */
    public String line(Project project) {
        try {
            return mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(projectNode(project));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project could not be written as JSON", e);
        }
    }

    /** The forms of the escape hatch as the spreadsheets' {@code forms} cell holds them: one line of JSON. */
    static String forms(Map<StageKind, Project> forms) {
        JsonWriter writer = new JsonWriter();
        ObjectNode node = writer.mapper.createObjectNode();
        forms.forEach((kind, form) -> node.set(kind.key(), writer.projectNode(form)));
        try {
            return writer.mapper.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the forms could not be written as JSON", e);
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
                ObjectNode lineNode = funding.putObject(JsonKeys.SOURCES.get(source));
                for (FundingColumn column : FundingColumn.values()) {
                    line.get(column).ifPresent(amount -> lineNode.put(JsonKeys.COLUMNS.get(column), amount.toPlainString()));
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
}
