package fi.kohtaamo.notification;

import jakarta.mail.Address;
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
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server inside the server under test that keeps every message it receives, read back with Jakarta Mail, so
 * that a test sees recipient, subject and body as a mail client would. GreenMail would need its own libraries in the
 * one suite deployment; this speaks just enough SMTP for Jakarta Mail (no TLS, no authentication).
 *
 * <pre>{@code
 * try (MailCatcher mail = MailCatcher.start(port)) {
 *     ...deliver...
 *     assertThat(mail.to("someone@example.com")).extracting(MailCatcher.Mail::subject).contains("Hello");
 * }
 * }</pre>
 */
final class MailCatcher implements AutoCloseable {

    /** One message as received: its recipients, subject and plain-text body. */
    record Mail(List<String> recipients, String subject, String body) {}

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    private MailCatcher(ServerSocket server) {
        this.server = server;
        Thread acceptor = new Thread(this::serve, "mail-catcher-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on the loopback address at {@code port}. */
    static MailCatcher start(int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return new MailCatcher(server);
    }

    /** The messages received so far to this address. */
    List<Mail> to(String address) {
        return mails.stream().filter(m -> m.recipients().contains(address)).toList();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException | MessagingException e) {
                // A closed catcher or a client that went away: wait for the next one.
            }
        }
    }

    private void converse(Socket socket) throws IOException, MessagingException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        reply(out, "220 mail-catcher ready");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.equals("DATA")) {
                reply(out, "354 end with .");
                StringBuilder raw = new StringBuilder();
                for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                    raw.append(data.startsWith("..") ? data.substring(1) : data).append("\r\n");
                }
                mails.add(parse(raw.toString()));
                reply(out, "250 accepted");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static Mail parse(String raw) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(
                Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        List<String> recipients =
                Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
        Object content = message.getContent();
        return new Mail(
                recipients, message.getSubject(), content instanceof String text ? text : String.valueOf(content));
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
