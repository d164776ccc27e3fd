package cn.gov.cq.jianping.renewal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.institution.RegistrationTerms;
import cn.gov.cq.jianping.renewal.model.RenewalPolicy;
import cn.gov.cq.jianping.renewal.model.RenewalVerdict;
import cn.gov.cq.jianping.renewal.model.RenewalWindow;
import cn.gov.cq.jianping.supervision.Rectifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewal applications as each user may see them (an institution its own, a district
 * those it registered, the center and the bureau all), and the to-dos: registrations
 * running out within 90 and 30 days, and applications awaiting a decision.
 */
@Service
public class RenewalQueries {

	private final RenewalApplicationRepository applications;

	private final RenewalBasis basis;

	private final RenewalDocuments documents;

	private final RegistrationTerms terms;

	private final Clock clock;

	RenewalQueries(RenewalApplicationRepository applications, RenewalBasis basis, RenewalDocuments documents,
			RegistrationTerms terms, Clock clock) {
		this.applications = applications;
		this.basis = basis;
		this.documents = documents;
		this.terms = terms;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<RenewalView> visibleTo(CurrentUser user) {
		return this.applications.findAllByOrderByIdDesc()
			.stream()
			.filter(a -> RenewalBasis.sees(user, a.getInstitutionId(), a.getDistrictCode()))
			.map(a -> view(user, a, false))
			.toList();
	}

	@Transactional(readOnly = true)
	public RenewalView get(CurrentUser user, long id) {
		return view(user, visible(user, id), true);
	}

	@Transactional(readOnly = true)
	public RenewalFile file(CurrentUser user, long id, long documentId) {
		return this.documents.read(visible(user, id).getId(), documentId)
			.orElseThrow(() -> new RenewalNotFoundException("未找到申请材料"));
	}

	/** A registration past its expiry, not cancelled, with no application pending. */
	public record AwaitingRenewal(long institutionId, String institutionName, String authority, LocalDate expiresOn,
			String status) {
	}

	/**
	 * 备案已过期，待延续备案: the expired registrations in the user's scope with no renewal
	 * application waiting for a decision; the expiry day itself still counts as valid.
	 */
	@Transactional(readOnly = true)
	public List<AwaitingRenewal> expiredAwaitingRenewal(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> applied = this.applications.findByStatusOrderByIdAsc(RenewalApplication.Status.SUBMITTED)
			.stream()
			.map(RenewalApplication::getInstitutionId)
			.collect(Collectors.toSet());
		return this.terms.expiringBy(user, today.minusDays(1))
			.stream()
			.filter(i -> !applied.contains(i.id()))
			.map(i -> new AwaitingRenewal(i.id(), i.name(), i.authorityLabel(), i.expiresOn(),
					InstitutionView.AWAITING_RENEWAL_LABEL))
			.toList();
	}

	/** Expiring registrations (90 days, urgent at 30) and applications to decide. */
	@Transactional(readOnly = true)
	public List<Rectifications.TodoLine> todos(CurrentUser user) {
		List<Rectifications.TodoLine> todos = new ArrayList<>();
		if (!(user.hasRole(Role.INSTITUTION) || user.hasRole(Role.CENTER) || user.hasRole(Role.DISTRICT))) {
			return todos;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<RenewalApplication> submitted = this.applications
			.findByStatusOrderByIdAsc(RenewalApplication.Status.SUBMITTED);
		List<RenewalApplication> toDecide = submitted.stream()
			.filter(a -> RenewalBasis.decides(user, a.getDistrictCode()))
			.toList();
		// the institutions' names in one statement, so the workbench costs the same
		// whatever the number of applications
		Map<Long, InstitutionView> named = this.basis
			.institutions(toDecide.stream().map(RenewalApplication::getInstitutionId).collect(Collectors.toSet()));
		for (RenewalApplication a : toDecide) {
			InstitutionView institution = named.get(a.getInstitutionId());
			todos.add(new Rectifications.TodoLine("renewal-" + a.getId(), a.getInstitutionId(),
					institution == null ? "机构 " + a.getInstitutionId() : institution.name(), "决定延续备案申请",
					a.getExpiresOn(), a.getExpiresOn().isBefore(today), "/renewals/" + a.getId()));
		}
		Set<Long> applied = submitted.stream().map(RenewalApplication::getInstitutionId).collect(Collectors.toSet());
		for (InstitutionView i : this.terms.expiringBy(user, today.plusDays(RenewalWindow.OPENS_DAYS_BEFORE))) {
			boolean mine = user.hasRole(Role.INSTITUTION) || RenewalBasis.decides(user, i.districtCode());
			if (!mine || applied.contains(i.id())) {
				continue;
			}
			long left = ChronoUnit.DAYS.between(today, i.expiresOn());
			String when = left < 0 ? "备案已于 " + i.expiresOn() + " 过期"
					: "备案将于 " + i.expiresOn() + " 到期（剩余 " + left + " 天）";
			String task = user.hasRole(Role.INSTITUTION) ? when + "，请申请延续备案" : when + "，尚未申请延续备案";
			todos.add(new Rectifications.TodoLine("expiry-" + i.id(), i.id(), i.name(), task, i.expiresOn(),
					left <= RenewalWindow.URGENT_DAYS_BEFORE,
					user.hasRole(Role.INSTITUTION) ? "/renewals/new" : "/institutions/" + i.id()));
		}
		return todos;
	}

	static String basisOf(RenewalApplication a) {
		return basisOf(a.getBasisGrade(), a.getBasisRoundYear(), a.getBasisValidUntil());
	}

	static String basisOf(Grade grade, Integer roundYear, LocalDate validUntil) {
		if (grade == null) {
			return "尚无已确定的评估等级";
		}
		return (roundYear == null ? "" : roundYear + "年度") + "评估等级“" + grade.label() + "”"
				+ (validUntil == null ? "" : "（有效至 " + validUntil + "）");
	}

	private RenewalApplication visible(CurrentUser user, long id) {
		return this.applications.findById(id)
			.filter(a -> RenewalBasis.sees(user, a.getInstitutionId(), a.getDistrictCode()))
			.orElseThrow(() -> new RenewalNotFoundException("未找到延续备案申请"));
	}

	private RenewalView view(CurrentUser user, RenewalApplication a, boolean withDocuments) {
		InstitutionView institution = this.basis.institution(a.getInstitutionId());
		boolean open = a.getStatus() == RenewalApplication.Status.SUBMITTED;
		RenewalVerdict verdict = RenewalPolicy
			.verdict(this.basis.facts(a.getInstitutionId(), LocalDate.now(this.clock)));
		String kind = verdict instanceof RenewalVerdict.Approvable ? "APPROVABLE"
				: verdict instanceof RenewalVerdict.Waits ? "WAITS" : "REFUSED";
		boolean waiver = verdict instanceof RenewalVerdict.Approvable ok && ok.technicalEvaluationWaived();
		List<RenewalView.Document> files = withDocuments ? this.documents.of(a.getId())
			.stream()
			.map(d -> new RenewalView.Document(d.id(), d.fileName(), d.size(), d.sha256()))
			.toList() : List.of();
		return new RenewalView(a.getId(), a.getInstitutionId(), institution.name(), institution.authorityLabel(),
				institution.registeredOn(), a.getExpiresOn(), a.getScopeOccupations(), a.getEvaluationSites(),
				a.getStatement(), a.getBasisGrade(), basisOf(a), a.isTechnicalWaived(), a.getStatus().label(), open,
				a.getSubmittedBy(), a.getSubmittedAt(), a.getDecidedBy(), a.getDecidedAt(), a.getDecisionReason(),
				a.getTechnicalReview(), a.getNewExpiresOn(), a.getDocumentNumber(), kind, verdict.reason(),
				verdict.article(), waiver, open && RenewalBasis.decides(user, a.getDistrictCode()), a.getVersion(),
				files);
	}

}
