package fi.kohtaamo.organisation.boundary;

import fi.kohtaamo.organisation.control.Units;
import fi.kohtaamo.organisation.entity.Unit;
import fi.kohtaamo.organisation.entity.UnitKind;
import fi.kohtaamo.platform.i18n.Language;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The unit tree for administrators: browse it, add units under others, rename, move and deactivate them. */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    @Inject
    Units units;

    @Inject
    Language language;

    private DefaultTreeNode<Unit> root;
    private List<Unit> all;

    @Getter
    private List<Unit> parentOptions;

    private Map<Long, Long> staff;

    @Getter
    private Unit editing;

    @Getter
    @Setter
    private Long parentId;

    @PostConstruct
    void load() {
        all = units.all();
        parentOptions = all.stream().filter(u -> u.getKind() != UnitKind.TEAM).toList();
        staff = units.activeStaffCounts();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<Unit>> nodes = new HashMap<>();
        for (Unit unit : all) {
            nodes.put(unit.getId(), new DefaultTreeNode<>(unit));
        }
        for (Unit unit : all) {
            TreeNode<Unit> node = nodes.get(unit.getId());
            TreeNode<Unit> parent =
                    unit.getParent() == null ? root : nodes.get(unit.getParent().getId());
            node.setExpanded(true);
            parent.getChildren().add(node);
        }
    }

    /** Starts a new unit under the given parent ({@code null}: at the top). */
    public void add(Unit parent) {
        parentId = parent == null ? null : parent.getId();
        UnitKind kind = Units.kindsUnder(parent == null ? null : parent.getKind()).stream()
                .reduce((first, second) -> second)
                .orElse(UnitKind.TEAM);
        editing = Unit.blank(kind);
    }

    public void edit(Unit unit) {
        editing = unit;
        parentId = unit.getParent() == null ? null : unit.getParent().getId();
    }

    public void save() {
        try {
            Unit saved = units.save(editing, parentId);
            Messages.addGlobalInfo(language.text("unit.saved", saved.getName()));
            PrimeFaces.current().executeScript("PF('unitDialog').hide()");
            load();
        } catch (IllegalArgumentException e) {
            FacesContext.getCurrentInstance().validationFailed();
            Messages.addGlobalError(language.text("unit.placement.invalid"));
        }
    }

    public void toggleActive(Unit unit) {
        units.setActive(unit.getId(), !unit.isActive());
        Messages.addGlobalInfo(
                language.text(unit.isActive() ? "unit.deactivated" : "unit.reactivated", unit.getName()));
        load();
    }

    public void validateCode(FacesContext context, UIComponent component, Object value) {
        if (value != null && units.codeTaken(value.toString().trim(), editing.getId())) {
            throw new ValidatorException(
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, language.text("unit.code.taken"), null));
        }
    }

    public long staffOf(Unit unit) {
        return staff.getOrDefault(unit.getId(), 0L);
    }

    public TreeNode<Unit> getRoot() {
        return root;
    }

    public UnitKind[] getKinds() {
        return UnitKind.values();
    }
}
