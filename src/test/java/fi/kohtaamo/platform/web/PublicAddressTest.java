package fi.kohtaamo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which absolute address a request gets, and which client and scheme it counts as, by {@link PublicAddress}. */
class PublicAddressTest {

    private static PublicAddress configured(String baseUrl, String allowedHosts, String trustedProxies) {
        PublicAddress address = new PublicAddress();
        address.baseUrl = Optional.ofNullable(baseUrl);
        address.allowedHosts = Optional.ofNullable(allowedHosts);
        address.trustedProxies = Optional.ofNullable(trustedProxies);
        address.configure();
        return address;
    }

    /** A request from {@code remote} over plain HTTP with the given headers (as Payara would map the scheme). */
    private static HttpServletRequest request(String remote, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> {
                    return switch (m.getName()) {
                        case "getRemoteAddr" -> remote;
                        case "getHeader" -> headers.get((String) a[0]);
                        case "getHeaders" ->
                            Collections.enumeration(
                                    headers.containsKey((String) a[0])
                                            ? List.of(headers.get((String) a[0]))
                                            : List.of());
                        case "getScheme" -> headers.getOrDefault("X-Forwarded-Proto", "http");
                        case "getRequestURI" -> "/survey/import";
                        default -> null;
                    };
                });
    }

    @Test
    void anAllowedHostGetsItsOwnAddressAndAForgedOneTheBaseUrlOrNone() {
        PublicAddress withBase = configured("https://kohtaamo.example.fi/", null, null);
        PublicAddress withoutBase = configured(null, "kohtaamo.intra:8080", null);

        assertThat(withBase.origin(request("127.0.0.1", Map.of("Host", "kohtaamo.example.fi"))))
                .contains("http://kohtaamo.example.fi");
        assertThat(withBase.origin(request("127.0.0.1", Map.of("Host", "evil.example"))))
                .contains("https://kohtaamo.example.fi");
        assertThat(withBase.origin(request("127.0.0.1", Map.of()))).contains("https://kohtaamo.example.fi");
        assertThat(withoutBase.origin(request("127.0.0.1", Map.of("Host", "kohtaamo.intra:8080"))))
                .contains("http://kohtaamo.intra:8080");
        assertThat(withoutBase.origin(request("127.0.0.1", Map.of("Host", "evil.example"))))
                .isEmpty();
        assertThat(configured(null, null, null).origin(request("127.0.0.1", Map.of("Host", "localhost:8080"))))
                .as("without configuration, this machine's names")
                .contains("http://localhost:8080");
    }

    @Test
    void theSchemeAndClientComeFromHeadersOnlyThroughATrustedProxy() {
        PublicAddress address = configured("https://kohtaamo.example.fi", null, null);
        Map<String, String> forwarded =
                Map.of("Host", "kohtaamo.example.fi", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");

        HttpServletRequest viaProxy = request("127.0.0.1", forwarded);
        assertThat(address.scheme(viaProxy)).isEqualTo("https");
        assertThat(address.client(viaProxy)).isEqualTo("203.0.113.9");
        assertThat(address.origin(viaProxy)).contains("https://kohtaamo.example.fi");

        HttpServletRequest direct = request("192.0.2.2", forwarded);
        assertThat(address.scheme(direct))
                .as("Payara mapped it, Kohtaamo does not")
                .isEqualTo("http");
        assertThat(address.client(direct)).isEqualTo("192.0.2.2");
    }

    @Test
    void mailLinksUseTheBaseUrlOrTheQuickStartsAddress() {
        assertThat(configured("https://kohtaamo.example.fi//", null, null).forMail())
                .isEqualTo("https://kohtaamo.example.fi");
        assertThat(configured(null, null, null).forMail()).isEqualTo("http://localhost:8080");
    }

    @Test
    void redirectsGoToTheAllowedOriginAndAForgedHostGets400() throws Exception {
        List<String> sent = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                PublicAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> {
                    if (m.getName().equals("sendRedirect")) {
                        sent.add("redirect " + a[0]);
                    } else if (m.getName().equals("sendError")) {
                        sent.add("error " + a[0]);
                    }
                    return null;
                });
        HttpServletRequest request = request("127.0.0.1", Map.of());

        var allowed = new ForwardedFilter.Redirects(response, request, Optional.of("https://kohtaamo.example.fi"));
        allowed.sendRedirect("/survey/import?id=4");
        allowed.sendRedirect("results?unit=3");
        allowed.sendRedirect("https://elsewhere.example/x");
        new ForwardedFilter.Redirects(response, request, Optional.empty()).sendRedirect("/login");

        assertThat(sent)
                .containsExactly(
                        "redirect https://kohtaamo.example.fi/survey/import?id=4",
                        "redirect https://kohtaamo.example.fi/survey/results?unit=3",
                        "redirect https://elsewhere.example/x",
                        "error 400");
    }
}
