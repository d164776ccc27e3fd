package cn.gov.cq.jianping.demo;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * When the demo data and demo accounts (published password) load: with the embedded
 * database or {@code JIANPING_DEMO=true}, and never under the {@code prod} profile. Asked
 * for them under {@code prod} ({@code JIANPING_DEMO=true}, or the {@code bench} profile
 * that implies it), the application refuses to start, before any bean touches a database;
 * under {@code prod} with the embedded database and no setting, it simply loads none.
 */
@Component
class DemoMode implements BeanFactoryPostProcessor, EnvironmentAware {

	static final String PRODUCTION_PROFILE = "prod";

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		refuseInProduction(this.environment);
	}

	/** Whether the demo data is to be loaded here. */
	static boolean enabled(Environment environment) {
		if (production(environment)) {
			return false;
		}
		String demo = environment.getProperty("jianping.demo");
		if (StringUtils.hasText(demo)) {
			return Boolean.parseBoolean(demo.trim());
		}
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

	/**
	 * Throws when demo data is asked for under the production profile: published demo
	 * passwords must never reach a production database.
	 */
	static void refuseInProduction(Environment environment) {
		String demo = environment.getProperty("jianping.demo");
		boolean asked = StringUtils.hasText(demo) && Boolean.parseBoolean(demo.trim());
		if (production(environment) && asked) {
			throw new IllegalStateException("生产环境（SPRING_PROFILES_ACTIVE=" + PRODUCTION_PROFILE
					+ "）不得载入演示数据和演示账号（其口令是公开的）：请去掉 JIANPING_DEMO=true（及 bench 配置）后再启动。");
		}
	}

	private static boolean production(Environment environment) {
		return environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
	}

}
