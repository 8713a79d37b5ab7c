package jixiao.storage.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.domain.project.Amounts;
import jixiao.domain.project.Funding;
import jixiao.domain.project.FundingLine;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Goals;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Profile;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;
import jixiao.domain.project.Published;

/**
 * Reads audit format 1: a project object of the exchange format {@code jixiao/1}. Its keys are
 * spelled out here on purpose, not shared with the exchange reader: they are the keys of 2026,
 * and must stay readable whatever the exchange format becomes. Lenient, because history is for
 * reading what was: unknown keys are passed over, an amount that does not read is left blank.
 */
final class SnapshotFormat1 {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<FundingSource, String> SOURCES = Map.of(FundingSource.TOTAL, "total",
            FundingSource.FISCAL, "fiscal", FundingSource.CARRYOVER, "carryover", FundingSource.OTHER, "other");
    private static final String UNNAMED = "?";

    private SnapshotFormat1() {
    }

    static Optional<Project> read(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(project(node));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a value the domain refuses: the record is shown without its project
        }
    }

    /** A project object of format 1; throws IllegalArgumentException for a value the domain refuses. */
    static Project project(JsonNode node) {
        String name = text(node, "name");
        return new Project(new ProjectKey(node.path("year").asInt(0), text(node, "unit"),
                name.isBlank() ? UNNAMED : name, text(node, "code")),
                new Profile(text(node, "department"), text(node, "nature"), text(node, "category"),
                        text(node, "start"), text(node, "end")),
                funding(node.path("funding"), text(node, "money_unit")),
                new Goals(text(node, "overall_goal"), text(node, "goal"), text(node, "actual_summary")),
                indicators(node.path("indicators")), published(node.path("published")));
    }

    private static Funding funding(JsonNode node, String moneyUnit) {
        Map<FundingSource, FundingLine> lines = new EnumMap<>(FundingSource.class);
        SOURCES.forEach((source, key) -> {
            JsonNode line = node.path(key);
            if (line.isObject()) {
                lines.put(source, new FundingLine(amount(line, "initial"), amount(line, "adjusted"),
                        amount(line, "executed")));
            }
        });
        return new Funding(moneyUnit, lines);
    }

    private static List<Indicator> indicators(JsonNode node) {
        List<Indicator> indicators = new ArrayList<>();
        for (JsonNode item : node) {
            indicators.add(Indicator.of(text(item, "level1"), text(item, "level2"), text(item, "name"),
                    text(item, "target"), text(item, "actual"), amount(item, "weight").orElse(null),
                    amount(item, "score").orElse(null), text(item, "deviation")));
        }
        return indicators;
    }

    private static Published published(JsonNode node) {
        if (!node.isObject()) {
            return Published.NONE;
        }
        String grade = text(node, "grade");
        return new Published(amount(node, "execution_weight"), amount(node, "execution_rate"),
                amount(node, "execution_score"), amount(node, "total_score"),
                grade.isBlank() ? Optional.empty() : Optional.of(grade));
    }

    static Optional<BigDecimal> amount(JsonNode node, String key) {
        try {
            return Amounts.parse(text(node, key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String text(JsonNode node, String key) {
        JsonNode value = node.path(key);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }
}
