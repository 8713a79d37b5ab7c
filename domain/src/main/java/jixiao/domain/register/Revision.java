package jixiao.domain.register;

import java.time.Instant;
import java.util.Objects;

/**
 * Which saved version of a project an edit starts from, and who saved it when. An edit based on
 * an older revision than the stored one is refused, so no one overwrites another's work unseen.
 */
public record Revision(long number, Instant savedAt, String savedBy) {

    public Revision {
        Objects.requireNonNull(savedAt, "savedAt");
        Objects.requireNonNull(savedBy, "savedBy");
    }
}
