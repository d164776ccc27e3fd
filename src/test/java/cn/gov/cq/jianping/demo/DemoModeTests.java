package cn.gov.cq.jianping.demo;

import java.time.Clock;

import cn.gov.cq.jianping.JianpingApplication;
import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.shared.ClusterLock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Demo data and demo accounts load with the embedded database or JIANPING_DEMO=true, and
 * never under the prod profile: asked for there, the application refuses to start.
 */
class DemoModeTests {

	@Test
	void withTheEmbeddedDatabaseAndNotProductionTheDemoLoads() {
		assertThat(DemoMode.enabled(new MockEnvironment())).isTrue();
		assertThat(demoData(new MockEnvironment()).enabled()).isTrue();
	}

	@Test
	void withAnExternalDatabaseOnlyJianpingDemoTrueLoadsIt() {
		MockEnvironment external = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/jianping");
		assertThat(DemoMode.enabled(external)).isFalse();
		assertThat(DemoMode.enabled(external.withProperty("jianping.demo", "true"))).isTrue();
		assertThat(DemoMode.enabled(new MockEnvironment().withProperty("jianping.demo", "false"))).isFalse();
	}

	@Test
	void underProductionTheEmbeddedDatabaseLoadsNoDemoAccounts() {
		MockEnvironment production = production();
		assertThat(DemoMode.enabled(production)).isFalse();
		assertThatCode(() -> DemoMode.refuseInProduction(production)).doesNotThrowAnyException();
		assertThatCode(() -> DemoMode.refuseInProduction(production().withProperty("jianping.demo", "false")))
			.doesNotThrowAnyException();
		Accounts accounts = mock(Accounts.class);
		InstitutionRegistry registry = mock(InstitutionRegistry.class);
		DemoRound round = mock(DemoRound.class);
		ClusterLock lock = mock(ClusterLock.class);
		new DemoData(accounts, registry, production, Clock.systemUTC(), round, lock)
			.run(new DefaultApplicationArguments());
		verifyNoInteractions(accounts, registry, round, lock);
	}

	@Test
	void productionWithJianpingDemoTrueIsRefused() {
		assertThatThrownBy(() -> DemoMode.refuseInProduction(production().withProperty("jianping.demo", "true")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("生产环境")
			.hasMessageContaining("JIANPING_DEMO=true");
		assertThatCode(() -> DemoMode.refuseInProduction(new MockEnvironment().withProperty("jianping.demo", "true")))
			.doesNotThrowAnyException();
	}

	@Test
	void theApplicationRefusesToStartUnderProductionWithDemoBeforeStartingADatabase() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(JianpingApplication.class).run("--server.port=0",
				"--spring.profiles.active=prod", "--jianping.demo=true", "--jianping.embedded-db.temporary=true"))
			.hasStackTraceContaining("生产环境（SPRING_PROFILES_ACTIVE=prod）不得载入演示数据");
	}

	@Test
	void theBenchProfileUnderProductionIsRefusedToo() {
		// application-bench.properties sets jianping.demo=true.
		assertThatThrownBy(() -> new SpringApplicationBuilder(JianpingApplication.class).run("--server.port=0",
				"--spring.profiles.active=prod,bench", "--jianping.embedded-db.temporary=true"))
			.hasStackTraceContaining("生产环境");
	}

	private static MockEnvironment production() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(DemoMode.PRODUCTION_PROFILE);
		return environment;
	}

	private static DemoData demoData(MockEnvironment environment) {
		return new DemoData(mock(Accounts.class), mock(InstitutionRegistry.class), environment, Clock.systemUTC(),
				mock(DemoRound.class), mock(ClusterLock.class));
	}

}
