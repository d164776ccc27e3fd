package cn.gov.cq.jianping.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The chain's last hash kept outside the database, so that a database superuser who
 * changes a record and recomputes every later hash is still found out: after each intact
 * check the last record's number and hash are appended to a file on the application's
 * host (and written to the log, for a log collector to keep), and the next checks compare
 * the records at those numbers with what was kept. Lines name the PostgreSQL cluster
 * ({@code system_identifier}), so a file kept across a restore into a new cluster, or a
 * test's throw-away cluster, never raises a false alarm for another cluster.
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	/**
	 * How many of the latest anchors a check compares; any later rewrite reaches them.
	 */
	static final int CHECKED = 50;

	private static final Pattern LINE = Pattern.compile("^(\\d+) (\\d+) ([0-9a-f]{64}) (\\S+)$");

	private final Path file;

	AuditAnchors(@Value("${jianping.audit.anchor-file:}") String configured,
			@Value("${jianping.embedded-db.data-dir:./data}") String dataDirectory,
			@Value("${jianping.embedded-db.temporary:false}") boolean temporaryCluster) {
		if (!configured.isBlank()) {
			this.file = Path.of(configured);
		}
		else if (temporaryCluster) {
			// a throw-away cluster (tests) keeps its anchors beside itself, not in ./data
			this.file = Path.of(System.getProperty("java.io.tmpdir"), "jianping-audit-anchors.txt");
		}
		else {
			this.file = Path.of(dataDirectory).resolve("audit-anchors.txt");
		}
	}

	/** One kept hash: the record number it belongs to and when it was kept. */
	record Anchor(long seq, String hash, Instant keptAt) {
	}

	Path file() {
		return this.file;
	}

	/**
	 * The latest anchors kept for this cluster, oldest first; none when there is no file.
	 */
	List<Anchor> latest(String cluster) {
		List<Anchor> anchors = new ArrayList<>();
		if (!Files.isRegularFile(this.file)) {
			return anchors;
		}
		try {
			for (String line : Files.readAllLines(this.file, StandardCharsets.UTF_8)) {
				Matcher matcher = LINE.matcher(line.strip());
				if (matcher.matches() && matcher.group(1).equals(cluster)) {
					parse(matcher).ifPresent(anchors::add);
				}
			}
		}
		catch (IOException ex) {
			log.warn("无法读取审计链锚点文件 {}：{}", this.file, ex.getMessage());
		}
		return anchors.subList(Math.max(0, anchors.size() - CHECKED), anchors.size());
	}

	private static Optional<Anchor> parse(Matcher line) {
		try {
			return Optional.of(new Anchor(Long.parseLong(line.group(2)), line.group(3), Instant.parse(line.group(4))));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Keeps the last record's hash; a file that cannot be written is logged, never fatal.
	 */
	void keep(String cluster, Anchor anchor) {
		log.info("审计链锚点：数据库 {} 第 {} 条 {}", cluster, anchor.seq(), anchor.hash());
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(this.file,
					cluster + " " + anchor.seq() + " " + anchor.hash() + " " + anchor.keptAt() + "\n",
					StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			log.warn("无法写入审计链锚点文件 {}：{}", this.file, ex.getMessage());
		}
	}

}
