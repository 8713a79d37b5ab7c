import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import jixiao.storage.exchange.CsvExchange;
import jixiao.storage.exchange.Problem;

/**
 * The reading side of `jixiao import` alone: a CSV read into project-years as import reads it, each
 * year handed to nothing. Prints the milliseconds from the file's opening to its last year.
 *
 * <pre>
 * javac -cp app/target/jixiao.jar -d /tmp/ro bench/import/ReadOnly.java
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp /tmp/ro:app/target/jixiao.jar ReadOnly in.csv [--detect]
 * </pre>
 *
 * {@code --detect} reads as import did before the encoding was decided while reading: the whole file
 * decoded once by {@code CsvExchange.detect}, then read in the encoding it chose (this mode runs on
 * older jars too).
 */
public final class ReadOnly {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        boolean detect = args.length > 1 && args[1].equals("--detect");
        int[] years = {0};
        long start = System.nanoTime();
        List<Problem> problems;
        if (detect) {
            Charset encoding = CsvExchange.detect(file);
            try (Reader in = Files.newBufferedReader(file, encoding)) {
                problems = new CsvExchange().read(in, file.toString(), year -> years[0]++);
            }
        } else {
            // as an import reads it: the bytes hashed for its history as they are read
            problems = new CsvExchange().read(file, Optional.empty(), year -> years[0]++, MessageDigest.getInstance("SHA-256"));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("read " + millis + " ms: " + years[0] + " years, " + problems.size() + " problems");
    }
}
