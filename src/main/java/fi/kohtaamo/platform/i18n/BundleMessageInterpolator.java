package fi.kohtaamo.platform.i18n;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Bean Validation messages such as {@code {person.email.invalid}} come from Kohtaamo's own message bundle, so
 * every text of the user interface lives in one bundle per language. Other templates go to the default interpolator.
 * Registered in {@code META-INF/validation.xml}.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private static final Pattern KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9.]*)\\}");

    private final MessageInterpolator fallback =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        Matcher key = KEY.matcher(template);
        if (key.matches()) {
            String text;
            try {
                text = ResourceBundle.getBundle(
                                Language.BUNDLE, locale, BundleMessageInterpolator.class.getClassLoader())
                        .getString(key.group(1));
            } catch (MissingResourceException notOurs) {
                // A built-in key such as {jakarta.validation.constraints.NotNull.message}.
                return fallback.interpolate(template, context, locale);
            }
            // The constraint's own attributes, {max} of @Size say, are filled in by the default interpolator.
            return text.contains("{") ? fallback.interpolate(text, context, locale) : text;
        }
        return fallback.interpolate(template, context, locale);
    }
}
