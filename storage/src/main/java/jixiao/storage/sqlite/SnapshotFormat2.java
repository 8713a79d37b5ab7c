package jixiao.storage.sqlite;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Adjustment;
import jixiao.domain.stage.Cause;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.Declaration;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.Likelihood;
import jixiao.domain.stage.MonitoringReturn;
import jixiao.domain.stage.ProjectYear;
import jixiao.domain.stage.SelfEvaluation;
import jixiao.domain.stage.Stage;
import jixiao.domain.stage.StageKind;
import jixiao.domain.stage.TargetChange;
import jixiao.domain.target.Actual;
import jixiao.domain.target.Target;
import jixiao.storage.exchange.JsonWriter;

/**
 * Audit format 2: a project-year, stage by stage, each as it is (not flattened as the exchange
 * format flattens a year into one object), each form a project object of format 1:
 *
 * <pre>
 * {"stages": [{"kind": "declaration", "form": {…}, "project_funding": {"total": "…"}, "reopened": "…"},
 *             {"kind": "adjustment", "targets": [{"row": 1, "target": "…"}], "budgets": {"total": "…"},
 *              "reason": "…", "approved_on": "2025-06-30"},
 *             {"kind": "monitoring", "form": {…}, "month": 7, "funding": {"total": {"executed": "…", "forecast": "…"}},
 *              "budget_cause": "…", "indicators": [{"progress": "…", "forecast": "…", "likelihood": "确定能",
 *              "causes": ["经费保障"], "cause_note": "…", "correction": "…"}], "summary": "…", "rectify": true,
 *              "rectify_note": "…"},
 *             {"kind": "self-evaluation", "form": {…}}]}
 * </pre>
 *
 * Its keys are spelled out here on purpose, as format 1's are: they must read whatever the exchange
 * format becomes. Lenient, as history is for reading what was: unknown keys are passed over, a value
 * that does not read is left blank; a record whose stages the domain refuses is shown without them.
 */
final class SnapshotFormat2 {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonWriter FORMS = new JsonWriter();
    private static final Map<FundingSource, String> SOURCES = Map.of(FundingSource.TOTAL, "total",
            FundingSource.FISCAL, "fiscal", FundingSource.CARRYOVER, "carryover", FundingSource.OTHER, "other");

    private SnapshotFormat2() {
    }

