package cn.gov.cq.jianping.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Official documents (announcements' PDF and Excel, decision documents, plaques) made
 * once when issued and stored with their SHA-256 in PostgreSQL: every later request is
 * served from storage, so a document costs no generation after its first and never
 * changes when the data behind it does.
 */
@Service
public class IssuedDocuments {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	IssuedDocuments(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A stored document; content is null when only its description was read. */
	public record Issued(String kind, long subjectId, String fileName, String contentType, long sizeBytes,
			String sha256, Instant issuedAt, byte[] content) {

		/** The strong entity tag: the content's hash. */
		public String etag() {
			return "\"" + this.sha256 + "\"";
		}

	}

	/** What to store: made only if the document was not issued yet. */
	public record Draft(String fileName, String contentType, byte[] content) {
	}

	/**
	 * Stores the document of this kind and subject unless one is stored already; the
	 * stored one wins, so issuing twice never changes a document.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Issued issue(String kind, long subjectId, Draft draft) {
		this.jdbc.update("""
				insert into issued_document (kind, subject_id, file_name, content_type, size_bytes, sha256, content,
				    issued_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, subject_id) do nothing""", kind, subjectId,
				draft.fileName(), draft.contentType(), draft.content().length, Sha256.hex(draft.content()),
				draft.content(), Timestamp.from(this.clock.instant()));
		return find(kind, subjectId).orElseThrow();
	}

	/**
	 * The stored document, or the one made now by maker and stored (for documents issued
	 * before they were stored, generated once on first request).
	 */
	@Transactional
	public Issued getOrIssue(String kind, long subjectId, Supplier<Draft> maker) {
		return find(kind, subjectId).orElseGet(() -> issue(kind, subjectId, maker.get()));
	}

	@Transactional(readOnly = true)
	public Optional<Issued> find(String kind, long subjectId) {
		List<Issued> found = this.jdbc
			.query("""
					select kind, subject_id, file_name, content_type, size_bytes, sha256, issued_at, content
					from issued_document where kind = ? and subject_id = ?""",
					(rs, n) -> new Issued(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBytes(8)),
					kind, subjectId);
		return found.stream().findFirst();
	}

	/**
	 * The descriptions (hash, size) of a subject's stored documents, without their bytes.
	 */
	@Transactional(readOnly = true)
	public Optional<Issued> describe(String kind, long subjectId) {
		List<Issued> found = this.jdbc.query("""
				select kind, subject_id, file_name, content_type, size_bytes, sha256, issued_at
				from issued_document where kind = ? and subject_id = ?""",
				(rs, n) -> new Issued(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
						rs.getString(6), rs.getTimestamp(7).toInstant(), null),
				kind, subjectId);
		return found.stream().findFirst();
	}

}
