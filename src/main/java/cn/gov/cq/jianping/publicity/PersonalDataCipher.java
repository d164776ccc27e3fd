package cn.gov.cq.jianping.publicity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import cn.gov.cq.jianping.shared.FieldEncryptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts ID numbers and phone numbers at rest (AES-256-GCM). The key comes from
 * {@code JIANPING_CRYPTO_KEY} (base64, 32 bytes); only a single node on its embedded
 * database may instead create a key file in its data directory. Each ciphertext carries
 * the id of its key ({@code keyId:base64}), so a rotated key stays readable when listed
 * in {@code JIANPING_CRYPTO_PREVIOUS_KEYS}; the ids of every key that wrote to the
 * database are kept in {@code crypto_key}, so a node with a different key of its own
 * refuses to start instead of writing rows the others cannot read. Other modules use it
 * as the {@link FieldEncryptor} (identity: TOTP secrets).
 */
@Component
class PersonalDataCipher implements FieldEncryptor {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);

	private static final int IV_BYTES = 12;

	private final String currentKeyId;

	/** Every key this node can read with, by id; the current one first. */
	private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(@Value("${jianping.crypto.key:}") String configuredKey,
			@Value("${jianping.crypto.previous-keys:}") String previousKeys,
			@Value("${jianping.embedded-db.data-dir:./data}") String dataDir,
			@Value("${spring.datasource.url:}") String externalDatabase, JdbcTemplate jdbc) {
		boolean configured = StringUtils.hasText(configuredKey);
		if (!configured && StringUtils.hasText(externalDatabase)) {
			throw new IllegalStateException("使用外部数据库（或多个节点）时必须配置 JIANPING_CRYPTO_KEY：各节点使用同一个 32 字节密钥的 Base64 编码，"
					+ "否则各节点各自生成的密钥互不相同，其他节点将无法解密异议人的身份证号和电话。");
		}
		byte[] current = configured ? parse(configuredKey, "JIANPING_CRYPTO_KEY") : keyFile(Path.of(dataDir));
		this.currentKeyId = keyId(current);
		this.keys.put(this.currentKeyId, new SecretKeySpec(current, "AES"));
		for (String previous : StringUtils.commaDelimitedListToStringArray(previousKeys)) {
			if (StringUtils.hasText(previous)) {
				byte[] key = parse(previous, "JIANPING_CRYPTO_PREVIOUS_KEYS");
				this.keys.putIfAbsent(keyId(key), new SecretKeySpec(key, "AES"));
			}
		}
		registerKey(jdbc, configured);
	}

	/** The id of the key new ciphertexts are written with. */
	String currentKeyId() {
		return this.currentKeyId;
	}

	@Override
	public String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.currentKeyId), new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return this.currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密失败", ex);
		}
	}

	/**
	 * The plain text, or empty when no key of this node opens it (a key not configured
	 * here, a damaged value): the caller shows 无法解密 rather than failing the page.
	 */
	@Override
	public Optional<String> tryDecrypt(String stored) {
		if (stored == null) {
			return Optional.empty();
		}
		int colon = stored.indexOf(':');
		List<SecretKeySpec> candidates = new ArrayList<>();
		if (colon > 0) {
			SecretKeySpec key = this.keys.get(stored.substring(0, colon));
			if (key != null) {
				candidates.add(key);
			}
		}
		else {
			// Written before key ids were stored: any key of ours may be the one.
			candidates.addAll(this.keys.values());
		}
		String body = colon > 0 ? stored.substring(colon + 1) : stored;
		for (SecretKeySpec key : candidates) {
			Optional<String> plain = open(key, body);
			if (plain.isPresent()) {
				return plain;
			}
		}
		log.error("个人信息无法解密：密钥 {} 未在本节点配置或数据已损坏（请检查 JIANPING_CRYPTO_KEY / JIANPING_CRYPTO_PREVIOUS_KEYS）",
				colon > 0 ? stored.substring(0, colon) : "（旧格式）");
		return Optional.empty();
	}

	/** The plain text; throws when it cannot be decrypted. */
	String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		return tryDecrypt(stored).orElseThrow(() -> new IllegalStateException("个人信息解密失败（密钥是否已更换？）"));
	}

	private static Optional<String> open(SecretKeySpec key, String body) {
		try {
			byte[] in = Base64.getDecoder().decode(body);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return Optional.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Records this node's key id in the database. A node that made its own key file
	 * refuses to start when the database already holds rows of another key it cannot
	 * read: that is a second node without the shared key.
	 */
	private void registerKey(JdbcTemplate jdbc, boolean configured) {
		List<String> known = jdbc.queryForList("select key_id from crypto_key", String.class);
		List<String> foreign = known.stream().filter(id -> !this.keys.containsKey(id)).toList();
		if (!foreign.isEmpty()) {
			if (!configured) {
				throw new IllegalStateException("数据库中已有由其他密钥（" + String.join("、", foreign)
						+ "）加密的个人信息，本节点却未配置 JIANPING_CRYPTO_KEY：多个节点须配置同一密钥（轮换时旧密钥列入 JIANPING_CRYPTO_PREVIOUS_KEYS）。");
			}
			log.warn("数据库中有本节点无法解密的密钥 {} 的数据，这些行将显示“无法解密”；请在 JIANPING_CRYPTO_PREVIOUS_KEYS 中配置旧密钥", foreign);
		}
		jdbc.update("insert into crypto_key (key_id) values (?) on conflict (key_id) do nothing", this.currentKeyId);
	}

	static String keyId(byte[] key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] parse(String base64, String name) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			key = new byte[0];
		}
		if (key.length != 32) {
			throw new IllegalStateException(name + " 须为 32 字节密钥的 Base64 编码（例如 openssl rand -base64 32 的输出）");
		}
		return key;
	}

	private byte[] keyFile(Path dataDir) {
		Path file = dataDir.toAbsolutePath().normalize().resolve("personal-data.key");
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			Files.createDirectories(dataDir);
			byte[] key = new byte[32];
			this.random.nextBytes(key);
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// not a POSIX file system; the file stays with default permissions
			}
			log.warn("未配置 JIANPING_CRYPTO_KEY，已生成个人信息加密密钥：{}（请妥善备份，生产环境请通过配置提供）", file);
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
