package fi.kohtaamo.provisioning.boundary;

import fi.kohtaamo.organisation.control.CurrentUser;
import fi.kohtaamo.platform.i18n.Language;
import fi.kohtaamo.platform.web.PublicAddress;
import fi.kohtaamo.provisioning.control.ScimTokens;
import fi.kohtaamo.provisioning.entity.ScimToken;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.omnifaces.util.Messages;

/**
 * Administrators create the tokens identity providers provision people with, see each one's secret once, and revoke
 * them. The page also says the SCIM base address to give the identity provider.
 */
@Named
@ViewScoped
public class ScimTokensBean implements Serializable {

    @Inject
    ScimTokens tokens;

    @Inject
    CurrentUser currentUser;

    @Inject
    Language language;

    @Inject
    PublicAddress address;

    @Getter
    @Setter
    private String name;

    @Getter
    private String newSecret;

    /** The tokens, read once per visit and again after one is created or revoked. */
    private transient List<ScimToken> list;

    public void create() {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            Messages.addError("create:name", language.text("scimTokens.nameRequired"));
            return;
        }
        newSecret = tokens.create(name, currentUser.getPerson().getId()).secret();
        list = null;
        name = null;
        Messages.addGlobalInfo(language.text("scimTokens.created"));
    }

    public void revoke(ScimToken token) {
        tokens.revoke(token.getId());
        list = null;
        newSecret = null;
        Messages.addGlobalInfo(language.text("scimTokens.revoked", token.getName()));
    }

    public List<ScimToken> getTokens() {
        if (list == null) {
            list = tokens.all();
        }
        return list;
    }

    /**
     * The address identity providers call: {@code KOHTAAMO_BASE_URL}, else this page's own address, and {@code
     * /scim/v2}.
     */
    public String getBaseUrl() {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return address.configured().orElseGet(() -> address.origin(request).orElse("") + request.getContextPath())
                + "/scim/v2";
    }
}
