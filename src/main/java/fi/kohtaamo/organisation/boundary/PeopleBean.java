package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.People;
import fi.kohtaamo.organisation.entity.Person;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.primefaces.model.JPALazyDataModel;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The people list for HR and administrators: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    @Inject
    People people;

    @Inject
    CurrentUser currentUser;

    @Getter
    private LazyDataModel<Person> model;

    @PostConstruct
    void init() {
        People source = people;
        model = JPALazyDataModel.<Person>builder()
                .entityClass(Person.class)
                .entityManager(source::entityManager)
                .rowKeyField("id")
                .caseSensitive(false)
                .build();
    }

    /** Whether the viewer may open the person's record (HR not that of another HR person or an administrator). */
    public boolean mayEdit(Person person) {
        return People.mayEdit(currentUser.getPerson(), person);
    }

    /** Until the user sorts otherwise, people are listed by last name. */
    public SortMeta getDefaultSort() {
        return SortMeta.builder().field("lastName").order(SortOrder.ASCENDING).build();
    }
}
