package jixiao.app.command;

import java.util.Arrays;
import java.util.Locale;
import jixiao.domain.language.Bilingual;
import jixiao.domain.monitoring.Light;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a monitoring light as the command line and JSON name it ({@code red}, {@code yellow},
 * {@code green}, {@code blue}), or in its word (红).
 */
final class LightConverter implements ITypeConverter<Light> {

    @Override
    public Light convert(String value) {
        String given = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Light.values()).filter(light -> light.key().equals(given) || light.label().zh().equals(given))
                .findFirst().orElseThrow(() -> new ValueRefused(new Bilingual(
                        "“" + value + "”不是预警灯：应为 red、yellow、green、blue 或 红、黄、绿、蓝",
                        "'" + value + "' is no light: red, yellow, green or blue (红, 黄, 绿, 蓝)")));
    }
}
