package fi.kohtaamo.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import fi.kohtaamo.xapi.entity.QueuedStatement;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the store's answers to one statement are recorded on it, against a store on the loopback address. */
class StatementDeliveryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 4, 10, 0);

    private HttpServer server;
    private volatile int status;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private StatementDelivery delivery;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", exchange -> {
            try (exchange) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + exchange.getRequestHeaders().getFirst("X-Experience-API-Version") + " "
                        + exchange.getRequestHeaders().getFirst("Authorization") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = status == 204 ? new byte[0] : "the store's reason".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        LearningRecordStore store = new LearningRecordStore();
        store.endpoint = Optional.of("http://localhost:" + server.getAddress().getPort() + "/xapi/");
        store.key = Optional.of("key");
        store.secret = Optional.of("secret");
        store.actor = "mbox";
        store.configure();
        delivery = new StatementDelivery();
        delivery.store = store;
        delivery.clock = Clock.fixed(NOW.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static QueuedStatement statement() {
        return new QueuedStatement(
                "3f1c2a4e-8d7b-4c1e-9a5f-0b6d2e7c8a91", 1, "attempted module m (person 1)", "{\"id\":\"x\"}", NOW);
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 409})
    void storedOrAlreadyThereIsSent(int answer) throws Exception {
        status = answer;
        QueuedStatement statement = statement();

        assertThat(delivery.send(statement)).isTrue();

        assertThat(statement.getSentAt()).isEqualTo(NOW);
        assertThat(requests)
                .containsExactly("PUT /xapi/statements?statementId=3f1c2a4e-8d7b-4c1e-9a5f-0b6d2e7c8a91 1.0.3"
                        + " Basic a2V5OnNlY3JldA== {\"id\":\"x\"}");
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413})
    void aClientErrorIsARefusalWithTheStoresReason(int answer) throws Exception {
        status = answer;
        QueuedStatement statement = statement();

        assertThat(delivery.send(statement)).isFalse();

        assertThat(statement.isRefused()).isTrue();
        assertThat(statement.getLastError()).isEqualTo("HTTP " + answer + ": the store's reason");
        assertThat(statement.getSentAt()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 408, 429})
    void aServerErrorOrBeingBusyIsTriedAgainLater(int answer) throws Exception {
        status = answer;
        QueuedStatement statement = statement();

        assertThat(delivery.send(statement)).isFalse();

        assertThat(statement.isRefused()).isFalse();
        assertThat(statement.getLastError()).isEqualTo("HTTP " + answer + ": the store's reason");
        assertThat(statement.getNextAttemptAt()).isEqualTo(NOW.plus(QueuedStatement.FIRST_WAIT));
    }

    @Test
    void aStoreThatIsDownIsTriedAgainLater() throws Exception {
        server.stop(0);
        QueuedStatement statement = statement();

        assertThat(delivery.send(statement)).isFalse();

        assertThat(statement.isRefused()).isFalse();
        assertThat(statement.getLastError()).startsWith("ConnectException");
        assertThat(statement.getNextAttemptAt()).isEqualTo(NOW.plus(QueuedStatement.FIRST_WAIT));
    }
}
