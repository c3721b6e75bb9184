package io.sockscope.app.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app's packages form no cycle: each can be read, tested and replaced from the ones below
 * it (the launcher sits above the window and the live package; the live package above the window).
 */
@AnalyzeClasses(packages = "io.sockscope.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {
    @ArchTest
    static final ArchRule appPackagesAreFreeOfCycles = slices().matching("io.sockscope.app.(**)")
            .should().beFreeOfCycles();
}
