package fi.kohtaamo.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kohtaamo.platform.security.PasswordPolicy.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"kahvi ja pulla aamulla", "Tuulinen-Lokakuun-Tiistai", "correct horse battery", "q7#Lm2!xWe9@"})
    void passphrasesAndLongRandomPasswordsAreAccepted(String password) {
        assertThat(PasswordPolicy.check(password, "eetu.laaksonen")).isEmpty();
    }

    @Test
    void shorterThanTwelveCharactersIsRefused() {
        assertThat(PasswordPolicy.check("Kv9#mLp2xQ!", "eetu.laaksonen")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check(null, "eetu.laaksonen")).contains(Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("Kv9#mLp2xQ!z", "eetu.laaksonen")).isEmpty();
    }

    @Test
    void charactersCountAsTheyAreSeenNotAsCodeUnits() {
        assertThat(PasswordPolicy.check("äöå€😀äöå€😀ä", null)).contains(Problem.TOO_SHORT);
    }

    @Test
    void overlyLongPasswordsAreRefused() {
        assertThat(PasswordPolicy.check("sana ".repeat(30), null)).contains(Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012",
                "1qaz2wsx3edc",
                "QWERTYUIOPasdfghjkl",
                "Salasana2024!",
                "salasana123456",
                "Kesä2025!!!!",
                "!!Password1234",
                "jääkiekko2025",
                "lösenord12345",
                "kohtaamo-demo",
                "Pohjolanpalvelu1"
            })
    void commonPasswordsAlsoWithDigitsOrPunctuationAroundThemAreRefused(String password) {
        assertThat(PasswordPolicy.check(password, "eetu.laaksonen")).contains(Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaa", "abababababab", "salasanasalasana", "Ab1!Ab1!Ab1!Ab1!"})
    void repeatedCharactersOrPatternsAreRefused(String password) {
        assertThat(PasswordPolicy.check(password, null)).contains(Problem.COMMON);
    }

    @Test
    void theUsernameOrAPartOfItMayNotBeInThePassword() {
        assertThat(PasswordPolicy.check("Eetu.Laaksonen#2026", "eetu.laaksonen"))
                .contains(Problem.CONTAINS_NAME);
        assertThat(PasswordPolicy.check("minun laaksoni on vihreä", "eetu.laaksonen"))
                .isEqualTo(Optional.empty());
        assertThat(PasswordPolicy.check("hyvää huomenta Laaksonen", "eetu.laaksonen"))
                .contains(Problem.CONTAINS_NAME);
        assertThat(PasswordPolicy.check("li on kotona tänään", "li.wang")).isEmpty();
    }

    @Test
    void everyProblemHasAMessageKey() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.key()).matches("[a-z][A-Za-z]+");
        }
    }
}