    /**
     * Writes the year with a streaming generator: each form goes in as the line {@link JsonWriter}
     * writes, not parsed or copied again (an import writes one record a project).
     */
    static String write(ProjectYear year) {
        StringWriter text = new StringWriter();
        try (JsonGenerator out = MAPPER.createGenerator(text)) {
            out.writeStartObject();
            out.writeArrayFieldStart("stages");
            for (Stage stage : year.stages()) {
                out.writeStartObject();
                out.writeStringField("kind", stage.kind().key());
                Optional<Project> form = ProjectYear.formOf(stage);
                if (form.isPresent()) {
                    out.writeFieldName("form");
                    out.writeRawValue(FORMS.line(form.get()));
                }
                Iterator<Map.Entry<String, JsonNode>> extras = extras(stage, year).fields();
                while (extras.hasNext()) {
                    Map.Entry<String, JsonNode> extra = extras.next();
                    out.writeFieldName(extra.getKey());
                    out.writeTree(extra.getValue());
                }
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a project-year could not be written as JSON", e);
        }
        return text.toString();
    }

    /** What a stage holds beside its form, and why it was reopened. */
    private static ObjectNode extras(Stage stage, ProjectYear year) {
        ObjectNode node = MAPPER.createObjectNode();
        if (stage instanceof Declaration declared) {
            writeWholeProject(node.putObject("project_funding"), declared.wholeProject());
        } else if (stage instanceof Adjustment adjusted) {
            writeAdjustment(node, adjusted);
        } else if (stage instanceof MonitoringReturn monitored) {
            writeMonitoring(node, monitored);
        }
        Optional.ofNullable(year.reopened().get(stage.kind())).ifPresent(why -> node.put("reopened", why));
        return node;
    }

    /** The year a record holds; empty when it cannot be read. */
    static Optional<ProjectYear> read(String text) {
        try {
            JsonNode root = MAPPER.readTree(text);
            if (root == null) {
                return Optional.empty();
            }
            List<Stage> stages = new ArrayList<>();
            Map<StageKind, String> reopened = new EnumMap<>(StageKind.class);
            for (JsonNode node : root.path("stages")) {
                Optional<StageKind> kind = StageKind.ofKey(SnapshotFormat1.text(node, "kind"));
                if (kind.isPresent()) {
                    stages.add(stage(kind.get(), node));
                    String why = SnapshotFormat1.text(node, "reopened");
                    if (!why.isBlank()) {
                        reopened.put(kind.get(), why);
                    }
                }
            }
            return Optional.of(ProjectYear.of(stages, reopened));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
            return Optional.empty(); // the record is shown without its year
        }
    }

    private static void writeWholeProject(ObjectNode node, WholeProjectFunding whole) {
        whole.total().ifPresent(amount -> node.put("total", amount.toPlainString()));
        whole.fiscal().ifPresent(amount -> node.put("fiscal", amount.toPlainString()));
        whole.other().ifPresent(amount -> node.put("other", amount.toPlainString()));
    }

    private static void writeAdjustment(ObjectNode node, Adjustment adjusted) {
        ArrayNode targets = node.putArray("targets");
        adjusted.targets().forEach(change -> targets.addObject().put("row", change.position())
                .put("target", change.target().text()));
        ObjectNode budgets = node.putObject("budgets");
        adjusted.budgets().forEach((source, amount) -> budgets.put(SOURCES.get(source), amount.toPlainString()));
        node.put("reason", adjusted.reason());
        adjusted.approvedOn().ifPresent(date -> node.put("approved_on", date.toString()));
    }

    private static void writeMonitoring(ObjectNode node, MonitoringReturn monitored) {
        node.put("month", monitored.month().getValue());
        ObjectNode funding = node.putObject("funding");
        monitored.funding().forEach((source, progress) -> {
            ObjectNode line = funding.putObject(SOURCES.get(source));
            progress.executed().ifPresent(amount -> line.put("executed", amount.toPlainString()));
            progress.forecast().ifPresent(amount -> line.put("forecast", amount.toPlainString()));
        });
        node.put("budget_cause", monitored.budgetCause());
        ArrayNode rows = node.putArray("indicators");
        for (IndicatorProgress row : monitored.indicators()) {
            ObjectNode item = rows.addObject().put("progress", row.progress().text()).put("forecast", row.forecast().text());
            row.likelihood().ifPresent(likelihood -> item.put("likelihood", likelihood.words().zh()));
            ArrayNode causes = item.putArray("causes");
            row.causes().forEach(cause -> causes.add(cause.words().zh()));
            item.put("cause_note", row.causeNote()).put("correction", row.correction());
        }
        Conclusion conclusion = monitored.conclusion();
        node.put("summary", conclusion.summary());
        conclusion.rectify().ifPresent(yes -> node.put("rectify", yes));
        node.put("rectify_note", conclusion.rectifyNote());
    }

    private static Stage stage(StageKind kind, JsonNode node) {
        return switch (kind) {
            case DECLARATION -> new Declaration(SnapshotFormat1.project(node.path("form")), new WholeProjectFunding(
                    SnapshotFormat1.amount(node.path("project_funding"), "total"),
                    SnapshotFormat1.amount(node.path("project_funding"), "fiscal"),
                    SnapshotFormat1.amount(node.path("project_funding"), "other")));
            case ADJUSTMENT -> adjustment(node);
            case MONITORING -> monitoring(node);
            case SELF_EVALUATION -> new SelfEvaluation(SnapshotFormat1.project(node.path("form")));
        };
    }

    private static Adjustment adjustment(JsonNode node) {
        List<TargetChange> targets = new ArrayList<>();
        for (JsonNode change : node.path("targets")) {
            targets.add(new TargetChange(change.path("row").asInt() - 1, Target.parse(SnapshotFormat1.text(change, "target"))));
        }
        Map<FundingSource, BigDecimal> budgets = new EnumMap<>(FundingSource.class);
        SOURCES.forEach((source, key) -> SnapshotFormat1.amount(node.path("budgets"), key)
                .ifPresent(amount -> budgets.put(source, amount)));
        return new Adjustment(targets, budgets, SnapshotFormat1.text(node, "reason"), date(SnapshotFormat1.text(node, "approved_on")));
    }

    private static MonitoringReturn monitoring(JsonNode node) {
        Project form = SnapshotFormat1.project(node.path("form"));
        Map<FundingSource, FundingProgress> funding = new EnumMap<>(FundingSource.class);
        SOURCES.forEach((source, key) -> funding.put(source, new FundingProgress(
                SnapshotFormat1.amount(node.path("funding").path(key), "executed"),
                SnapshotFormat1.amount(node.path("funding").path(key), "forecast"))));
        List<IndicatorProgress> rows = new ArrayList<>();
        for (JsonNode item : node.path("indicators")) {
            Set<Cause> causes = EnumSet.noneOf(Cause.class);
            item.path("causes").forEach(cause -> Cause.of(cause.asText()).ifPresent(causes::add));
            rows.add(new IndicatorProgress(Actual.parse(SnapshotFormat1.text(item, "progress")),
                    Actual.parse(SnapshotFormat1.text(item, "forecast")),
                    Likelihood.of(SnapshotFormat1.text(item, "likelihood")), causes,
                    SnapshotFormat1.text(item, "cause_note"), SnapshotFormat1.text(item, "correction")));
        }
        JsonNode rectify = node.path("rectify");
        return new MonitoringReturn(form, Month.of(node.path("month").asInt()), funding,
                SnapshotFormat1.text(node, "budget_cause"), rows, new Conclusion(SnapshotFormat1.text(node, "summary"),
                        rectify.isBoolean() ? Optional.of(rectify.asBoolean()) : Optional.empty(),
                        SnapshotFormat1.text(node, "rectify_note")));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
