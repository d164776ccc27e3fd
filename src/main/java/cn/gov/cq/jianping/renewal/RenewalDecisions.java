package cn.gov.cq.jianping.renewal;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.institution.RegistrationTerms;
import cn.gov.cq.jianping.renewal.model.RenewalPolicy;
import cn.gov.cq.jianping.renewal.model.RenewalVerdict;
import cn.gov.cq.jianping.renewal.model.RenewalWindow;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registering authority decides a renewal (第八条): approval moves the expiry date and
 * keeps the registration date; 优秀 within its validity waives the technical evaluation
 * (第十六条(二)), recorded on the decision; an unfinished rectification makes it wait (第十八条);
 * 不合格 or cancellation refuses it (第十九条). Every decision is numbered.
 */
@Service
public class RenewalDecisions {

	private final RenewalApplicationRepository applications;

	private final RenewalBasis basis;

	private final RegistrationTerms terms;

	private final RenewalDecisionDocuments papers;

	private final AuditLog auditLog;

	private final Clock clock;

	RenewalDecisions(RenewalApplicationRepository applications, RenewalBasis basis, RegistrationTerms terms,
			RenewalDecisionDocuments papers, AuditLog auditLog, Clock clock) {
		this.applications = applications;
		this.basis = basis;
		this.terms = terms;
		this.papers = papers;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * Approves ({@code approve}) or refuses the application. Approval without the waiver
	 * needs the technical evaluation's outcome in {@code technicalReview}.
	 */
	@Transactional
	public void decide(CurrentUser user, long applicationId, Long version, boolean approve, String reason,
			String technicalReview) {
		RenewalApplication application = this.applications.findById(applicationId)
			.filter(a -> RenewalBasis.sees(user, a.getInstitutionId(), a.getDistrictCode()))
			.orElseThrow(() -> new RenewalNotFoundException("未找到延续备案申请"));
		if (!RenewalBasis.decides(user, application.getDistrictCode())) {
			throw new AccessDeniedException("延续备案由备案机关决定");
		}
		if (version != null && version != application.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(RenewalApplication.class, applicationId);
		}
		LocalDate today = LocalDate.now(this.clock);
		String why = reason.trim();
		if (!approve) {
			String number = this.papers.nextNumber(today.getYear());
			application.refuse(why, user.getUsername(), number, this.clock.instant());
			this.auditLog.record(user.getUsername(), "不予延续备案", "INSTITUTION", application.getInstitutionId(),
					number + "：" + why);
			this.papers.issue(application);
			return;
		}
		RenewalVerdict verdict = RenewalPolicy.verdict(this.basis.facts(application.getInstitutionId(), today));
		if (!(verdict instanceof RenewalVerdict.Approvable approvable)) {
			throw new RenewalRejectedException("暂不能准予延续备案：" + verdict.reason() + "（" + verdict.article() + "）");
		}
		String review = technicalReview == null || technicalReview.isBlank() ? null : technicalReview.trim();
		if (!approvable.technicalEvaluationWaived() && review == null) {
			throw new RenewalRejectedException("该机构不符合免于技术评估的条件，请填写技术评估情况");
		}
		InstitutionView institution = this.basis.institution(application.getInstitutionId());
		LocalDate newExpiry = RenewalWindow.newExpiry(institution.expiresOn(), today);
		String number = this.papers.nextNumber(today.getYear());
		application.approve(
				approvable.technicalEvaluationWaived(), approvable.technicalEvaluationWaived()
						? approvable.reason() + "（" + approvable.article() + "）" : review,
				newExpiry, why, user.getUsername(), number, this.clock.instant());
		this.terms.renew(application.getInstitutionId(), newExpiry, application.getScopeOccupations(),
				application.getEvaluationSites(), user.getUsername(), number);
		this.auditLog.record(user.getUsername(), "准予延续备案", "INSTITUTION", application.getInstitutionId(),
				number + "：有效期至 " + newExpiry
						+ (approvable.technicalEvaluationWaived() ? "，免于技术评估（第十六条第（二）项）" : "，已经技术评估") + "；" + why);
		this.papers.issue(application);
	}

	/** 延续备案决定书, for the institution and its authority. */
	@Transactional
	public byte[] document(CurrentUser user, long applicationId) {
		return issuedDocument(user, applicationId).content();
	}

	/**
	 * 延续备案决定书 as issued: a 公文 (GB/T 9704) made once when decided and stored with its
	 * SHA-256, so later changes of the institution never alter it (one decided before
	 * documents were stored is made on its first request).
	 */
	@Transactional
	public IssuedDocuments.Issued issuedDocument(CurrentUser user, long applicationId) {
		RenewalApplication a = this.applications.findById(applicationId)
			.filter(x -> RenewalBasis.sees(user, x.getInstitutionId(), x.getDistrictCode()))
			.filter(x -> x.getStatus() != RenewalApplication.Status.SUBMITTED)
			.orElseThrow(() -> new RenewalNotFoundException("未找到延续备案决定"));
		return this.papers.issue(a);
	}

}
