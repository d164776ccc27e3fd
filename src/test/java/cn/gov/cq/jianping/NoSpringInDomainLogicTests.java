package cn.gov.cq.jianping;

import cn.gov.cq.jianping.support.MainClasses;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring engine and the workflow rules are plain Java: testable with {@code new}, no
 * context. Pages talk to use-case services, never to repositories.
 */
class NoSpringInDomainLogicTests {

	private final JavaClasses classes = MainClasses.all();

	@Test
	void domainModelsDoNotDependOnSpringOrPersistence() {
		noClasses().that()
			.resideInAPackage("cn.gov.cq.jianping..model..")
			.and()
			.haveSimpleNameNotEndingWith("package-info")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.persistence..")
			.check(this.classes);
	}

	@Test
	void everyModulesModelPackageIsCovered() {
		// the rule above must not pass by matching nothing: each module with rules in a
		// model package is seen
		classes().that()
			.resideInAPackage("cn.gov.cq.jianping..model..")
			.should()
			.resideInAnyPackage("cn.gov.cq.jianping.scoring.model..", "cn.gov.cq.jianping.evaluation.model..",
					"cn.gov.cq.jianping.publicity.model..", "cn.gov.cq.jianping.supervision.model..",
					"cn.gov.cq.jianping.renewal.model..")
			.check(this.classes);
		for (String module : new String[] { "scoring", "evaluation", "publicity", "supervision", "renewal" }) {
			assertThat(this.classes.stream()
				.anyMatch(c -> c.getPackageName().startsWith("cn.gov.cq.jianping." + module + ".model")))
				.as(module + ".model has classes")
				.isTrue();
		}
	}

	@Test
	void controllersDoNotUseRepositories() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.dependOnClassesThat()
			.areAssignableTo(Repository.class)
			.because("pages call use-case services, which own the transactions and the data scope")
			.check(this.classes);
	}

}
