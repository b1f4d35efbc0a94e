package fi.kohtaamo;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server that accepts every message and keeps it (its recipients, subject and plain-text body, read back with
 * Jakarta Mail as a mail client would), for tests that read what was sent or make the mail server come back after an
 * outage. It speaks just enough SMTP for Jakarta Mail (no TLS, no authentication) and is small enough to run inside
 * the server under test, where GreenMail would need its own libraries in the deployment.
 *
 * <pre>{@code
 * try (SmtpSink sink = SmtpSink.start(3025)) {
 *     ...deliver...
 *     assertThat(sink.recipients()).containsExactly("someone@example.com");
 *     assertThat(sink.to("someone@example.com")).extracting(SmtpSink.Mail::subject).contains("Hello");
 * }
 * }</pre>
 */
public final class SmtpSink implements AutoCloseable {

    /** One message as received: the recipients it was sent to, its subject and its plain-text body. */
    public record Mail(List<String> recipients, String subject, String body) {}

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    private SmtpSink(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::serve, "smtp-sink-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on the loopback address at {@code port}. */
    public static SmtpSink start(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new SmtpSink(server);
    }

    /** Listens where the server under test sends its mail ({@code kohtaamo.mail.port}); for tests inside the server. */
    public static SmtpSink startOnMailPort() throws IOException {
        return start(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("kohtaamo.mail.port", Integer.class));
    }

    /**
     * Has the outbox deliver (with {@code deliver}) until {@code received} holds, for at most 90 s: a delivery run
     * sends one batch, and a message that failed waits for its next turn.
     */
    public void awaitDelivery(String what, Runnable deliver, java.util.function.BooleanSupplier received) {
        org.awaitility.Awaitility.await(what)
                .atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(200))
                .until(() -> {
                    deliver.run();
                    return received.getAsBoolean();
                });
    }

    /** One entry per recipient of every message received completely (after the final "."). */
    public List<String> recipients() {
        return mails.stream().flatMap(m -> m.recipients().stream()).toList();
    }

    /** The messages received so far that were sent to this address. */
    public List<Mail> to(String address) {
        return mails.stream().filter(m -> m.recipients().contains(address)).toList();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // A closed sink or a client that went away: wait for the next one.
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        reply(out, "220 smtp-sink ready");
        List<String> to = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("RCPT TO:")) {
                to.add(line.substring(8).trim().replaceAll("^<|>$", ""));
                reply(out, "250 ok");
            } else if (command.equals("DATA")) {
                reply(out, "354 end with .");
                StringBuilder raw = new StringBuilder();
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    raw.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                }
                mails.add(mail(List.copyOf(to), raw.toString()));
                to.clear();
                reply(out, "250 accepted");
            } else if (command.startsWith("MAIL FROM:") || command.equals("RSET")) {
                to.clear();
                reply(out, "250 ok");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    /** The message as a mail client reads it; one it cannot read keeps its raw text as the body. */
    private static Mail mail(List<String> recipients, String raw) {
        try {
            MimeMessage message = new MimeMessage(
                    Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Object content = message.getContent();
            return new Mail(
                    recipients, message.getSubject(), content instanceof String text ? text : String.valueOf(content));
        } catch (MessagingException | IOException e) {
            return new Mail(recipients, "", raw);
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
