package cn.gov.cq.jianping.evaluation;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evidence file attached to a case's sheet, kept with its SHA-256 checksum.
 */
@Entity
@Table(name = "evidence_file")
class EvidenceFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Enumerated(EnumType.STRING)
	@Column(name = "sheet_kind", nullable = false)
	private SheetKind sheetKind;

	@Column(name = "uploaded_by", nullable = false)
	private String uploadedBy;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private String sha256;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] content;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected EvidenceFile() {
	}

	EvidenceFile(long caseId, SheetKind sheetKind, String uploadedBy, String fileName, String contentType,
			byte[] content, String sha256, Instant uploadedAt) {
		this.caseId = caseId;
		this.sheetKind = sheetKind;
		this.uploadedBy = uploadedBy;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedAt = uploadedAt;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	SheetKind getSheetKind() {
		return this.sheetKind;
	}

	String getUploadedBy() {
		return this.uploadedBy;
	}

	String getFileName() {
		return this.fileName;
	}

	String getContentType() {
		return this.contentType;
	}

	long getSizeBytes() {
		return this.sizeBytes;
	}

	String getSha256() {
		return this.sha256;
	}

	byte[] getContent() {
		return this.content;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

}
