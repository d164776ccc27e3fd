package cn.gov.cq.jianping.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.ChinesePdf;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.institution.RegistrationTerms;
import cn.gov.cq.jianping.renewal.model.RenewalPolicy;
import cn.gov.cq.jianping.renewal.model.RenewalVerdict;
import cn.gov.cq.jianping.renewal.model.RenewalWindow;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.supervision.DocumentNumbers;

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

	static final String PREFIX = "渝人社延备";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(TimeConfiguration.ZONE);

	private final RenewalApplicationRepository applications;

	private final RenewalBasis basis;

	private final RegistrationTerms terms;

	private final DocumentNumbers numbers;

	private final AuditLog auditLog;

	private final Clock clock;

	RenewalDecisions(RenewalApplicationRepository applications, RenewalBasis basis, RegistrationTerms terms,
			DocumentNumbers numbers, AuditLog auditLog, Clock clock) {
		this.applications = applications;
		this.basis = basis;
		this.terms = terms;
		this.numbers = numbers;
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
			String number = this.numbers.next(DocumentNumbers.RENEWAL_DECISION, PREFIX, today.getYear());
			application.refuse(why, user.getUsername(), number, this.clock.instant());
			this.auditLog.record(user.getUsername(), "不予延续备案", "INSTITUTION", application.getInstitutionId(),
					number + "：" + why);
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
		String number = this.numbers.next(DocumentNumbers.RENEWAL_DECISION, PREFIX, today.getYear());
		application.approve(
				approvable.technicalEvaluationWaived(), approvable.technicalEvaluationWaived()
						? approvable.reason() + "（" + approvable.article() + "）" : review,
				newExpiry, why, user.getUsername(), number, this.clock.instant());
		this.terms.renew(application.getInstitutionId(), newExpiry, application.getScopeOccupations(),
				application.getEvaluationSites(), user.getUsername(), number);
		this.auditLog.record(user.getUsername(), "准予延续备案", "INSTITUTION", application.getInstitutionId(),
				number + "：有效期至 " + newExpiry
						+ (approvable.technicalEvaluationWaived() ? "，免于技术评估（第十六条第（二）项）" : "，已经技术评估") + "；" + why);
	}

	/** 延续备案决定书, for the institution and its authority. */
	@Transactional(readOnly = true)
	public byte[] document(CurrentUser user, long applicationId) {
		RenewalApplication a = this.applications.findById(applicationId)
			.filter(x -> RenewalBasis.sees(user, x.getInstitutionId(), x.getDistrictCode()))
			.filter(x -> x.getStatus() != RenewalApplication.Status.SUBMITTED)
			.orElseThrow(() -> new RenewalNotFoundException("未找到延续备案决定"));
		InstitutionView institution = this.basis.institution(a.getInstitutionId());
		boolean approved = a.getStatus() == RenewalApplication.Status.APPROVED;
		ChinesePdf pdf = new ChinesePdf("延续备案决定书").heading(authority(institution) + "\n延续备案决定书")
			.right(a.getDocumentNumber())
			.paragraph(institution.name() + "（统一社会信用代码 " + institution.creditCode() + "）：")
			.paragraph("你机构于 " + DATE.format(a.getSubmittedAt()) + " 申请延续备案（原备案编号 " + institution.registrationNumber()
					+ "，备案日期 " + institution.registeredOn() + "，有效期至 " + a.getExpiresOn() + "）。")
			.paragraph("依据：" + RenewalQueries.basisOf(a));
		if (approved) {
			pdf.paragraph(
					"根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第八条，决定准予延续备案，有效期延续至 " + a.getNewExpiresOn() + "，原备案日期不变。")
				.paragraph((a.isTechnicalWaived() ? "免于技术评估：" : "技术评估情况：") + a.getTechnicalReview());
		}
		else {
			pdf.paragraph("经审查，决定不予延续备案。");
		}
		return pdf.paragraph("理由：" + a.getDecisionReason())
			.right(authority(institution))
			.right(DATE.format(a.getDecidedAt()))
			.toBytes();
	}

	private static String authority(InstitutionView institution) {
		return institution.districtCode() == null ? "重庆市职业技能鉴定指导中心" : institution.authorityLabel() + "人力资源和社会保障局";
	}

}
