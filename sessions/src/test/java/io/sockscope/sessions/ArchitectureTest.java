package io.sockscope.sessions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** sessions reads and writes files of model events: no UI toolkit, nothing of the app. */
@AnalyzeClasses(packages = "io.sockscope.sessions", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noJavaFx = noClasses().that().resideInAPackage("io.sockscope.sessions..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    @ArchTest
    static final ArchRule noApp = noClasses().that().resideInAPackage("io.sockscope.sessions..")
            .should().dependOnClassesThat().resideInAnyPackage("io.sockscope.app..");
}
