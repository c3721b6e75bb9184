package io.sockscope.app.diagram.layout;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layout is plain Java: testable without a toolkit and reusable by headless export. */
@AnalyzeClasses(packages = "io.sockscope.app.diagram.layout", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutArchitectureTest {
    @ArchTest
    static final ArchRule layoutImportsNoJavaFx = noClasses().that().resideInAPackage("io.sockscope.app.diagram.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");
}
