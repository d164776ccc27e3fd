package cn.gov.cq.jianping;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import cn.gov.cq.jianping.support.MainClasses;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shape rules of the code base that keep each change cheap: small classes, use-case
 * services with few collaborators, templates that ask the stage table instead of
 * comparing stage names, and domain refusals turned into messages by one advice per
 * module rather than by catch blocks in controllers.
 */
class ArchitectureRulesTests {

	private static final Path MAIN_JAVA = Path.of("src/main/java");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Domain refusals are ours; infrastructure ones (e.g. optimistic locking) may be
	 * caught to keep input.
	 */
	private static final String DOMAIN_PACKAGE = "cn.gov.cq.jianping.";

	private static final int MAX_CLASS_LINES = 300;

	private static final int MAX_SERVICE_DEPENDENCIES = 6;

	/**
	 * A template deciding by a stage's name instead of asking the page's {@code actions}.
	 */
	private static final Pattern STAGE_NAME_COMPARISON = Pattern
		.compile("[sS]tage(\\(\\))?\\.name(\\(\\))?|[sS]tage(\\(\\))?\\s*(==|!=|eq|ne)\\s*'");

	private final JavaClasses classes = MainClasses.all();

	@Test
	void noClassInMainCodeIsLongerThanThreeHundredLines() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
			List<String> tooLong = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> lines(file) > MAX_CLASS_LINES)
				.map(file -> MAIN_JAVA.relativize(file) + " (" + lines(file) + " lines)")
				.sorted()
				.toList();
			assertThat(tooLong).as("classes over %d lines", MAX_CLASS_LINES).isEmpty();
		}
	}

	@Test
	void noServiceHasMoreThanSixConstructorDependencies() {
		List<String> crowded = this.classes.stream()
			.filter(javaClass -> javaClass.isAnnotatedWith(Service.class))
			.map(JavaClass::reflect)
			.filter(type -> maxConstructorParameters(type) > MAX_SERVICE_DEPENDENCIES)
			.map(type -> type.getName() + " (" + maxConstructorParameters(type) + ")")
			.sorted()
			.toList();
		assertThat(crowded).as("services with more than %d constructor dependencies", MAX_SERVICE_DEPENDENCIES)
			.isEmpty();
	}

	@Test
	void noTemplateComparesAStageByName() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<String> offending = files.filter(file -> file.toString().endsWith(".html"))
				.flatMap(file -> offendingLines(file).stream())
				.toList();
			assertThat(offending).as("templates comparing a stage by name").isEmpty();
		}
	}

	@Test
	void noControllerCatchesAnExceptionThatAnAdviceHandles() {
		Set<String> handled = this.classes.stream()
			.filter(javaClass -> javaClass.isAnnotatedWith(ControllerAdvice.class)
					|| javaClass.isAnnotatedWith(RestControllerAdvice.class))
			.flatMap(advice -> Arrays.stream(advice.reflect().getDeclaredMethods()))
			.filter(method -> method.isAnnotationPresent(ExceptionHandler.class))
			.flatMap(method -> handledTypes(method.getAnnotation(ExceptionHandler.class), method).stream())
			.filter(type -> type.startsWith(DOMAIN_PACKAGE))
			.collect(Collectors.toSet());
		assertThat(handled).as("domain exception types handled by an advice").isNotEmpty();
		List<String> catching = this.classes.stream()
			.filter(javaClass -> javaClass.isAnnotatedWith(Controller.class)
					|| javaClass.isAnnotatedWith(RestController.class))
			.flatMap(controller -> controller.getCodeUnits().stream())
			.flatMap(codeUnit -> catchesOf(codeUnit, handled).stream())
			.sorted()
			.toList();
		assertThat(catching).as("controllers catching what an advice handles").isEmpty();
	}

	private static List<String> catchesOf(JavaCodeUnit codeUnit, Set<String> handled) {
		return codeUnit.getTryCatchBlocks()
			.stream()
			.map(TryCatchBlock::getCaughtThrowables)
			.flatMap(Set::stream)
			.map(JavaClass::getName)
			.filter(handled::contains)
			.map(caught -> codeUnit.getFullName() + " catches " + caught)
			.toList();
	}

	private static List<String> handledTypes(ExceptionHandler handler, Method method) {
		if (handler.value().length > 0) {
			return Arrays.stream(handler.value()).map(Class::getName).toList();
		}
		return Arrays.stream(method.getParameterTypes())
			.filter(Throwable.class::isAssignableFrom)
			.map(Class::getName)
			.toList();
	}

	private static int maxConstructorParameters(Class<?> type) {
		return Arrays.stream(type.getDeclaredConstructors()).mapToInt(Constructor::getParameterCount).max().orElse(0);
	}

	private static List<String> offendingLines(Path template) {
		List<String> lines = readLines(template);
		return IntStream.range(0, lines.size())
			.filter(index -> STAGE_NAME_COMPARISON.matcher(lines.get(index)).find())
			.mapToObj(index -> TEMPLATES.relativize(template) + ":" + (index + 1) + ": " + lines.get(index).trim())
			.toList();
	}

	private static long lines(Path file) {
		return readLines(file).size();
	}

	private static List<String> readLines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

}
