package fi.kohtaamo.curriculum.control;

import fi.kohtaamo.learning.entity.ModuleVersion;
import fi.kohtaamo.workshop.entity.GuideVersion;
import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One version of a module or guide as the content page shows it: the number the database gave it (1, 2, …), the
 * author's {@code MAJOR.MINOR} label, and when it arrived (the organisation's wall time).
 */
public record Edition(Long id, int number, String label, LocalDateTime arrived) implements Serializable {

    static Edition of(ModuleVersion version) {
        return new Edition(version.getId(), version.getNumber(), version.getLabel(), version.getCreatedAt());
    }

    static Edition of(GuideVersion version) {
        return new Edition(version.getId(), version.getNumber(), version.getLabel(), version.getCreatedAt());
    }

    public int major() {
        return ModuleVersion.part(label, 0);
    }

    public int minor() {
        return ModuleVersion.part(label, 1);
    }
}
