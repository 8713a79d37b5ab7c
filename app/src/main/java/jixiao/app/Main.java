package jixiao.app;

/** Entry point; the subcommands arrive with the command-line work. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("jixiao");
    }
}
