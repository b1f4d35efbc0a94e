package fi.kohtaamo.content.entity;

import java.util.List;

/** An ordered set of modules, read from {@code content/tracks/<id>.json}. */
public record TrackContent(
        String id, Audience audience, Localized title, Localized summary, List<String> modules, String hash) {}
