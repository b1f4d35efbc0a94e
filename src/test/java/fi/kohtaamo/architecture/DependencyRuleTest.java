package fi.kohtaamo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The dependency rule of {@code fi.kohtaamo} (its package-info and the README's Layout section), checked on the
 * compiled main classes, so that an import which breaks it fails the unit tier:
 *
 * <ol>
 *   <li>{@code platform} is the kernel: it depends on no feature;
 *   <li>a feature's {@code boundary} (its pages and endpoints) is its own: other features use it only through its
 *       {@code control} and {@code entity} classes;
 *   <li>there are no cycles between features, nor between the kernel's parts.
 * </ol>
 *
 * Two pairs of the kernel's parts that depend on each other are still named below, as the debt still to pay; any
 * other violation, and every new one, fails.
 */
class DependencyRuleTest {

    /** Every feature; {@code organisation} is one that every other feature may use. */
    static final String[] FEATURES = {
        "organisation",
        "content",
        "learning",
        "workshop",
        "notification",
        "survey",
        "pulse",
        "insight",
        "home",
        "privacy",
        "xapi",
        "provisioning",
        "curriculum",
        "casework"
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kohtaamo");
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("fi.kohtaamo.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(Stream.of(FEATURES)
                        .map(feature -> "fi.kohtaamo." + feature + "..")
                        .toArray(String[]::new))
                .check(classes);
    }

    static Stream<String> features() {
        return Stream.of(FEATURES);
    }

    @ParameterizedTest
    @MethodSource("features")
    void otherFeaturesUseAFeatureOnlyThroughItsControlAndEntityClasses(String feature) {
        noClasses()
                .that()
                .resideOutsideOfPackage("fi.kohtaamo." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("fi.kohtaamo." + feature + ".boundary..")
                .check(classes);
    }

    /**
     * No cycles, long or short, between features and the kernel.
     */
    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("fi.kohtaamo.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * Pairs of features (the kernel counted as one) that depend on each other, which the cycle rule above does not
     * always name when cycles overlap.
     */
    @Test
    void noTwoFeaturesDependOnEachOther() {
        List<String> parts =
                Stream.concat(Stream.of("platform"), Stream.of(FEATURES)).toList();
        assertThat(mutual("fi.kohtaamo.", parts)).isEmpty();
    }

    /** The same for the kernel's parts. */
    @Test
    void noTwoPartsOfTheKernelDependOnEachOther() {
        List<String> parts = classes.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("fi.kohtaamo.platform."))
                .map(name -> name.substring("fi.kohtaamo.platform.".length()).split("\\.")[0])
                .distinct()
                .sorted()
                .toList();
        assertThat(mutual("fi.kohtaamo.platform.", parts))
                .containsExactlyInAnyOrder("audit <-> web", "metrics <-> web");
    }

    /** "a <-> b" for every two of the packages (under {@code prefix}) whose classes depend on each other. */
    private static List<String> mutual(String prefix, List<String> parts) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                String a = parts.get(i);
                String b = parts.get(j);
                if (dependsOn(prefix + a, prefix + b) && dependsOn(prefix + b, prefix + a)) {
                    pairs.add(a.compareTo(b) < 0 ? a + " <-> " + b : b + " <-> " + a);
                }
            }
        }
        return pairs;
    }

    private static boolean dependsOn(String from, String to) {
        return noClasses()
                .that()
                .resideInAPackage(from + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(to + "..")
                .allowEmptyShould(true)
                .evaluate(classes)
                .hasViolation();
    }
}
