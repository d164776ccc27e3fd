package cn.gov.cq.jianping.renewal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.document.DocumentType;
import cn.gov.cq.jianping.document.SafeFileNames;
import cn.gov.cq.jianping.document.Sha256;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents of renewal applications (申请材料): types checked by content, stored with
 * their SHA-256.
 */
@Component
class RenewalDocuments {

	static final int MAX_FILES = 10;

	/** One stored document as listed. */
	record Line(long id, String fileName, String contentType, int size, String sha256) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	RenewalDocuments(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The uploads that are real files, checked; a refusal names the file. */
	static List<RenewalUpload> checked(List<RenewalUpload> uploads) {
		List<RenewalUpload> files = new ArrayList<>();
		for (RenewalUpload upload : uploads == null ? List.<RenewalUpload>of() : uploads) {
			if (upload == null || upload.content() == null || upload.content().length == 0) {
				continue;
			}
			String name = SafeFileNames.of(upload.fileName());
			if (upload.content().length > DocumentType.MAX_BYTES) {
				throw new RenewalRejectedException("文件“" + name + "”超过 10 MB");
			}
			if (DocumentType.detect(upload.fileName(), upload.content()).isEmpty()) {
				throw new RenewalRejectedException("文件“" + name + "”不是 PDF、JPG、PNG、DOCX 或 XLSX 文件（以文件内容识别）");
			}
			files.add(upload);
		}
		if (files.isEmpty()) {
			throw new RenewalRejectedException("请上传申请材料（如延续备案申请表、场所和人员情况说明），支持 PDF、JPG、PNG、DOCX、XLSX");
		}
		if (files.size() > MAX_FILES) {
			throw new RenewalRejectedException("申请材料最多 " + MAX_FILES + " 个文件");
		}
		return files;
	}

	void store(long applicationId, List<RenewalUpload> files) {
		for (RenewalUpload file : files) {
			byte[] content = file.content();
			this.jdbc.update("""
					insert into renewal_document (application_id, file_name, content_type, size_bytes, sha256, content)
					values (:application, :name, :type, :size, :sha256, :content)""",
					new MapSqlParameterSource("application", applicationId)
						.addValue("name", SafeFileNames.of(file.fileName()))
						.addValue("type", DocumentType.detect(file.fileName(), content).orElseThrow().contentType())
						.addValue("size", content.length)
						.addValue("sha256", Sha256.hex(content))
						.addValue("content", content));
		}
	}

	List<Line> of(long applicationId) {
		return this.jdbc.query("""
				select id, file_name, content_type, size_bytes, sha256 from renewal_document
				where application_id = :application order by id""",
				new MapSqlParameterSource("application", applicationId),
				(rs, n) -> new Line(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
						rs.getInt("size_bytes"), rs.getString("sha256")));
	}

	Optional<RenewalFile> read(long applicationId, long documentId) {
		return this.jdbc
			.query("""
					select file_name, content_type, content from renewal_document
					where application_id = :application and id = :id""",
					new MapSqlParameterSource("application", applicationId).addValue("id", documentId),
					(rs, n) -> new RenewalFile(rs.getString("file_name"), rs.getString("content_type"),
							rs.getBytes("content")))
			.stream()
			.findFirst();
	}

}
