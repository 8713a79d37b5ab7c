package jixiao.domain.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 *
 * Every value is checked when read; a bad one is reported as {@code FILE:LINE: key: what is wrong;
 * allowed: …}, all of them at once.
 */
public final class RuleSets {

    public static final String DEFAULT_NAME = "national-2020";

    static final String BASE_KEY = "base";
    private static final List<String> BUILT_IN = List.of(DEFAULT_NAME);

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

    public static Optional<RuleSet> builtIn(String name) {
        return builtIn().stream().filter(set -> set.name().equals(name)).findFirst();
    }

    /** Whether the set is one of the built-in sets exactly as this version has it. */
    public static boolean isBuiltIn(RuleSet rules) {
        return builtIn(rules.name()).filter(rules::equals).isPresent();
    }

    /**
     * How outputs name a rule set: a built-in set by its name alone; any other set — a trainer's,
     * or an older version of a built-in one — by its name and the first 8 digits of its hash, since
     * two files may share a name.
     */
    public static String label(String name, String hash) {
        boolean builtIn = builtIn(name).map(set -> set.hash().equals(hash)).orElse(false);
        return builtIn ? name : name + "@" + hash.substring(0, Math.min(8, hash.length()));
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
        return readFile(path);
    }

    /**
     * Reads a trainer's rule-set file. It may not call itself by a built-in set's name while
     * changing it: every output would then show "national-2020" beside figures it does not give.
     */
    public static RuleSet readFile(Path path) throws InvalidRuleSetException {
        String source = path.toString();
        RuleSet rules;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            rules = read(reader, source);
        } catch (IOException e) {
            throw problem("无法读取规则集文件 " + source + "：" + e.getMessage(),
                    "cannot read the rule-set file " + source + ": " + e.getMessage());
        }
        if (builtIn(rules.name()).filter(builtIn -> !builtIn.equals(rules)).isPresent()) {
            throw problem(source + ": name：“" + rules.name() + "”是内置规则集的名称，而本文件改动了它的参数；请另起名称（name = …）",
                    source + ": name: '" + rules.name() + "' is a built-in rule set's name, and this file changes"
                            + " its parameters; give the set a name of its own (name = …)");
        }
        return rules;
    }

    /** Reads a rule-set file's text; every bad or unknown key is reported, not just the first. */
    public static RuleSet read(Reader reader) throws InvalidRuleSetException {
        return read(reader, "");
    }

    /** As {@link #read(Reader)}; {@code source} (a file name) begins each problem, with the line. */
    public static RuleSet read(Reader reader, String source) throws InvalidRuleSetException {
        RuleSetFile file = file(reader, source);
        String baseName = file.values().getOrDefault(BASE_KEY, DEFAULT_NAME);
        Optional<RuleSet> base = builtIn(baseName);
        if (base.isEmpty()) {
            throw new InvalidRuleSetException(List.of(new Source(source, file.lines()).problem(BASE_KEY, new Bilingual(
                    "base：没有内置规则集“" + baseName + "”；可用的值：" + String.join(", ", BUILT_IN),
                    "base: no built-in rule set '" + baseName + "'; allowed: " + String.join(", ", BUILT_IN)))));
        }
        return build(file, source, base.map(RuleSet::parameters));
    }

    /** Builds a set from a file over a base; with no base (a built-in), the file must give every parameter. */
    private static RuleSet build(RuleSetFile file, String source, Optional<Map<Parameter, String>> base)
            throws InvalidRuleSetException {
        List<Bilingual> problems = new ArrayList<>(file.problems(source));
        Source where = new Source(source, file.lines());
        for (String key : file.values().keySet()) {
            if (!keys().contains(key)) {
                problems.add(where.problem(key, new Bilingual(key + "：未知参数（拼写错误？）",
                        key + ": unknown parameter (a typo?)")));
            }
        }
        Map<Parameter, String> values = new EnumMap<>(Parameter.class);
        for (Parameter parameter : Parameter.values()) {
            String value = file.values().get(parameter.key());
            if (value == null && base.isPresent()) {
                value = base.get().get(parameter);
            }
            if (value == null) {
                problems.add(where.problem(new Bilingual(parameter.key() + "：缺少这个参数",
                        parameter.key() + ": this parameter is missing")));
            }
            values.put(parameter, value);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleSetException(problems);
        }
        return new ParameterValues(values, where).build();
    }

    private static RuleSetFile file(Reader reader, String source) throws InvalidRuleSetException {
        try {
            return RuleSetFile.read(reader);
        } catch (CharacterCodingException e) {
            throw problem(where(source) + "不是 UTF-8 文本：规则集文件须以 UTF-8 保存",
                    where(source) + "not UTF-8 text: save the rule-set file as UTF-8");
        } catch (IOException e) {
            throw problem(where(source) + "无法读取：" + e.getMessage(), where(source) + "cannot be read: " + e.getMessage());
        }
    }

    private static String where(String source) {
        return source.isEmpty() ? "" : source + ": ";
    }

    /** Writes a rule set as a complete rule-set file, which {@link #read} reads back unchanged. */
    public static String write(RuleSet rules) {
        StringBuilder out = new StringBuilder();
        rules.parameters().forEach((parameter, value) -> out.append("# ")
                .append(parameter.meaning().en()).append('\n').append(parameter.key()).append(" = ")
                .append(RuleSetFile.escape(value)).append('\n'));
        return out.toString();
    }

    /** The keys a rule-set file may use: {@code base} and every parameter's. */
    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(BASE_KEY));
        for (Parameter parameter : Parameter.values()) {
            keys.add(parameter.key());
        }
        return keys;
    }

    private static RuleSet loadBuiltIn(String name) {
        try (InputStream in = RuleSets.class.getResourceAsStream(name + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("built-in rule set missing from the build: " + name);
            }
            String source = name + ".properties";
            return build(file(new InputStreamReader(in, StandardCharsets.UTF_8), source), source, Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidRuleSetException e) {
            throw new IllegalStateException("built-in rule set " + name + " is broken: " + e.problems(), e);
        }
    }

    private static InvalidRuleSetException problem(String zh, String en) {
        return new InvalidRuleSetException(List.of(new Bilingual(zh, en)));
    }
}
