package cn.gov.cq.jianping.publicity;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复核 (第十三条), the bureau's side of objections: lists with personal data masked, the full
 * data on request with a record of each view, and the re-review whose answer goes to the
 * objector.
 */
@Service
public class ObjectionReviews {

	private static final List<String> DECISION_FIELDS = List.of("verification", "verifiedBy", "upheld", "conclusion",
			"reply");

	private final ObjectionRepository objections;

	private final ObjectionViews views;

	private final DecisionConsequences consequences;

	private final AuditLog auditLog;

	private final Validator validator;

	private final Clock clock;

	ObjectionReviews(ObjectionRepository objections, ObjectionViews views, DecisionConsequences consequences,
			AuditLog auditLog, Validator validator, Clock clock) {
		this.objections = objections;
		this.views = views;
		this.consequences = consequences;
		this.auditLog = auditLog;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ObjectionView> ofEntry(CurrentUser user, long entryId) {
		requireBureau(user);
		return this.views.masked(this.objections.findByEntryIdOrderByIdAsc(entryId));
	}

	@Transactional(readOnly = true)
	public List<ObjectionView> pending(CurrentUser user) {
		requireBureau(user);
		return this.views.masked(this.objections.findByStatusOrderByIdAsc(Objection.Status.SUBMITTED));
	}

	/** The full personal data, for the bureau only; every view is recorded. */
	@Transactional
	public ObjectionView reveal(CurrentUser user, long objectionId) {
		requireBureau(user);
		Objection objection = find(objectionId);
		this.auditLog.record(user.getUsername(), "查看异议人完整个人信息", "OBJECTION", objectionId,
				"回执号 " + objection.getReceiptNumber());
		return this.views.full(objection);
	}

	/**
	 * 第十三条: the bureau's re-review; an upheld objection sends the case back for
	 * re-evaluation.
	 */
	@Transactional
	public void decide(CurrentUser user, long objectionId, Long version, String verification, String verifiedBy,
			Boolean upheld, String conclusion, String reply) {
		decide(user, objectionId, new ObjectionDecision(version, verification, verifiedBy, upheld, conclusion, reply));
	}

	@Transactional
	public void decide(CurrentUser user, long objectionId, ObjectionDecision decision) {
		requireBureau(user);
		Objection objection = find(objectionId);
		if (decision.version() != null && decision.version() != objection.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Objection.class, objectionId);
		}
		Set<ConstraintViolation<ObjectionDecision>> violations = this.validator.validate(decision);
		if (!violations.isEmpty()) {
			throw new ObjectionRejectedException(violations.stream()
				.sorted(Comparator.comparing(v -> DECISION_FIELDS.indexOf(v.getPropertyPath().toString())))
				.map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
				.toList());
		}
		ObjectionDecision d = decision.trimmed();
		objection.decide(d.upheld(), d.verification(), d.verifiedBy(), d.conclusion(), d.reply(), user.getUsername(),
				this.clock.instant());
		this.auditLog.record(user.getUsername(), d.upheld() ? "异议复核：成立" : "异议复核：不成立", "OBJECTION", objectionId,
				d.conclusion());
		this.consequences.follow(user, objection, d);
	}

	private Objection find(long id) {
		return this.objections.findById(id).orElseThrow(() -> new PublicityNotFoundException("未找到异议"));
	}

	private static void requireBureau(CurrentUser user) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以处理异议");
		}
	}

}
