package fi.kohtaamo.privacy.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.entity.Person;
import fi.kohtaamo.organisation.entity.Role;
import fi.kohtaamo.platform.security.AccessDenied;
import fi.kohtaamo.privacy.control.PersonalData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.StreamedContent;

/** Only an administrator reaches a person's data from the person page, whatever the page shows or hides. */
class PersonalDataBeanTest {

    /** What reached the control class. */
    private final List<String> calls = new ArrayList<>();

    private PersonalDataBean bean(Role... roles) {
        Set<Role> held = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        PersonalDataBean bean = new PersonalDataBean();
        bean.currentUser = new CurrentUser() {
            @Override
            public boolean is(Role role) {
                return held.contains(role);
            }

            @Override
            public Person getPerson() {
                throw new AssertionError("the signed-in person is not needed to refuse");
            }
        };
        bean.personalData = new PersonalData() {
            @Override
            public JsonObject export(Long personId) {
                calls.add("export " + personId);
                return Json.createObjectBuilder().add("person", personId).build();
            }

            @Override
            public String erase(Person admin, Long personId) {
                calls.add("erase " + personId);
                return "Poistettu henkilö #" + personId;
            }
        };
        return bean;
    }

    @Test
    void hrSupervisorsAndEmployeesCannotDownloadNorEraseAnyone() {
        for (Role role : List.of(Role.HR, Role.SUPERVISOR, Role.EMPLOYEE)) {
            PersonalDataBean bean = bean(role, Role.EMPLOYEE);

            assertThatThrownBy(() -> bean.download(7L)).as(role.name()).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> bean.erase(7L)).as(role.name()).isInstanceOf(AccessDenied.class);
        }
        assertThat(calls).isEmpty();
    }

    @Test
    void anAdministratorDownloadsThePersonsDataAsANamedJsonFile() throws IOException {
        StreamedContent file = bean(Role.ADMIN).download(7L);

        assertThat(file.getName()).isEqualTo("kohtaamo-personal-data-7.json");
        assertThat(file.getContentType()).startsWith("application/json");
        try (InputStream in = file.getStream().get()) {
            assertThat(Json.createReader(in).readObject().getInt("person")).isEqualTo(7);
        }
        assertThat(calls).containsExactly("export 7");
    }
}
