package cn.gov.cq.jianping.renewal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.document.OfficialDocument;
import cn.gov.cq.jianping.document.OfficialDocuments;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.supervision.DocumentNumbers;
import org.springframework.stereotype.Component;

/**
 * The paper of a renewal decision: its number (发文字号) and its 延续备案决定书, a 公文 after GB/T
 * 9704 in the registering authority's name stating the remedies, made once when decided
 * and stored with its SHA-256 so later changes of the institution never alter it.
 */
@Component
class RenewalDecisionDocuments {

	static final String PREFIX = "渝人社延备";

	/** The kind under which decision documents are stored. */
	static final String KIND = "RENEWAL_DECISION";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(TimeConfiguration.ZONE);

	private final DocumentNumbers numbers;

	private final IssuedDocuments documents;

	private final RenewalBasis basis;

	RenewalDecisionDocuments(DocumentNumbers numbers, IssuedDocuments documents, RenewalBasis basis) {
		this.numbers = numbers;
		this.documents = documents;
		this.basis = basis;
	}

	/** The next 发文字号 of a renewal decision in this year. */
	String nextNumber(int year) {
		return this.numbers.next(DocumentNumbers.RENEWAL_DECISION, PREFIX, year);
	}

	/**
	 * The decision's document as issued, issuing it now if it was not yet (for one
	 * decided before documents were stored, on its first download).
	 */
	IssuedDocuments.Issued issue(RenewalApplication application) {
		return this.documents.getOrIssue(KIND, application.getId(), () -> draft(application));
	}

	private IssuedDocuments.Draft draft(RenewalApplication a) {
		return new IssuedDocuments.Draft("延续备案决定书-" + a.getId() + ".pdf", "application/pdf", render(a));
	}

	private byte[] render(RenewalApplication a) {
		InstitutionView institution = this.basis.institution(a.getInstitutionId());
		boolean approved = a.getStatus() == RenewalApplication.Status.APPROVED;
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("你机构于" + DATE.format(a.getSubmittedAt()) + "申请延续备案（原备案编号" + institution.registrationNumber()
				+ "，备案日期" + institution.registeredOn() + "，有效期至" + a.getExpiresOn() + "）。");
		paragraphs.add("依据：" + RenewalQueries.basisOf(a));
		if (approved) {
			paragraphs
				.add("根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第八条，决定准予延续备案，有效期延续至" + a.getNewExpiresOn() + "，原备案日期不变。");
			paragraphs.add((a.isTechnicalWaived() ? "免于技术评估：" : "技术评估情况：") + a.getTechnicalReview());
		}
		else {
			paragraphs.add("经审查，决定不予延续备案。");
		}
		paragraphs.add("理由：" + a.getDecisionReason());
		// 公文 after GB/T 9704-2012 in the registering authority's name, stating the
		// remedies (rendered by document)
		return OfficialDocuments.standard()
			.render(new OfficialDocument(OfficialDocument.Kind.DECISION, authority(institution), a.getDocumentNumber(),
					"关于" + (approved ? "准予" : "不予") + institution.name() + "\n延续备案的决定",
					institution.name() + "（统一社会信用代码：" + institution.creditCode() + "）", paragraphs, null,
					a.getDecidedAt().atZone(TimeConfiguration.ZONE).toLocalDate()));
	}

	private static String authority(InstitutionView institution) {
		return institution.districtCode() == null ? "重庆市职业技能鉴定指导中心" : institution.authorityLabel() + "人力资源和社会保障局";
	}

}
