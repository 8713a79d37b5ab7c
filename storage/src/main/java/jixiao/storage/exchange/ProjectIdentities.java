package jixiao.storage.exchange;

import java.util.Optional;
import java.util.OptionalInt;
import jixiao.domain.project.ProjectKey;

/**
 * The projects a file has named so far, to refuse one named twice: the second would silently
 * replace the first in the same import. A project is named by its year, unit and name, and by its
 * code where it has one (exchange.md), so each is remembered under both: a project that shares
 * either with an earlier one is a duplicate. Each name is kept as a 64-bit hash (FNV-1a) with where
 * it appeared, in two flat arrays, so that a file of a million one-row projects needs about 24 MB.
 * Readers use it within a file; an import, across its files.
 */
public final class ProjectIdentities {

    /** Where an earlier project was, and by which of its names it is the same. */
    public record Earlier(int where, boolean byCode) {
    }

    private static final long EMPTY = 0;
    private long[] hashes = new long[1024];
    private int[] places = new int[1024];
    private int size;

    /**
     * Remembers the project found at {@code where} (a line, or a project's number) and returns where
     * an earlier project of the same key or code was, if one was.
     */
    public Optional<Earlier> add(ProjectKey key, int where) {
        OptionalInt byKey = put(hash("key\n" + key.year() + '\n' + key.unit().strip() + '\n' + key.name().strip()), where);
        if (byKey.isPresent()) {
            return Optional.of(new Earlier(byKey.getAsInt(), false));
        }
        if (key.hasCode()) {
            OptionalInt byCode = put(hash("code\n" + key.code().strip()), where);
            if (byCode.isPresent()) {
                return Optional.of(new Earlier(byCode.getAsInt(), true));
            }
        }
        return Optional.empty();
    }

    private OptionalInt put(long hash, int where) {
        if ((size + 1) * 4L > hashes.length * 3L) {
            grow();
        }
        int slot = slot(hash, hashes);
        if (hashes[slot] == hash) {
            return OptionalInt.of(places[slot]);
        }
        hashes[slot] = hash;
        places[slot] = where;
        size++;
        return OptionalInt.empty();
    }

    /** The slot holding {@code hash}, or the empty one where it goes (linear probing). */
    private static int slot(long hash, long[] table) {
        int mask = table.length - 1;
        int slot = (int) (hash ^ hash >>> 32) & mask;
        while (table[slot] != EMPTY && table[slot] != hash) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldPlaces = places;
        hashes = new long[oldHashes.length * 2];
        places = new int[oldPlaces.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = slot(oldHashes[i], hashes);
                hashes[slot] = oldHashes[i];
                places[slot] = oldPlaces[i];
            }
        }
    }

    /** FNV-1a over the characters; 0 is the empty slot's mark, so a hash of 0 becomes 1. */
    private static long hash(String identity) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < identity.length(); i++) {
            hash = (hash ^ identity.charAt(i)) * 0x100000001b3L;
        }
        return hash == EMPTY ? 1 : hash;
    }
}
