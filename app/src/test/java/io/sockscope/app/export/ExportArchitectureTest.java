package io.sockscope.app.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Export runs headless: outside its dialog it uses no JavaFX (and never javafx-swing). */
@AnalyzeClasses(packages = "io.sockscope.app.export", importOptions = ImportOption.DoNotIncludeTests.class)
class ExportArchitectureTest {
    @ArchTest
    static final ArchRule exportImportsNoJavaFx = noClasses().that().resideInAPackage("io.sockscope.app.export")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule nothingUsesJavaFxSwing = noClasses().that().resideInAPackage("io.sockscope.app.export..")
            .should().dependOnClassesThat().resideInAPackage("javafx.embed.swing..");
}
