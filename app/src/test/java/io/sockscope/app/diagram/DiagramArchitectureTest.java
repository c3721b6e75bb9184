package io.sockscope.app.diagram;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.sockscope.app.diagram.paint.fx.CanvasSurface;

/**
 * The diagram's packages: painters and the drawing surface know no toolkit (so export draws
 * with them headless); only the canvas surface touches a {@code GraphicsContext}; no cycles.
 */
@AnalyzeClasses(packages = "io.sockscope.app", importOptions = ImportOption.DoNotIncludeTests.class)
class DiagramArchitectureTest {
    @ArchTest
    static final ArchRule paintersAndSurfaceImportNoJavaFx = noClasses().that()
            .resideInAnyPackage("io.sockscope.app.diagram.paint", "io.sockscope.app.diagram.surface..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..");

    @ArchTest
    static final ArchRule onlyTheCanvasSurfaceTouchesTheGraphicsContext = noClasses().that()
            .resideInAPackage("io.sockscope.app.diagram.paint..").and().doNotHaveFullyQualifiedName(CanvasSurface.class.getName())
            .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.canvas.GraphicsContext");

    @ArchTest
    static final ArchRule diagramPackagesAreFreeOfCycles = slices().matching("io.sockscope.app.diagram.(**)")
            .should().beFreeOfCycles();
}
