package fi.kohtaamo.platform.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.health.HealthServlet;
import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The production files under {@code deploy/} cannot be run here (there is no container engine), so this test reads
 * them and checks the facts that matter: every YAML file parses; the compose file runs PostgreSQL, two clustering
 * Kohtaamo nodes and nginx; Kubernetes runs at least two replicas that find each other, probed on the application's
 * health paths; and every environment variable the files set is one Kohtaamo reads, with the database settings
 * present and no secret in a ConfigMap.
 */
class DeployFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Set<String> HEALTH_PATHS = Set.of("/health", "/health/ready", "/health/live");
    private static final Set<String> REQUIRED = Set.of("KOHTAAMO_DB_URL", "KOHTAAMO_DB_USER", "KOHTAAMO_DB_PASSWORD");

    /** Variables for the platform rather than Kohtaamo: the JVM's time zone and options. */
    private static final Set<String> PLATFORM = Set.of("TZ", "JAVA_TOOL_OPTIONS");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile(
            "(?:@ConfigProperty\\(name\\s*=\\s*|getOptionalValue\\(|getValue\\()\"(kohtaamo\\.[a-z0-9.]+)\"");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|KEY).*");

    @Test
    void everyYamlFileUnderDeployParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<Map<String, Object>> documents = documents(file);
            assertThat(documents).as(file + " has documents").isNotEmpty();
        }
    }

    @Test
    void composeRunsPostgresTwoClusteringNodesAndNginx() throws IOException {
        Map<String, Object> services = map(composeFile(), "services");
        assertThat(services).containsKeys("postgres", "nginx");

        List<String> nodes = kohtaamoServices();
        assertThat(nodes).as("Kohtaamo nodes").hasSizeGreaterThanOrEqualTo(2);
        for (String node : nodes) {
            String command = String.join(" ", strings(map(services, node).get("command")));
            assertThat(command).as(node + " command").contains("--clustermode").contains("--clustername");
            for (String other : nodes) {
                assertThat(command).as(node + " discovers " + other).contains(other + ":");
            }
            assertThat(strings(map(services, node).get("volumes")))
                    .as(node + " mounts the shared import volume")
                    .anyMatch(volume -> volume.startsWith("imports:"));
        }

        List<String> nginxVolumes = strings(map(services, "nginx").get("volumes"));
        assertThat(nginxVolumes).anyMatch(volume -> volume.startsWith("./nginx/kohtaamo.conf:"));
        String nginxConf = Files.readString(DEPLOY.resolve("nginx/kohtaamo.conf"));
        for (String node : nodes) {
            assertThat(nginxConf).as("nginx balances over " + node).contains("server " + node + ":8080");
        }
    }

    @Test
    void composeSetsTheDatabaseAndOnlyVariablesKohtaamoReads() throws IOException {
        Map<String, Object> services = map(composeFile(), "services");
        for (String node : kohtaamoServices()) {
            Map<String, String> environment = environment(map(services, node).get("environment"));
            assertThat(environment.keySet()).as(node + " environment").containsAll(REQUIRED);
            assertThat(readByKohtaamo())
                    .as(node + " sets only what Kohtaamo reads")
                    .containsAll(environment.keySet());
            assertThat(environment.get("KOHTAAMO_DB_PASSWORD"))
                    .as("the password comes from .env, not from the file")
                    .startsWith("${");
        }
        Map<String, String> example = new HashMap<>();
        for (String line : Files.readAllLines(DEPLOY.resolve("kohtaamo.env.example"))) {
            // Commented-out settings count too: they are there to be switched on.
            String setting = line.replaceFirst("^#\\s*(?=[A-Z_]+=)", "");
            if (setting.matches("[A-Z_]+=.*")) {
                example.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
        }
        assertThat(example).containsKey("KOHTAAMO_DB_PASSWORD");
        assertThat(readByKohtaamo()).as("kohtaamo.env.example").containsAll(example.keySet());
    }

    @Test
    void kubernetesRunsAtLeastTwoReplicasProbedOnTheHealthPaths() throws IOException {
        Map<String, Object> deployment = kubernetes("Deployment").get(0);
        assertThat((Integer) map(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);

        Map<String, Object> container = container(deployment);
        assertThat(probePath(container, "readinessProbe")).isEqualTo("/health/ready");
        assertThat(probePath(container, "livenessProbe")).isEqualTo("/health/live");
        assertThat(HEALTH_PATHS).contains(probePath(container, "startupProbe"));
        assertThat(HealthServlet.class.getAnnotation(WebServlet.class).urlPatterns())
                .as("the application serves the probed paths")
                .contains("/health", "/health/*");
        assertThat(map(map(container, "resources"), "requests")).containsKeys("cpu", "memory");
        assertThat(map(map(container, "resources"), "limits")).containsKey("memory");

        Map<String, Object> selector = map(map(deployment, "spec"), "selector");
        Map<String, Object> budget = kubernetes("PodDisruptionBudget").get(0);
        assertThat(map(map(budget, "spec"), "selector")).isEqualTo(selector);
    }

    @Test
    void kubernetesPodsFindEachOtherThroughAHeadlessServiceTheyMayRead() throws IOException {
        Map<String, Object> deployment = kubernetes("Deployment").get(0);
        List<String> args = strings(container(deployment).get("args"));
        String mode = args.get(args.indexOf("--clustermode") + 1);
        Matcher kubernetes =
                Pattern.compile("kubernetes:([a-z0-9-]+),([a-z0-9-]+)").matcher(mode);
        assertThat(kubernetes.matches()).as("Kubernetes cluster mode: " + mode).isTrue();

        String namespace = kubernetes.group(1);
        String serviceName = kubernetes.group(2);
        Map<String, Object> service = kubernetes("Service").stream()
                .filter(s -> serviceName.equals(map(s, "metadata").get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Service " + serviceName));
        assertThat(map(service, "metadata").get("namespace")).isEqualTo(namespace);
        assertThat(map(service, "spec").get("clusterIP")).as("headless").isEqualTo("None");

        String account =
                (String) map(map(map(deployment, "spec"), "template"), "spec").get("serviceAccountName");
        Map<String, Object> binding = kubernetes("RoleBinding").get(0);
        assertThat(strings(list(binding, "subjects").stream()
                        .map(s -> ((Map<?, ?>) s).get("name"))
                        .toList()))
                .contains(account);
        assertThat(kubernetes("Role").get(0).toString()).contains("endpoints", "pods", "list");
    }

    @Test
    void kubernetesSetsTheDatabaseOnlyVariablesKohtaamoReadsAndNoSecretInAConfigMap() throws IOException {
        Map<String, Object> container = container(kubernetes("Deployment").get(0));
        Set<String> set = new TreeSet<>();
        for (Object source : list(container, "envFrom")) {
            Map<String, Object> from = cast(source);
            if (from.containsKey("configMapRef")) {
                Map<String, Object> configMap =
                        named("ConfigMap", (String) map(from, "configMapRef").get("name"));
                Set<String> keys = map(configMap, "data").keySet();
                assertThat(keys)
                        .as("secrets in the ConfigMap")
                        .noneMatch(key -> SECRET_NAME.matcher(key).matches());
                set.addAll(keys);
            } else {
                Map<String, Object> secret =
                        named("Secret", (String) map(from, "secretRef").get("name"));
                set.addAll(
                        secret.containsKey("stringData")
                                ? map(secret, "stringData").keySet()
                                : map(secret, "data").keySet());
            }
        }
        if (container.containsKey("env")) {
            list(container, "env").forEach(entry -> set.add((String) ((Map<?, ?>) entry).get("name")));
        }
        assertThat(set).containsAll(REQUIRED);
        assertThat(readByKohtaamo())
                .as("Kubernetes sets only what Kohtaamo reads")
                .containsAll(set);
    }

    @Test
    void theContainerImageRunsAsAnUnprivilegedUserWithAHealthCheck() throws IOException {
        // Continued lines joined, so that each instruction is one line.
        String containerfile = Files.readString(DEPLOY.resolve("Containerfile")).replaceAll("\\\\\n\\s*", " ");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(containerfile);
        assertThat(user.find()).as("a USER line").isTrue();
        assertThat(user.group(1)).doesNotStartWith("root").doesNotStartWith("0");
        assertThat(containerfile).containsPattern("(?m)^HEALTHCHECK .*/health/live");
        assertThat(containerfile).contains("-XX:MaxRAMPercentage").contains("EXPOSE 8080");
    }

    /** The environment variables Kohtaamo reads: its MicroProfile Config properties, as the environment names them. */
    private static Set<String> readByKohtaamo() throws IOException {
        Set<String> names = new TreeSet<>(PLATFORM);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher property = CONFIG_PROPERTY.matcher(Files.readString(source));
                while (property.find()) {
                    names.add(property.group(1).toUpperCase().replace('.', '_'));
                }
            }
        }
        assertThat(names).as("config properties found in the sources").contains("KOHTAAMO_DB_URL");
        return names;
    }

    private static Map<String, Object> composeFile() throws IOException {
        return documents(DEPLOY.resolve("compose.yaml")).get(0);
    }

    /** The compose services built from the Containerfile. */
    private static List<String> kohtaamoServices() throws IOException {
        Map<String, Object> services = map(composeFile(), "services");
        return services.entrySet().stream()
                .filter(e -> String.valueOf(cast(e.getValue()).get("build")).contains("Containerfile"))
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static Map<String, String> environment(Object value) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((k, v) -> environment.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (String entry : strings(value)) {
                int equals = entry.indexOf('=');
                environment.put(
                        equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? "" : entry.substring(equals + 1));
            }
        }
        return environment;
    }

    private static List<Map<String, Object>> kubernetes(String kind) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                documents(file).stream()
                        .filter(document -> kind.equals(document.get("kind")))
                        .forEach(found::add);
            }
        }
        assertThat(found).as("a Kubernetes " + kind).isNotEmpty();
        return found;
    }

    private static Map<String, Object> named(String kind, String name) throws IOException {
        return kubernetes(kind).stream()
                .filter(document -> name.equals(map(document, "metadata").get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        Map<String, Object> pod = map(map(map(deployment, "spec"), "template"), "spec");
        return cast(list(pod, "containers").get(0));
    }

    private static String probePath(Map<String, Object> container, String probe) {
        return (String) map(map(container, probe), "httpGet").get("path");
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            return files.filter(
                            f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }

    /** Every document of a YAML file; a file that is not valid YAML (or repeats a key) fails the test. */
    private static List<Map<String, Object>> documents(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(options)).loadAll(Files.readString(file))) {
            if (document != null) {
                assertThat(document).as(file + ": each document is a mapping").isInstanceOf(Map.class);
                documents.add(cast(document));
            }
        }
        return documents;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("'" + key + "' is a mapping").isInstanceOf(Map.class);
        return cast(value);
    }

    private static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("'" + key + "' is a list").isInstanceOf(List.class);
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) value;
        return list;
    }

    private static List<String> strings(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
