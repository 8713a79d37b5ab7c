package jixiao.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Language;

/**
 * How a figure came about, step by step, with the real numbers: the rule applied and the
 * arithmetic ({@code 未完成: 144 / 360 × 5.00 = 2.00}). Carried by every score, so every view shows
 * the same words.
 */
public record Explanation(List<Bilingual> steps) {

    public Explanation {
        steps = List.copyOf(steps);
    }

    public static Explanation of(Bilingual... steps) {
        return new Explanation(List.of(steps));
    }

    public Explanation then(Bilingual step) {
        List<Bilingual> more = new ArrayList<>(steps);
        more.add(step);
        return new Explanation(more);
    }

    public List<String> in(Language language) {
        return steps.stream().map(step -> step.in(language)).toList();
    }
}
