package jixiao.domain.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jixiao.domain.check.Finding;
import jixiao.domain.check.Reviewer;
import jixiao.domain.project.FormKind;
import jixiao.domain.rules.RuleSets;
import org.junit.jupiter.api.Test;

class SelfEvaluationTest {

    @Test
    void aSelfEvaluationJustStartedIsOneThoughItHasNoActualsYet() {
        SelfEvaluation started = new SelfEvaluation(Years.declared());
        assertEquals(StageKind.SELF_EVALUATION, started.kind());
        List<String> errors = new Reviewer(RuleSets.national2020()).review(started.form(), FormKind.SELF_EVALUATION)
                .errors().stream().map(Finding::code).toList();
        assertEquals("missing-weight", errors.get(errors.size() - 1));
    }

    @Test
    void itsFormIsEditedLikeAnyForm() {
        SelfEvaluation started = new SelfEvaluation(Years.declared());
        SelfEvaluation typed = started.withForm(started.form().withIndicator(1,
                started.form().indicators().get(1).withActual("4(套)")));
        assertEquals("4(套)", typed.form().indicators().get(1).actual().text());
    }
}
