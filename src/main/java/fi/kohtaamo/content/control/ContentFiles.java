package fi.kohtaamo.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the content files into memory as relative path → text. The files come from the directory named by
 * {@code KOHTAAMO_CONTENT_DIR} when it is set (to edit content without rebuilding), otherwise from the copy of
 * {@code content/} that the build packs into the application.
 */
public final class ContentFiles {

    private ContentFiles() {}

    /** Every regular file below {@code root}, keyed by its path relative to root with forward slashes. */
    public static Map<String, String> read(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!relative.equals("README.md") && !relative.startsWith(".")) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content from " + root, e);
        }
        return files;
    }

    /** The packaged content, from the classpath folder {@code content} (a directory, or inside a jar). */
    public static Map<String, String> packaged() {
        URL url = ContentFiles.class.getClassLoader().getResource("content");
        if (url == null) {
            throw new IllegalStateException("No content folder is packaged in the application");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return read(jar.getPath("content"));
                }
            }
            return read(Path.of(url.toURI()));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Could not open the packaged content at " + url, e);
        }
    }
}
