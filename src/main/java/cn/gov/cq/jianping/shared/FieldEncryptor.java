package cn.gov.cq.jianping.shared;

import java.util.Optional;

/**
 * Encrypts a single value at rest (personal data, TOTP secrets) with the system's field
 * key, so modules other than the one holding the key can store secrets encrypted.
 */
public interface FieldEncryptor {

	String encrypt(String plain);

	/** The plain text, or empty when no key of this node opens it. */
	Optional<String> tryDecrypt(String stored);

}
