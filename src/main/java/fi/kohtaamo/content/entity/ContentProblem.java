package fi.kohtaamo.content.entity;

/** What is wrong with a content file, and where: {@code line} is 0 when no line can be named. */
public record ContentProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
