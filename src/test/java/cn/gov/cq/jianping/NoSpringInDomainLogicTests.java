package cn.gov.cq.jianping;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The scoring engine and the workflow rules are plain Java: testable with {@code new}, no context.
 */
class NoSpringInDomainLogicTests {

	private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.gov.cq.jianping");

	@Test
	void domainModelsDoNotDependOnSpringOrPersistence() {
		noClasses().that()
			.resideInAnyPackage("..scoring.model..", "..evaluation.model..")
			.and()
			.haveSimpleNameNotEndingWith("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
			.check(this.classes);
	}

}
