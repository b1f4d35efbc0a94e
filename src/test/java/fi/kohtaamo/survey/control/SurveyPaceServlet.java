package fi.kohtaamo.survey.control;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * In the test deployment only: {@code /it/survey-pace?seconds=2} sets how fast a person can answer the customer survey
 * on the running server, so that the one browser test of a person's real pace needs no server of its own. The tests
 * start with zero (failsafe's environment) and the test that raises it puts zero back.
 */
@WebServlet("/it/survey-pace")
public class SurveyPaceServlet extends HttpServlet {

    @Inject
    SubmissionGuard guard;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String seconds = request.getParameter("seconds");
        if (seconds == null || !seconds.matches("\\d{1,3}")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "?seconds= takes a whole number of seconds");
            return;
        }
        guard.fastestHuman(Duration.ofSeconds(Long.parseLong(seconds)));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
