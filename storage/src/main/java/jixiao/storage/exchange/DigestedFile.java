package jixiao.storage.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;

/**
 * A file read for an import, every byte fed to a digest as it is read, so that the import's history
 * names the SHA-256 of the very bytes imported, in the one reading of them: hashed apart, the file was
 * read twice, and the hash took CPU from the import when it was shortest of it (docs/benchmarks.md).
 */
public final class DigestedFile {

    private DigestedFile() {
    }

    /** The file's bytes, each fed to {@code digest} as it is read. */
    public static InputStream open(Path file, MessageDigest digest) throws IOException {
        return new DigestInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), digest);
    }

    /** The bytes as text, decoded strictly: a byte {@code charset} cannot read throws, as in {@link Files#newBufferedReader}. */
    public static Reader text(InputStream bytes, Charset charset) {
        return new BufferedReader(new InputStreamReader(bytes, charset.newDecoder()));
    }

    /** A digest that keeps nothing, for a reading whose bytes no history names. */
    public static MessageDigest none() {
        return new MessageDigest("none") {
            @Override
            protected void engineUpdate(byte input) {
                // kept nowhere
            }

            @Override
            protected void engineUpdate(byte[] input, int offset, int length) {
                // kept nowhere
            }

            @Override
            protected byte[] engineDigest() {
                return new byte[0];
            }

            @Override
            protected void engineReset() {
                // nothing kept to forget
            }
        };
    }

    /** Feeds the bytes after the last one a reader asked for (a parser stops at the end of its value) to the digest. */
    public static void rest(InputStream bytes) throws IOException {
        bytes.transferTo(OutputStream.nullOutputStream());
    }
}
