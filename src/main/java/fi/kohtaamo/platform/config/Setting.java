package fi.kohtaamo.platform.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** One organisation-wide setting that HR or an administrator changes at run time. */
@Entity
public class Setting {

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    protected Setting() {}

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
