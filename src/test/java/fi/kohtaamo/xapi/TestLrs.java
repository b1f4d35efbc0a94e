package fi.kohtaamo.xapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A learning record store small enough to run inside the server under test: it keeps every statement it is sent and
 * answers as the xAPI 1.0.3 specification says for the statements resource. {@code PUT /statements?statementId=…}
 * with one statement and {@code POST /statements} with one or an array; it requires {@code X-Experience-API-Version}
 * 1.0.x (400 without), basic authentication with the given key and secret (401 otherwise) and a JSON statement whose
 * {@code id} matches the query (400 otherwise); a statement id it already has is 204 again when the statement is the
 * same and 409 Conflict when it differs. Statements matching {@link #refuse} get 400 with a reason, as a store
 * answers one it finds invalid.
 *
 * <pre>{@code
 * try (TestLrs lrs = TestLrs.start(8391, "key", "secret")) {
 *     ...
 *     assertThat(lrs.statements()).hasSize(3);
 * }
 * }</pre>
 */
public final class TestLrs implements AutoCloseable {

    private final HttpServer server;
    private final String authorization;
    private final Map<String, JsonObject> statements = new ConcurrentHashMap<>();
    private final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Predicate<JsonObject> refuse = statement -> false;

    private TestLrs(HttpServer server, String key, String secret) {
        this.server = server;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Listens on the loopback address at {@code port}, with {@code <anything>/statements} as its statements. */
    public static TestLrs start(int port, String key, String secret) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return new TestLrs(server, key, secret);
    }

    /** Statements that this store answers 400 for, from now on. */
    public void refuse(Predicate<JsonObject> refused) {
        this.refuse = refused;
    }

    /** Every statement stored, in the order they arrived. */
    public List<JsonObject> statements() {
        synchronized (order) {
            return order.stream().map(statements::get).toList();
        }
    }

    /** The ids of statements answered with 400 because {@link #refuse} matched them, every time they came. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.endsWith("/statements")) {
                answer(exchange, 404, "No resource " + path);
                return;
            }
            String version = exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
            if (version == null || !version.startsWith("1.0.")) {
                answer(exchange, 400, "X-Experience-API-Version 1.0.x is required");
                return;
            }
            if (!authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "Unknown credentials");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonStructure json;
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                json = reader.read();
            } catch (RuntimeException e) {
                answer(exchange, 400, "Not JSON: " + e.getMessage());
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "PUT" -> put(exchange, json);
                case "POST" -> post(exchange, json);
                default -> answer(exchange, 405, "PUT or POST");
            }
        }
    }

    private void put(HttpExchange exchange, JsonStructure json) throws IOException {
        String id = query(exchange.getRequestURI()).get("statementId");
        if (id == null || !(json instanceof JsonObject statement)) {
            answer(exchange, 400, "PUT takes one statement and its statementId");
            return;
        }
        if (statement.containsKey("id") && !id.equals(statement.getString("id"))) {
            answer(exchange, 400, "The statement's id is not statementId " + id);
            return;
        }
        answer(exchange, store(id, statement), "");
    }

    private void post(HttpExchange exchange, JsonStructure json) throws IOException {
        List<JsonObject> batch = new ArrayList<>();
        if (json instanceof JsonArray array) {
            array.forEach(value -> batch.add(value.asJsonObject()));
        } else {
            batch.add(json.asJsonObject());
        }
        var ids = Json.createArrayBuilder();
        for (JsonObject statement : batch) {
            String id = statement.getString("id", java.util.UUID.randomUUID().toString());
            int status = store(id, statement);
            if (status != 204) {
                answer(exchange, status, "Statement " + id + " not stored");
                return;
            }
            ids.add(id);
        }
        answer(exchange, 200, ids.build().toString());
    }

    private int store(String id, JsonObject statement) {
        if (refuse.test(statement)) {
            refusals.add(id);
            return 400;
        }
        JsonObject before = statements.putIfAbsent(id, statement);
        if (before == null) {
            order.add(id);
            return 204;
        }
        return before.equals(statement) ? 204 : 409;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(
                        URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("X-Experience-API-Version", "1.0.3");
        if (status == 204 || bytes.length == 0) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }
}
