package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.web.ApiProblem;
import fi.kohtaamo.survey.control.Responses;
import fi.kohtaamo.survey.entity.Channel;
import fi.kohtaamo.survey.entity.CustomerResponse;
import fi.kohtaamo.survey.entity.Source;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/responses}: another system sends one customer response, or a JSON array of them, with an API key
 * in {@code Authorization: Bearer <key>}. A batch is stored whole or not at all; every invalid field is named in a
 * problem-details answer (RFC 9457). Responses already received (same external id, or same content) are skipped.
 * {@code visitedAt} (optional) is when the customer visited the unit: the response then counts in the month of the
 * visit; it may not be after the answer, nor in the future.
 *
 * <pre>{"unit": "HKI-KAMPPI", "answeredAt": "2026-11-22T14:05:00+02:00", "visitedAt": "2026-11-21T10:30:00+02:00",
 *  "nps": 9, "csat": 5, "comment": "Nopeaa palvelua", "channel": "VISIT", "externalId": "tool-123"}</pre>
 */
@Path("v1/responses")
@RequestScoped
public class ResponsesResource {

    @Inject
    Clock clock;

    /** Responses answered before this are refused: no survey tool sending to Kohtaamo is that old. */
    static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

    /**
     * Responses answered more than this ahead of now are refused. A day, not minutes: some survey tools send local
     * time marked as UTC, which puts a response just given up to three hours ahead.
     */
    static final Duration LATEST_AHEAD = Duration.ofDays(1);

    @Inject
    ApiGate gate;

    @Inject
    Units units;

    @Inject
    Responses responses;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    public Response receive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        ApiKey key = gate.admit(authorization);
        List<JsonObject> items = ApiGate.objects(body, "response");
        JsonArrayBuilder errors = Json.createArrayBuilder();
        List<CustomerResponse> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            parse(items.get(i), i, key, errors).ifPresent(valid::add);
        }
        JsonArray found = errors.build();
        if (!found.isEmpty()) {
            return ApiProblem.of(400, "Invalid responses", found.size() + " problem(s); nothing was stored.", found)
                    .build();
        }
        Responses.Outcome outcome = responses.record(valid);
        return ApiGate.stored("added", outcome.added(), outcome.duplicates());
    }

    private Optional<CustomerResponse> parse(JsonObject item, int index, ApiKey key, JsonArrayBuilder errors) {
        JsonArrayBuilder local = Json.createArrayBuilder();
        String unitCode = ApiGate.text(item, "unit");
        Unit unit = unitCode == null ? null : units.findByCode(unitCode).orElse(null);
        if (unitCode == null) {
            error(local, index, "unit", "required: the unit's code");
        } else if (unit == null || !key.getUnitIds().contains(unit.getId())) {
            error(local, index, "unit", "unknown unit code, or not one this key may send for: " + unitCode);
        }
        String at = ApiGate.text(item, "answeredAt");
        LocalDateTime answeredAt = ApiGate.time(at);
        if (at == null) {
            error(local, index, "answeredAt", "required: an ISO 8601 date-time");
        } else if (answeredAt == null) {
            error(local, index, "answeredAt", "not an ISO 8601 date-time: " + at);
        } else if (answeredAt.isAfter(LocalDateTime.now(clock).plus(LATEST_AHEAD))) {
            error(local, index, "answeredAt", "more than a day in the future: " + at);
        } else if (answeredAt.isBefore(EARLIEST)) {
            error(local, index, "answeredAt", "before 2000, so surely a mistake: " + at);
        }
        String visit = ApiGate.text(item, "visitedAt");
        LocalDateTime visitedAt = ApiGate.time(visit);
        if (item.containsKey("visitedAt") && !item.isNull("visitedAt") && visit == null) {
            error(local, index, "visitedAt", "an ISO 8601 date-time, or left out");
        } else if (visit != null && visitedAt == null) {
            error(local, index, "visitedAt", "not an ISO 8601 date-time: " + visit);
        } else if (visitedAt != null
                && visitedAt.isAfter(LocalDateTime.now(clock).plus(LATEST_AHEAD))) {
            error(local, index, "visitedAt", "more than a day in the future: " + visit);
        } else if (visitedAt != null && visitedAt.isBefore(EARLIEST)) {
            error(local, index, "visitedAt", "before 2000, so surely a mistake: " + visit);
        } else if (visitedAt != null && answeredAt != null && visitedAt.isAfter(answeredAt)) {
            error(local, index, "visitedAt", "after the answer (answeredAt): " + visit);
        }
        Integer nps = number(item, "nps");
        if (nps == null || nps < 0 || nps > 10) {
            error(local, index, "nps", "required: a whole number from 0 to 10");
        }
        Integer csat = number(item, "csat");
        if (item.containsKey("csat") && !item.isNull("csat") && (csat == null || csat < 1 || csat > 5)) {
            error(local, index, "csat", "a whole number from 1 to 5, or left out");
        }
        String comment = ApiGate.text(item, "comment");
        if (comment != null && comment.length() > 4000) {
            error(local, index, "comment", "at most 4000 characters");
        }
        Channel channel = Channel.OTHER;
        String channelText = ApiGate.text(item, "channel");
        if (channelText != null) {
            try {
                channel = Channel.valueOf(channelText.toUpperCase());
            } catch (IllegalArgumentException e) {
                error(local, index, "channel", "one of VISIT, PHONE, ONLINE, OTHER");
            }
        }
        String externalId = ApiGate.text(item, "externalId");
        if (externalId != null && externalId.length() > 200) {
            error(local, index, "externalId", "at most 200 characters");
        }
        JsonArray problems = local.build();
        problems.forEach(errors::add);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new CustomerResponse(unit, answeredAt, visitedAt, nps, csat, comment, channel, Source.API, externalId));
    }

    /** A whole number that fits an int; 4294967305 is not 9. */
    private static Integer number(JsonObject item, String field) {
        if (item.get(field) instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    private static void error(JsonArrayBuilder errors, int index, String field, String message) {
        errors.add(Json.createObjectBuilder()
                .add("index", index)
                .add("field", field)
                .add("message", message));
    }
}
