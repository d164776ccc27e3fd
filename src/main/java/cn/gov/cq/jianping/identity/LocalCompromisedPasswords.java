package cn.gov.cq.jianping.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.authentication.password.CompromisedPasswordDecision;
import org.springframework.stereotype.Component;

/**
 * Spring Security's compromised-password check against a local list of common leaked
 * passwords ({@value #LIST}), compared case-insensitively; no network is asked.
 */
@Component
class LocalCompromisedPasswords implements CompromisedPasswordChecker {

	static final String LIST = "identity/compromised-passwords.txt";

	private final Set<String> known = new HashSet<>();

	LocalCompromisedPasswords() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::trim)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> this.known.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public CompromisedPasswordDecision check(String password) {
		return new CompromisedPasswordDecision(
				password != null && this.known.contains(password.toLowerCase(Locale.ROOT)));
	}

}
