package jixiao.domain.rules;

import java.util.List;
import jixiao.domain.language.Bilingual;

/** A rule set that cannot be used: unknown name, unreadable file, or bad parameters. Says each problem. */
public final class InvalidRuleSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Bilingual> problems;

    public InvalidRuleSetException(List<Bilingual> problems) {
        super(problems.isEmpty() ? "invalid rule set" : problems.get(0).en());
        this.problems = List.copyOf(problems);
    }

    public List<Bilingual> problems() {
        return problems;
    }
}
