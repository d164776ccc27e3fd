package cn.gov.cq.jianping.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded cluster's passwords on a fresh clone: the data folder does not exist yet,
 * the passwords file is written into it all the same, and a later start reads the same
 * passwords back.
 */
class EmbeddedRolesTest {

	@TempDir
	Path work;

	@Test
	void theFirstStartOfAFreshCloneWritesThePasswordsIntoANewDataFolder() {
		Path cluster = this.work.resolve("data").resolve("postgres");
		EmbeddedRoles.Credentials first = EmbeddedRoles.credentials(cluster, false);
		Path file = this.work.resolve("data").resolve("postgres-credentials.properties");
		assertThat(file).exists();
		assertThat(first.ownerPassword()).isNotBlank().isNotEqualTo(first.appPassword());
		EmbeddedRoles.Credentials again = EmbeddedRoles.credentials(cluster, false);
		assertThat(again).isEqualTo(first);
		assertThat(Files.isDirectory(cluster)).as("the cluster folder is initdb's to make").isFalse();
	}

}
