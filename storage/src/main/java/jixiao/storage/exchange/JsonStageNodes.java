package jixiao.storage.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jixiao.domain.project.FundingSource;
import jixiao.domain.project.Project;
import jixiao.domain.project.WholeProjectFunding;
import jixiao.domain.stage.Conclusion;
import jixiao.domain.stage.FundingProgress;
import jixiao.domain.stage.IndicatorProgress;
import jixiao.domain.stage.StageKind;

/**
 * Writes the stage keys of a JSON project object (docs/exchange.md) as {@link JsonStageKeys} reads
 * them: {@code stages} always, the others where the year has them, empty text left out.
 */
final class JsonStageNodes {

    private JsonStageNodes() {
    }

    /** Adds {@code keys} to a project object; {@code forms} writes a form of the escape hatch. */
    static void put(ObjectNode node, StageKeys keys, Function<Project, ObjectNode> forms) {
        keys.stages().ifPresent(stages -> {
            ArrayNode array = node.putArray("stages");
            stages.forEach(stage -> array.add(stage.key()));
        });
        WholeProjectFunding whole = keys.projectFunding();
        if (!whole.isEmpty()) {
            ObjectNode funding = node.putObject("project_funding");
            putAmount(funding, "total", whole.total());
            putAmount(funding, "fiscal", whole.fiscal());
            putAmount(funding, "other", whole.other());
        }
        if (!keys.declared().isEmpty()) {
            ArrayNode declared = node.putArray("declared");
            keys.declared().forEach((row, target) -> declared.addObject().put("position", row + 1)
                    .put("target", target.text()));
        }
        keys.adjustment().ifPresent(adjustment -> {
            ObjectNode adjusted = node.putObject("adjustment");
            putText(adjusted, "reason", adjustment.reason());
            adjustment.approvedOn().ifPresent(date -> adjusted.put("approved_on", date.toString()));
            adjustment.budgets().ifPresent(budgets -> {
                ObjectNode amounts = adjusted.putObject("budgets");
                budgets.forEach((source, amount) -> amounts.put(JsonKeys.SOURCES.get(source), amount.toPlainString()));
            });
        });
        keys.monitoring().ifPresent(monitoring -> monitoring(node.putObject("monitoring"), monitoring));
        if (!keys.forms().isEmpty()) {
            ObjectNode given = node.putObject("forms");
            for (Map.Entry<StageKind, Project> form : keys.forms().entrySet()) {
                given.set(form.getKey().key(), forms.apply(form.getValue()));
            }
        }
    }

    private static void monitoring(ObjectNode node, StageKeys.MonitoringKeys monitoring) {
        node.put("month", String.valueOf(monitoring.month().getValue()));
        ObjectNode funding = node.putObject("funding");
        for (FundingSource source : FundingSource.values()) {
            FundingProgress progress = monitoring.funding().getOrDefault(source, FundingProgress.EMPTY);
            if (!progress.equals(FundingProgress.EMPTY)) {
                ObjectNode line = funding.putObject(JsonKeys.SOURCES.get(source));
                putAmount(line, "executed", progress.executed());
                putAmount(line, "forecast", progress.forecast());
            }
        }
        putText(node, "budget_cause", monitoring.budgetCause());
        ArrayNode rows = node.putArray("indicators");
        monitoring.indicators().forEach((row, progress) -> indicator(rows.addObject().put("position", row + 1), progress));
        Conclusion conclusion = monitoring.conclusion();
        putText(node, "summary", conclusion.summary());
        putText(node, "rectify", StageWords.yesOrNo(conclusion.rectify()));
        putText(node, "rectify_note", conclusion.rectifyNote());
    }

    private static void indicator(ObjectNode node, IndicatorProgress progress) {
        putText(node, "progress", progress.progress().text());
        putText(node, "forecast", progress.forecast().text());
        progress.likelihood().ifPresent(likelihood -> node.put("likelihood", likelihood.words().zh()));
        if (!progress.causes().isEmpty()) {
            ArrayNode causes = node.putArray("causes");
            progress.causes().forEach(cause -> causes.add(cause.words().zh()));
        }
        putText(node, "cause_note", progress.causeNote());
        putText(node, "correction", progress.correction());
    }

    private static void putAmount(ObjectNode node, String key, Optional<BigDecimal> amount) {
        amount.ifPresent(value -> node.put(key, value.toPlainString()));
    }

    private static void putText(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }
}
