package cn.gov.cq.jianping.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An account's ten 恢复码: issued once (shown once, stored hashed like passwords), each used
 * at most once in place of a 动态口令.
 */
@Component
class RecoveryCodeBook {

	static final int COUNT = 10;

	/** No 0/o, 1/l/i: codes are copied by hand. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final RecoveryCodes codes;

	private final PasswordEncoder passwordEncoder;

	private final SecureRandom random = new SecureRandom();

	RecoveryCodeBook(RecoveryCodes codes, PasswordEncoder passwordEncoder) {
		this.codes = codes;
		this.passwordEncoder = passwordEncoder;
	}

	/** New codes replacing any earlier ones, formatted {@code abcde-fghjk}. */
	List<String> issue(long accountId) {
		this.codes.deleteByAccountId(accountId);
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 10; c++) {
				code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
			}
			this.codes.save(new RecoveryCode(accountId, this.passwordEncoder.encode(code.toString())));
			issued.add(code.substring(0, 5) + "-" + code.substring(5));
		}
		return issued;
	}

	/** The account no longer uses 动态口令: its 恢复码 go with it. */
	void revoke(long accountId) {
		this.codes.deleteByAccountId(accountId);
	}

	/**
	 * Uses the code if it is one of the account's unused ones; the number left, or empty
	 * when it is not.
	 */
	OptionalInt use(long accountId, String typed, Instant now) {
		if (typed.length() != 10 || typed.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
			return OptionalInt.empty();
		}
		List<RecoveryCode> unused = this.codes.findByAccountIdAndUsedAtIsNull(accountId);
		for (RecoveryCode candidate : unused) {
			if (this.passwordEncoder.matches(typed, candidate.codeHash())) {
				candidate.use(now);
				return OptionalInt.of(unused.size() - 1);
			}
		}
		return OptionalInt.empty();
	}

}
