package cn.gov.cq.jianping.institution;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's use cases, each confined to the {@link DataScope} of the user who asks:
 * the center and the bureau see every institution, a district its own, an institution
 * only itself, anyone else none (administrators manage accounts, not business data).
 */
@Service
public class InstitutionRegistry {

	static final String AUDIT_TYPE = "INSTITUTION";

	private final Institutions institutions;

	private final AuditLog auditLog;

	private final Clock clock;

	InstitutionRegistry(Institutions institutions, AuditLog auditLog, Clock clock) {
		this.institutions = institutions;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<InstitutionView> search(CurrentUser user, InstitutionSearch search, Pageable pageable) {
		return this.institutions.findAll(InstitutionSpecifications.of(user, search), pageable)
			.map(institution -> InstitutionView.of(institution, false));
	}

	/**
	 * Every institution of the search within scope, in the sort's order, from one
	 * statement: the export's rows, handed over one at a time.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, InstitutionSearch search, Sort sort, Consumer<InstitutionView> row) {
		try (Stream<Institution> found = this.institutions.findBy(InstitutionSpecifications.of(user, search),
				query -> query.sortBy(sort).stream())) {
			found.forEach(institution -> row.accept(InstitutionView.of(institution, false)));
		}
	}

	@Transactional(readOnly = true)
	public List<InstitutionView> searchAll(CurrentUser user, InstitutionSearch search, Sort sort) {
		return this.institutions.findAll(InstitutionSpecifications.of(user, search), sort)
			.stream()
			.map(institution -> InstitutionView.of(institution, false))
			.toList();
	}

	@Transactional(readOnly = true)
	public InstitutionView get(CurrentUser user, long id) {
		return InstitutionView.of(visible(user, id), true);
	}

	/** For other modules acting for the system: no data scope applies. */
	@Transactional(readOnly = true)
	public Optional<InstitutionView> find(long id) {
		return this.institutions.findById(id).map(institution -> InstitutionView.of(institution, false));
	}

	/**
	 * For the public lookup: one indexed query, no data scope (only public fields are
	 * shown).
	 */
	@Transactional(readOnly = true)
	public Optional<InstitutionView> findByCreditCode(String creditCode) {
		return this.institutions.findByCreditCode(creditCode)
			.map(institution -> InstitutionView.of(institution, false));
	}

	@Transactional(readOnly = true)
	public List<InstitutionView> all() {
		return this.institutions.findAll((root, query, cb) -> cb.conjunction(), Sort.by("id"))
			.stream()
			.map(institution -> InstitutionView.of(institution, false))
			.toList();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.institutions.count();
	}

	@Transactional
	public long create(CurrentUser user, InstitutionForm form) {
		requireEditor(user);
		InstitutionDetails details = checked(user, form);
		requireUnique(details, null);
		Institution institution = this.institutions.save(new Institution(details, this.clock.instant()));
		this.auditLog.record(user.getUsername(), "备案机构新增", AUDIT_TYPE, institution.getId(),
				details.name() + "（" + details.creditCode() + "）");
		return institution.getId();
	}

	@Transactional
	public void update(CurrentUser user, long id, InstitutionForm form) {
		requireEditor(user);
		Institution institution = visible(user, id);
		if (form.version() == null || form.version() != institution.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Institution.class, id);
		}
		InstitutionDetails details = checked(user, form);
		requireUnique(details, institution);
		InstitutionDetails before = institution.details();
		institution.apply(details, this.clock.instant());
		this.institutions.save(institution);
		this.auditLog.record(user.getUsername(), "备案机构修改", AUDIT_TYPE, id, describeChanges(before, details));
	}

