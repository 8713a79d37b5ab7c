package jixiao.app;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Chinese usage help, read from {@code help.properties} the first time help is shown rather than on
 * every run: parsing the bundle and handing it to every command cost a run that prints no help
 * about a tenth of its start-up.
 */
final class ChineseHelp implements IHelpFactory {

    private boolean loaded;

    @Override
    public Help create(CommandSpec command, ColorScheme colorScheme) {
        if (!loaded) {
            loaded = true;
            ResourceBundle bundle = ResourceBundle.getBundle("jixiao.app.help", Locale.ROOT, ChineseHelp.class.getModule());
            CommandLine root = command.root().commandLine();
            root.setResourceBundle(bundle);
        }
        return new Help(command, colorScheme);
    }
}
