package fi.kohtaamo.content.entity;

import java.util.Map;

/** All content that was read and found valid, by id. */
public record Catalogue(
        Map<String, ModuleContent> modules, Map<String, TrackContent> tracks, Map<String, GuideContent> guides) {}
