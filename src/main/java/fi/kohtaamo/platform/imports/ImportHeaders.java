package fi.kohtaamo.platform.imports;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Column names as people and tools write them, compared without case, accents, spaces or punctuation: "Yksikkö",
 * "yksikko" and "YKSIKKÖ " are one name, so a mapping can be proposed from Finnish, Swedish or English headers.
 */
public final class ImportHeaders {

    private ImportHeaders() {}

    /** Lower case ASCII letters and digits only: {@code "Sähköposti-osoite"} is {@code "sahkopostiosoite"}. */
    public static String normalise(String header) {
        String plain = Normalizer.normalize(header.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]", "");
    }

    /** The first column whose name, {@link #normalise normalised}, is one of {@code names}, or -1. */
    public static int column(List<String> headers, Collection<String> names) {
        for (int i = 0; i < headers.size(); i++) {
            if (names.contains(normalise(headers.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
