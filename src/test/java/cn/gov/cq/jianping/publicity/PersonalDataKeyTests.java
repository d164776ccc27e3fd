package cn.gov.cq.jianping.publicity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import cn.gov.cq.jianping.support.IntegrationTestWithoutDemoData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The personal-data key across nodes and over time: each ciphertext names its key, a
 * rotated key stays readable as a previous key, an unknown one is reported as unreadable
 * instead of failing, and a node without the shared key refuses to start.
 */
@IntegrationTestWithoutDemoData
class PersonalDataKeyTests {

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dataDir;

	@Test
	void aRotatedKeyStaysReadableAsAPreviousKey() {
		String oldKey = newKey();
		String newKey = newKey();
		PersonalDataCipher before = new PersonalDataCipher(oldKey, "", dir(), "", this.jdbc);
		String stored = before.encrypt("13812345678");
		assertThat(stored).startsWith(before.currentKeyId() + ":");
		PersonalDataCipher rotated = new PersonalDataCipher(newKey, oldKey, dir(), "", this.jdbc);
		assertThat(rotated.tryDecrypt(stored)).contains("13812345678");
		assertThat(rotated.encrypt("x")).startsWith(rotated.currentKeyId() + ":")
			.doesNotStartWith(before.currentKeyId());
		PersonalDataCipher forgotten = new PersonalDataCipher(newKey, "", dir(), "", this.jdbc);
		assertThat(forgotten.tryDecrypt(stored)).isEmpty();
	}

	@Test
	void aValueWrittenBeforeKeyIdsIsStillRead() {
		String key = newKey();
		PersonalDataCipher cipher = new PersonalDataCipher(key, "", dir(), "", this.jdbc);
		String legacy = cipher.encrypt("500103199003071234").substring(cipher.currentKeyId().length() + 1);
		assertThat(cipher.tryDecrypt(legacy)).contains("500103199003071234");
		assertThat(cipher.tryDecrypt("garbage")).isEmpty();
	}

	@Test
	void anExternalDatabaseWithoutTheSharedKeyRefusesToStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new PersonalDataCipher("", "", dir(), "jdbc:postgresql://db/jianping", this.jdbc))
			.withMessageContaining("JIANPING_CRYPTO_KEY");
		assertThat(
				new PersonalDataCipher(newKey(), "", dir(), "jdbc:postgresql://db/jianping", this.jdbc).currentKeyId())
			.hasSize(8);
	}

	@Test
	void aSecondNodeWithAKeyFileOfItsOwnRefusesToStartOnADatabaseOfAnotherKey() throws Exception {
		new PersonalDataCipher(newKey(), "", dir(), "", this.jdbc).encrypt("x");
		Path otherNode = Files.createDirectory(this.dataDir.resolve("node2"));
		assertThatIllegalStateException()
			.isThrownBy(() -> new PersonalDataCipher("", "", otherNode.toString(), "", this.jdbc))
			.withMessageContaining("JIANPING_CRYPTO_KEY");
	}

	@Test
	void aMalformedKeyIsRefusedWithAClearMessage() {
		assertThatIllegalStateException().isThrownBy(() -> new PersonalDataCipher("c2hvcnQ=", "", dir(), "", this.jdbc))
			.withMessageContaining("32 字节");
	}

	private String dir() {
		return this.dataDir.toString();
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
