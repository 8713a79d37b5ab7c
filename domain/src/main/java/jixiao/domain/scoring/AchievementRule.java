package jixiao.domain.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jixiao.domain.language.Bilingual;
import jixiao.domain.rules.RuleSet;
import jixiao.domain.target.Achievement;

/**
 * A qualitative target, or an actual stated as one of the three phrases: a share of the weight
 * (达成 100 %, 部分达成 60 %, 未达成 0 % by default), and the band a manual score must lie in.
 */
final class AchievementRule {

    Suggestion score(Achievement achievement, BigDecimal weight, RuleSet rules) {
        BigDecimal share = share(achievement, rules);
        BigDecimal score = Arithmetic.round(weight.multiply(share));
        ScoreBand band = band(achievement, weight, rules);
        return new Suggestion(Rule.ACHIEVEMENT, status(achievement), Optional.of(score), Set.of(),
                Explanation.lazily(() -> List.of(Wording.rule(Rule.ACHIEVEMENT), step(achievement, weight, share, score, band))),
                Optional.of(band));
    }

    private static Bilingual step(Achievement achievement, BigDecimal weight, BigDecimal share, BigDecimal score,
            ScoreBand band) {
        String arithmetic = Arithmetic.two(weight) + " × " + share.movePointRight(2).stripTrailingZeros().toPlainString()
                + "% = " + Arithmetic.two(score);
        String range = band.toString();
        return new Bilingual(achievement.words().zh() + ": " + arithmetic + "（人工评分区间 " + range + "）",
                achievement.words().en() + ": " + arithmetic + " (manual scores must lie in " + range + ")");
    }

    static ScoreBand band(Achievement achievement, BigDecimal weight, RuleSet rules) {
        BigDecimal achievedFloor = Arithmetic.round(weight.multiply(rules.achievedBandFloor()));
        BigDecimal partlyFloor = Arithmetic.round(weight.multiply(rules.partlyAchievedBandFloor()));
        switch (achievement) {
            case ACHIEVED:
                return new ScoreBand(achievedFloor, Arithmetic.round(weight), true);
            case PARTLY_ACHIEVED:
                return new ScoreBand(partlyFloor, achievedFloor, false);
            default:
                return new ScoreBand(Arithmetic.round(BigDecimal.ZERO), partlyFloor, false);
        }
    }

    private static BigDecimal share(Achievement achievement, RuleSet rules) {
        switch (achievement) {
            case ACHIEVED:
                return rules.achievedShare();
            case PARTLY_ACHIEVED:
                return rules.partlyAchievedShare();
            default:
                return rules.notAchievedShare();
        }
    }

    private static Status status(Achievement achievement) {
        switch (achievement) {
            case ACHIEVED:
                return Status.ACHIEVED;
            case PARTLY_ACHIEVED:
                return Status.PARTLY_ACHIEVED;
            default:
                return Status.NOT_ACHIEVED;
        }
    }
}
