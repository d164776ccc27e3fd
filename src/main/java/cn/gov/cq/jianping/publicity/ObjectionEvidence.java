package cn.gov.cq.jianping.publicity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.document.SafeFileNames;
import cn.gov.cq.jianping.document.Sha256;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The evidence files of objections: stored with their SHA-256, listed for the bureau by
 * name, size and hash, a whole list of objections in one query.
 */
@Component
class ObjectionEvidence {

	private final NamedParameterJdbcTemplate jdbc;

	ObjectionEvidence(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void store(long objectionId, List<ObjectionChecks.CheckedFile> files) {
		for (ObjectionChecks.CheckedFile file : files) {
			byte[] content = file.upload().content();
			this.jdbc.update("""
					insert into objection_evidence (objection_id, file_name, content_type, size_bytes, sha256, content)
					values (:objection, :name, :type, :size, :sha256, :content)""",
					new MapSqlParameterSource("objection", objectionId)
						.addValue("name", SafeFileNames.of(file.upload().fileName()))
						.addValue("type", file.contentType())
						.addValue("size", content.length)
						.addValue("sha256", Sha256.hex(content))
						.addValue("content", content));
		}
	}

	/**
	 * The evidence lines of each objection, by objection id; objections without files are
	 * absent.
	 */
	Map<Long, List<String>> describe(Collection<Long> objectionIds) {
		Map<Long, List<String>> lines = new HashMap<>();
		if (objectionIds.isEmpty()) {
			return lines;
		}
		this.jdbc.query("""
				select objection_id, file_name || '（' || size_bytes || ' 字节，SHA-256 ' || left(sha256, 12) || '…）'
				from objection_evidence where objection_id in (:ids) order by id""",
				new MapSqlParameterSource("ids", objectionIds), rs -> {
					lines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
				});
		return lines;
	}

}
