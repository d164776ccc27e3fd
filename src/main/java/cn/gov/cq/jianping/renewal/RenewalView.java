package cn.gov.cq.jianping.renewal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * A renewal application as the pages show it, with what the rules say about it now.
 *
 * @param verdictKind {@code APPROVABLE}, {@code WAITS} or {@code REFUSED}
 */
public record RenewalView(long id, long institutionId, String institutionName, String authority, LocalDate registeredOn,
		LocalDate expiresOn, String scopeOccupations, String evaluationSites, String statement, Grade basisGrade,
		String basis, boolean technicalWaived, String status, boolean open, String submittedBy, Instant submittedAt,
		String decidedBy, Instant decidedAt, String decisionReason, String technicalReview, LocalDate newExpiresOn,
		String documentNumber, String verdictKind, String verdictReason, String verdictArticle, boolean waiverApplies,
		boolean canDecide, long version, List<Document> documents) {

	/** One attached document. */
	public record Document(long id, String fileName, int size, String sha256) {
	}

	public boolean approved() {
		return "准予延续备案".equals(this.status);
	}

	public boolean waits() {
		return "WAITS".equals(this.verdictKind);
	}

}
