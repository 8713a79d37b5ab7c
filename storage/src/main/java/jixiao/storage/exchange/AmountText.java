package jixiao.storage.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jixiao.domain.language.Bilingual;
import jixiao.domain.project.Amounts;

/**
 * What an amount of an exchange file must be, in every format: a number ({@link Amounts#parse})
 * within the domain's digits, and not negative. A negative budget, executed amount, weight or score
 * is never what a form means; the execution rule would otherwise have to score it.
 */
final class AmountText {

    private AmountText() {
    }

    /** Why the text is no amount a form may hold, or empty when it is one (or blank). */
    static Optional<Bilingual> problem(String text) {
        List<Bilingual> found = new ArrayList<>(1);
        read(text, found::add);
        return found.stream().findFirst();
    }

    /**
     * The amount in a text, empty when it is blank; or empty after handing {@code problem} why it is
     * none a form may hold. Parsed once: an import reads every amount of a file through here.
     */
    static Optional<BigDecimal> read(String text, Consumer<Bilingual> problem) {
        Optional<BigDecimal> amount;
        try {
            amount = Amounts.parse(text);
        } catch (NumberFormatException e) {
            problem.accept(Amounts.whyNot(text).orElseThrow()); // the exception says why in English only
            return Optional.empty();
        }
        Optional<Bilingual> negative = amount.flatMap(AmountText::negative);
        negative.ifPresent(problem);
        return negative.isPresent() ? Optional.empty() : amount;
    }

    /** The same for a JSON number, which arrives already read. */
    static Optional<Bilingual> problem(BigDecimal number) {
        return Amounts.whyNot(number).or(() -> negative(number));
    }

    private static Optional<Bilingual> negative(BigDecimal amount) {
        if (amount.signum() >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Bilingual("不能为负数（" + amount.toPlainString() + "）",
                "may not be negative (" + amount.toPlainString() + ")"));
    }
}
