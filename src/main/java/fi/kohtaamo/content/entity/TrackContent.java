package fi.kohtaamo.content.entity;

import fi.kohtaamo.platform.i18n.LocalizedText;
import java.util.List;

/** An ordered set of modules, read from {@code content/tracks/<id>.json}. */
public record TrackContent(
        String id, Audience audience, LocalizedText title, LocalizedText summary, List<String> modules, String hash) {}
