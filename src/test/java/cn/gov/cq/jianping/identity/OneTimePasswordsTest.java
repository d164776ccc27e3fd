package cn.gov.cq.jianping.identity;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimePasswordsTest {

	@Test
	void everyGeneratedPasswordSatisfiesThePolicyAndHasAllFourClasses() {
		for (int i = 0; i < 1000; i++) {
			String password = OneTimePasswords.generate();
			assertThat(password).hasSize(OneTimePasswords.LENGTH);
			assertThat(PasswordPolicy.problemWith(password)).as(password).isEmpty();
			assertThat(password).containsPattern("[A-Z]")
				.containsPattern("[a-z]")
				.containsPattern("[0-9]")
				.containsPattern("[^A-Za-z0-9]");
			assertThat(password).doesNotContainPattern("[0O1lI]");
		}
	}

	@Test
	void passwordsAreNotRepeated() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			assertThat(seen.add(OneTimePasswords.generate())).isTrue();
		}
	}

}
