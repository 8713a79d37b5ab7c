import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Floor 2: picocli with one command of four options, as score has (annotations, as jixiao uses them). */
@Command(name = "hello", mixinStandardHelpOptions = true)
public final class PicocliHello implements Callable<Integer> {
    @Option(names = "--target") String target;
    @Option(names = "--actual") String actual;
    @Option(names = "--weight") BigDecimal weight;
    @Option(names = "--format") String format;

    @Override
    public Integer call() {
        System.out.println(target + " " + actual + " " + weight + " " + format);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PicocliHello()).execute(args));
    }
}
