package cn.gov.cq.jianping.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The term of a registration: renewed (延续备案, 第八条) by the registering authority's
 * decision, restored only by a reversal decision after a cancellation (第十九条), and the
 * registrations about to run out.
 */
@Service
public class RegistrationTerms {

	/** Why a cancelled registration cannot simply be set back. */
	public static final String ONLY_BY_REVERSAL = "已取消备案的机构不能直接变更状态；确属错误的，须由市人力社保局作出撤销决定（第十九条）";

	private final Institutions institutions;

	private final AuditLog auditLog;

	private final Clock clock;

	RegistrationTerms(Institutions institutions, AuditLog auditLog, Clock clock) {
		this.institutions = institutions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The registrations of several institutions in one query, no data scope (to-do
	 * lists).
	 */
	@Transactional(readOnly = true)
	public Map<Long, InstitutionView> findAll(Collection<Long> ids) {
		Map<Long, InstitutionView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.institutions.findByIdIn(ids)
				.forEach(institution -> found.put(institution.getId(), InstitutionView.of(institution, false)));
		}
		return found;
	}

	/**
	 * Moves the expiry date and takes the renewed scope; the registration date stays. The
	 * caller (the renewal decision) has checked the authority and the rules.
	 */
	@Transactional
	public void renew(long institutionId, LocalDate newExpiry, String scopeOccupations, String evaluationSites,
			String decidedBy, String documentNumber) {
		Institution institution = this.institutions.findById(institutionId)
			.orElseThrow(() -> new InstitutionNotFoundException(institutionId));
		LocalDate before = institution.getExpiresOn();
		institution.renew(newExpiry, scopeOccupations, evaluationSites, this.clock.instant());
		this.institutions.save(institution);
		this.auditLog.record(decidedBy, "延续备案", InstitutionRegistry.AUDIT_TYPE, institutionId, documentNumber + "：有效期 "
				+ before + " → " + newExpiry + "（备案日期 " + institution.getRegisteredOn() + " 不变）");
	}

	/**
	 * 第十九条: a reversal decision restores the status the registration had before it was
	 * cancelled.
	 */
	@Transactional
	public void reinstate(long institutionId, String reason, String decidedBy) {
		Institution institution = this.institutions.findById(institutionId)
			.orElseThrow(() -> new InstitutionNotFoundException(institutionId));
		if (institution.getStatus() != InstitutionStatus.CANCELLED) {
			throw new InstitutionRejectedException("status", "该机构未被取消备案");
		}
		InstitutionStatus restored = institution.statusBeforeCancellation();
		institution.changeStatus(restored, reason, decidedBy, this.clock.instant());
		this.institutions.save(institution);
		this.auditLog.record(decidedBy, "撤销取消备案决定", InstitutionRegistry.AUDIT_TYPE, institutionId,
				InstitutionStatus.CANCELLED.label() + " → " + restored.label() + "：" + reason);
	}

	/**
	 * Registrations in the user's scope, not cancelled, that run out on or before
	 * {@code by} (expired ones included), soonest first.
	 */
	@Transactional(readOnly = true)
	public List<InstitutionView> expiringBy(CurrentUser user, LocalDate by) {
		return this.institutions
			.findAll(
					InstitutionSpecifications.within(DataScope.of(user))
						.and((root, query, cb) -> cb.and(cb.lessThanOrEqualTo(root.get("expiresOn"), by),
								cb.notEqual(root.get("status"), InstitutionStatus.CANCELLED))),
					Sort.by("expiresOn", "id"))
			.stream()
			.map(institution -> InstitutionView.of(institution, false))
			.toList();
	}

}
