package fi.kohtaamo.platform.i18n;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.io.Serializable;
import lombok.Getter;

/**
 * The title and summary of a piece of content, such as a training module, a track or a workshop guide, each in Finnish,
 * Swedish and English. An entity embeds it to keep both in its own table, in the columns {@code title_fi},
 * {@code title_sv}, {@code title_en}, {@code summary_fi}, {@code summary_sv} and {@code summary_en}:
 *
 * <pre>
 * &#64;Embedded
 * private LocalizedHeading heading;
 * </pre>
 */
@Embeddable
@Getter
public class LocalizedHeading implements Serializable {

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "title_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "title_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    private LocalizedText title;

    @Embedded
    @AttributeOverride(name = "fi", column = @Column(name = "summary_fi"))
    @AttributeOverride(name = "sv", column = @Column(name = "summary_sv"))
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    private LocalizedText summary;

    protected LocalizedHeading() {}

    public LocalizedHeading(LocalizedText title, LocalizedText summary) {
        this.title = title;
        this.summary = summary;
    }
}
