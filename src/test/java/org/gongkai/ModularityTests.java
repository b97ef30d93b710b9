package org.gongkai;

import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold: no cycles, and no module reaches into another's internals. */
class ModularityTests {

  /** Test classes are not part of any module; matched by folder so that builds into another directory work too. */
  private static final ImportOption PRODUCTION_CLASSES = location -> !location.contains("/test-classes/");

  private final ApplicationModules modules = ApplicationModules.of(Gongkai.class, PRODUCTION_CLASSES);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesTheModuleDiagramsIntoDocs() {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
