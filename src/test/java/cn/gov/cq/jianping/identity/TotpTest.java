package cn.gov.cq.jianping.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTest {

	private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238 appendix B, the SHA-1 rows (8 digits). */
	@ParameterizedTest
	@CsvSource({ "59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924",
			"2000000000,69279037", "20000000000,65353130" })
	void matchesTheRfc6238TestVectors(long seconds, String expected) {
		long step = Totp.stepAt(Instant.ofEpochSecond(seconds));
		assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
		assertThat(Totp.code(RFC_KEY, step, 6)).isEqualTo(expected.substring(2));
	}

	@Test
	void theBase32SecretDecodesToTheSameKey() {
		String base32 = Totp.encodeBase32(RFC_KEY);
		assertThat(base32).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.decodeBase32(base32)).isEqualTo(RFC_KEY);
		assertThat(Totp.codeAt(base32, Instant.ofEpochSecond(59))).isEqualTo("287082");
	}

	@Test
	void theDemoSecretIsValidBase32() {
		assertThat(Totp.decodeBase32("JIANPINGDEMOTOTP")).hasSize(10);
		assertThat(Totp.codeAt("JIANPINGDEMOTOTP", Instant.ofEpochSecond(0))).hasSize(6).containsOnlyDigits();
	}

	@Test
	void aCodeHoldsForThirtySecondsThenChanges() {
		Instant start = Instant.ofEpochSecond(1_800_000_000L - 1_800_000_000L % 30);
		String code = Totp.codeAt("JIANPINGDEMOTOTP", start);
		assertThat(Totp.codeAt("JIANPINGDEMOTOTP", start.plusSeconds(29))).isEqualTo(code);
		assertThat(Totp.stepAt(start.plusSeconds(30))).isEqualTo(Totp.stepAt(start) + 1);
	}

	@Test
	void newSecretsAreRandomAndOf160Bits() {
		String one = Totp.newSecret();
		assertThat(one).hasSize(32).isNotEqualTo(Totp.newSecret());
		assertThat(Totp.decodeBase32(one)).hasSize(20);
	}

	@Test
	void theUriCarriesIssuerSecretAndParameters() {
		assertThat(Totp.uri("鉴评", "bureau", "JIANPINGDEMOTOTP")).startsWith("otpauth://totp/")
			.contains("secret=JIANPINGDEMOTOTP")
			.contains("digits=6")
			.contains("period=30");
	}

}
