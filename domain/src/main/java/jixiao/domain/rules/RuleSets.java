package jixiao.domain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jixiao.domain.language.Bilingual;

/**
 * The built-in rule sets, and rule-set files. A rule-set file is a UTF-8 properties file; it may
 * name a built-in set as {@code base} and override only the parameters it changes:
 *
 * <pre>
 * base = national-2020
 * name = training-20
 * executionWeight = 20
 * </pre>
 */
public final class RuleSets {

    public static final String DEFAULT_NAME = "national-2020";

    private static final List<String> BUILT_IN = List.of(DEFAULT_NAME);
    private static final String BASE_KEY = "base";

    private static final RuleSet NATIONAL_2020 = loadBuiltIn(DEFAULT_NAME);

    private RuleSets() {
    }

    /** {@code national-2020}: the default. */
    public static RuleSet national2020() {
        return NATIONAL_2020;
    }

    public static List<RuleSet> builtIn() {
        return List.of(NATIONAL_2020);
    }

    /** A built-in set by name, or else a rule-set file by path. */
    public static RuleSet resolve(String nameOrPath) throws InvalidRuleSetException {
        Optional<RuleSet> builtIn = builtIn(nameOrPath);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw problem("没有名为“" + nameOrPath + "”的规则集，也没有这个文件；内置规则集：" + BUILT_IN,
                    "no rule set named '" + nameOrPath + "' and no such file; built-in rule sets: "
                            + BUILT_IN);
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw problem("无法读取规则集文件 " + path + "：" + e.getMessage(),
                    "cannot read the rule-set file " + path + ": " + e.getMessage());
        }
    }

    public static Optional<RuleSet> builtIn(String name) {
        return builtIn().stream().filter(set -> set.name().equals(name)).findFirst();
    }

    /** Reads a rule-set file's text; every bad or unknown key is reported, not just the first. */
    public static RuleSet read(Reader reader) throws InvalidRuleSetException {
        Properties file = new Properties();
        try {
            file.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw problem("规则集文件格式错误：" + e.getMessage(),
                    "the rule-set file is malformed: " + e.getMessage());
        }
        String baseName = file.getProperty(BASE_KEY, DEFAULT_NAME).strip();
        RuleSet base = builtIn(baseName).orElseThrow(() -> problem(
                "base 指定的规则集“" + baseName + "”不存在", "base names an unknown rule set: " + baseName));
        return override(base, file);
    }

    /** {@link RuleSet#with}: the value read and checked as a rule-set file's would be. */
    static RuleSet with(RuleSet rules, Parameter parameter, String value) throws InvalidRuleSetException {
        Properties one = new Properties();
        one.setProperty(parameter.key(), value);
        return override(rules, one);
    }

    /** Writes a rule set as a complete rule-set file, which {@link #read} reads back unchanged. */
    public static String write(RuleSet rules) {
        StringBuilder out = new StringBuilder();
        rules.parameters().forEach((parameter, value) -> out.append("# ")
                .append(parameter.meaning().en()).append('\n').append(parameter.key()).append(" = ")
                .append(value.replace("\\", "\\\\").replace("\n", "\\n")).append('\n'));
        return out.toString();
    }

    private static RuleSet override(RuleSet base, Properties file) throws InvalidRuleSetException {
        Set<String> known = Stream.of(Parameter.values()).map(Parameter::key).collect(Collectors.toSet());
        List<Bilingual> problems = new ArrayList<>();
        for (String key : file.stringPropertyNames()) {
            if (!known.contains(key) && !key.equals(BASE_KEY)) {
                problems.add(new Bilingual("未知参数：" + key, "unknown parameter: " + key));
            }
        }
        Map<Parameter, String> values = base.parameters();
        values.replaceAll((parameter, value) -> file.getProperty(parameter.key(), value).strip());
        Values reader = new Values(values, problems);
        RuleSet rules = reader.build();
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return rules;
    }

    private static RuleSet loadBuiltIn(String name) {
        try (InputStream in = RuleSets.class.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("built-in rule set missing from the build: " + name);
            }
            Properties file = new Properties();
            file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Parameter, String> values = new EnumMap<>(Parameter.class);
            for (Parameter parameter : Parameter.values()) {
                values.put(parameter, file.getProperty(parameter.key(), "").strip());
            }
            List<Bilingual> problems = new ArrayList<>();
            RuleSet rules = new Values(values, problems).build();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("built-in rule set " + name + " is broken: " + problems);
            }
            return rules;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InvalidRuleSetException problem(String zh, String en) {
        return new InvalidRuleSetException(List.of(new Bilingual(zh, en)));
    }

    /** Typed reading of parameter values, collecting a problem for each value that does not read. */
    private static final class Values {
        private final Map<Parameter, String> values;
        private final List<Bilingual> problems;

        Values(Map<Parameter, String> values, List<Bilingual> problems) {
            this.values = values;
            this.problems = problems;
        }

        RuleSet build() {
            RuleSet built = null;
            try {
                built = new RuleSet(text(Parameter.NAME),
                        new Bilingual(text(Parameter.DESCRIPTION_ZH), text(Parameter.DESCRIPTION_EN)),
                        number(Parameter.TOTAL_POINTS), number(Parameter.EXECUTION_WEIGHT),
                        typed(Parameter.EXECUTION_RATE_ROUNDING, RoundingMode::valueOf, RoundingMode.HALF_UP),
                        typed(Parameter.REVERSE_SCORING, ReverseScoring::ofKey, ReverseScoring.RATIO),
                        number(Parameter.OVER_TARGET_FACTOR), bool(Parameter.OVER_TARGET_NEEDS_NOTE),
                        number(Parameter.OVER_TARGET_NOTE_SHARE), number(Parameter.ACHIEVED_SHARE),
                        number(Parameter.PARTLY_ACHIEVED_SHARE), number(Parameter.NOT_ACHIEVED_SHARE),
                        number(Parameter.ACHIEVED_BAND_FLOOR), number(Parameter.PARTLY_ACHIEVED_BAND_FLOOR),
                        number(Parameter.EXCELLENT_FROM), number(Parameter.GOOD_FROM),
                        number(Parameter.FAIR_FROM),
                        typed(Parameter.COST_INDICATORS_FROM, Integer::valueOf, 0),
                        new MonitoringRules(number(Parameter.MONITORING_YELLOW_FROM),
                                number(Parameter.MONITORING_GREEN_FROM), number(Parameter.MONITORING_BLUE_FROM),
                                MonitoringRules.units(values.get(Parameter.MONITORING_ACCUMULATING_UNITS))));
            } catch (IllegalArgumentException | NullPointerException e) {
                if (problems.isEmpty()) {
                    problems.add(new Bilingual("参数取值不合理：" + e.getMessage(),
                            "a parameter has an impossible value: " + e.getMessage()));
                }
            }
            return built;
        }

        private String text(Parameter parameter) {
            String value = values.get(parameter);
            if (value.isEmpty() && parameter == Parameter.NAME) {
                problems.add(new Bilingual("规则集需要名称（name）", "a rule set needs a name"));
            }
            return value;
        }

        private BigDecimal number(Parameter parameter) {
            return typed(parameter, BigDecimal::new, BigDecimal.ZERO);
        }

        private boolean bool(Parameter parameter) {
            return typed(parameter, value -> {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("expected true or false");
                }
                return Boolean.valueOf(value);
            }, Boolean.FALSE);
        }

        private <T> T typed(Parameter parameter, Function<String, T> parse, T fallback) {
            String value = values.get(parameter);
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                problems.add(new Bilingual(parameter.key() + " 的值“" + value + "”无法读取",
                        parameter.key() + ": cannot read '" + value + "'"));
                return fallback;
            }
        }
    }
}
