package cn.gov.cq.jianping.document;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileHelpersTest {

	@Test
	void sha256IsTheStandardDigestInLowerCaseHex() {
		assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(Sha256.hex(new byte[0]))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void unsafeCharactersOfAFileNameBecomeUnderscores() {
		assertThat(SafeFileNames.of("..\\材料/第1册:封面*?.pdf")).isEqualTo(".._材料_第1册_封面__.pdf");
		assertThat(SafeFileNames.of("a\"b<c>d|e\u0007.png")).isEqualTo("a_b_c_d_e_.png");
		assertThat(SafeFileNames.of("整改报告.docx")).isEqualTo("整改报告.docx");
	}

	@Test
	void aMissingNameIsCalledFileAndALongOneKeepsItsEnd() {
		assertThat(SafeFileNames.of(null)).isEqualTo("file");
		assertThat(SafeFileNames.of(" ")).isEqualTo("file");
		String longName = "很".repeat(300) + ".pdf";
		assertThat(SafeFileNames.of(longName)).hasSize(SafeFileNames.MAX_LENGTH).endsWith("很.pdf");
	}

}
