import java.math.BigDecimal;
import jixiao.domain.language.Language;
import jixiao.domain.project.Indicator;
import jixiao.domain.rules.RuleSets;
import jixiao.domain.scoring.IndicatorScore;
import jixiao.domain.scoring.Scorer;

/** Floor 3: what score does without picocli and output formatting: parse, score, print the explanation. */
public final class DomainOnly {
    public static void main(String[] args) throws Exception {
        IndicatorScore score = new Scorer(RuleSets.resolve(RuleSets.DEFAULT_NAME))
                .score(Indicator.of("", "", "", args[0], args[1], new BigDecimal(args[2]), null, ""));
        System.out.println(score.score().orElse(BigDecimal.ZERO).toPlainString());
        for (String step : score.explanation().in(Language.ZH)) {
            System.out.println(step);
        }
    }
}
