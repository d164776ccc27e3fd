package cn.gov.cq.jianping.support;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The main classes of jianping as ArchUnit sees them, imported once per test JVM: the
 * import reads every class file and is the slow part of each architecture rule.
 */
public final class MainClasses {

	private static final JavaClasses IMPORTED = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.gov.cq.jianping");

	private MainClasses() {
	}

	public static JavaClasses all() {
		return IMPORTED;
	}

}
