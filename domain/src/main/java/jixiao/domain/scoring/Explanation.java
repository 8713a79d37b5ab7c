package jixiao.domain.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Deferred;
import jixiao.domain.language.Language;

/**
 * How a figure came about, step by step, with the real numbers: the rule applied and the
 * arithmetic ({@code 未完成: 144 / 360 × 5.00 = 2.00}). Carried by every score, so every view shows
 * the same words. The steps may be written when first read ({@link #lazily}): formatting the
 * numbers into words is most of the cost of scoring, and an import that stores only the total
 * reads none of them. Equal explanations have equal steps.
 */
public final class Explanation {

    private final Deferred<List<Bilingual>> steps;

    public Explanation(List<Bilingual> steps) {
        this.steps = Deferred.done(List.copyOf(steps));
    }

    private Explanation(Deferred<List<Bilingual>> steps) {
        this.steps = steps;
    }

    public static Explanation of(Bilingual... steps) {
        return new Explanation(List.of(steps));
    }

    /** An explanation whose steps {@code writer} writes when they are first read; it must be pure. */
    public static Explanation lazily(Supplier<List<Bilingual>> writer) {
        return new Explanation(Deferred.of(() -> List.copyOf(writer.get())));
    }

    public List<Bilingual> steps() {
        return steps.get();
    }

    public Explanation then(Bilingual step) {
        List<Bilingual> more = new ArrayList<>(steps());
        more.add(step);
        return new Explanation(more);
    }

    public List<String> in(Language language) {
        return steps().stream().map(step -> step.in(language)).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Explanation that && steps().equals(that.steps());
    }

    @Override
    public int hashCode() {
        return steps().hashCode();
    }

    @Override
    public String toString() {
        return "Explanation[steps=" + steps() + "]";
    }
}
