package cn.gov.cq.jianping.supervision;

import java.util.List;

import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.document.OfficialDocument;
import cn.gov.cq.jianping.document.OfficialDocuments;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * 处理决定书, made once when a decision is taken (by the bureau or, for 第十九条, with the
 * confirmed grade) and stored with its SHA-256: every download is the same bytes,
 * whatever later happens to the institution's data. A decision taken before documents
 * were stored is made on its first download.
 */
@Component
class DecisionDocuments {

	/** The kind under which decision documents are stored. */
	static final String KIND = "SUPERVISION_DECISION";

	private final IssuedDocuments documents;

	private final InstitutionRegistry registry;

	DecisionDocuments(IssuedDocuments documents, InstitutionRegistry registry) {
		this.documents = documents;
		this.registry = registry;
	}

	/** Whether the decision has a document: once decided (and after a reversal). */
	static boolean hasDocument(SupervisionDecision decision) {
		return decision.getStatus() == SupervisionDecision.Status.DECIDED
				|| decision.getStatus() == SupervisionDecision.Status.REVERSED;
	}

	/**
	 * The decision's document as issued, issuing it now if it was not yet; {@code null}
	 * for a decision without one (proposed or not adopted).
	 */
	IssuedDocuments.Issued issue(SupervisionDecision decision) {
		if (!hasDocument(decision)) {
			return null;
		}
		return this.documents.getOrIssue(KIND, decision.getId(),
				() -> new IssuedDocuments.Draft("处理决定书-" + decision.getId() + ".pdf", "application/pdf",
						render(decision)));
	}

	private byte[] render(SupervisionDecision decision) {
		InstitutionView institution = this.registry.find(decision.getInstitutionId()).orElseThrow();
		// 公文 after GB/T 9704-2012, with the remedies a decision must state (rendered by
		// document)
		String measure = decision.getKind().label()
				+ (decision.getNewGrade() == null ? "" : "为“" + decision.getNewGrade().label() + "”");
		String ruling = decision.getKind() == SupervisionDecision.Kind.REVERSAL
				? "经复查，原取消机构备案决定有误，根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第十九条，决定撤销原决定，恢复你机构备案。"
				: "根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第十八条至第二十条，经研究，决定对你机构" + measure + "。";
		return OfficialDocuments.standard()
			.render(new OfficialDocument(OfficialDocument.Kind.DECISION, OfficialDocument.BUREAU,
					decision.getDocumentNumber(), "关于对" + institution.name() + "\n" + measure + "的决定",
					institution.name() + "（统一社会信用代码：" + institution.creditCode() + "）",
					List.of("事实和依据：" + decision.getGrounds(), ruling, "理由：" + decision.getDecisionReason()), null,
					decision.getDecidedAt().atZone(TimeConfiguration.ZONE).toLocalDate()));
	}

}
