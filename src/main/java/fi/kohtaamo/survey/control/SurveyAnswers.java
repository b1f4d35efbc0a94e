package fi.kohtaamo.survey.control;

import fi.kohtaamo.survey.entity.CustomerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * An answer to Kohtaamo's own survey page: the response, and the contact the customer left for following it up
 * ({@link ContactLeft}), in one transaction, so that neither is saved without the other.
 */
@ApplicationScoped
public class SurveyAnswers {

    @Inject
    Responses responses;

    @Inject
    Event<ContactLeft> contactLeft;

    /**
     * @param contact a contact {@link ContactDetails#check} accepted, or null
     */
    @Transactional
    public void record(CustomerResponse response, String contact) {
        Responses.Outcome outcome = responses.record(List.of(response));
        if (contact != null && outcome.added() == 1) {
            contactLeft.fire(new ContactLeft(response, contact));
        }
    }
}
