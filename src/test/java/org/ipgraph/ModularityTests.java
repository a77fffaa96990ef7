package org.ipgraph;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The modules of docs/ARCHITECTURE.md: no cycles, no access to another module's
 * internals, and runtime services free of evaluation, demo and ingest code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(IpgraphApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		modules.verify();
	}

	@Test
	void servicesDoNotDependOnDemoIngestOrEvaluation() {
		ArchRule rule = noClasses().that()
			.resideInAnyPackage("org.ipgraph.partners..", "org.ipgraph.experts..", "org.ipgraph.pools..",
					"org.ipgraph.risk..", "org.ipgraph.valuation..", "org.ipgraph.providers..")
			.and()
			.resideOutsideOfPackage("..evaluation..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ipgraph.demo..", "org.ipgraph.ingest..", "org.ipgraph.evaluation..")
			.because("runtime services must not carry evaluation, demo or ingest code (issue 9)");
		rule.check(new com.tngtech.archunit.core.importer.ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.ipgraph"));
	}

}
