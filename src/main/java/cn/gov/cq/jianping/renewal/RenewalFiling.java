package cn.gov.cq.jianping.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.renewal.model.RenewalFacts;
import cn.gov.cq.jianping.renewal.model.RenewalPolicy;
import cn.gov.cq.jianping.renewal.model.RenewalVerdict;
import cn.gov.cq.jianping.renewal.model.RenewalWindow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第八条: an institution applies to renew its own registration, with the scope it asks to
 * keep and its documents; the latest confirmed grade is recorded as the basis. A renewal
 * the rules refuse (已取消备案, 不合格) is not accepted, citing the article.
 */
@Service
public class RenewalFiling {

	private final RenewalApplicationRepository applications;

	private final RenewalBasis basis;

	private final RenewalDocuments documents;

	private final AuditLog auditLog;

	private final Clock clock;

	RenewalFiling(RenewalApplicationRepository applications, RenewalBasis basis, RenewalDocuments documents,
			AuditLog auditLog, Clock clock) {
		this.applications = applications;
		this.basis = basis;
		this.documents = documents;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * What an application would rest on, for the form: the registration and the basis.
	 */
	public record Prefill(long institutionId, String institutionName, LocalDate registeredOn, LocalDate expiresOn,
			String scopeOccupations, String evaluationSites, String basis, String verdictReason, String verdictArticle,
			boolean refused, String windowRefusal) {
	}

	@Transactional(readOnly = true)
	public Prefill prefill(CurrentUser user) {
		InstitutionView institution = own(user);
		LocalDate today = LocalDate.now(this.clock);
		RenewalFacts facts = this.basis.facts(institution.id(), today);
		RenewalVerdict verdict = RenewalPolicy.verdict(facts);
		return new Prefill(institution.id(), institution.name(), institution.registeredOn(), institution.expiresOn(),
				institution.scopeOccupations(), institution.evaluationSites(), facts.basis(), verdict.reason(),
				verdict.article(), verdict instanceof RenewalVerdict.Refused,
				RenewalWindow.refusal(institution.expiresOn(), today).orElse(null));
	}

	@Transactional
	public long apply(CurrentUser user, String scopeOccupations, String evaluationSites, String statement,
			List<RenewalUpload> uploads) {
		InstitutionView institution = own(user);
		LocalDate today = LocalDate.now(this.clock);
		RenewalWindow.refusal(institution.expiresOn(), today).ifPresent(reason -> {
			throw new RenewalRejectedException(reason);
		});
		RenewalFacts facts = this.basis.facts(institution.id(), today);
		if (RenewalPolicy.verdict(facts) instanceof RenewalVerdict.Refused refused) {
			throw new RenewalRejectedException(refused.reason() + "（" + refused.article() + "）");
		}
		if (this.applications.existsByInstitutionIdAndStatus(institution.id(), RenewalApplication.Status.SUBMITTED)) {
			throw new RenewalRejectedException("已有待决定的延续备案申请，请勿重复提交");
		}
		List<RenewalUpload> files = RenewalDocuments.checked(uploads);
		RenewalApplication application = this.applications
			.save(new RenewalApplication(institution.id(), institution.districtCode(), institution.expiresOn(),
					scopeOccupations.trim(), evaluationSites.trim(), statement.trim(), facts.grade(),
					facts.gradeRoundYear(), facts.gradeValidUntil(), user.getUsername(), this.clock.instant()));
		this.documents.store(application.getId(), files);
		this.auditLog.record(user.getUsername(), "申请延续备案", "INSTITUTION", institution.id(),
				"申请 " + application.getId() + "，依据：" + facts.basis() + "，材料 " + files.size() + " 份");
		return application.getId();
	}

	private InstitutionView own(CurrentUser user) {
		if (!user.hasRole(Role.INSTITUTION) || user.institutionId() == null) {
			throw new AccessDeniedException("只有备案机构本身可以申请延续备案");
		}
		return this.basis.institution(user.institutionId());
	}

}
