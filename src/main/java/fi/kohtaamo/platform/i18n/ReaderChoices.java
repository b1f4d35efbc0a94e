package fi.kohtaamo.platform.i18n;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The signed-in person's own choices that pages honour: the language they prefer (which mails to them use too) and
 * the time zone they read times in. The feature that keeps people implements it, so that {@link Language} and {@link
 * ReaderZone} ask without knowing people.
 */
public interface ReaderChoices {

    /** The signed-in person's preferred language; empty when nobody is signed in or none is set. */
    Optional<String> language();

    /** Saves a language the signed-in person chose; does nothing when nobody is signed in. */
    void chooseLanguage(String tag);

    /** The time zone the signed-in person chose; empty when nobody is signed in or they chose none. */
    Optional<ZoneId> zone();
}
