package io.sockscope.model.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {
    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.sockscope.model");

    @Test
    void modelNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("io.sockscope.model..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MODEL);
    }

    @Test
    void modelNeverDependsOnTheAppOrSessions() {
        noClasses().that().resideInAPackage("io.sockscope.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.sockscope.app..", "io.sockscope.sessions..")
                .check(MODEL);
    }

    @Test
    void onlyTheEngineFactoryReachesIntoInternals() {
        noClasses().that().resideOutsideOfPackages("io.sockscope.model.internal..", "io.sockscope.model.probe..")
                .and().doNotHaveFullyQualifiedName("io.sockscope.model.engine.Engines")
                .should().dependOnClassesThat().resideInAPackage("io.sockscope.model.internal..")
                .check(MODEL);
    }
}
