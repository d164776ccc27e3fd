package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.util.List;

import cn.gov.cq.jianping.document.DocumentType;
import cn.gov.cq.jianping.document.SafeFileNames;
import cn.gov.cq.jianping.document.Sha256;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.evaluation.model.SheetVisibility;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料: files attached to a sheet while it may be edited, shown and downloaded only by
 * those who may see that sheet ({@link SheetVisibility}).
 */
@Service
public class EvidenceFiles {

	private final CaseAccess access;

	private final EvidenceFileRepository evidence;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final Clock clock;

	EvidenceFiles(CaseAccess access, EvidenceFileRepository evidence, CaseSheets sheets, CaseTimeline timeline,
			Clock clock) {
		this.access = access;
		this.evidence = evidence;
		this.sheets = sheets;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** An evidence file, only for those who may see its case. */
	public record EvidenceDownload(String fileName, String contentType, byte[] content) {
	}

	@Transactional
	public long addEvidence(CurrentUser user, long caseId, SheetKind kind, String fileName, byte[] content) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.access.requireMayEdit(user, evaluationCase, kind);
		if (content == null || content.length == 0) {
			throw new InputRefusedException("请选择要上传的文件");
		}
		if (content.length > DocumentType.MAX_BYTES) {
			throw new InputRefusedException("文件超过 10 MB 的上限");
		}
		DocumentType type = DocumentType.detect(fileName, content)
			.orElseThrow(() -> new InputRefusedException("只接受 PDF、JPG、PNG、DOCX、XLSX 文件，且文件内容须与扩展名一致"));
		String safeName = SafeFileNames.of(fileName);
		EvidenceFile file = this.evidence.save(new EvidenceFile(caseId, kind, user.getUsername(), safeName,
				type.contentType(), content, Sha256.hex(content), this.clock.instant()));
		this.timeline.record(evaluationCase, user, "上传佐证材料", null, null,
				safeName + "（SHA-256 " + file.getSha256().substring(0, 12) + "…）");
		return file.getId();
	}

	@Transactional(readOnly = true)
	public EvidenceDownload evidence(CurrentUser user, long fileId) {
		EvidenceFile file = this.evidence.findById(fileId).orElseThrow(() -> new CaseNotFoundException("未找到文件"));
		this.access.visible(user, file.getCaseId());
		SheetVisibility visibility = new SheetVisibility(user.role(), user.getUsername(),
				this.sheets.expertSheetSubmitted(file.getCaseId(), user.getUsername()));
		if (!visibility.maySeeEvidence(file.getSheetKind(), file.getUploadedBy())) {
			throw new CaseNotFoundException("未找到文件");
		}
		return new EvidenceDownload(file.getFileName(), file.getContentType(), file.getContent());
	}

	/** The files of a case that the viewer may see, in upload order. */
	List<CaseViews.EvidenceView> visibleFiles(long caseId, SheetVisibility visibility) {
		return this.evidence.findByCaseIdOrderByIdAsc(caseId)
			.stream()
			.filter(f -> visibility.maySeeEvidence(f.getSheetKind(), f.getUploadedBy()))
			.map(f -> new CaseViews.EvidenceView(f.getId(), f.getSheetKind(), f.getFileName(), f.getContentType(),
					f.getSizeBytes(), f.getSha256(), f.getUploadedBy(), f.getUploadedAt()))
			.toList();
	}

}
