package cn.gov.cq.jianping.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hashes kept outside the database: per cluster, appended, tolerant of a bad file.
 */
class AuditAnchorsTest {

	private static final String HASH_A = "a".repeat(64);

	private static final String HASH_B = "b".repeat(64);

	@TempDir
	Path directory;

	private AuditAnchors anchors(Path file) {
		return new AuditAnchors(file.toString(), "unused", false);
	}

	@Test
	void anchorsAreReadBackForTheirOwnClusterOnlyOldestFirst() {
		AuditAnchors anchors = anchors(this.directory.resolve("sub/anchors.txt"));
		Instant at = Instant.parse("2026-12-03T02:40:00Z");
		anchors.keep("111", new AuditAnchors.Anchor(5, HASH_A, at));
		anchors.keep("222", new AuditAnchors.Anchor(9, HASH_B, at));
		anchors.keep("111", new AuditAnchors.Anchor(7, HASH_B, at.plusSeconds(60)));

		assertThat(anchors.latest("111")).containsExactly(new AuditAnchors.Anchor(5, HASH_A, at),
				new AuditAnchors.Anchor(7, HASH_B, at.plusSeconds(60)));
		assertThat(anchors.latest("222")).extracting(AuditAnchors.Anchor::seq).containsExactly(9L);
		assertThat(anchors.latest("333")).isEmpty();
	}

	@Test
	void onlyTheLatestAnchorsAreCompared() {
		AuditAnchors anchors = anchors(this.directory.resolve("anchors.txt"));
		for (int seq = 1; seq <= AuditAnchors.CHECKED + 10; seq++) {
			anchors.keep("1", new AuditAnchors.Anchor(seq, HASH_A, Instant.EPOCH));
		}
		assertThat(anchors.latest("1")).hasSize(AuditAnchors.CHECKED)
			.first()
			.extracting(AuditAnchors.Anchor::seq)
			.isEqualTo(11L);
	}

	@Test
	void aMissingFileGivesNoAnchorsAndLinesThatAreNotAnchorsAreSkipped() throws IOException {
		Path file = this.directory.resolve("anchors.txt");
		assertThat(anchors(file).latest("1")).isEmpty();
		Files.writeString(file, "garbage\n1 2 short 2026-12-03T00:00:00Z\n1 3 " + HASH_A + " not-a-time\n1 4 " + HASH_A
				+ " 2026-12-03T00:00:00Z\n");
		assertThat(anchors(file).latest("1")).extracting(AuditAnchors.Anchor::seq).containsExactly(4L);
	}

	@Test
	void theFileDefaultsToTheDataFolderAndToTheTemporaryFolderForAThrowAwayCluster() {
		assertThat(new AuditAnchors("", "/srv/jianping", false).file())
			.isEqualTo(Path.of("/srv/jianping/audit-anchors.txt"));
		assertThat(new AuditAnchors("", "/srv/jianping", true).file().getParent())
			.isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
	}

}
