package fi.kohtaamo.platform.config;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.Getter;
import lombok.Setter;

/** One organisation-wide setting that HR or an administrator changes at run time. */
@Entity
public class Setting {

    @Id
    private String name;

    @Column(name = "setting_value")
    @Getter
    @Setter
    private String value;

    protected Setting() {}

    public Setting(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
