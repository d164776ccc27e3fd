package cn.gov.cq.jianping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails the build when a module reaches into another's internals or modules form a cycle,
 * and when the module diagrams committed under {@code docs/modules} no longer match the
 * code (regenerate them with {@code -Djianping.modules.update=true}).
 */
class ModularityTests {

	private static final Path COMMITTED = Path.of("docs", "modules");

	private final ApplicationModules modules = ApplicationModules.of(JianpingApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theCommittedModuleDiagramsMatchTheCode() throws IOException {
		boolean update = Boolean.getBoolean("jianping.modules.update");
		Path target = update ? COMMITTED : Path.of("target", "spring-modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(target.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		if (update) {
			return;
		}
		List<Path> generated = diagrams(target);
		assertThat(generated).isNotEmpty();
		assertThat(diagrams(COMMITTED).stream().map(Path::getFileName).map(Path::toString))
			.as("docs/modules is stale: run ./mvnw test -Dtest=ModularityTests -Djianping.modules.update=true")
			.containsExactlyInAnyOrderElementsOf(
					generated.stream().map(Path::getFileName).map(Path::toString).toList());
		// the Documenter writes relations in no fixed order: compare the lines as sets
		for (Path diagram : generated) {
			assertThat(sortedLines(COMMITTED.resolve(diagram.getFileName())))
				.as("docs/modules is stale: run ./mvnw test -Dtest=ModularityTests -Djianping.modules.update=true")
				.isEqualTo(sortedLines(diagram));
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
	}

	private static List<Path> diagrams(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
		}
	}

}
