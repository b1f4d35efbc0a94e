package fi.kohtaamo.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kohtaamo.TestOrganisation;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.audit.AuditAction;
import fi.kohtaamo.platform.audit.AuditEvent;
import fi.kohtaamo.platform.audit.AuditLog;
import fi.kohtaamo.provisioning.control.ScimTokens;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SCIM over real HTTP, in the order an identity provider calls it: a person is created, found by userName, changed,
 * deactivated and deleted, and appears and deactivates in Kohtaamo as they go; a group is a unit, and adding a member
 * moves the person there; a wrong token, a bad filter and a stale ETag are refused as SCIM errors. Only standard JPQL
 * and the protocol: the second (H2) pass of the CI skips it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("no-database-code")
class ScimIT {

    private static final String PATCH_OP = "\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"]";

    @ArquillianResource
    URL base;

    @Inject
    ScimTokens tokens;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    TestOrganisation made;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String token;
    private String tag;
    private Unit unit;

    @BeforeEach
    void token() {
        token = tokens.create("ScimIT", null).secret();
        tag = UUID.randomUUID().toString().substring(0, 8);
        unit = made.unit();
    }

    private HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "scim/v2/" + path))
                .header("Accept", "application/scim+json")
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/scim+json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    private String createUser(String userName) throws Exception {
        HttpResponse<String> created = call("POST", "Users", """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"%s","externalId":"ext-%s",
                 "name":{"givenName":"Sanna","familyName":"Scim"},"active":true,"preferredLanguage":"sv-FI",
                 "emails":[{"value":"%s","type":"work","primary":true}],
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"%s"}}""".formatted(userName, tag, userName, unit.getCode()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        String id = read(created).path("id").asText();
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/scim/v2/Users/" + id));
        return id;
    }

    @Test
    void anIdentityProviderCreatesFindsChangesDeactivatesAndDeletesAPerson() throws Exception {
        String userName = "Sanna.Scim." + tag + "@example.com";
        String id = createUser(userName);
        Person created = people.find(Long.valueOf(id)).orElseThrow();
        assertThat(created.getUsername()).isEqualTo("sanna.scim." + tag);
        assertThat(created.getPreferredLanguage()).isEqualTo("sv");
        assertThat(created.getUnit()).isEqualTo(unit);
        assertThat(created.isActive()).isTrue();

        HttpResponse<String> found = call(
                "GET",
                "Users?filter="
                        + URLEncoder.encode("userName eq \"" + userName.toLowerCase() + "\"", StandardCharsets.UTF_8)
                        + "&startIndex=1&count=10",
                null);
        assertThat(read(found).path("totalResults").asInt()).as(found.body()).isEqualTo(1);
        assertThat(read(found).path("Resources").get(0).path("id").asText()).isEqualTo(id);

        HttpResponse<String> patched = call(
                "PATCH",
                "Users/" + id,
                "{" + PATCH_OP
                        + ",\"Operations\":[{\"op\":\"Replace\",\"path\":\"name.givenName\",\"value\":\"Sanni\"},"
                        + "{\"op\":\"replace\",\"path\":\"emails[type eq \\\"work\\\"].value\",\"value\":\"sanni." + tag
                        + "@example.com\"}]}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        Person changed = people.find(Long.valueOf(id)).orElseThrow();
        assertThat(changed.getFirstName()).isEqualTo("Sanni");
        assertThat(changed.getEmail()).isEqualTo("sanni." + tag + "@example.com");

        HttpResponse<String> deactivated = call(
                "PATCH",
                "Users/" + id,
                "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"Replace\",\"path\":\"active\",\"value\":\"False\"}]}");
        assertThat(read(deactivated).path("active").asBoolean(true))
                .as(deactivated.body())
                .isFalse();
        assertThat(people.find(Long.valueOf(id)).orElseThrow().isActive()).isFalse();

        assertThat(call("DELETE", "Users/" + id, null).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = call("GET", "Users/" + id, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(read(gone).path("schemas").get(0).asText()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        Person kept = people.find(Long.valueOf(id)).orElseThrow();
        assertThat(kept.isActive()).isFalse();
        assertThat(kept.getDeactivatedAt()).isNotNull();
        assertThat(audit.aboutPerson(kept.getId()))
                .extracting(AuditEvent::getAction)
                .contains(AuditAction.PERSON_CREATED, AuditAction.PERSON_PROVISIONED, AuditAction.PERSON_DEACTIVATED);
    }

    @Test
    void aGroupIsAUnitAndAddingAMemberMovesThePersonThere() throws Exception {
        String id = createUser("group." + tag + "@example.com");
        HttpResponse<String> group = call(
                "POST",
                "Groups",
                "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:Group\"],\"displayName\":\"Yksikkö SCIM " + tag
                        + "\"}");
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = read(group).path("id").asText();

        HttpResponse<String> added = call(
                "PATCH",
                "Groups/" + groupId,
                "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"Add\",\"path\":\"members\",\"value\":[{\"value\":\"" + id
                        + "\"}]}]}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(people.find(Long.valueOf(id)).orElseThrow().getUnit().getId())
                .isEqualTo(Long.valueOf(groupId));
        HttpResponse<String> byName = call(
                "GET",
                "Groups?filter="
                        + URLEncoder.encode("displayName eq \"Yksikkö SCIM " + tag + "\"", StandardCharsets.UTF_8),
                null);
        assertThat(read(byName)
                        .path("Resources")
                        .get(0)
                        .path("members")
                        .get(0)
                        .path("value")
                        .asText())
                .as(byName.body())
                .isEqualTo(id);
    }

    @Test
    void aPersonAddedByHandIsTakenOverByTheirAddressAndAnHrPersonIsLeftAlone() throws Exception {
        Person byHand = made.person(unit, java.util.Set.of());
        String id = createUser(byHand.getEmail().toUpperCase());

        assertThat(id).isEqualTo(String.valueOf(byHand.getId()));
        assertThat(people.find(byHand.getId()).orElseThrow().getFirstName()).isEqualTo("Sanna");

        Person hr = made.person(unit, java.util.Set.of(), fi.kohtaamo.organisation.entity.Role.HR);
        HttpResponse<String> refused = call(
                "PATCH",
                "Users/" + hr.getId(),
                "{" + PATCH_OP + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"active\",\"value\":false}]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(people.find(hr.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aWrongTokenABadFilterAndAStaleVersionAreRefusedAsScimErrors() throws Exception {
        String id = createUser("refused." + tag + "@example.com");

        HttpResponse<String> wrongToken = call("GET", "Users", null, "Authorization", "Bearer ks_not-a-token");
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(read(wrongToken).path("status").asText()).isEqualTo("401");
        assertThat(wrongToken.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));

        HttpResponse<String> throughApi = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/Users"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(throughApi.statusCode()).as("SCIM is only under /scim/v2").isEqualTo(404);

        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            // A declared length over the limit, which the JDK's client will not send: refused before it is read.
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("POST " + base.getPath() + "scim/v2/Users HTTP/1.1\r\nHost: " + base.getHost()
                                    + "\r\nAuthorization: Bearer " + token
                                    + "\r\nContent-Type: application/scim+json\r\nContent-Length: 999999999"
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String tooLarge = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(tooLarge)
                    .startsWith("HTTP/1.1 413")
                    .contains("application/scim+json")
                    .contains("urn:ietf:params:scim:api:messages:2.0:Error");
        }

        HttpResponse<String> badFilter =
                call("GET", "Users?filter=" + URLEncoder.encode("userName eq", StandardCharsets.UTF_8), null);
        assertThat(badFilter.statusCode()).isEqualTo(400);
        assertThat(read(badFilter).path("scimType").asText()).isEqualTo("invalidFilter");

        String version =
                call("GET", "Users/" + id, null).headers().firstValue("ETag").orElseThrow();
        String rename = "{" + PATCH_OP
                + ",\"Operations\":[{\"op\":\"replace\",\"path\":\"name.familyName\",\"value\":\"%s\"}]}";
        assertThat(call("PATCH", "Users/" + id, rename.formatted("Uusi"), "If-Match", version)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = call("PATCH", "Users/" + id, rename.formatted("Vanha"), "If-Match", version);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(read(stale).path("detail").asText()).contains("has changed");
        assertThat(people.find(Long.valueOf(id)).orElseThrow().getLastName()).isEqualTo("Uusi");
        assertThat(stale.body()).doesNotContain("Exception");
    }
}
