package cn.gov.cq.jianping.system;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url} configured, jianping runs on its own PostgreSQL,
 * so one command starts it on a fresh machine. An external server is used as soon as a
 * URL is given.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** The running cluster with its passwords set (see {@link EmbeddedRoles}). */
	record SecuredPostgres(EmbeddedPostgres postgres, EmbeddedRoles.Credentials credentials) implements Closeable {

		String url() {
			return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
		}

		@Override
		public void close() throws IOException {
			this.postgres.close();
		}

	}

	@Bean(destroyMethod = "close")
	SecuredPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path dataDirectory = dataDirectory(properties);
		log.info("使用内置 PostgreSQL，数据目录：{}", dataDirectory);
		EmbeddedRoles.Credentials credentials = EmbeddedRoles.credentials(dataDirectory, properties.temporary());
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(dataDirectory, properties.port(),
				properties.temporary(), credentials.ownerPassword());
		log.info("内置 PostgreSQL 已启动，端口 {}", postgres.getPort());
		try {
			return new SecuredPostgres(postgres, EmbeddedRoles.secure(postgres, dataDirectory, credentials));
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
	}

	/**
	 * The application's pool: the restricted role, a few seconds to give up on the
	 * database.
	 */
	@Bean
	DataSource dataSource(SecuredPostgres secured,
			@Value("${jianping.datasource.connection-timeout-ms:3000}") long connectionTimeoutMs) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(secured.url());
		dataSource.setUsername(EmbeddedRoles.APP_ROLE);
		dataSource.setPassword(secured.credentials().appPassword());
		dataSource.setMaximumPoolSize(10);
		dataSource.setConnectionTimeout(connectionTimeoutMs);
		dataSource.setValidationTimeout(Math.min(2000, connectionTimeoutMs));
		dataSource.setPoolName("jianping-embedded");
		return dataSource;
	}

	/**
	 * Flyway owns the schema: it migrates as the cluster owner, not as the application.
	 */
	@Bean
	FlywayConfigurationCustomizer ownerMigrates(SecuredPostgres secured) {
		return configuration -> configuration.dataSource(secured.url(), EmbeddedRoles.OWNER_ROLE,
				secured.credentials().ownerPassword());
	}

	private static Path dataDirectory(EmbeddedDatabaseProperties properties) throws IOException {
		if (properties.temporary()) {
			return Files.createTempDirectory("jianping-pg-");
		}
		return Path.of(properties.dataDir()).toAbsolutePath().normalize().resolve("postgres");
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
