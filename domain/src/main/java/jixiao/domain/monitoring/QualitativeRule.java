package jixiao.domain.monitoring;

import java.util.List;
import jixiao.domain.target.Achievement;
import jixiao.domain.target.Actual;

/**
 * A progress stated as an achievement phrase: 达成指标 green, 部分达成指标并具有一定效果 yellow,
 * 未达成指标且效果较差 red; and a progress that restates a qualitative target ({@code 及时} for
 * {@code 及时}): achieved, green.
 */
final class QualitativeRule {

    Lighting byPhrase(Actual.Phrase progress, Schedule schedule) {
        Light light = light(progress.achievement());
        return Lighting.lit(LightRule.QUALITATIVE, light, List.of(Wording.rule(LightRule.QUALITATIVE), Wording.lit(
                schedule.period().zh() + " 完成情况“" + progress.text() + "”",
                schedule.period().en() + " progress: " + progress.achievement().words().en()
                        + " ('" + progress.text() + "')", light)));
    }

    Lighting byRestatement(Actual progress, Schedule schedule) {
        return Lighting.lit(LightRule.QUALITATIVE, Light.GREEN, List.of(Wording.rule(LightRule.QUALITATIVE),
                Wording.lit(schedule.period().zh() + " 完成情况“" + progress.text() + "”与目标相同，视为达成",
                        schedule.period().en() + " progress '" + progress.text() + "' restates the target: achieved",
                        Light.GREEN)));
    }

    private static Light light(Achievement achievement) {
        switch (achievement) {
            case ACHIEVED:
                return Light.GREEN;
            case PARTLY_ACHIEVED:
                return Light.YELLOW;
            default:
                return Light.RED;
        }
    }
}
