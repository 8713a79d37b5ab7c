package jixiao.domain.trend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import jixiao.domain.language.HalfWidth;
import jixiao.domain.project.FormKind;
import jixiao.domain.project.Indicator;
import jixiao.domain.project.Project;
import jixiao.domain.project.ProjectKey;

/**
 * The one matching of the same project across years, for the trend and the lint: by project code,
 * else by unit and project name; and of the same indicator within it, by name. Names are compared
 * as typed but for spaces, full-width characters and the form's own year, so that
 * {@code 系统（2024年运维项目）} of 2024 and {@code 系统（2025年运维项目）} of 2025 are one.
 */
public final class SameProject {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String OWN_YEAR = "\u0000year\u0000";

    private SameProject() {
    }

    /**
     * The form of {@code year} that is the same project as {@code subject}: one with the same code
     * where the subject has a code and a form of that year shares it; else one of the same unit
     * and name. Where two forms of the year match, the self-evaluation (which says most) comes first.
     */
    public static Optional<Match> in(int year, ProjectKey subject, Collection<Project> forms) {
        List<Project> ofYear = forms.stream().filter(form -> form.key().year() == year).toList();
        if (subject.hasCode()) {
            Optional<Project> byCode = best(ofYear, form -> form.key().code().strip().equals(subject.code().strip()));
            if (byCode.isPresent()) {
                return Optional.of(new Match(byCode.get(), MatchedBy.CODE));
            }
        }
        return best(ofYear, form -> comparable(form.key().unit(), year).equals(comparable(subject.unit(), subject.year()))
                && comparable(form.key().name(), year).equals(comparable(subject.name(), subject.year())))
                .map(form -> new Match(form, MatchedBy.UNIT_AND_NAME));
    }

    /**
     * The row of {@code other} (another year's form of the same project) that is the same indicator
     * as row {@code index} of {@code form}: the same name; where a name occurs twice, the first
     * with the first, the second with the second.
     */
    public static Optional<Indicator> indicator(Project form, int index, Project other) {
        String key = rowKeys(form).get(index);
        List<String> keys = rowKeys(other);
        int at = keys.indexOf(key);
        return at < 0 ? Optional.empty() : Optional.of(other.indicators().get(at));
    }

    /** Each row's identity across years: its comparable name, and which occurrence of that name it is. */
    static List<String> rowKeys(Project form) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Indicator indicator : form.indicators()) {
            String name = comparable(indicator.name(), form.key().year());
            keys.add(name + "#" + seen.merge(name, 1, Integer::sum));
        }
        return keys;
    }

    /** A name without spaces, in half-width form, with the form's own year made neutral. */
    static String comparable(String name, int year) {
        String folded = SPACES.matcher(HalfWidth.of(name)).replaceAll("");
        return folded.replaceAll("(?<!\\d)" + year + "(?!\\d)", OWN_YEAR);
    }

    private static Optional<Project> best(List<Project> forms, Predicate<Project> same) {
        return forms.stream().filter(same)
                .min(Comparator.comparing(form -> form.kind() == FormKind.SELF_EVALUATION ? 0 : 1));
    }
}