	@Transactional
	public void changeStatus(CurrentUser user, long id, InstitutionStatus newStatus, String reason, Long version) {
		if (!(user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU) || user.hasRole(Role.DISTRICT))) {
			throw new AccessDeniedException("无权变更机构状态");
		}
		Institution institution = visible(user, id);
		if (version != null && version != institution.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Institution.class, id);
		}
		if (newStatus == null) {
			throw new InstitutionRejectedException("status", "请选择新的状态");
		}
		InstitutionStatus before = institution.getStatus();
		if (before == InstitutionStatus.CANCELLED) {
			throw new InstitutionRejectedException("status", RegistrationTerms.ONLY_BY_REVERSAL);
		}
		institution.changeStatus(newStatus, reason, user.getUsername(), this.clock.instant());
		this.institutions.save(institution);
		this.auditLog.record(user.getUsername(), "机构状态变更", AUDIT_TYPE, id,
				before.label() + " → " + newStatus.label() + "：" + reason.trim());
	}

	/**
	 * Saves many registrations at once: the caller has checked them all, and one failure
	 * rolls the whole batch back.
	 */
	@Transactional
	public int createAll(CurrentUser user, List<InstitutionForm> forms) {
		requireEditor(user);
		for (InstitutionForm form : forms) {
			InstitutionDetails details = checked(user, form);
			requireUnique(details, null);
			Institution institution = this.institutions.save(new Institution(details, this.clock.instant()));
			this.auditLog.record(user.getUsername(), "备案机构导入", AUDIT_TYPE, institution.getId(),
					details.name() + "（" + details.creditCode() + "）");
		}
		return forms.size();
	}

	/** Problems that only the database can see: codes and numbers already registered. */
	@Transactional(readOnly = true)
	List<InstitutionChecks.Problem> duplicatesOf(InstitutionDetails details) {
		List<InstitutionChecks.Problem> problems = new ArrayList<>();
		if (this.institutions.existsByCreditCode(details.creditCode())) {
			problems.add(new InstitutionChecks.Problem("creditCode", "统一社会信用代码 " + details.creditCode() + " 已在备案机构库中"));
		}
		if (this.institutions.existsByRegistrationNumber(details.registrationNumber())) {
			problems.add(new InstitutionChecks.Problem("registrationNumber",
					"备案编号 " + details.registrationNumber() + " 已被其他机构使用"));
		}
		return problems;
	}

	static boolean canEdit(CurrentUser user) {
		return user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU) || user.hasRole(Role.DISTRICT);
	}

	private void requireEditor(CurrentUser user) {
		if (!canEdit(user)) {
			throw new AccessDeniedException("无权修改备案机构库");
		}
	}

	/** A district registers only 等级评价机构, and only in its own district. */
	private InstitutionDetails checked(CurrentUser user, InstitutionForm form) {
		InstitutionChecks.Outcome outcome = InstitutionChecks.check(scoped(user, form));
		if (!outcome.ok()) {
			InstitutionChecks.Problem first = outcome.problems().get(0);
			throw new InstitutionRejectedException(first.field(), first.message());
		}
		return outcome.details();
	}

	/**
	 * The form as this user may submit it: a district's registrations are always its own.
	 */
	static InstitutionForm scoped(CurrentUser user, InstitutionForm form) {
		return user.hasRole(Role.DISTRICT) ? form.withAuthority(user.districtCode()) : form;
	}

	private void requireUnique(InstitutionDetails details, Institution self) {
		this.institutions.findByCreditCode(details.creditCode())
			.filter(other -> self == null || !Objects.equals(other.getId(), self.getId()))
			.ifPresent(other -> {
				throw new InstitutionRejectedException("creditCode", "统一社会信用代码 " + details.creditCode() + " 已在备案机构库中");
			});
		this.institutions.findByRegistrationNumber(details.registrationNumber())
			.filter(other -> self == null || !Objects.equals(other.getId(), self.getId()))
			.ifPresent(other -> {
				throw new InstitutionRejectedException("registrationNumber",
						"备案编号 " + details.registrationNumber() + " 已被其他机构使用");
			});
	}

	private Institution visible(CurrentUser user, long id) {
		Institution institution = this.institutions.findById(id)
			.orElseThrow(() -> new InstitutionNotFoundException(id));
		if (!inScope(user, institution)) {
			throw new InstitutionNotFoundException(id);
		}
		return institution;
	}

	private static boolean inScope(CurrentUser user, Institution institution) {
		return DataScope.of(user).includes(institution.getId(), institution.getDistrictCode());
	}

	private static String describeChanges(InstitutionDetails before, InstitutionDetails after) {
		List<String> changes = new ArrayList<>();
		compare(changes, "名称", before.name(), after.name());
		compare(changes, "统一社会信用代码", before.creditCode(), after.creditCode());
		compare(changes, "类型", before.type().label(), after.type().label());
		compare(changes, "备案机关", before.districtCode(), after.districtCode());
		compare(changes, "备案编号", before.registrationNumber(), after.registrationNumber());
		compare(changes, "备案日期", before.registeredOn(), after.registeredOn());
		compare(changes, "有效期至", before.expiresOn(), after.expiresOn());
		compare(changes, "备案范围", before.scopeOccupations(), after.scopeOccupations());
		compare(changes, "评价场所", before.evaluationSites(), after.evaluationSites());
		compare(changes, "联系人", before.contactPerson(), after.contactPerson());
		compare(changes, "联系电话", before.contactPhone(), after.contactPhone());
		return changes.isEmpty() ? "无字段变化" : String.join("；", changes);
	}

	private static void compare(List<String> changes, String label, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(label + "：" + before + " → " + after);
		}
	}

}
