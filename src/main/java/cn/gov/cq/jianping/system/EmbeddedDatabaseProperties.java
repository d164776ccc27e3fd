package cn.gov.cq.jianping.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded PostgreSQL keeps its files ({@code JIANPING_DATA_DIR}, default
 * {@code ./data}) and whether it is a throw-away cluster, as the tests use.
 */
@ConfigurationProperties("jianping.embedded-db")
record EmbeddedDatabaseProperties(@DefaultValue("./data") String dataDir, @DefaultValue("0") int port,
		@DefaultValue("false") boolean temporary) {
}
