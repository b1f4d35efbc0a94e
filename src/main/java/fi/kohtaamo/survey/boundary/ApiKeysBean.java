package fi.kohtaamo.survey.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.api.ApiKey;
import fi.kohtaamo.platform.api.ApiKeys;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/** Administrators create API keys for survey tools (scoped to units), see them, and revoke them. */
@Named
@ViewScoped
public class ApiKeysBean implements Serializable {

    @Inject
    ApiKeys apiKeys;

    @Inject
    Units units;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Size(max = 120, message = "{field.tooLong}")
    @Getter
    @Setter
    private String name;

    @Getter
    @Setter
    private List<Long> unitIds = new ArrayList<>();

    @Getter
    private String newSecret;
    /** The keys, read once per visit and again after one is created or revoked. */
    private transient List<ApiKey> keys;
    /** The units by id, read once per visit (the options and every key's row ask for them). */
    private transient Map<Long, Unit> unitsById;

    public void create() {
        if (name == null || name.isBlank() || unitIds.isEmpty()) {
            Messages.addGlobalError(language.text("apiKeys.incomplete"));
            return;
        }
        newSecret = apiKeys.create(
                        name, new HashSet<>(unitIds), currentUser.getPerson().getId())
                .secret();
        keys = null;
        name = null;
        unitIds = new ArrayList<>();
        Messages.addGlobalInfo(language.text("apiKeys.created"));
    }

    public void revoke(ApiKey key) {
        apiKeys.revoke(key.getId());
        keys = null;
        Messages.addGlobalInfo(language.text("apiKeys.revoked", key.getName()));
    }

    public List<ApiKey> getKeys() {
        if (keys == null) {
            keys = apiKeys.all();
        }
        return keys;
    }

    public List<Unit> getUnitOptions() {
        return unitsById().values().stream()
                .filter(u -> u.getKind() != UnitKind.ORGANISATION && u.isActive())
                .toList();
    }

    public String unitNames(ApiKey key) {
        return key.getUnitIds().stream()
                .map(unitsById()::get)
                .filter(u -> u != null)
                .map(Unit::getCode)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private Map<Long, Unit> unitsById() {
        if (unitsById == null) {
            unitsById = units.all().stream()
                    .collect(Collectors.toMap(Unit::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        }
        return unitsById;
    }
}
