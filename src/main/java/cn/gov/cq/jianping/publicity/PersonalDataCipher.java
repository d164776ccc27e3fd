package cn.gov.cq.jianping.publicity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts ID numbers and phone numbers at rest (AES-256-GCM). The key comes from
 * {@code JIANPING_CRYPTO_KEY} (base64, 32 bytes); without it, a key file is created once
 * in the data directory, never in the repository.
 */
@Component
class PersonalDataCipher {

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);

	private static final int IV_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	PersonalDataCipher(@Value("${jianping.crypto.key:}") String configuredKey,
			@Value("${jianping.embedded-db.data-dir:./data}") String dataDir) {
		this.key = new SecretKeySpec(resolveKey(configuredKey, Path.of(dataDir)), "AES");
	}

	String encrypt(String plain) {
		if (plain == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			this.random.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("加密失败", ex);
		}
	}

	String decrypt(String stored) {
		if (stored == null) {
			return null;
		}
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, in, 0, IV_BYTES));
			return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("个人信息解密失败（密钥是否已更换？）", ex);
		}
	}

	private byte[] resolveKey(String configured, Path dataDir) {
		if (StringUtils.hasText(configured)) {
			byte[] key = Base64.getDecoder().decode(configured.trim());
			if (key.length != 32) {
				throw new IllegalStateException("JIANPING_CRYPTO_KEY 须为 32 字节密钥的 Base64 编码");
			}
			return key;
		}
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
