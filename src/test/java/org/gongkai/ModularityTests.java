package org.gongkai;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  void writesTheModuleDiagramsIntoDocs() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    try (Stream<Path> files = Files.list(Path.of("docs/modules"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
        sortRelations(file);
      }
    }
  }

  /**
   * The documenter writes a diagram's relations in no fixed order, so every test run changed the
   * committed diagrams; each run of relation lines is sorted, so only a real change shows in a diff.
   */
  private static void sortRelations(Path file) throws IOException {
    String text = Files.readString(file);
    List<String> lines = text.lines().toList();
    List<String> sorted = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); ) {
      int end = i;
      while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
        end++;
      }
      if (end > i) {
        sorted.addAll(lines.subList(i, end).stream().sorted().toList());
        i = end;
      } else {
        sorted.add(lines.get(i++));
      }
    }
    if (!sorted.equals(lines)) {
      Files.writeString(file, String.join("\n", sorted) + (text.endsWith("\n") ? "\n" : ""));
    }
  }
}
