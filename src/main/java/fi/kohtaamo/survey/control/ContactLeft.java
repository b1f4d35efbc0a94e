package fi.kohtaamo.survey.control;

import fi.kohtaamo.survey.entity.CustomerResponse;

/**
 * The customer who gave the response left a phone number or an email so that the unit can contact them about it
 * (already checked by {@link ContactDetails}). Fired in the transaction that recorded the response; the address is kept
 * only with what follows up the answer, never with the response.
 */
public record ContactLeft(CustomerResponse response, String contact) {}
