package cn.gov.cq.jianping.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The app's own embedded PostgreSQL for a {@code @DataJpaTest} slice (never H2), with the
 * application role granted what the running app grants it after migrating.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ EmbeddedDatabaseConfiguration.class, AppRoleGrants.class })
public class EmbeddedDatabaseSliceConfiguration {

}
