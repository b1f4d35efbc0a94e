package fi.kohtaamo.survey.entity;

import fi.kohtaamo.content.entity.Sentiment;
import fi.kohtaamo.content.entity.Theme;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * One theme a customer's comment is about, with its sentiment where the comment shows one (null when it only
 * mentions the theme). A response keeps its themes in {@code customer_response_theme}, one row each.
 */
@Embeddable
public class CommentTheme implements Serializable {

    @Enumerated(EnumType.STRING)
    @Column(name = "theme")
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "sentiment")
    private Sentiment sentiment;

    protected CommentTheme() {}

    public CommentTheme(Theme theme, Sentiment sentiment) {
        this.theme = Objects.requireNonNull(theme);
        this.sentiment = sentiment;
    }

    public Theme theme() {
        return theme;
    }

    /** Praise, a complaint, or null when the comment shows neither. */
    public Sentiment sentiment() {
        return sentiment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommentTheme other && theme == other.theme && sentiment == other.sentiment;
    }

    @Override
    public int hashCode() {
        return Objects.hash(theme, sentiment);
    }

    @Override
    public String toString() {
        return theme.id() + (sentiment == null ? "" : ":" + sentiment.id());
    }
}
