package fi.kohtaamo.platform.i18n;

import java.util.Optional;

/**
 * The signed-in person's preferred language, which mails to them use: kept by the feature that keeps people, so that
 * the kernel's {@link Language} needs no feature.
 */
public interface PreferredLanguage {

    /** The signed-in person's preferred language; empty when nobody is signed in or none is set. */
    Optional<String> get();

    /** Saves a language the signed-in person chose; does nothing when nobody is signed in. */
    void set(String tag);
}
