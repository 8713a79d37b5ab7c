package jixiao.domain.register;

import jixiao.domain.language.Bilingual;
import jixiao.domain.language.Explained;
import jixiao.domain.language.Excerpt;
import jixiao.domain.project.ProjectKey;

/**
 * A project that cannot be stored because another stored project already has its year, unit and
 * name, or its code: storing it would merge two projects into one, or lose one. Nothing was written.
 */
public final class KeyTakenException extends RuntimeException implements Explained {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual explanation;

    /** {@code byCode} holds the code, {@code other} is the stored project that has it (or the key), as {@code #id (key)}. */
    public KeyTakenException(ProjectKey key, boolean byCode, String other) {
        super(key + " clashes with " + other);
        Bilingual name = Excerpt.of(key.toString());
        Bilingual code = Excerpt.of(key.code());
        this.explanation = byCode
                ? new Bilingual("无法保存“" + name.zh() + "”：项目编码“" + code.zh() + "”已属于另一个项目 " + other
                        + "，一个编码只能属于一个项目。请改正编码，或改用那个项目的年度、单位和名称",
                        "cannot store '" + name.en() + "': the code '" + code.en() + "' already belongs to another project, "
                                + other + ", and a code belongs to one project. Correct the code, or use that project's"
                                + " year, unit and name")
                : new Bilingual("无法保存“" + name.zh() + "”：已有另一个项目 " + other + " 是同一年度、单位和名称，而项目编码不同",
                        "cannot store '" + name.en() + "': another project, " + other + ", has the same year, unit and"
                                + " name under another code");
    }

    @Override
    public Bilingual explanation() {
        return explanation;
    }
}
