package fi.kohtaamo.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's Content-Security-Policy nonce, for forms on pages that do without PrimeFaces' scripts (the public
 * customer survey). PrimeFaces refuses a form post without a well-formed nonce, and on a page that keeps view state
 * one that is not the page's own ({@link PageNonces}); on other pages its script adds it to every form, here the form
 * carries it itself:
 *
 * <pre>{@code
 * <input type="hidden" name="primefaces.nonce" value="#{cspNonce.value}"/>
 * }</pre>
 */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        return PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }
}
