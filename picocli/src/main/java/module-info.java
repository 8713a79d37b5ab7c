/**
 * picocli 4.7.7, compiled from its released source for Java 17 under its own module name. The
 * released jar is Java 5 class files, which class-data sharing cannot archive (and app classes that
 * implement picocli's interfaces are then left out too); see docs/benchmarks.md. The same
 * module declaration as the released jar's.
 */
module info.picocli {
    requires static java.sql;

    exports picocli;
}
